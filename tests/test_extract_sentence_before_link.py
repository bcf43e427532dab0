"""A text dump's sentence whose end is a link: amid a blog post, a line of running text
with no stop of its own ("The pupils wrote down the names of the trees at") stands right
above a bare web address, which ends it. The sentence is the story's; the address is not
read, and a title-case line above an address (a link list's name) is not taken."""

from __future__ import annotations

from tts_pipeline.extract.textdump import extract_text

HEADER = "Home\nBlog\nAbout\n\nThe orchard in spring\n\nPosted on 3 April 2026\n\n"
ONE = (
    "The old orchard behind the school has been cleared of brambles this winter, and the "
    "pupils planted twelve young apple trees along the southern fence.\n\n"
)
TWO = (
    "Parents and neighbours helped with the watering every weekend, so all the trees came "
    "through the dry weeks of March without any losses at all.\n\n"
)
FOOTER = "\n\nLeave a comment\n\nImprint\nPrivacy\n"


def _text(middle: str) -> str:
    return "\n".join(extract_text(HEADER + ONE + middle + TWO + FOOTER).paragraphs)


def test_a_sentence_that_ends_in_a_link_is_kept_without_the_link():
    sentence = "The pupils wrote down the names of all twelve trees and their planting dates at"
    text = _text(f"{sentence}\n\nhttps://orchard.example.org/spring\n\n")
    assert sentence in text
    assert "orchard.example.org" not in text


def test_a_title_case_name_above_a_link_is_not_taken():
    text = _text(
        "Friends Of The Orchard Club Website And Spring Planting Days Calendar\n\n"
        "https://orchard.example.org/spring\n\n"
    )
    assert "Friends Of The Orchard" not in text
