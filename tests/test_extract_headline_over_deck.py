"""A dump's title is the headline over its deck, not the deck nor an author's line under it.

The header's scoring favours the line nearest the byline: a headline with a deck right
under it (Chromium copies the two block elements without a blank line between) lost to its
deck, and an author's line with a role ("Name Environment correspondent") beat both. With
blank lines between (each a block of its own), a long headline over a deck still wins; a
kicker or a menu's row over the headline does not. A headline that asks or exclaims is no
lead of the story, and a dateline over the headline dates the story.
"""

from __future__ import annotations

import pytest
from dump_pages import sentence

from tts_pipeline.extract.explain import explain
from tts_pipeline.extract.textdump import extract_text
from tts_pipeline.models import Document

STORY = "\n\n".join(sentence(n, "the river crossing") for n in range(6))
HEADLINE = "County approves new footbridge over the Alder river"
DECK = "Work on the crossing is due to start in the spring after years of delay"


def _page(header: str) -> str:
    menu = "The Valley Courier\nNews\nSport\nOpinion\nLocal News\n"
    return f"{menu}{header}\n\n{STORY}\n\nPrivacy Policy\n"


@pytest.mark.parametrize(
    "header",
    [
        f"{HEADLINE}\n{DECK}\nBy Mara Quill\nMarch 3, 2020",  # Chromium: no blank lines
        f"{HEADLINE}\nBridge to open by autumn\n\nBy Mara Quill\n\nMarch 3, 2020",  # shorter deck
        f"{HEADLINE}\n\n{DECK}\n\nMarch 3, 2020\n\nBy Mara Quill",  # each line a block
        f"{HEADLINE}\n{DECK}\n\nMara Quill Transport correspondent\n\nMarch 3, 2020",
        f"{HEADLINE}\n{DECK}\nMara Quill\nReporter, Valley Courier\n\nMarch 3, 2020",
    ],
)
def test_the_headline_over_its_deck_is_the_title(header):
    assert extract_text(_page(header)).title == HEADLINE


def test_explain_says_why_the_headline_was_chosen():
    page = _page(f"{HEADLINE}\n\n{DECK}\n\nMara Quill Transport correspondent\n\nMarch 3, 2020")
    shown = explain(Document(text=page, name="page.txt"))
    assert f"title: {HEADLINE!r}" in shown
    assert "title chosen as the headline over its deck" in shown


@pytest.mark.parametrize(
    ("above", "title"),
    [
        ("Transport", HEADLINE),  # a kicker of a word
        ("Roads and bridges", HEADLINE),  # a kicker shorter than the headline under it
        ("Home News Sport Weather", HEADLINE),  # a menu's row
        ("Home › News › Transport", HEADLINE),  # a breadcrumb
        ("« Previous: Ferry fares to rise in May", HEADLINE),  # a link to the post before
    ],
)
def test_a_kicker_or_a_menu_over_the_headline_is_no_title(above, title):
    page = _page(f"{above}\n{title}\nBy Mara Quill\nMarch 3, 2020")
    assert extract_text(page).title == title


def test_a_short_line_over_a_headline_in_its_own_block_is_a_kicker():
    page = _page(f"Bridges in the valley\n\n{HEADLINE}\n\nMarch 3, 2020\n\nBy Mara Quill")
    assert extract_text(page).title == HEADLINE


QUESTION = "Wie entsteht eigentlich das Erdöl unter dem Meer?"
GERMAN_STORY = "\n\n".join(
    f"Satz {n}: Das Erdöl entsteht über viele Jahrmillionen aus den Resten winziger Lebewesen, "
    "die auf den Grund der Meere sinken und dort von Schlamm bedeckt werden."
    for n in range(6)
)


@pytest.mark.parametrize("question", [QUESTION, "Grundeinkommen ist ein Menschenrecht!"])
def test_a_question_for_a_headline_is_no_lead(question):
    """A headline that asks or exclaims reads like a sentence: it stays the title (the old
    reading took it for the story's lead, read it twice, and took a menu's item above it
    for the title)."""
    header = f"Startseite\nWissen\nErde und Klima\n\n{question}\n\n19.11.2012"
    page = f"{header}\n\n{GERMAN_STORY}\n\nImpressum\n"
    article = extract_text(page)
    assert article.title == question
    assert question not in article.paragraphs


def test_a_dateline_over_the_headline_dates_the_story():
    page = _page(f"March 3, 2020\n\n{HEADLINE}\n\nBy Mara Quill")
    assert extract_text(page).published == "2020-03-03"
