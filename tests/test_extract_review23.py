"""Review of round 23's cleaner data, with invented lines: a story that quotes the words of
a reader-funding appeal or of a press release's notice in a sentence of its own, with the
speaker named outside the quotation, keeps that sentence; the appeal itself, unquoted or
quoted whole on its line, is chrome. A byline that names the paper after a slash ("By Jane
Roe/The Valley Times") is a byline, not a photographer's credit under a caption. A story's
sentence whose subject is copyright ("Copyright lawyers said ... all rights reserved ...")
does not end the story; a notice opening on "Copyright" and its owner does."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe


@pytest.mark.parametrize(
    "line",
    [
        "The paper's editor, Tom Hale, said the website would stay free. \"We would rather cut"
        " paper than reporters, and we want to keep our journalism free and accessible to"
        ' all," he said.',
        "Hale said readers had written in large numbers. “People are reading and supporting"
        " our local reporting more than ever, just not on paper,” he said.",
        "The regulator said the filing was misleading even though “this release contains"
        " forward-looking statements” appeared in small print at the bottom of it.",
    ],
)
def test_a_story_sentence_quoting_an_appeal_is_body(line: str) -> None:
    assert describe(line).kind is Kind.BODY


@pytest.mark.parametrize(
    "line",
    [
        "Thank you for reading and supporting our independent journalism.",
        "We keep our journalism free and accessible to all, thanks to readers like you.",
        "“We keep our journalism free and open to all.”",
        "This press release contains forward-looking statements within the meaning of the law.",
    ],
)
def test_the_appeal_itself_is_chrome(line: str) -> None:
    assert describe(line).kind is Kind.CHROME


@pytest.mark.parametrize("line", ["By Jane Roe/The Valley Times", "By Jane Roe/Associated Press"])
def test_a_byline_with_the_paper_after_a_slash_stays_a_byline(line: str) -> None:
    assert describe(line).kind is Kind.BYLINE


def test_a_prompt_quoting_a_button_is_chrome() -> None:
    line = "Click “Support us” to keep our journalism free and open to all, he said."
    assert describe(line).kind is Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Copyright experts say the words “all rights reserved” have had no legal force in"
        " most countries since 2000.",
        "Copyright lawyers said the photos were marked all rights reserved and the club had no"
        " licence to print them.",
    ],
)
def test_a_story_sentence_opening_on_the_word_copyright_is_body(line: str) -> None:
    assert describe(line).kind is Kind.BODY


def test_a_notice_opening_on_copyright_and_the_owner_ends_the_story() -> None:
    line = (
        "Copyright The Valley Times, all rights reserved, no part may be reproduced without"
        " the written permission of the publisher."
    )
    assert describe(line).kind is Kind.END
