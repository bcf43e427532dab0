"""A drop capital styled apart from its paragraph ("T" on a line, "he council ..." below)
goes back in front of its word, in a text dump and on an HTML page; a glossary's letter
over entries that begin with it, or over a short item, stays apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from tts_pipeline.extract import extract_article
from tts_pipeline.extract.context import in_context
from tts_pipeline.extract.lines import describe
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "dropcaps"


@pytest.mark.parametrize("name", ["dropcap-dump.txt", "dropcap-page.html"])
def test_a_drop_capital_opens_the_story_again(name: str) -> None:
    paragraphs = extract_article(read_source(str(PAGES / name))).paragraphs
    assert paragraphs[0].startswith("The council of Millbrook voted on Tuesday night")
    assert not any(p.startswith("he council") or p == "T" for p in paragraphs)
    assert paragraphs[-1].startswith("The council will now ask the county")


def _texts(raw: list[str]) -> list[str]:
    return [line.text for line in in_context([describe(text) for text in raw])]


def test_a_glossary_letter_over_its_entries_stays_apart() -> None:
    raw = ["A", "", "abseil: to go down a rock face on a rope fixed at the top of it", "B"]
    assert _texts(raw)[:3] == raw[:3]


def test_a_letter_over_a_short_item_stays_apart() -> None:
    raw = ["C", "", "canoe, kayak", "", "D"]
    assert _texts(raw)[:3] == raw[:3]
