"""Hostile review of round 18's dump rules, on invented pages (tests/pages/review18/).

- A section's heading that reads like a bare tags line ("Tag Heuer Carrera Heuer
  Chronograph" over a watch's review, "Temas pendientes urgentes" over a council story's
  paragraph) is the story's heading: it neither leaves the story nor ends it.
- A live blog's updates, each under its dateline right under the headline, are the story,
  not a run of readers' reviews: no text stands above them for readers to review.
- An event's details above its text (its date, its place, a ticket's price "inkl. MwSt.")
  are the story's, not a shop's purchase box: a shop's box gives no date.
- A short headline over its byline is no author's line: the ticker over it and the ticker's
  link are no headline and deck (the title stays the headline).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import assert_story
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "review18"


def _read(name: str):
    """The page read as the CLI reads it (its language found, its chrome words)."""
    return extract_article(read_source(str(PAGES / name)))


CASES = {
    # a guard: a step that cuts the dough into stars is no rating; the rating below ends
    "recipe-stars-step-en.txt": (
        ["1/2 of the dough rolled thin and cut into stars", "Let them cool completely"],
        ["Rating: 4.7 out of 5", "Gingerbread men"],
    ),
    "event-details-vat-de.txt": (
        [
            "Datum: 14. bis 16. August 2020",
            "Eintritt: 18 Euro, inkl. MwSt.",
            "Zum fünften Mal lädt der Verein",
        ],
        ["Weitere Veranstaltungen"],
    ),
    "watch-roundup-en.txt": (
        ["Tag Heuer Carrera Heuer Chronograph", "The Carrera remains the benchmark"],
        ["Tags: watches", "Related articles", "The best field watches"],
    ),
    "liveblog-storm-en.txt": (
        [
            "Police have closed the A72",
            "The Met Office has raised its warning",
            "Sandbags are available",
            "Schools will decide on Monday",
        ],
        ["Most read", "Council approves new car park"],
    ),
    "temas-subheading-es.txt": (
        [
            "El Concejo Municipal aprobó",
            "Quedaron sin resolver la tarifa",
            "La oposición pidió",
        ],
        ["Temas: Concejo", "Más noticias"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_story_is_read_whole(name):
    must, must_not = CASES[name]
    assert_story(_read(name), {"must": must, "must_not": must_not})


def test_a_short_headline_over_its_byline_is_no_authors_line():
    article = _read("ticker-over-headline-en.txt")
    assert article.title == "Ferry resumes Monday"
    assert article.author == "Tom Reed"
