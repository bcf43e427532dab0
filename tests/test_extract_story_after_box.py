"""Text dumps: the story's lines below an inline box ("Read more") or a credit line."""

from __future__ import annotations

from dump_pages import region_text, sentence

from tts_pipeline.extract.context import in_context
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.textdump import read_dump


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


def _clean_dump(page: str) -> str:
    """The kept lines of ``page``, one a line."""
    lines = in_context([describe(line) for line in page.split("\n")])
    reading = read_dump(lines)
    assert reading is not None
    return "\n".join(lines[i].text for i in reading.keep)


def test_a_blogger_s_sign_off_below_the_story_is_kept() -> None:
    """A short wish and the blogger's sign-off ("Cheers!", "xx Anna") close the post."""
    story = [sentence(n, "my new bag") for n in range(1, 6)]
    page = "\n\n".join(
        ["Home", "Blog", "About", "My new bag", *story, "Have fun!", "xx Anna", "Related Posts"]
    )
    cleaned = _clean_dump(page)
    assert "Have fun!" in cleaned
    assert "xx Anna" in cleaned
    assert "Related Posts" not in cleaned


def test_a_short_title_below_the_story_is_no_sign_off() -> None:
    story = [sentence(n, "my new bag") for n in range(1, 6)]
    page = "\n\n".join(["Home", "Blog", "My new bag", *story, "Summer shoes", "Related Posts"])
    assert "Summer shoes" not in _clean_dump(page)
