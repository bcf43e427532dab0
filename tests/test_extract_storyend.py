"""HTML: what trafilatura keeps below the story's end marker (comments, an author's box)."""

from __future__ import annotations

from tts_pipeline.extract.combine import story_lines
from tts_pipeline.extract.dom import parse, render_tree
from tts_pipeline.extract.htmlmeta import page_meta

STORY = [
    "The harbour board voted on Tuesday to deepen the main channel by two metres, a project "
    "it has put off three times since the storm of 2019.",
    "Dredging will start in March and last eleven months, the board said, and ships of up to "
    "ten thousand tonnes will be able to dock at the north quay from next winter.",
    "Fishermen asked for the work to stop during the herring season; the board agreed to "
    "pause it for six weeks in the spring.",
    "The cost, some forty million euros, is shared by the port, the region and a fund of the "
    "European Union for transport links between member states.",
]
COMMENT = (
    "Forty million for a ditch in the sea, while the ferry to the islands still runs only "
    "twice a week in winter, which nobody on the board seems to mind."
)


def _paragraphs(blocks: list[str], reading: list[str]) -> list[str]:
    """The story's paragraphs of a page of ``blocks`` (a ``<div>`` each) when trafilatura
    reads ``reading``."""
    page = render_tree(parse("<html><body>" + "".join(f"<div>{b}</div>" for b in blocks)))
    return list(story_lines(page, "\n".join(reading), page_meta(page), ()).paragraphs)


def test_comments_trafilatura_kept_below_the_comments_heading_are_left_out():
    blocks = [*STORY, "3 Comments", "Harbour watcher", COMMENT]
    reading = [*STORY, COMMENT]
    assert _paragraphs(blocks, reading) == STORY


def test_an_end_marker_above_most_of_the_story_closes_nothing():
    blocks = [STORY[0], "3 Comments", *STORY[1:]]
    assert _paragraphs(blocks, STORY) == STORY


def test_a_field_or_a_photo_credit_amid_the_story_does_not_end_it():
    for marker in ("Author: Anna Lee", "© 2021 Harbour Photo Agency"):
        blocks = [*STORY[:3], marker, STORY[3]]
        assert _paragraphs(blocks, STORY) == STORY, marker


def test_the_comments_below_a_short_post_are_left_out_too():
    post = STORY[1:3]
    blocks = [*post, "Comments", "Harbour watcher", COMMENT]
    assert _paragraphs(blocks, [*post, COMMENT]) == post


def test_the_dateline_at_the_head_of_the_story_is_not_read_as_its_text():
    assert _paragraphs(["23.10.2018", *STORY], ["23.10.2018", *STORY]) == STORY
    kicker = ["Harbour", "May 2, 2024 | News"]
    assert _paragraphs([*kicker, *STORY], [*kicker, *STORY]) == ["Harbour", *STORY]


def test_a_date_further_down_the_story_is_read():
    blocks = ["Harbour board", "Agenda", "Minutes of the meeting of 5.8.2019", *STORY]
    assert _paragraphs(blocks, blocks) == blocks
