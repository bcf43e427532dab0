"""A live blog: a story told in timed updates, each under a line with only its time of day.

A run of :data:`MIN_UPDATES` or more such lines (the ``live_times`` of the chrome data), each
right above body text, reads as the updates' times: they are kept with the story, and so is
each update's text below its time (the oldest update, at the foot, too). A list of timed
teasers of other stories ("Latest": a time above a headline) is no run: a headline is a short
line, not body text.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from tts_pipeline.extract.lines import Kind, Line, fold
from tts_pipeline.extract.patterns import patterns

MIN_UPDATES = 3
"""Fewest timed updates that make a live blog."""
MAX_BETWEEN = 12
"""Most lines (not blank) from one update's time to the next in a run: its text, a share
button."""


def is_live_time(line: Line) -> bool:
    """Whether ``line`` is only a time of day, maybe with a date (``live_times``)."""
    return (
        len(line.text) <= 40
        and patterns().live_times.fullmatch(fold(line.text.strip())) is not None
    )


def _text_below(lines: Sequence[Line], i: int) -> list[int]:
    """The body lines right below line ``i`` (past blank lines), up to the first other line."""
    found: list[int] = []
    for j in range(i + 1, len(lines)):
        if lines[j].kind is Kind.BLANK:
            continue
        if lines[j].kind is not Kind.BODY or is_live_time(lines[j]):
            break
        found.append(j)
    return found


def _runs(lines: Sequence[Line]) -> list[list[int]]:
    """Runs of update times each above body text, no more than :data:`MAX_BETWEEN` lines
    apart."""
    runs: list[list[int]] = []
    last, seen = -1, 0
    for i, line in enumerate(lines):
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
    found: set[int] = set()
    for run in _runs(lines):
        texts = {i: _text_below(lines, i) for i in run}
        if any(j in story for below in texts.values() for j in below):
            found.update(run)
            found.update(j for below in texts.values() for j in below)
    return found


LIVE_UPDATE = "a live blog's update: its time of day or its text, in a run of timed updates"
