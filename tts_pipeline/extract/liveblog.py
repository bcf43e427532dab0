"""A live blog: a story told in timed updates, each under a line with only its time of day.

A run of :data:`MIN_UPDATES` or more such lines (the ``live_times`` of the chrome data), each
right above body text (past a heading and a byline), reads as the updates' times: they are
kept with the story, and so is each update's text below its time (the oldest update, at the
foot, too). A list of timed teasers of other stories ("Latest": a time above a headline and
no text) is no run, nor are dated comments below the comments' heading; a box of key events
(timed headlines) right above the updates stays out.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.linewalk import neighbour
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.region import comments_marker

MIN_UPDATES = 3
"""Fewest timed updates that make a live blog."""
MIN_KEY_EVENTS, HEADING_WORDS = 2, 3
"""Fewest timed headlines in a box of key events, and most words of its heading."""
MAX_ABOVE_TEXT = 2
"""Most short lines between an update's time and its text: a heading, a byline."""
MAX_TIME_CHARS = 40
"""Longest line that may be an update's time (with a date and a zone)."""
MAX_BETWEEN = 12
"""Most lines (not blank) from one update's time to the next in a run: its text, a share
button."""


def is_live_time(line: Line) -> bool:
    """Whether ``line`` is only a time of day, maybe with a date (``live_times``)."""
    return (
        len(line.text) <= MAX_TIME_CHARS
        and patterns().live_times.fullmatch(fold(line.text.strip())) is not None
    )


def _text_below(lines: Sequence[Line], i: int) -> list[int]:
    """The body lines right below line ``i`` (past blank lines), up to the first other line,
    with the update's heading and byline (:data:`MAX_ABOVE_TEXT` short lines) above them;
    none without body lines."""
    found: list[int] = []
    for j in range(i + 1, len(lines)):
        if lines[j].kind is Kind.BLANK:
            continue
        if is_live_time(lines[j]):
            break
        head = len(found) < MAX_ABOVE_TEXT and not _has_body(lines, found) and _head(lines[j])
        if lines[j].kind is Kind.BODY or head:
            found.append(j)
        else:
            break
    return found if _has_body(lines, found) else []


def _has_body(lines: Sequence[Line], found: list[int]) -> bool:
    return any(lines[j].kind is Kind.BODY for j in found)


def _head(line: Line) -> bool:
    """An update's heading or byline."""
    return _headline(line) or line.kind is Kind.BYLINE


def _runs(lines: Sequence[Line], end: int | None) -> list[list[int]]:
    """Runs of update times each above body text, no more than :data:`MAX_BETWEEN` lines
    apart, above line ``end``."""
    runs: list[list[int]] = []
    last, seen = -1, 0
    for i, line in enumerate(lines[:end]):
        if line.kind is Kind.BLANK:
            continue
        seen += 1
        if not is_live_time(line) or not _text_below(lines, i):
            continue
        if runs and last >= 0 and seen - last <= MAX_BETWEEN:
            runs[-1].append(i)
        else:
            runs.append([i])
        last = seen
    return [run for run in runs if len(run) >= MIN_UPDATES]


def live_updates(lines: Sequence[Line], story: Collection[int]) -> set[int]:
    """The times and texts of a live blog's updates (:func:`_runs`) whose texts the story
    ``story`` (line indices) holds in part."""
    return _updates(lines, _live_runs(lines, story))


def _updates(lines: Sequence[Line], runs: list[list[int]]) -> set[int]:
    """The times of the updates of ``runs`` and their texts."""
    return {k for run in runs for i in run for k in (i, *_text_below(lines, i))}


def _live_runs(lines: Sequence[Line], story: Collection[int]) -> list[list[int]]:
    """The runs of :func:`_runs` whose texts the story holds in part, above the comments'
    heading when the story has body text above it (whose dates are above a name and a reply
    button; a heading above the story is a link to them)."""
    story = set(story)
    end = comments_marker(lines)
    if end is not None and not any(i < end and lines[i].kind is Kind.BODY for i in story):
        end = None
    return [
        run
        for run in _runs(lines, end)
        if any(j in story for i in run for j in _text_below(lines, i))
    ]


def key_events(lines: Sequence[Line], story: Collection[int]) -> set[int]:
    """A live blog's box of key events right above its first update: timed headlines (a time
    of day, then a short line, in one line or two) linking to updates, and the box's heading
    (a short line right above them), above the first run of updates only."""
    return _key_events(lines, _live_runs(lines, story))


def _key_events(lines: Sequence[Line], runs: list[list[int]]) -> set[int]:
    """The key events above the first of the live blog's ``runs`` (see :func:`key_events`)."""
    if not runs:
        return set()
    items, headlines = [], 0
    i = neighbour(lines, runs[0][0], -1)
    while i is not None and lines[i].kind is not Kind.BODY:
        time = neighbour(lines, i, -1)
        if _timed_headline(lines[i]):
            items.append(i)
        elif time is not None and is_live_time(lines[time]) and _headline(lines[i]):
            items += [i, time]
            i = time
        else:
            break
        headlines += 1
        i = neighbour(lines, i, -1)
    if headlines < MIN_KEY_EVENTS:
        return set()
    if i is not None and _headline(lines[i]) and len(lines[i].text.split()) <= HEADING_WORDS:
        items.append(i)
    return set(items)


def _headline(line: Line) -> bool:
    return line.kind is Kind.SHORT and not line.terminal


def _timed_headline(line: Line) -> bool:
    """A time of day, then a headline in the same line ("16:40 Rescue boats arrive")."""
    text = fold(line.text.strip())
    time = patterns().live_times.match(text)
    return time is not None and text[time.end() : time.end() + 1].isspace() and _headline(line)


LIVE_UPDATE = "a live blog's update: its time of day or its text, in a run of timed updates"
KEY_EVENTS = "a live blog's key events: timed headlines above its updates"


def live_lines(lines: Sequence[Line], story: Collection[int]) -> dict[int, tuple[bool, str]]:
    """For an HTML page whose reading holds the lines ``story``: its live blog's update times
    and texts the reading left out, kept; its key events, dropped; each with why."""
    runs = _live_runs(lines, story)
    found = {i: (True, LIVE_UPDATE) for i in _updates(lines, runs) if i not in story}
    return found | {i: (False, KEY_EVENTS) for i in _key_events(lines, runs)}
