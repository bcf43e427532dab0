"""Text dumps: a deck under a headline that the header finder missed (the end of a
breadcrumb it took for the headline, or a second headline under the one it took) is read
with the story, also when a dateline or a share bar stands right above the story."""

from __future__ import annotations

import pytest

from tests.dump_pages import sentence
from tts_pipeline.extract.textdump import extract_text

DECK = (
    "Twice the mayor lost the vote this spring, but at the last meeting of the council she won it"
)
HEADLINE = "Mayor wins the last vote of the spring"


def _page(*header: str) -> str:
    lines = ["Home", "Politics", "Sport", "", *header]
    for n in range(4):
        lines += [sentence(n, "the council's vote"), ""]
    lines += ["Related stories", "", "Privacy", "Contact"]
    return "\n".join(lines)


def test_a_deck_under_the_end_of_a_breadcrumb_is_read():
    page = _page(
        f"HomeNews & more12.03.2022 - {HEADLINE}",
        "",
        f"12.03.2022 - {HEADLINE}",
        "",
        DECK,
        "",
        "Do you like this story?",
        "Share",
    )
    article = extract_text(page)
    assert article.paragraphs[0] == DECK
    assert article.title == f"12.03.2022 - {HEADLINE}"
    assert not any(HEADLINE in p for p in article.paragraphs)


def test_a_deck_under_a_second_headline_is_read():
    page = _page(
        f"{HEADLINE} - news from the town hall",
        "",
        f"{HEADLINE} in the town hall",
        "",
        DECK,
        "",
        "12.03.2022",
    )
    article = extract_text(page)
    assert article.paragraphs[0] == DECK
    assert not any(HEADLINE in p for p in article.paragraphs)


def test_a_line_glued_to_a_share_bar_is_not_a_deck():
    page = _page(
        f"HomeNews & more12.03.2022 - {HEADLINE}",
        "",
        f"12.03.2022 - {HEADLINE}",
        "",
        DECK,
        "Share",
        "",
    )
    paragraphs = extract_text(page).paragraphs
    assert DECK not in paragraphs
    assert paragraphs[0].startswith("Sentence 0")


LEAD = (
    "How long may staff stay at home when their child is ill? This guide answers the "
    "questions parents ask most often."
)
ENTRIES = [
    "Leaving work early",
    "Age limit",
    "Days off",
    "Paid days",
    "Sick pay",
    "Longer illness",
    "Both parents ill",
    "Planning ahead",
    "Caring at home",
]


def _guide(heading: str) -> str:
    return _page(
        "Parents at work: what employers must know",
        "",
        LEAD,
        "",
        "By Jane Roe",
        "12.03.2022",
        "",
        heading,
        "",
        *ENTRIES,
        "",
    )


@pytest.mark.parametrize(
    "heading", ["Table of contents", "Inhalt: Das erwartet Sie in diesem Artikel"]
)
def test_a_lead_above_a_table_of_contents_is_read(heading: str):
    paragraphs = extract_text(_guide(heading)).paragraphs
    assert paragraphs[0] == LEAD
    assert not any(entry in paragraphs for entry in ENTRIES)


def test_a_paragraph_above_a_run_of_short_lines_without_a_contents_heading_is_not_read():
    paragraphs = extract_text(_guide("Our most read stories of the week")).paragraphs
    assert LEAD not in paragraphs
    assert paragraphs[0].startswith("Sentence 0")
