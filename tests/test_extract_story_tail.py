"""Lines lost below or inside a text dump's story: closing lines, lists, short rows."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n) for n in range(8)]
CLOSING = "and I wish all of you a very nice weekend by the river"


def test_a_closing_line_of_running_text_below_the_last_paragraph_is_kept():
    page = "Bridge opens\n\n" + "\n\n".join(STORY) + f"\n\n{CLOSING}\n\nShare\n\nHome\n"
    assert list(extract_text(page).paragraphs) == [*STORY, CLOSING]


def test_a_teaser_below_the_last_paragraph_is_not_a_closing_line():
    for teaser in (
        "Next: how the old ferry was saved by the town",
        "and the ferry was saved by the town in a long fight…",
        "read more about the bridge",
    ):
        page = "Bridge opens\n\n" + "\n\n".join(STORY) + f"\n\n{teaser}\n\nShare\n"
        assert list(extract_text(page).paragraphs) == STORY


def test_a_block_of_short_lines_with_numbers_amid_the_story_is_kept():
    rows = ["300 g soft butter", "6 eggs", "Oven: 180 °C"]
    page = "Lemon cake\n\n" + "\n\n".join(STORY[:4]) + "\n\n" + "\n".join(rows) + "\n\n"
    page += "\n\n".join(STORY[4:]) + "\n"
    assert list(extract_text(page).paragraphs) == [*STORY[:4], *rows, *STORY[4:]]


def test_a_block_of_numbered_teaser_titles_amid_the_story_is_left_out():
    teasers = "27 Oddest Medical Case Reports\n10 Strangest Medical Cases\n11 Weird Things"
    page = "Lemon cake\n\n" + "\n\n".join(STORY[:4]) + f"\n\n{teasers}\n\n"
    page += "\n\n".join(STORY[4:]) + "\n"
    assert list(extract_text(page).paragraphs) == STORY


def test_two_short_lines_with_numbers_amid_the_story_are_kept():
    rows = ["Mass: m = 210 g", "Volume: V = 3 cm³"]
    page = "Prisms\n\n" + "\n\n".join(STORY[:4]) + "\n\n" + "\n".join(rows) + "\n\n"
    page += "\n\n".join(STORY[4:]) + "\n"
    assert list(extract_text(page).paragraphs) == [*STORY[:4], *rows, *STORY[4:]]
