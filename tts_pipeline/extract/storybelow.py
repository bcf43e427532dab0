"""What a dump's story keeps right below its last line when that line is a list's.

A story's stretch is its heaviest run of body text; a list of short lines weighs against
it, so the stretch ends above a list that the story's lines keep anyway (a timetable
under "Here is the plan:"). The story may go on below such a list: a last paragraph
right under its last item, with a box's heading or an end marker right below it ("Be
there or be square!", then "Related"), or a paragraph that opens a numbered list right
below it ("Here's the full list:", then "1. ...", "2. ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import neighbour, own_block
from tts_pipeline.extract.lists import numbered_lists

LIST_MIN_ITEMS = 2
"""Fewest short lines kept below the stretch that make a list."""
FIRST_NUMBERS = (0, 1)
"""The numbers a numbered list's first item may have (a count from 0 or from 1)."""
CLOSERS = (Kind.BOX, Kind.END)
"""Kinds of the line that closes the story right below its last paragraph."""


def below_a_list(lines: Sequence[Line], keep: Sequence[int], end: int) -> list[int]:
    """The paragraph right below the story's last kept line when the lines kept below the
    stretch's last line ``end`` are ``LIST_MIN_ITEMS`` short lines or more (a list's
    items), in a block of its own, with a box's heading, an end marker or the page's end
    right below it, or the numbered list right below it (:func:`numbered_below`)."""
    last = max(keep)
    listed = [i for i in keep if i > end]
    if len(listed) < LIST_MIN_ITEMS or any(lines[i].kind is not Kind.SHORT for i in listed):
        return []
    j = neighbour(lines, last, 1)
    if j is None or lines[j].kind is not Kind.BODY or not own_block(lines, j):
        return []
    numbered = numbered_below(lines, j)
    below = neighbour(lines, j, 1)
    closed = below is None or lines[below].kind in CLOSERS
    return [j, *numbered] if numbered or closed else []


def numbered_below(lines: Sequence[Line], last: int) -> list[int]:
    """The items of the numbered list whose first item, numbered as one of
    ``FIRST_NUMBERS``, is right below line ``last``."""
    first = neighbour(lines, last, 1)
    for items in numbered_lists(lines):
        if items[0] == first and _number(lines[first].text) in FIRST_NUMBERS:
            return list(items)
    return []


def _number(text: str) -> int:
    """The number ``text`` opens with ("1. Anna Roe" is 1), or -1 for none."""
    digits = text[: len(text) - len(text.lstrip("0123456789"))]
    return int(digits) if digits else -1
