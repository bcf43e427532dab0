"""Review of round 26's cleaner rules at a story's edges (invented pages): a dashed line
under the story that names an agency or is chrome is no columnist's sign-off, and a label
ending in a full stop above the comments is no closing remark."""

from __future__ import annotations

import pytest

from tests.story_cases import read_text_page

_HEAD = ["Home", "News", "Sport", "Mill reopens as a museum", "By Jane Roe"]
_STORY = [
    "The old cotton mill on the river will open its doors as a museum on Saturday, ten years"
    " after the last looms stopped.",
    "Volunteers spent four years cleaning the machines, and the town council paid for a new"
    " roof and a lift for visitors.",
    "The museum will be open from Wednesday to Sunday, and entry is free for children under"
    " twelve, the trust said.",
]
_FOOT = ["Most Read", "Council approves new budget", "Bridge closed for repairs", "About Us"]


def _kept(page: str) -> list[str]:
    lines, reading = read_text_page(page)
    return [lines[i].text for i in reading.text_lines]


@pytest.mark.parametrize("line", ["— Reuters", "— AP", "-Advertisement-"])
def test_a_dashed_agency_or_chrome_line_under_the_story_is_no_sign_off(line):
    page = "\n\n".join([*_HEAD, *_STORY, line, *_FOOT])
    assert _kept(page) == _STORY


@pytest.mark.parametrize(
    "label", ["Sponsored content.", "Sponsored post.", "Paid partnership.", "Loading comments."]
)
@pytest.mark.parametrize("end", ["Leave a Reply", "Comments"])
def test_a_label_above_the_comments_is_no_closing_remark(label, end):
    page = "\n\n".join([*_HEAD, *_STORY, label, end])
    assert _kept(page) == _STORY


@pytest.mark.parametrize("name", ["— Jane", "-- Tom"])
def test_a_columnist_s_dashed_first_name_is_still_her_sign_off(name):
    page = "\n\n".join([*_HEAD, *_STORY, "Happy gardening.", name, *_FOOT])
    assert _kept(page) == [*_STORY, "Happy gardening.", name]


_LEAD = "Ten years after the looms stopped, the mill will tell the town's story."


@pytest.mark.parametrize(
    "between", [["Share", "Facebook", "Twitter", "Email"], ["Home", "News", "Local"]]
)
def test_a_lead_under_its_headline_past_a_share_bar_or_crumbs_is_read(between):
    # the headline, a row of share buttons (or a trail of crumbs) each on a line of its own,
    # then the standfirst over the byline: the standfirst is no headline under a menu
    top = ["Home", "News", "Sport", "", "Mill reopens as a museum", "", *between, ""]
    page = "\n".join([*top, _LEAD, "", "By Jane Roe", ""]) + "\n\n".join([*_STORY, *_FOOT])
    assert _kept(page) == [_LEAD, *_STORY]
