"""Text dumps, round 3 of the story's start: a standfirst kept across an end marker
(a comments link, an author box's heading) that stands between it and the story."""

from __future__ import annotations

from tests.dump_pages import sentence
from tts_pipeline.extract.textdump import extract_text

STANDFIRST = (
    "The council wants the old ferry back by summer, and it will pay for half of the repairs."
)
HEADLINE = "Ferry to return by summer"


def _page(*between: str) -> str:
    lines = ["Home", "News", "Sport", "", "Transport", "", HEADLINE, "", STANDFIRST, ""]
    lines += ["By Jane Roe", "March 3, 2021", "", *between, ""]
    for n in range(4):
        lines += [sentence(n, "the old ferry"), ""]
    lines += ["Related stories", "", "Privacy", "Contact"]
    return "\n".join(lines)


def test_a_standfirst_above_a_comments_link_is_read():
    article = extract_text(_page("Facebook", "Twitter", "Email", "Comments"))
    assert article.paragraphs[0] == STANDFIRST
    assert not any(p in ("Comments", "Facebook") for p in article.paragraphs)
    assert article.paragraphs[1].startswith("Sentence 0")


RECIPE_STORY = [sentence(n, "the plum cake") for n in range(3)]
INGREDIENTS = ["Ingredients", "500 g plums", "250 g flour", "2 eggs", "100 g sugar"]
STEPS = [
    "Heat the oven to 180 degrees and butter a round tin of about 26 centimetres.",
    "Stir the flour, the eggs and the sugar into a smooth dough and press it into the tin.",
]


def _recipe(*facts: str, steps_heading: str = "Instructions") -> str:
    lines = ["Plum cake", "", *RECIPE_STORY[:1], "", "Print", "Pin", "", "Plum cake", ""]
    lines += [*facts, "", *INGREDIENTS, "", steps_heading, "", *STEPS, ""]
    lines += ["Share", "", "Related recipes", "", "Apple pie", "Cherry pie", ""]
    return "\n".join(lines)


def test_a_recipes_yield_and_times_above_its_ingredients_are_read():
    page = _recipe("Easy", "Makes 12 slices", "Prep time", "25 min", "Bake", "Bake for 40 minutes")
    paragraphs = extract_text(page).paragraphs
    assert "Makes 12 slices" in paragraphs
    assert "Bake for 40 minutes" in paragraphs
    assert all(line in paragraphs for line in INGREDIENTS[1:] + STEPS)
    assert not any(p in ("Easy", "Prep time", "25 min", "Print") for p in paragraphs)


def test_a_step_by_step_heading_ends_the_ingredients():
    page = _recipe("Makes 12 slices", steps_heading="Step by step instructions")
    paragraphs = extract_text(page).paragraphs
    assert all(line in paragraphs for line in INGREDIENTS[1:] + STEPS)
    assert "Makes 12 slices" in paragraphs
    assert "Cherry pie" not in paragraphs
