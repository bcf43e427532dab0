"""Lines right above a text dump's story that belong to it: a standfirst taken for the
headline."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n) for n in range(8)]
STANDFIRST = "After ten years of planning, the city opens its new bridge to cars and bikes"


def test_a_standfirst_as_long_as_a_sentence_right_above_the_story_is_read_with_it():
    page = "Home\nNews\nSport\n\nCity\n\n" + STANDFIRST + "\n\n" + "\n\n".join(STORY) + "\n"
    assert list(extract_text(page).paragraphs) == [STANDFIRST, *STORY]


def test_a_long_headline_right_under_the_dateline_is_not_read_with_the_story():
    page = "Home\nNews\nSport\n\nOctober 9, 2018 at 4:02 pm\nTweet\n\n" + STANDFIRST + "\n\n"
    page += "\n\n".join(STORY) + "\n"
    assert list(extract_text(page).paragraphs) == STORY
