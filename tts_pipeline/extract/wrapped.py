"""Hard-wrapped paragraphs amid a page dump, joined again.

A post written as plain text (a mailing list's archive, an old blog, a note pasted into a
``<pre>``) keeps its line breaks when a browser copies the page: each paragraph comes as
lines of about 70 characters, each a piece of a sentence that the line classifier takes
for a short line, so the post weighs nothing and is lost. :func:`.plain.unwrap` joins such
lines when the whole text is wrapped; a page dump has a menu, a footer and long lines
besides, so here each block of lines (no blank line between) is read on its own.

Lines were wrapped when a line broke only because the next word did not fit: its length,
a space and the next line's first word run past the block's width (greedy wrapping, as
editors and mail programs do). A menu, a list of teasers or a column of items has
shorter lines whose next word would have fitted. A run of such lines is joined when it
is prose: ``RUN_MIN_LINES`` lines or more of ``LINE_MIN_WORDS`` words or more each (but
the last), no web address, no columns, opening with a capital, ending a sentence, and two
thirds of its breaks mid-sentence (the next line goes on in lower case). Once a page shows
such a run, every run of two lines or more that breaks at that width, half of the times
mid-sentence, is joined (a short paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby, pairwise

WRAP_MIN_WIDTH = 55
"""Narrowest wrapping width taken: narrower blocks are lists of phrases or a column's items."""
WRAP_MAX_WIDTH = 100
"""Widest wrapping width taken (see :data:`.plain.WRAP_MAX_CHARS`)."""
RUN_MIN_LINES = 4
"""Fewest lines of a run that shows the page is wrapped (three lines of nearly one length
may be a short list's items)."""
LINE_MIN_WORDS = 6
"""Fewest words of a wrapped line (a line of code or a name is shorter)."""
RUN_MID_SHARE = 2 / 3
"""Least share of the breaks of the run that shows the page is wrapped that fall
mid-sentence..."""
PARAGRAPH_MID_SHARE = 1 / 2
"""...and of another run of the page, wrapped at the same width (a short paragraph, one
whose sentences end at a line's end)."""
WIDTH_SLACK = 0.1
"""Share of the width by which a line and the next word may fall short of it, or a line
pass it: a browser wraps a box of text by the width of its letters, not by their count."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WEB = re.compile(r"://|\bwww\.|@\w")
_COLUMNS = re.compile(r"\S(?: {3,}|\t)\S")
_SENTENCE_END = re.compile(r"""[.!?:;]["'”’»)]*$""")


def join_wrapped_runs(text: str) -> str:
    """``text`` with its hard-wrapped paragraphs joined, each into one line; a text with none
    comes back unchanged."""
    lines = text.split("\n")
    blocks = list(_blocks(lines))
    runs = [run for block in blocks for run in _runs(lines, block, _width(lines, block))]
    runs = [r for r in runs if len(r) >= RUN_MIN_LINES and _paragraph(lines, r)]
    if not runs:
        return text
    width = max(_width(lines, run) for run in runs)
    runs = [
        run
        for block in blocks
        for run in _runs(lines, block, width)
        if _prose(lines, run, PARAGRAPH_MID_SHARE)
    ]
    starts = {run[0]: run for run in runs}
    out: list[str] = []
    i = 0
    while i < len(lines):
        run = starts.get(i)
        if run is None:
            out.append(lines[i])
            i += 1
            continue
        out.append(" ".join(" ".join(lines[k].split()) for k in run))
        i = run[-1] + 1
    return "\n".join(out)


def _blocks(lines: Sequence[str]) -> list[list[int]]:
    """The indices of each run of non-blank lines."""
    numbered = groupby(enumerate(lines), key=lambda item: bool(item[1].strip()))
    return [[i for i, _ in group] for filled, group in numbered if filled]


def _width(lines: Sequence[str], indices: Sequence[int]) -> int:
    """The longest of the lines ``indices``."""
    return max(len(lines[i].rstrip()) for i in indices)


def _runs(lines: Sequence[str], block: Sequence[int], width: int) -> list[list[int]]:
    """The runs of lines of ``block`` that each break where the next word would not fit in
    ``width`` characters (two lines at least); none when the block is wider (by more than
    ``WIDTH_SLACK``) or narrower than wrapped text."""
    widest = _width(lines, block)
    if not WRAP_MIN_WIDTH <= widest <= width * (1 + WIDTH_SLACK) or width > WRAP_MAX_WIDTH:
        return []
    runs: list[list[int]] = []
    current: list[int] = []
    for a, b in pairwise(block):
        if _breaks_at_width(lines[a], lines[b], width):
            current = current or [a]
            current.append(b)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _breaks_at_width(line: str, following: str, width: int) -> bool:
    """``line`` of prose ends where ``following``'s first word would not fit in ``width``."""
    if len(_WORD.findall(line)) < LINE_MIN_WORDS:
        return False
    if any(_WEB.search(text) or _COLUMNS.search(text.strip()) for text in (line, following)):
        return False
    return len(line.rstrip()) + 1 + len(following.split()[0]) > width * (1 - WIDTH_SLACK)


def _paragraph(lines: Sequence[str], run: Sequence[int]) -> bool:
    """The run is a whole paragraph of prose: it opens with a capital, ends a sentence, and
    ``RUN_MID_SHARE`` of its breaks fall mid-sentence (a list's items of one length do not
    open and close so)."""
    first, last = lines[run[0]].strip(), lines[run[-1]].rstrip()
    return (
        first[:1].isupper()
        and _SENTENCE_END.search(last) is not None
        and _prose(lines, run, RUN_MID_SHARE)
    )


def _prose(lines: Sequence[str], run: Sequence[int], share: float) -> bool:
    """At least ``share`` of the run's breaks (one at least) fall mid-sentence: the line ends
    on no stop and the next one goes on in lower case."""
    mid = sum(
        1
        for a, b in pairwise(run)
        if not _SENTENCE_END.search(lines[a].rstrip()) and lines[b].strip()[:1].islower()
    )
    return mid >= share * (len(run) - 1) and mid > 0
