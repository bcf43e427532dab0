"""Tell an author's credit inside a story from the end marker it looks like.

"Author: Jane Roe" usually closes a story (an author box follows), but the same label
credits a study's summary above its text, or one part of a story told in parts: when a
stretch of story text with the words of an article follows it closely, the story runs
on across the line, as across a subheading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import own_block
from tts_pipeline.extract.names import leading_name
from tts_pipeline.extract.rules import rules

LABEL_MAX_WORDS = 2
"""Most words of the label before the colon ("Author:", "Written by:")."""
HEADING_LINES = 3
"""Most short lines (subheadings) between the credit and the text it credits."""


def credits_in_story(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with each labelled author's credit, in a block of its own, that heads a
    stretch of story text made a short line: the story runs on across it."""
    out = list(lines)
    for i, line in enumerate(lines):
        if (
            line.kind is Kind.END
            and own_block(lines, i)
            and _labelled_name(line)
            and _heads_text(lines, i + 1)
        ):
            out[i] = replace(line, kind=Kind.SHORT)
    return out


def _labelled_name(line: Line) -> bool:
    """A label, a colon and a person's name ("Autorin: Jane Roe, May 2020")."""
    label, colon, rest = line.text.partition(":")
    return (
        bool(colon)
        and line.words <= rules().lines.byline_max_words
        and 0 < len(label.split()) <= LABEL_MAX_WORDS
        and leading_name(rest) is not None
    )


def _heads_text(lines: Sequence[Line], start: int) -> bool:
    """The words of an article follow ``start``, after a few subheadings at most, before
    the next marker."""
    words, short = 0.0, 0
    for line in lines[start:]:
        if line.kind in (Kind.END, Kind.BOX, Kind.BYLINE, Kind.DATE):
            break
        if line.kind is Kind.BODY:
            words += line.words
        elif line.kind is not Kind.BLANK and words == 0:
            short += 1
            if short > HEADING_LINES:
                return False
    return words >= rules().region.min_article
