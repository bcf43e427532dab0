"""Widgets amid a dump's story: a block of lines with no blank line between them (a quote
box, a data panel) that is mostly not sentences and holds chrome is not the story's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import block_from

_CHANGE = re.compile(r"(?<![\w.,])[-+−]\d+(?:[.,]\d+)?\s?%")
"""A signed change in per cent ("-4.2%", "+0,8 %"): a market quote's move."""

WIDGET_MIN_LINES = 4
"""Lines of a block (no blank line between) before it can be a widget."""
WIDGET_MAX_LINES = 8
"""Most lines of such a block: a longer one is a table or a list of the story's."""


def widget_lines(lines: Sequence[Line], start: int, end: int) -> set[int]:
    """The lines from ``start`` to ``end`` in blocks of at least ``WIDGET_MIN_LINES`` lines
    (and at most ``WIDGET_MAX_LINES``) with a chrome line and a signed change in per cent,
    where sentences are under half the lines: a stock quote's panel set inside the story."""
    found: set[int] = set()
    i = start
    while i <= end:
        if lines[i].kind is Kind.BLANK:
            i += 1
            continue
        block = block_from(lines, i)
        kinds = [lines[k].kind for k in block]
        if (
            len(block) >= WIDGET_MIN_LINES
            and Kind.CHROME in kinds
            and 2 * kinds.count(Kind.BODY) < len(block)
            and len(block) <= WIDGET_MAX_LINES
            and any(_CHANGE.search(lines[k].text) for k in block)
        ):
            found.update(block)
        i = block.stop
    return found
