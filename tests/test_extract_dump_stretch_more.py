"""Which stretch of a text dump is the story: an author's credit inside it."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text


def test_an_authors_credit_heading_the_rest_of_the_story_does_not_end_it():
    lead = [sentence(n) for n in range(2)]
    rest = [sentence(n, "the river") for n in range(6)]
    page = "Home\nNews\nSport\n\nBridge opens\n\n" + "\n\n".join(lead)
    page += "\n\nAuthor: Jane Roe\n\nHow it was built\n\n" + "\n\n".join(rest)
    page += "\n\nShare\n\nContact\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert all(p in paragraphs for p in lead + rest)
    assert "Author: Jane Roe" not in paragraphs
    assert not any(p in ("Share", "Contact") for p in paragraphs)


def test_an_authors_credit_under_the_story_still_ends_it():
    story = [sentence(n) for n in range(6)]
    page = "Bridge opens\n\n" + "\n\n".join(story) + "\n\nAuthor: Jane Roe\n\nShare\n\n"
    page += "Another teaser on the harbour, which is short.\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == story
