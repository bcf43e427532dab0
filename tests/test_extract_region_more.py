"""Which stretch of a page dump is the story: short posts, comment counts, stories that
go on past a box or a short line."""

from __future__ import annotations

import pytest
from dump_pages import region_text, sentence

from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe


@pytest.mark.parametrize(
    "line",
    [
        "1 Comment on Why the bridge took so long",
        "5 Kommentare on “Bridge opens”",
        "± 6 Kommentare zu „Bridge opens“",
        "{ 38 comments… read them below or add one }",
    ],
)
def test_a_count_of_comments_over_a_title_is_an_end_marker(line):
    assert describe(line).kind is Kind.END


def test_the_comments_under_a_count_of_them_are_not_the_story():
    post = "\n\n".join(sentence(n) for n in range(3))
    comments = "\n\n".join(
        f"reader{n}\nMay {n + 1}, 2024 at 9:16\n\n{sentence(n, 'my camera')} {sentence(n)}"
        for n in range(4)
    )
    count = "5 Kommentare on “Bridge opens”"
    page = f"A blog\n\nBridge opens\n\n{post}\n\nShare\nLike\n\n{count}\n\n{comments}\n"
    assert region_text(page) == [sentence(n) for n in range(3)]


def test_a_short_post_is_not_beaten_by_the_sidebar_under_its_comments_heading():
    post = sentence(1)
    sidebar = "\n".join(sentence(n, "this blog and its author") for n in range(3))
    page = (
        f"A blog\nHome\nAbout me\n\nBridge opens\n\n{post}\n\nShare this:\nTwitter\nFacebook\n\n"
        f"Leave a comment\n\nName\nEmail\nWebsite\n\nAbout this blog\n\n{sidebar}\n"
    )
    assert region_text(page) == [sentence(1)]


def test_a_comment_count_under_the_headline_does_not_hide_a_longer_story():
    story = "\n\n".join(sentence(n) for n in range(12))
    page = f"A teaser line\n\n{sentence(0, 'a sale')}\n\nLeave a comment\n\n{story}\n"
    assert region_text(page) == [sentence(n) for n in range(12)]


def test_a_date_written_twice_glued_is_a_dateline():
    assert describe("6. May 20206. May 2020 Ann Lee").kind is Kind.DATE
    assert describe("17/11/201917/11/2019 ~ Ann Lee").kind is Kind.DATE


def test_the_lead_under_the_dateline_joins_the_story_across_a_quoted_verse():
    verse = "\n".join(
        f"Line {n} of the old song that the band sang on the bridge" for n in range(6)
    )
    rest = "\n\n".join(sentence(n) for n in range(2, 6))
    page = (
        f"Home\nNews\n\nBridge opens\n\n6. May 20206. May 2020 Ann Lee\n\n{sentence(1)}\n\n"
        f"The song\n\n{verse}\n\nThe answer\n\n{rest}\n\nShare\nLike\n"
    )
    assert region_text(page)[0] == sentence(1)


def test_paragraphs_under_labels_with_a_colon_are_sections_not_teasers():
    labels = ("Background:", "Objective:", "Design:", "Results:", "Conclusion:")
    abstract = "\n\n".join(
        f"{label}\n\n{sentence(n, 'the study')}" for n, label in enumerate(labels)
    )
    notes = "\n\n".join(sentence(n, "the journal") for n in range(3))
    page = f"A journal\n\nThe study\n\n{abstract}\n\nReferences\n\n{notes}\n"
    assert region_text(page)[0] == sentence(0, "the study")
