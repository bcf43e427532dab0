"""Short lines of a text dump's story (round 6): lists amid its text, its closing lines."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n) for n in range(4)]


def test_a_list_of_capitalised_items_under_a_heading_amid_the_story_is_kept():
    items = [
        "Experience in Project Management",
        "Good Organisation and Structured Work",
        "Teamwork",
        "Reliability, Precision and Care",
        "Professional Dealing With Partners and Sponsors",
    ]
    page = "Job Offer\n\n" + "\n\n".join(STORY[:2]) + "\n\nYour Profile\n" + "\n".join(items)
    page += "\n\n" + "\n\n".join(STORY[2:]) + "\n\nShare\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert "Professional Dealing With Partners and Sponsors" in paragraphs
    assert "Teamwork" in paragraphs
    assert "Share" not in paragraphs


def test_a_menu_of_one_or_two_words_amid_the_story_is_not_kept():
    menu = ["Premium Partners", "Sponsors", "Federations", "Clubs"]
    page = "Job Offer\n\n" + "\n\n".join(STORY[:2]) + "\n\nOur Partners\n" + "\n".join(menu)
    page += "\n\n" + "\n\n".join(STORY[2:]) + "\n\nShare\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert STORY[3] in paragraphs
    assert "Premium Partners" not in paragraphs
    assert "Our Partners" not in paragraphs


def test_a_short_line_trailing_off_amid_the_story_is_kept():
    page = "Bridge opens\n\n" + STORY[0] + "\n\nSo frustrating …\n\nWhy it matters\n\n"
    page += STORY[1] + "\n\nNot to get too technical on you, but …\n\nTimes change\n\n"
    page += "\n\n".join(STORY[2:])
    page += "\n\nMore stories\n\nCity Council Votes On New Budget …\n\nShare\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert "So frustrating …" in paragraphs
    assert "Not to get too technical on you, but …" in paragraphs
    assert "City Council Votes On New Budget …" not in paragraphs


def test_dates_in_the_items_of_a_list_are_not_datelines():
    intro = "The new rules of the tax on bridges come into force in steps, as follows:"
    items = [
        "from 1 January 2022 for cars and vans,",
        "from 1 January 2023 for lorries and buses and",
        "from 1 January 2024 for bicycles.",
    ]
    page = "Bridge toll\n\n" + STORY[0] + "\n\n" + intro + "\n" + "\n".join(items)
    page += "\n\n" + "\n\n".join(STORY[1:]) + "\n\nShare\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert "from 1 January 2024 for bicycles." in paragraphs
    assert "from 1 January 2022 for cars and vans," in paragraphs
    assert "Share" not in paragraphs


def test_a_bulleted_list_of_dated_events_does_not_cut_the_story():
    events = [
        "– 2 November 2019: Forum on the river, Basel",
        "– 9 November 2019: Summit of the bridge builders, Bern",
        "– 27 February 2020: Congress on old bridges, Zurich",
    ]
    page = "Minutes of the board\n\n" + "\n\n".join(STORY[:2]) + "\n\nDates\n"
    page += "\n".join(events) + "\n\n" + "\n\n".join(STORY[2:]) + "\n\nShare\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert STORY[3] in paragraphs
    assert STORY[0] in paragraphs
