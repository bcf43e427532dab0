"""Walk the lines of a page dump: the nearest line not blank, a block, the first body line."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tts_pipeline.extract.linefeatures import Kind, Line


def neighbour(
    lines: Sequence[Line], i: int, step: int, skipped: tuple[Kind, ...] = (Kind.BLANK,)
) -> int | None:
    """Index of the nearest line above (``step=-1``) or below (``step=1``) line ``i`` that
    is not of the ``skipped`` kinds (blank lines), or None."""
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].kind not in skipped:
            return j
        j += step
    return None


def neighbour_kind(lines: Sequence[Line], i: int, step: int) -> Kind | None:
    """Kind of the nearest non-blank line above or below line ``i``."""
    j = neighbour(lines, i, step)
    return None if j is None else lines[j].kind


def own_block(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` has a blank line (or the page's edge) above and below it."""
    return all(not 0 <= j < len(lines) or lines[j].kind is Kind.BLANK for j in (i - 1, i + 1))


def block_from(lines: Sequence[Line], i: int) -> range:
    """The lines from ``i`` down to the next blank line (or the page's end): the rest of
    line ``i``'s block; empty when line ``i`` is blank or past the end."""
    end = i
    while end < len(lines) and lines[end].kind is not Kind.BLANK:
        end += 1
    return range(i, end)


def skip_blank(lines: Sequence[Line], j: int) -> int:
    """Index of the first line from ``j`` on that is not blank (``len(lines)`` if none)."""
    while j < len(lines) and lines[j].kind is Kind.BLANK:
        j += 1
    return j


def first_body(lines: Sequence[Line], start: int, stop: int | None = None) -> int:
    """Index of the first body line from ``start`` on, before ``stop`` (the page's end by
    default); ``stop`` (``len(lines)``) when there is none."""
    stop = len(lines) if stop is None else stop
    while start < stop and lines[start].kind is not Kind.BODY:
        start += 1
    return start


def short_lines_amid(
    lines: Sequence[Line], start: int, end: int, fits: Callable[[Line, Line], bool]
) -> list[int]:
    """The short lines amid the story's body text (lines ``start`` to ``end``), each right
    under a body line and over another line, for which ``fits(line, below)`` holds."""
    body = [i for i in range(start, end + 1) if lines[i].kind is Kind.BODY]
    found = []
    for i in range(body[0] + 1, body[-1]) if body else ():
        above, below = neighbour(lines, i, -1), neighbour(lines, i, 1)
        if (
            lines[i].kind is Kind.SHORT
            and above is not None
            and below is not None
            and lines[above].kind is Kind.BODY
            and fits(lines[i], lines[below])
        ):
            found.append(i)
    return found
