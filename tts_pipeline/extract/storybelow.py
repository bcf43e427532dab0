"""What a dump's story keeps right below its last line when that line is a list's.

A story's stretch is its heaviest run of body text; a list of short lines weighs against
it, so the stretch ends above a list that the story's lines keep anyway (a timetable
under "Here is the plan:"). The story may go on below such a list: a last paragraph
right under its last item, with a box's heading or an end marker right below it ("Be
there or be square!", then "Related"; a line or two of chrome may stand between, a link to
the full table under a list of results), or a paragraph that opens a numbered list right
below it ("Here's the full list:", then "1. ...", "2. ..."). Under a list of match
results right below the story (:func:`.results.results_below`, kept with it) or kept
below it as the story's list ("The results:", then the matches), a last paragraph with no
other paragraph right below it is the story's ("Next Sunday, ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import neighbour, neighbour_kind, own_block
from tts_pipeline.extract.lists import numbered_lists
from tts_pipeline.extract.results import results_below, results_list
from tts_pipeline.extract.storytail import sign_off

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
    right below it, or the numbered list right below it (:func:`numbered_below`). A wish
    and a sign-off kept below the story ("Happy gardening.", "— Jane") are no list: what
    stands below them is the writer's bio or the page's."""
    results = results_below(lines, keep)
    listed = [i for i in keep if i > end] + results
    if len(listed) < LIST_MIN_ITEMS or any(lines[i].kind is not Kind.SHORT for i in listed):
        return []
    if not results and sign_off(lines, listed[0]) == listed:
        return []
    j = neighbour(lines, max(keep + results), 1)
    if j is None or lines[j].kind is not Kind.BODY or not own_block(lines, j):
        return []
    numbered = numbered_below(lines, j)
    if numbered or _closed_below(lines, j):
        return [*results, j, *numbered]
    scores = results or results_list([lines[i] for i in listed])
    return [*results, j] if scores and neighbour_kind(lines, j, 1) is not Kind.BODY else []


CHROME_OVER_CLOSER = 2
"""Most lines of chrome (a link to the full table: "Click for the full standings") between
the last paragraph and the box's heading or end marker that closes the story."""
LINK_MAX_WORDS = 6
"""Most words of such a line: a longer one is a prompt that speaks to the reader ("If you
are already a subscriber, log in"), and the paragraph over it is a box's pitch."""


def _closed_below(lines: Sequence[Line], j: int) -> bool:
    """A box's heading, an end marker or the page's end stands right below line ``j``, or a
    box's heading or an end marker below ``CHROME_OVER_CLOSER`` lines of chrome at most (a
    paragraph over a log-in prompt and the page's last menu is a box's pitch)."""
    below = neighbour(lines, j, 1)
    skipped = 0
    while skipped < CHROME_OVER_CLOSER and below is not None and _link(lines[below]):
        below, skipped = neighbour(lines, below, 1), skipped + 1
    if below is None:
        return not skipped
    return lines[below].kind in CLOSERS


def _link(line: Line) -> bool:
    """A line of chrome of at most ``LINK_MAX_WORDS`` words."""
    return line.kind is Kind.CHROME and line.words <= LINK_MAX_WORDS


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
