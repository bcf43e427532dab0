"""Short lines that close a text dump's story, below its last paragraph.

A blog post or a letter ends with a line or two of running text too short to be a
paragraph: a closing wish ("Ich wünsche euch allen einen schönen Sonntag"), a thanks, a
last remark. In a page dump they read as short lines below the story's stretch, like the
menus and teasers there; but they are shaped like a sentence's fragment (several words,
most of them lower-case), which a teaser's title or a menu item is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.lines import Kind, Line, neighbour, own_block
from tts_pipeline.extract.rules import rules

TAIL_MAX_LINES = 2
"""Most short lines kept below the story's last paragraph."""
TAIL_MIN_WORDS = 7
"""Fewest words of such a line: a link's prompt or a tag line has fewer."""
_TEASER = re.compile(r"^\S+(?:\s\S+)?:\s|(?:…|\.\.\.)$")
"""A teaser's shape: a label and a colon before its title ("Next: ...", "Liberman: ..."),
or a text cut off with an ellipsis."""


def closing_lines(lines: Sequence[Line], last: int) -> list[int]:
    """The short lines right below the story's last kept line ``last`` (blank lines
    between at most), each shaped like running text (``TAIL_MIN_WORDS`` words or
    more, a ``fragment_lower_share`` of them lower-case, not a teaser's shape, not one of
    a list of short lines): at most
    ``TAIL_MAX_LINES``, up to the first line of another shape."""
    r = rules().lines
    found: list[int] = []
    j = neighbour(lines, last, 1)
    while j is not None and len(found) < TAIL_MAX_LINES:
        line = lines[j]
        if line.kind is not Kind.SHORT or line.words < TAIL_MIN_WORDS or line.wide_gaps:
            break
        if line.lower is None or line.lower < r.fragment_lower_share:
            break
        if _TEASER.search(line.text) or _in_a_list(lines, j):
            break
        found.append(j)
        j = neighbour(lines, j, 1)
    return found


def _in_a_list(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is one of a block of short lines (no blank line between, no body line
    among them): a list of teasers' titles, not a closing line."""
    if own_block(lines, i):
        return False
    first, last = i, i
    while first > 0 and lines[first - 1].kind is not Kind.BLANK:
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].kind is not Kind.BLANK:
        last += 1
    return all(lines[j].kind is not Kind.BODY for j in range(first, last + 1))
