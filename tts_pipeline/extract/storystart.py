"""Where a text dump's story starts: lines above the heaviest stretch that belong to it.

A page often puts a few summary points between its headline (or dateline) and the story:
short lines, each a phrase rather than a sentence, that the stretch of body text leaves
out. They are read with the story when they sit right above it, under the headline, the
byline or the dateline.
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.lines import Kind, Line

SUMMARY_MIN_POINTS, SUMMARY_MAX_POINTS = 2, 5
"""A run of summary points above a story has this many lines..."""
SUMMARY_MIN_WORDS = 5
"""...of at least this many words each (a shorter line is a label or a menu item)..."""
SAME_OPENING_WORDS = 3
"""...that do not open with the same words (a headline repeated as a photo's text)..."""
TAG_MAX_WORDS = 3
"""...and are not lists of tags: comma-separated items of at most this many words."""


def summary_above(lines: Sequence[Line], start: int, title: str | None) -> list[int]:
    """The summary points right above a story that starts at line ``start``: a run of
    ``SUMMARY_MIN_POINTS`` to ``SUMMARY_MAX_POINTS`` short lines of ``SUMMARY_MIN_WORDS``
    words or more, with only blank lines between them and the story, right under the
    headline ``title``, a byline or a dateline. Empty when there is none."""
    points: list[int] = []
    title_point = False
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if line.kind is Kind.BLANK:
            continue
        if line.text == title and not points and _is_point(line):
            title_point = True
        elif line.kind in (Kind.BYLINE, Kind.DATE) or line.text == title:
            return _fitting(lines, points[:-1] if title_point else points)
        elif not _is_point(line):
            return []
        points.append(i)
    return []


def _fitting(lines: Sequence[Line], points: list[int]) -> list[int]:
    """``points`` in order when they are as many as summary points are and do not open
    alike; else none. (When the headline found is the point right above the story, the
    page's headline is the topmost line of the run, and it is left out.)"""
    openings = {_opening(lines[j]) for j in points}
    fits = SUMMARY_MIN_POINTS <= len(points) <= SUMMARY_MAX_POINTS
    if fits and len(openings) == len(points):
        return sorted(points)
    return []


def _is_point(line: Line) -> bool:
    """A summary point by its own shape: a short line, long enough, not a list of tags."""
    if line.kind is not Kind.SHORT or line.words < SUMMARY_MIN_WORDS:
        return False
    items = line.text.split(",")
    return len(items) < 3 or any(len(item.split()) > TAG_MAX_WORDS for item in items)


def _opening(line: Line) -> str:
    """The first ``SAME_OPENING_WORDS`` words of a line, folded."""
    return " ".join(line.text.casefold().split()[:SAME_OPENING_WORDS])
