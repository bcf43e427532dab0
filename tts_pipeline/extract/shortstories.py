"""Stories of short lines, read when a page dump has no run of sentences: results, a
schedule, a list of deals (the heaviest run of list lines), or a photo post's places and
camera (the short lines under its byline)."""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.dumpreading import DumpReading
from tts_pipeline.extract.header import find_header
from tts_pipeline.extract.linefeatures import Kind, Line

LIST_FREE_WORDS = 2
"""Words of each line that do not count for a story of short lines (a menu item's)."""
MIN_LIST_STORY = 30.0
"""Least weight of a story of short lines on a page without a run of sentences."""
MIN_LIST_LINES = 2
"""Fewest lines of such a story: one long line of names is a tag cloud or a flattened menu."""
BYLINE_STORY_MIN_LINES = 4
"""Fewest short lines under a byline that are the story of a page without sentences."""
COMMENTED_STORY_MIN_LINES = 2
"""...or of a page whose run of sentences is below the comments' heading (a comment)."""


def list_story(lines: Sequence[Line]) -> DumpReading | None:
    """A page with no run of sentences may still hold a story of short lines: results, a
    schedule, a list of deals. It is the run of lines (between markers and chrome) with the
    most words beyond the first ``LIST_FREE_WORDS`` of each line, so that a menu of one- or
    two-word items weighs nothing; it must weigh ``MIN_LIST_STORY`` and keep ``MIN_LIST_LINES``
    lines."""
    best, best_score = None, 0.0
    start, score = None, 0.0
    for i, line in enumerate([*lines, Line("", Kind.END, 0, False, None)]):
        if line.kind in (Kind.BLANK, Kind.DATE):
            continue
        if line.kind in (Kind.SHORT, Kind.BODY):
            start = i if start is None else start
            score += max(0.0, line.words - LIST_FREE_WORDS)
            continue
        if start is not None and score > best_score:
            best, best_score = (start, i - 1), score
        start, score = None, 0.0
    if best is None or best_score < MIN_LIST_STORY:
        return None
    first, last = best
    keep = [
        i
        for i in range(first, last + 1)
        if lines[i].kind in (Kind.SHORT, Kind.BODY) and lines[i].words > LIST_FREE_WORDS
    ]
    header = find_header(lines, keep[0], keep[-1])
    if header.title and lines[keep[0]].text == header.title:
        keep = keep[1:]
    if len(keep) < MIN_LIST_LINES:
        return None
    span = (keep[0], keep[-1])
    return DumpReading(
        tuple(keep), (), header, best, span, found_as="the heaviest run of list lines"
    )


def story_below_byline(
    lines: Sequence[Line], min_lines: int = BYLINE_STORY_MIN_LINES
) -> DumpReading | None:
    """A page with neither sentences nor much list text (a photo post: places, a film, a
    camera) may still have a story: the short lines right under its byline or dateline, up
    to the first box or end marker or two lines of chrome in a row; at least
    ``BYLINE_STORY_MIN_LINES`` of them."""
    for at, line in enumerate(lines):
        if line.kind not in (Kind.BYLINE, Kind.DATE):
            continue
        keep: list[int] = []
        chrome = 0
        for i in range(at + 1, len(lines)):
            kind = lines[i].kind
            if kind is Kind.BLANK:
                continue
            chrome = chrome + 1 if kind is Kind.CHROME else 0
            if chrome == 2 or kind not in (Kind.SHORT, Kind.BODY, Kind.CHROME):
                break
            if kind is not Kind.CHROME:
                keep.append(i)
        if len(keep) >= min_lines:
            header = find_header(lines, at + 1, keep[-1])
            span = (keep[0], keep[-1])
            return DumpReading(
                tuple(keep), (), header, span, span, found_as="the lines under its byline"
            )
    return None
