"""A chronicle around a dump's story: its lines, each led by a year.

A club's history, a building's or a CV is told a year a line ("1968 Founded by ...",
"1976–1978 Third stage: ..."). Most such lines are short and no sentences, so the story's
stretch holds one or two of them (the longest) and the rest stand above and below it. A
chronicle tells its years in order, up or down; a list of other posts whose titles open
with a year ("2019 Season Review", "2021 Guide to ...") below a story does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import neighbour

CHRONICLE_MIN_LINES = 3
"""Fewest year-led lines that make a chronicle."""
HEADING_MAX_WORDS = 4
"""Most words of a chronicle's heading amid the story ("Chronicle", "Our history")."""
_YEAR_LED = re.compile(
    r"(?:1[89]|20)\d\d(?:/\d\d(?:\d\d)?|\s*[–-]\s*(?:(?:1[89]|20)\d\d|\w+))?:?\s+\S"
)
"""A line led by a year or a span of years ("1976–1978", "1998/99", "2012 bis heute"), then
its entry."""
_NO_ENTRY = re.compile(r".*\(\d+\)|.* \| .*")
"""A year-led line that is no entry: an archive's link with its count of posts ("2019 –
Dezember (5)"), or a footer's parts apart by bars ("2020 Example Blog | Powered by ...")."""
ENTRY_KINDS = (Kind.SHORT, Kind.BODY)
"""Kinds of a chronicle's entry: a short line or a sentence, no chrome, date or caption."""


def chronicle_around(lines: Sequence[Line], keep: Sequence[int]) -> list[int]:
    """The year-led lines right above the story's first line and right below its last one
    (blank lines between), their years in order (:func:`in_order`), and those that fill a
    gap between two of its lines (under a heading of their own, "Chronicle"), when the
    story's own lines and these make ``CHRONICLE_MIN_LINES`` year-led lines or more."""
    if not keep:
        return []
    found: list[int] = []
    for edge, step in ((min(keep), -1), (max(keep), 1)):
        run: list[int] = []
        i = neighbour(lines, edge, step)
        while i is not None and _entry(lines[i]):
            run.append(i)
            i = neighbour(lines, i, step)
        found += run if in_order(lines, run) else []
    for before, after in pairwise(sorted(keep)):
        gap = [j for j in range(before + 1, after) if lines[j].kind is not Kind.BLANK]
        entries = gap[1:] if gap and _heading(lines[gap[0]]) else gap
        if entries and all(_entry(lines[j]) for j in entries):
            found += gap
    own = sum(_entry(lines[i]) for i in {*keep, *found})
    return found if found and own >= CHRONICLE_MIN_LINES else []


def in_order(lines: Sequence[Line], run: Sequence[int]) -> bool:
    """The years that open the lines ``run`` rise or fall (or stay), never both: a
    chronicle's; the titles of other posts come in no order of their years."""
    years = [int(lines[i].text[:4]) for i in run]
    pairs = list(pairwise(years))
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


def _heading(line: Line) -> bool:
    """A chronicle's heading: a short line of a few words, no entry."""
    return line.kind is Kind.SHORT and line.words <= HEADING_MAX_WORDS and not _entry(line)


def _entry(line: Line) -> bool:
    """A chronicle's entry: a short line or a sentence led by a year."""
    text = line.text
    return (
        line.kind in ENTRY_KINDS
        and _YEAR_LED.match(text) is not None
        and not _NO_ENTRY.fullmatch(text.strip())
    )
