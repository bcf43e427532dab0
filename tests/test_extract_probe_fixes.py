"""Fixes of the probe pages' known defects, each on an invented page this file writes.

Each page is a browser's copy of a whole page (a text dump); each test asserts what the
story keeps and what it drops.
"""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source


def _clean(tmp_path: Path, text: str) -> str:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return "\n\n".join(extract_article(read_source(str(page))).paragraphs)


WIRE = "\n".join(
    [
        "Home",
        "News",
        "Business",
        "Sport",
        "Sign in",
        "Home / Business",
        "Ferry line to the islands reopens in spring",
        "The operator promises two crossings a day from April",
        "12 March 2025, 09:40",
        "Photo: harbour press office",
        (
            "The ferry line between the harbour and the northern islands will reopen in "
            "April after two years without service, the operator said on Tuesday."
        ),
        (
            "Boats will leave twice a day on weekdays and three times on Saturdays. The "
            "crossing takes about an hour, half an hour less than before the line closed."
        ),
        (
            "A single ticket will cost twelve euros. Children under twelve travel free, and"
            " islanders get a yearly pass at half the price."
        ),
        (
            "The operator bought two new boats for the line. The harbour also rebuilt its "
            "waiting room and put up a new timetable board."
        ),
        (
            "The mayor called the reopening a good day for the islands and said a third "
            "crossing could follow next summer if enough people use the line."
        ),
        "Source: Baltic News Agency",
        "Share",
        "Tags: ferry, islands, harbour",
        "Read more",
        "Council plans a new cycle lane on the seafront",
        "© 2025 Harbour Courier. All rights reserved.",
        "",
    ]
)


def test_a_source_credit_under_the_last_paragraph_does_not_make_it_a_caption(tmp_path):
    text = _clean(tmp_path, WIRE)
    assert "The ferry line between the harbour" in text
    assert "a third crossing could follow next summer" in text
    for chrome in ("Source: Baltic", "cycle lane", "All rights reserved"):
        assert chrome not in text, chrome


def test_a_photo_credit_still_makes_the_line_above_a_caption(tmp_path):
    page = WIRE.replace("Source: Baltic News Agency", "Photo: Baltic News Agency")
    assert "a third crossing could follow next summer" not in _clean(tmp_path, page)
