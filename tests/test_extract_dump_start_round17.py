"""Text dumps, round 17: a standfirst above a box of links to other stories."""

from __future__ import annotations

from tests.dump_pages import sentence
from tts_pipeline.extract.textdump import extract_text

HEADLINE = "Why the council wants a second bridge"
STANDFIRST = (
    "The old bridge carries twice the traffic it was built for, and the repairs of the "
    "last ten years cost more than a new one would."
)
LINK = "Harbour tunnel plans shelved for another year"


def _boxed_page(standfirst: str, box: tuple[str, ...]) -> str:
    lines = ["Home", "News", "Local", "", HEADLINE, "", standfirst, ""]
    lines += ["Jane Roe", "12.03.2021 10:00", "", "Photo: John Doe", ""]
    lines += [*box, ""]
    for n in range(5):
        lines += [sentence(n), ""]
    lines += ["Comments", "", "Privacy", "Contact"]
    return "\n".join(lines)


def test_a_standfirst_is_read_across_a_box_of_links_above_the_story():
    paragraphs = extract_text(_boxed_page(STANDFIRST, ("Read also", LINK))).paragraphs
    assert paragraphs[0] == STANDFIRST
    assert paragraphs[1].startswith("Sentence 0")
    assert LINK not in paragraphs
    assert "Read also" not in paragraphs


def test_a_deck_without_a_full_stop_above_a_box_of_links_is_not_read():
    deck = STANDFIRST.rstrip(".")
    paragraphs = extract_text(_boxed_page(deck, ("Read also", LINK))).paragraphs
    assert deck not in paragraphs
    assert paragraphs[0].startswith("Sentence 0")


def test_a_standfirst_above_a_share_box_is_left_to_the_header():
    box = ("Share this article", "Facebook", "Twitter", "Email", "Print")
    paragraphs = extract_text(_boxed_page(STANDFIRST, box)).paragraphs
    assert STANDFIRST not in paragraphs
    assert paragraphs[0].startswith("Sentence 0")


def test_a_photo_caption_under_a_share_bar_is_no_link_to_a_story():
    box = ("Share this article Facebook Twitter Email", "The old bridge at dusk. Image: John Doe")
    paragraphs = extract_text(_boxed_page(STANDFIRST, box)).paragraphs
    assert STANDFIRST not in paragraphs
    assert paragraphs[0].startswith("Sentence 0")
