"""A story's table of contents: the run of its subheadings above the text they head.

An explainer or a guide may open with a list of its sections ("What is changing?", "Why
is this happening?"), each a link to its subheading further down. The list is chrome; the
subheadings below, which repeat its entries, stay with the text they head.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from tts_pipeline.extract.lines import Kind, Line

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
    i = 0
    while i < len(lines):
        run = _run(lines, i, places) if len(places[lines[i].text]) > 1 else []
        if len(run) >= CONTENTS_MIN:
            found.update(run)
            i = run[-1] + 1
        else:
            i += 1
    return found


def _run(lines: Sequence[Line], start: int, places: dict[str, list[int]]) -> list[int]:
    """The entries of a run from ``start``: adjacent short lines, each repeated below the
    run after the repeat of the one before it."""
    run: list[int] = []
    repeats: list[int] = []
    i = start
    while i < len(lines) and _entry(lines[i]):
        after = repeats[-1] if repeats else i
        later = next((j for j in places[lines[i].text] if j > max(after, i)), None)
        if later is None:
            break
        run.append(i)
        repeats.append(later)
        i += 1
    while run and repeats[0] <= run[-1]:  # a repeat within the run: not a list of sections
        run.pop()
        repeats.pop()
    if not all(_body_between(lines, a, b) for a, b in pairwise(repeats)):
        return []
    return run


def _entry(line: Line) -> bool:
    """A line short enough for a subheading, and no row of figures (a table shown twice)."""
    row = line.text.count(", ") >= 2 and _DIGIT.search(line.text)
    return line.kind is not Kind.BLANK and 0 < line.words <= ENTRY_MAX_WORDS and not row


def _body_between(lines: Sequence[Line], a: int, b: int) -> bool:
    """A paragraph longer than an entry stands between lines ``a`` and ``b``."""
    return any(
        lines[k].kind is Kind.BODY and lines[k].words > ENTRY_MAX_WORDS for k in range(a + 1, b)
    )
