"""Text dumps, round 6 of the story's start: what stands above the stretch of body text
and belongs to the story."""

from __future__ import annotations

from tests.dump_pages import sentence
from tts_pipeline.extract.textdump import extract_text

STANDFIRST = (
    "The harbour board will close the old ferry pier for a year, and the ferries will "
    "use the north quay until the repairs are done."
)
HEADLINE = "Old ferry pier to close for a year"


def _shown_twice(question: bool = False) -> str:
    """A page that shows its headline and standfirst in a top teaser, then again over the
    story, with share buttons, a byline and a caption between."""
    lead = "Want the ferry times? " + STANDFIRST if question else STANDFIRST
    lines = ["Home", "News", "Sport", "", HEADLINE, lead, ""]
    lines += ["Local news", "Weather", "Traffic", "Events", "Jobs", "Cars", "Homes", ""]
    lines += ["Subscribe now", "", HEADLINE, ""]
    lines += [lead, "", "Facebook", "Twitter", "Jane Roe / John Doe", ""]
    lines += ["The pier at dawn", ""]
    for n in range(4):
        lines += [sentence(n, "the ferry pier"), ""]
    lines += ["Related stories", "", "Privacy", "Contact"]
    return "\n".join(lines)


def test_a_standfirst_shown_twice_is_read_once_with_the_story():
    article = extract_text(_shown_twice())
    assert article.paragraphs[0] == STANDFIRST
    assert sum(p == STANDFIRST for p in article.paragraphs) == 1
    assert article.paragraphs[1].startswith("Sentence 0")
    assert not any(p in ("Facebook", "The pier at dawn") for p in article.paragraphs)


def test_a_question_shown_twice_is_a_prompt_not_a_standfirst():
    article = extract_text(_shown_twice(question=True))
    assert not any(p.startswith("Want the ferry times?") for p in article.paragraphs)
    assert article.paragraphs[0].startswith("Sentence 0")


def test_a_product_description_shown_again_over_the_details_is_read():
    blurb = (
        "A sturdy rabbit hutch of pine wood with a run below it and a tray that pulls out "
        "for cleaning."
    )
    lines = ["Shop", "Pets", "", "Rabbit hutch with run", "", blurb, "", "Item no. 4711"]
    lines += ["In stock", "Add to basket", "", "Accessories", ""]
    for n in range(6):
        lines += [f"Cleaning brush no. {n}", f"Price: {n + 2},90 EUR incl. VAT", "Add to wish list"]
    lines += ["", "Description", "Details", "", blurb, ""]
    lines += [sentence(n, "the rabbit hutch") for n in range(3)]
    lines += ["", "Newsletter", "Privacy"]
    article = extract_text("\n".join(lines))
    assert article.paragraphs[0] == blurb
    assert not any(p in ("Add to basket", "Item no. 4711") for p in article.paragraphs)


def _recipe(facts: list[str]) -> str:
    """A recipe page: its name, a description, the recipe's facts, the card."""
    lines = ["Recipes", "Baking", "", "Almond biscuits", ""]
    lines += ["Crisp little biscuits of ground almonds that keep for weeks in a tin.", ""]
    lines += ["Print", *facts, "", "Ingredients", ""]
    lines += ["300 g flour", "200 g sugar", "200 g ground almonds", "2 eggs", ""]
    lines += ["Instructions", ""]
    for n in range(3):
        lines += [sentence(n, "the biscuit dough"), ""]
    lines += ["Leave a comment", "", "Privacy"]
    return "\n".join(lines)


def test_the_facts_of_a_recipe_above_its_ingredients_are_read():
    facts = ["Prep time: 25 minutes (+ 15 minutes baking)", "Makes: 40 biscuits"]
    article = extract_text(_recipe(["5 from 13 votes", *facts]))
    for fact in facts:
        assert fact in article.paragraphs
    assert article.paragraphs.index(facts[-1]) < article.paragraphs.index("Ingredients")
    assert "5 from 13 votes" not in article.paragraphs
    assert "Print" not in article.paragraphs
