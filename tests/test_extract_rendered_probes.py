"""Text dumps of the HTML probe pages, as a renderer gives them (visible text, one block
element per line): the structure the HTML showed is gone, so the text cleaner must find
where the story ends from the lines alone.

Invented pages (tests/pages/probe_rendered/): a story whose comment section's heading
carries its count ("Discussion (4)"); a story with a "Read next" box below it, whose story
has a byline of its own; a story above a "Related stories" box of three teasers, each a
headline and a summary of a long sentence; a story above a list of teasers under a title
the chrome words do not know, each a headline, a summary and its date ("2 days ago");
stories above boxes titled "Latest from <place>" and "Other news"; a story above comments
with no heading, each a name and a date (or "Ann Lee · 3 hours ago"), the comment and its
"Reply" button; a newsletter
post with a call to subscribe amid its paragraphs ("reader-supported", "consider becoming a
free or paid subscriber") and its comments under "Discussion about this post"; the brief
story's call for support ("we rely on readers like you"); a story with a link to another
one amid its paragraphs ("RELATED: <a headline>"); an interview with a sign-up box amid its
questions ("Enjoying this article?"). The HTML page of the
"Latest from <place>" story keeps its story whole, its teaser cards left to the markup.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import assert_story
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "probe_rendered"
HTML_PAGES = Path(__file__).parent / "pages" / "probe_html"

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
    "brief-story.txt": {
        "first": "Police closed the northbound lane of the valley road",
        "last": "Nobody was injured, and the road reopened at eleven.",
        "must_not": ["Our reporters cover", "readers like you", "Latest from the valley",
                     "Quarry expansion plans", "Residents can see",
                     "New speed limit", "The county wants", "A family-owned timber firm"],
    },
    "other-news.txt": {
        "must": ["The mountain rescue team in the northern fells"],
        "last": "something of a local celebrity.",
        "must_not": ["Back to news", "Other news", "Reservoir levels", "Water levels in the",
                     "Village fete", "The council has agreed to fund", "Privacy"],
    },
    "comments-noheading.txt": {
        "first": "The ferry to the islands will leave half an hour earlier",
        "last": "A new booking system for cars will open next week.",
        "must_not": ["Peter Hollis", "Earlier boats at last", "I hope the later Friday boat",
                     "Good news for the island shops", "Reply", "Privacy policy"],
    },
    "substack-post.txt": {
        "first": "When my kettle broke last month",
        "last": "working again, with mixed results.",
        "must_not": ["reader-supported", "paid subscriber", "48 Likes", "Discussion about this",
                     "My town has a repair café", "Viktor sounds like a treasure", "Privacy"],
    },
    "related-link.txt": {
        "first": "The city council has approved a plan to convert the old central post office",
        "must": ["Work is expected to start in the autumn"],
        "must_not": ["RELATED:", "Old cinema on Market Street"],
    },
    "interview-prompt.txt": {
        "first": "After forty years with the lifeboat crew",
        "must": ["How did you first join the crew?", "Is there a rescue that stays with you?",
                 "The sea tells you when to stop"],
        "must_not": ["Enjoying this article?", "Get the best of Coastal Life", "Subscribe"],
    },
    "comments-relative.txt": {
        "first": "The county has agreed to keep the rural bus route",
        "last": "keep campaigning for a permanent solution.",
        "must_not": ["Ruth Ames", "hours ago", "I have taken this bus every week",
                     "My son uses the route", "Reply Report"],
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def articles():
    return {name: extract_article(read_source(str(PAGES / name))) for name in CASES}


@pytest.mark.parametrize("name", CASES)
def test_story_ends_where_the_page_shows_it(articles, name):
    assert_story(articles[name], CASES[name])


def test_html_page_leaves_teaser_cards_to_its_markup():
    """The HTML page the brief story was rendered from: trafilatura keeps the promotion
    below the story and the cards of the "Latest" box, which the markup shows as cards."""
    article = extract_article(read_source(str(HTML_PAGES / "brief-story.html")))
    assert_story(
        article,
        {
            "first": "Police closed the northbound lane of the valley road",
            "last": "Nobody was injured, and the road reopened at eleven.",
            "must_not": ["Our reporters cover", "Latest from the valley", "Residents can see"],
        },
    )
