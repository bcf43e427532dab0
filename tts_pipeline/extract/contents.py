"""A story's table of contents: the run of its subheadings above the text they head.

An explainer or a guide may open with a list of its sections ("What is changing?", "Why
is this happening?"), each a link to its subheading further down. The list is chrome; the
subheadings below, which repeat its entries, stay with the text they head.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line

CONTENTS_MIN = 2
"""Fewest entries of a table of contents (one repeated line may be a pull quote's)."""
ENTRY_MAX_WORDS = 15
"""Most words of an entry of a table of contents (a subheading's length)."""
_DIGIT = re.compile(r"\d")


def contents_lists(lines: Sequence[Line]) -> set[int]:
    """Lines of tables of contents: runs of at least ``CONTENTS_MIN`` adjacent short lines
    that come again, one by one and in the same order, as lines below the run, each with
    body text between it and the next (a table shown twice has none)."""
    found: set[int] = set()
    places: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        places.setdefault(line.text, []).append(n)
    bodies = _bodies_before(lines)
    i = 0
    while i < len(lines):
        run = _run(lines, i, places, bodies) if len(places[lines[i].text]) > 1 else []
        if len(run) >= CONTENTS_MIN:
            found.update(run)
            i = run[-1] + 1
        else:
            i += 1
    return found


def _run(
    lines: Sequence[Line], start: int, places: dict[str, list[int]], bodies: list[int]
) -> list[int]:
    """The entries of a run from ``start``: adjacent short lines, each repeated below the
    run after the repeat of the one before it, with body text between the repeats.

    The run ends before its first repeat (a repeat within the run: not a list of
    sections), so each start costs the length of its own run, not of the page."""
    run: list[int] = []
    repeats: list[int] = []
    i = start
    while i < len(lines) and (not repeats or i < repeats[0]) and _entry(lines[i]):
        after = repeats[-1] if repeats else i
        seen = places[lines[i].text]
        k = bisect_right(seen, max(after, i))
        if k == len(seen):
            break
        if repeats and bodies[seen[k]] - bodies[repeats[-1] + 1] == 0:
            return []  # no body text between two repeats: a table shown twice
        run.append(i)
        repeats.append(seen[k])
        i += 1
    return run


def _bodies_before(lines: Sequence[Line]) -> list[int]:
    """For each position, how many paragraphs longer than an entry stand before it."""
    counts = [0]
    for line in lines:
        long_body = line.kind is Kind.BODY and line.words > ENTRY_MAX_WORDS
        counts.append(counts[-1] + long_body)
    return counts


def _entry(line: Line) -> bool:
    """A line short enough for a subheading, and no row of figures (a table shown twice)."""
    row = line.text.count(", ") >= 2 and _DIGIT.search(line.text)
    return line.kind is not Kind.BLANK and 0 < line.words <= ENTRY_MAX_WORDS and not row
