"""Review of round 24's English chrome rules: a link to a transcript amid a story and a
briefing's item headed "Poll:" (invented pages and lines)."""

from __future__ import annotations

import pytest

from tests.story_cases import read_text_page
from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe


def _kept(page: str) -> list[str]:
    lines, reading = read_text_page(page)
    return [lines[i].text for i in reading.keep]


_STORY = [
    "Mayor Ellen Voss used her annual address on Thursday night to propose a budget that "
    "would hire twenty new firefighters and repave forty miles of road.",
    '"We have put off the hard work on our streets for too long," Voss told a crowd of '
    "about 300 people at the civic center.",
    "The plan would be paid for in part by a fee on new commercial parking lots, which "
    "business groups have opposed in letters to the council.",
    "Council member Raj Patel said he supported the road work but wanted to see the details "
    "of the fee before a vote in January.",
]


def test_a_link_to_a_transcript_amid_the_story_does_not_end_it():
    """A copied page: "Read the full transcript" (a link to the speech) between two
    paragraphs is dropped, and the story goes on after it."""
    head = ["Home", "News", "Opinion", "Mayor lays out budget plan in annual address"]
    foot = ["Most Read", "Bridge closed for repairs", "About Us"]
    page = [*head, *_STORY[:2], "Read the full transcript", *_STORY[2:], *foot]
    assert describe("Read the full transcript").kind is Kind.CHROME
    assert _kept("\n\n".join(page)) == _STORY


@pytest.mark.parametrize(
    "line",
    [
        "Poll: Voters are split on the school bond, with 48 percent in favor and 45 percent "
        "against.",
        "Quiz: the county's questions were the same ones asked in 2016, officials said.",
    ],
)
def test_a_briefing_s_item_headed_poll_or_quiz_is_the_story_s(line):
    assert describe(line).kind is Kind.BODY


def test_a_poll_s_question_is_still_chrome():
    assert describe("Poll: Should the city ban cars from Main Street?").kind is Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "If you or someone you know has information about the crash, police ask that you call "
        "the traffic unit at 555-0142.",
        "If you or someone you know needs a ride to the polls on Tuesday, the library will run "
        "a free shuttle from 8 a.m.",
    ],
)
def test_a_police_appeal_or_a_service_of_the_story_is_no_help_line(line):
    """The help line's note under a story on suicide or abuse names a crisis or a help line;
    a sentence of the story that begins the same way is the story's."""
    assert describe(line).kind is Kind.BODY
