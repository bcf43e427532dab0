"""A line of the story's tags in a text dump: where the story ends.

A news or blog page lists the story's tags under its last paragraph ("Tags: Rosario,
urban gardens", "Schlagwörter: ...", "Temas Rosario huertas urbanas"): what follows is
the page's (a newsletter box, the comments, teasers), never more of the story, so no
stretch of the story reaches across the line. A blog may set the line above a post, over
its headline; there it parts the post from what is above it, as it parts the story from
what is below it. The line's kind is left as it reads (a box marker, a short line), since
an end marker's kind would also close a page above a post tagged at its top. The labels
are the ``tag_labels`` of the chrome data (:func:`.patterns._tag_line`).
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.linewalk import neighbour
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.rules import rules

SECTION_MIN_WORDS = 20
"""Fewest words of a lone paragraph under a heading set apart (else more body must follow)."""
TAG_KINDS = (Kind.BOX, Kind.CHROME, Kind.SHORT, Kind.BODY, Kind.CAPTION)
"""Kinds a line of tags may read as: a box's or a menu's label, a short line, a caption
(the tags glued to their label) or, long, body text."""


def is_tag_line(line: Line) -> bool:
    """A line of the story's tags: its label and the tags (see :func:`.patterns._tag_line`),
    of an end marker's length at most."""
    return (
        line.kind in TAG_KINDS
        and line.words <= rules().lines.end_max_words
        and patterns().tag_line.fullmatch(fold(line.text)) is not None
    )


def tag_line_at(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a line of the story's tags (:func:`is_tag_line`), unless it is a bare
    one (a label and words, no colon) set apart over a paragraph, a blank line between as
    under a heading: that is a section's heading ("Tag Heuer Carrera Chronograph" over a
    watch's review, "Temas pendientes urgentes" over a council story's paragraph). Tags
    close the story; a box, teasers or a prompt stand under them (a newsletter's line, right
    under them or set apart over its button), and a colon marks the label of tags wherever
    they stand."""
    if not is_tag_line(lines[i]):
        return False
    if ":" in lines[i].text or "：" in lines[i].text:
        return True
    below = neighbour(lines, i, 1)
    if below is None or below == i + 1 or lines[below].kind is not Kind.BODY:
        return True
    return not _section_below(lines, below)


def _section_below(lines: Sequence[Line], below: int) -> bool:
    """The body line at ``below`` opens a section of the story: a paragraph's length, or more
    body text under it. A newsletter's short line over its button ("Get the news in your
    inbox" / "Send"), set apart under the tags in a benchmark-style dump, opens none."""
    if lines[below].words >= SECTION_MIN_WORDS:
        return True
    after = neighbour(lines, below, 1)
    return after is not None and lines[after].kind is Kind.BODY


def ends_the_story(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is an end marker ("Comments", the copyright line) or a line of the story's
    tags (:func:`tag_line_at`): no stretch of the story runs across it."""
    return lines[i].kind is Kind.END or tag_line_at(lines, i)


def tags_between(lines: Sequence[Line], lo: int, hi: int) -> bool:
    """A line of the story's tags (:func:`tag_line_at`) stands among ``lines[lo:hi]``."""
    return any(lines[i].kind is not Kind.BLANK and tag_line_at(lines, i) for i in range(lo, hi))


def ends_at_tags(tags: bool, dated_above: bool, dated_below: bool) -> bool:
    """A line of tags (``tags``) in the gap between a stretch of the story
    under its byline or dateline (``dated_above``) and a stretch below with none
    (``dated_below`` false) ends the story there: below its tags come teasers, the author's
    bio or a newsletter's box, never more of it. A stretch below with a byline or dateline
    of its own may be the story under a teaser tagged above it, and a story without one may
    run on below a widget's line of topics (a podcast's episode), so neither is cut off."""
    return tags and dated_above and not dated_below
