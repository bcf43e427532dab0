"""Pages where this round's dump rules read the wrong lines, found by a review of the
merged rules: a teaser above the headline taken as the story's standfirst, a menu and a
headline with numbers taken as a recipe's facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tts_pipeline.extract import extract_article
from tts_pipeline.models import Document

STORY = [
    "The harbour board said on Monday that it will close the old ferry pier for a year "
    "while engineers replace the rotten piles under the deck.",
    "Ferries will use the north quay until the repairs are done, and the board said "
    "timetables would not change for passengers during the works.",
    "The pier was built in 1908 and has been patched many times, but a survey last winter "
    "found that a third of its piles had rotted through.",
]
TEASER = "Council approves new bike lanes on the high street after a long and heated public debate."


def _read(page: str):
    return extract_article(Document(text=page, name="page"))


def test_a_teaser_shown_twice_above_the_headline_is_not_the_standfirst():
    page = f"Home\nNews\nSport\n\nFeatured\n{TEASER}\n\nLocal news\nWeather\nTraffic\n\n"
    page += f"Featured\n{TEASER}\n\nOld ferry pier to close for a year\nFacebook\nTwitter\n"
    page += "By Jane Roe\nMay 5, 2024\n\n" + "\n".join(STORY) + "\n\nRelated stories\nPrivacy\n"
    article = _read(page)
    assert article.title == "Old ferry pier to close for a year"
    assert TEASER not in article.paragraphs
    assert article.paragraphs[0] == STORY[0]


def test_a_menu_and_a_headline_with_numbers_are_not_a_recipes_facts():
    steps = [
        "Boil the noodles in a large pot of salted water for about four minutes, until they "
        "are just tender, then drain them well.",
        "Melt the butter in a wide pan over a low heat, add the chopped garlic and cook it "
        "gently for two minutes until it smells sweet.",
        "Toss the drained noodles with the garlic butter and the soy sauce, and serve them at "
        "once with a little chopped spring onion on top.",
    ]
    page = "Recipes\nTop 10 dinners\nChristmas 2024\n\n15-minute garlic noodles\n\n"
    page += "By Jane Roe\nMay 5, 2024\n\nJump to recipe\nPrint\nServes 4\nPrep time: 5 minutes\n\n"
    page += "Ingredients\n\n250 g egg noodles\n4 cloves garlic\n2 tbsp butter\n1 tbsp soy sauce\n\n"
    page += "Instructions\n\n" + "\n".join(steps) + "\n\nLeave a comment\nPrivacy\n"
    paragraphs = list(_read(page).paragraphs)
    assert paragraphs[:2] == ["Serves 4", "Prep time: 5 minutes"]
    for chrome in ("Top 10 dinners", "Christmas 2024", "15-minute garlic noodles"):
        assert chrome not in paragraphs
    assert steps[-1] in paragraphs


REVIEW_PAGES = Path(__file__).parent / "pages" / "review6"


@pytest.mark.parametrize(
    ("page", "kept", "left_out"),
    [
        (
            "signup-between-paragraphs.html",
            "Local councils and lawyers said the plan would force victims",
            "Sign up for our free weekly newsletter today",
        ),
        (
            "standfirst-with-date.html",
            "Ministers plan to shut the smallest courts by 31 March 2027",
            "The Daily Ledger",
        ),
        (
            "teaser-titles-amid-story.txt",
            "The department said most hearings could be held by video link",
            "Council Approves New Budget After Marathon Late-Night Session",
        ),
        (
            "credit-in-list-item.txt",
            "- energy bills - credit: up to £150 for each household",
            "Skip to content",
        ),
        (
            "photo-in-sentence.txt",
            "photo: the council has put up fences around it",
            "Skip to content",
        ),
        (
            "lead-above-teaser-box.html",
            "Ministers want to close forty of the smallest rural courts",
            "Our previous report on the courts review",
        ),
    ],
)
def test_this_rounds_rules_keep_story_lines_and_leave_other_content_out(page, kept, left_out):
    """Pages of a review of the merged rules: an unlinked sign-up line between paragraphs, a
    standfirst that names a date, teasers' titles under a box title amid a dump's story, a
    list item and a sentence with "credit:" or "photo:" in them, a paragraph above a box of
    teasers with summaries."""
    text = (REVIEW_PAGES / page).read_text(encoding="utf-8")
    paragraphs = "\n".join(_read(text).paragraphs)
    assert kept in paragraphs
    assert left_out not in paragraphs
