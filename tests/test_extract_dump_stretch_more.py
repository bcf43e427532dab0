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


JOBS = "\n".join(f"Senior Engineer {n} (m/w/d) Acme Works\nBerlin {n} Apply Now" for n in range(25))


def test_a_dated_story_runs_on_below_a_long_list_of_job_offers():
    top = [sentence(n) for n in range(4)]
    rest = [sentence(n, "the river") for n in range(3)]
    page = "Home\nNews\n\nBridge opens\n\n12.12.2022, 08:30\n\n" + "\n\n".join(top)
    page += "\n\nTop jobs\n\n" + JOBS + "\n\n" + "\n\n".join(rest) + "\n\nShare\n\nContact\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert all(p in paragraphs for p in top + rest)
    assert not any("Engineer number" in p for p in paragraphs)


def test_a_footers_one_long_notice_below_a_long_menu_does_not_join_the_story():
    story = [sentence(n) for n in range(4)]
    notice = (
        "Some rights reserved 2017-2023 by the publisher, a subsidiary of a media group of "
        "the region, and everything published by the staff is covered by a licence that "
        "lets anyone copy, share and adapt it, as long as they name the source, do not sell "
        "it and keep the same licence for what they make of it, which the page explains."
    )
    page = "Bridge opens\n\n12.12.2022, 08:30\n\n" + "\n\n".join(story) + "\n\n" + JOBS
    page += f"\n\n{notice}\n\nNews\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == story
