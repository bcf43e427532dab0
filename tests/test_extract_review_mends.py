"""Story sentences that look like this round's chrome rules stay story: a review of the
merged rules found each of these read as chrome, a box or a comment thread."""

from __future__ import annotations

import pytest

from tts_pipeline.extract import extract_article
from tts_pipeline.extract.dom import CAPTION, _caption_tag
from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.threads import _name
from tts_pipeline.sources.read import read_source


@pytest.mark.parametrize(
    "sentence",
    [
        "Elsewhere in Europe, prices rose sharply.",
        "Latest from the court: judge delays ruling.",
        "My mother is a journalist. Her stories about the war changed me.",
        "The station is reader-supported and relies on donations from listeners.",
        "This story appeared in the weekend edition and was widely shared.",
        "Partager sur les réseaux sociaux est devenu une habitude pour beaucoup de jeunes.",
    ],
)
def test_a_story_sentence_is_body(sentence):
    assert describe(sentence).kind is Kind.BODY


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Elsewhere in the Valley", Kind.BOX),
        ("Jane Roe is a staff writer. Her most recent book is Tides.", Kind.CHROME),
        ("A version of this article appears in print.", Kind.CHROME),
        ("Partager sur Facebook Partager sur X Partager sur LinkedIn", Kind.CHROME),
    ],
)
def test_the_chrome_the_rules_were_for_is_still_chrome(line, kind):
    assert describe(line).kind is kind


@pytest.mark.parametrize(
    "before_date, name", [("Ann Lee | ", True), ("Heidemarie Heim | Di, ", True),
                          ("Monday ", False), ("Berlin, ", False)],
)  # fmt: skip
def test_a_comment_header_names_a_person_not_a_day_or_a_place(before_date, name):
    assert _name(before_date) is name


DIARY = """Harbour diary

Monday 4 May 2020

The ferry ran late all morning because of fog over the bay, and the harbour master kept boats in.

Advertisement

Tuesday 5 May 2020

The fog lifted early and the fishing boats went out at dawn, coming back with a big catch.

Advertisement

Wednesday 6 May 2020

Workers began repairing the old sea wall, which the winter storms had damaged.

Advertisement
"""


def _story(tmp_path, page: str) -> str:
    path = tmp_path / "page.txt"
    path.write_text(page, "utf-8")
    return "\n\n".join(extract_article(read_source(str(path))).paragraphs)


def test_a_diary_of_dated_entries_is_not_a_comment_thread(tmp_path):
    text = _story(tmp_path, DIARY)
    assert "The ferry ran late all morning" in text
    assert "The fog lifted early" in text


LIVE = """Storm updates

4 hours ago

Power cut in the north

Thousands of homes in the north of the county lost power overnight as the storm brought down lines.

3 hours ago

Schools closed

The county closed every school for the day and asked parents to keep children at home.

2 hours ago

Bridge shut

Police shut the river bridge to all traffic after gusts of seventy miles an hour.

1 hour ago

Trains cancelled

The rail company cancelled all trains on the coast line because of fallen trees.

just now
"""


def test_live_blog_entries_headed_by_their_time_are_not_teasers(tmp_path):
    text = _story(tmp_path, LIVE)
    assert "The county closed every school" in text
    assert "Police shut the river bridge" in text


@pytest.mark.parametrize(
    "classes, caption",
    [("caption", True), ("wp-caption-text", True), ("caption__text", True),
     ("lead-asset__caption", True), ("has-caption", False), ("caption-below", False),
     ("content-header__caption-style--default", False)],
)  # fmt: skip
def test_a_class_names_a_caption_not_a_wrapper_that_styles_one(classes, caption):
    from lxml import html

    element = html.fromstring(f'<p class="{classes}">A harbour at dawn.</p>')
    assert (_caption_tag(element) == CAPTION) is caption


def test_a_story_of_short_lines_is_not_taken_for_a_header_above_a_repeated_headline():
    from tts_pipeline.extract.storyend import above_headline

    texts = ["Flour, 200 g", "Sugar, 100 g", "Two eggs", "Lemon cake for a rainy day"]
    lines = [describe(text) for text in texts]
    assert above_headline(lines, [0, 1, 2], ["Lemon cake for a rainy day"]) == set()
