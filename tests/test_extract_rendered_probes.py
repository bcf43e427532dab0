"""Text dumps of the HTML probe pages, as a renderer gives them (visible text, one block
element per line): the structure the HTML showed is gone, so the text cleaner must find
where the story ends from the lines alone.

Invented pages (tests/pages/probe_rendered/): a story whose comment section's heading
carries its count ("Discussion (4)"); a story with a "Read next" box below it, whose story
has a byline of its own; a story above a "Related stories" box of three teasers, each a
headline and a summary of a long sentence; a story above a list of teasers under a title
the chrome words do not know, each a headline, a summary and its date ("2 days ago").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import assert_story
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "probe_rendered"

CASES = {
    "comments-outweigh.txt": {
        "first": "The county has agreed to keep the rural bus route",
        "last": "keep campaigning for a permanent solution.",
        "must_not": ["Discussion (4)", "2 days ago", "I have taken this bus every week",
                     "My son uses the route", "Reply Report", "Privacy policy"],
    },
    "read-next.txt": {
        "first": "The regional rail operator will run extra trains",
        "last": "Tickets and fares will not change.",
        "must_not": ["Read next", "Cycle hire scheme", "By Tom Vale", "busiest month",
                     "three hundred electric bikes", "Continue reading"],
    },
    "aside-related.txt": {
        "first": "The town council voted on Wednesday to ban cars",
        "last": "The council will review the trial in October.",
        "must_not": ["Related stories", "Neighbouring town", "When the neighbouring town",
                     "Bus company adds", "The regional bus company", "Traders at the weekly"],
    },
    "long-others.txt": {
        "first": "A fire at a recycling depot on the edge of town",
        "last": "collections will go to the neighbouring site.",
        "must_not": ["Elsewhere in the Valley", "Story number", "The regional hospital",
                     "A local charity", "The council has confirmed", "2 days ago"],
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def articles():
    return {name: extract_article(read_source(str(PAGES / name))) for name in CASES}


@pytest.mark.parametrize("name", CASES)
def test_story_ends_where_the_page_shows_it(articles, name):
    assert_story(articles[name], CASES[name])
