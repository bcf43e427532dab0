"""A text dump's list whose first item reads as a sentence: under a line ending with a
colon ("Features:"), the first item ("Weighs only 90 grams!") stands apart and ends like a
sentence, and the other items are packed right under it, no blank line between (one
block, as a browser copies a list). The items under it are the same list's, not chrome
below the story; a paragraph apart from the intro's sentence still ends a list that has
no block (the story goes on)."""

from __future__ import annotations

from tts_pipeline.extract.textdump import extract_text

STORY = (
    "Our workshop spent a whole winter designing the new alpine harness for light tours, "
    "and we tested every prototype on long climbs in the mountains above the valley.\n\n"
    "The result is a harness that folds into a pocket and still carries a full rack of "
    "gear, which the testers on our team found remarkable after many days of use.\n\n"
)
HEADER = "Menu\nShop\nForum\n\nFeather Harness: light and strong\n\n12 March 2026\n\n"
FOOTER = "\n\nTags:\nHarness, Alpine\n\nRelated articles\nNewsletter\nImprint\n"


def _text(body: str) -> str:
    return "\n".join(extract_text(HEADER + STORY + body + FOOTER).paragraphs)


def test_items_packed_under_a_first_item_that_reads_as_a_sentence_are_kept():
    text = _text(
        "Features:\n\nWeighs only 90 grams!\nFolds to the size of a small wallet\n"
        "Leg loops adjust with one elastic cord\nGear loops of stiff nylon webbing\n"
    )
    assert "Weighs only 90 grams!" in text
    assert "Folds to the size of a small wallet" in text
    assert "Gear loops of stiff nylon webbing" in text
    assert "Imprint" not in text


def test_a_paragraph_apart_under_the_intro_still_ends_a_list_of_no_block():
    text = _text(
        "Here is what we learned:\n\nThe testers liked the weight most of all, and so "
        "did we after the long climbs.\n\nNewsletter sign-up\nSubscribe now\n"
    )
    assert "Subscribe now" not in text
