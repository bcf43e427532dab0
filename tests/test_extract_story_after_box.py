"""Text dumps: the story's lines below an inline box ("Read more") or a credit line."""

from __future__ import annotations

from dump_pages import region_text, sentence


def test_a_paragraph_below_an_empty_inline_box_stays_in_the_story() -> None:
    """A box marker with none of its links copied sits inside the story: the one paragraph
    below it is the story's last, not a stray teaser."""
    story = [sentence(n) for n in range(1, 5)]
    last = sentence(9, "the ferry timetable")
    page = "\n\n".join(
        ["Home", "News", "Sport", "The new bridge opens", *story, "Read more", last, "Contact"]
    )
    assert region_text(page)[-1] == last


def test_a_teaser_below_a_box_with_its_links_stays_out() -> None:
    """A box whose links were copied is a box of related stories: the paragraph under its
    links is a teaser."""
    story = [sentence(n) for n in range(1, 5)]
    teaser = sentence(9, "the ferry timetable")
    page = "\n\n".join(
        ["Home", "News", "The new bridge opens", *story, "Read more", "Ferry times", teaser]
    )
    assert teaser not in region_text(page)
