"""Rows of a data table in a dump (results, standings, a schedule) read as story text.

A browser copies a table's row as one line, its cells apart by tabs or wide gaps; a table
of numbers is the story's data, a layout table of links has none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tts_pipeline.extract.linefeatures import Kind, Line, is_label
from tts_pipeline.extract.linewalk import neighbour, skip_blank

TABLE_MIN_ROWS = 3
"""Fewest rows (lines of cells apart by tabs) of a data table."""
TABLE_NUMBERED_SHARE = 0.5
"""Least share of a data table's rows with a number in them."""
ROW_HEADING_MAX_WORDS = 4
"""Longest name of a table's section, a row of its own ("Girls basketball")."""
_DIGIT = re.compile(r"\d")
_COUNT = re.compile(r"\(\d+\)\s*$")
"""A count in brackets closing a row ("October (2)"): a blog archive's or a list of
categories' number of posts, no data of a table."""


def table_rows(lines: list[Line]) -> None:
    """Rows of a data table (results, standings, a schedule: cells apart by tabs, numbers
    in them) read as story text, like a body line, and so does the row of column names
    above them; a layout table of links has no numbers. A table of words (a line-up) with
    the same cells in every row is read too when story text stands right above and below."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (_row(lines[j]) or (j > i and _section_row(lines, j))):
            j += 1
        rows = [k for k in range(i, j) if _row(lines[k])]
        if len(rows) >= TABLE_MIN_ROWS:
            cells = [lines[k].wide_gaps for k in rows]
            numbered = [k for k in rows if _DIGIT.search(_COUNT.sub("", lines[k].text))]
            if max(cells) - min(cells) <= 1 and len(numbered) >= TABLE_NUMBERED_SHARE * len(rows):
                names = [i] if i not in numbered and lines[i].wide_gaps == cells[1] else []
                for k in [*names, *numbered]:
                    lines[k] = replace(lines[k], kind=Kind.BODY)
            elif min(cells) == max(cells) and _between_text(lines, i, j):
                for k in rows:
                    lines[k] = replace(lines[k], kind=Kind.BODY)
        i = max(j, i + 1)


def _row(line: Line) -> bool:
    return line.wide_gaps >= 1 and line.kind is Kind.SHORT


def _section_row(lines: list[Line], j: int) -> bool:
    """Line ``j`` names a section of a table, in its first cell alone ("Wrestling"), under
    two rows and over one of as many cells, glued to it, the one below with a number in it
    (not the column names of another table): the table goes on past it. A name under each
    single row (a list of downloads, each file's name again) is no section."""
    line = lines[j]
    return (
        line.kind is Kind.SHORT
        and line.words <= ROW_HEADING_MAX_WORDS
        and not _DIGIT.search(line.text)
        and 1 < j < len(lines) - 1
        and all(_row(lines[k]) for k in (j - 2, j - 1, j + 1))
        and lines[j + 1].wide_gaps == lines[j - 1].wide_gaps == lines[j - 2].wide_gaps
        and bool(_DIGIT.search(lines[j + 1].text))
    )


def _between_text(lines: list[Line], first: int, end: int) -> bool:
    """Body text right above line ``first`` (a heading at most between) and right below
    ``end``: a table of words (a line-up) inside the story, not a layout table of links."""
    below = skip_blank(lines, end)
    above = neighbour(lines, first, -1)
    if above is not None and lines[above].kind is Kind.SHORT:
        above = neighbour(lines, above, -1)
    return (
        below < len(lines)
        and lines[below].kind is Kind.BODY
        and above is not None
        and lines[above].kind is Kind.BODY
    )


TITLE_MAX_WORDS = 12
"""Longest title of a table ("So much does the employer's share add to a pension")."""
TITLED_ROWS = 2
"""Fewest kept rows of a table under its title (its column names may be left out)."""


def table_titles(lines: list[Line], keep: list[int]) -> list[int]:
    """The titles of the tables the story keeps: a short line (no sentence's piece: it
    ends in no comma or full stop) with a blank line under it and right below that a table
    (``TABLE_MIN_ROWS`` lines of cells apart by tabs or more, no blank line between) with
    ``TITLED_ROWS`` of its rows kept: a browser's copy of a table's caption or heading."""
    kept = set(keep)
    found = []
    for i, line in enumerate(lines):
        if i in kept or not _title(line) or i + 2 >= len(lines):
            continue
        if lines[i + 1].kind is not Kind.BLANK:
            continue
        first = i + 2
        end = first
        while end < len(lines) and lines[end].wide_gaps >= 1:
            end += 1
        if end - first >= TABLE_MIN_ROWS and len(kept.intersection(range(first, end))) >= (
            TITLED_ROWS
        ):
            found.append(i)
    return found


def _title(line: Line) -> bool:
    return is_label(line, TITLE_MAX_WORDS) and line.wide_gaps == 0
