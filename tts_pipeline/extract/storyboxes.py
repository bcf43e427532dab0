"""Lines of trafilatura's reading judged by the boxes around them: a subheading right below
a box inside the story stays; boxes (notes, a citation) and a table of figures under the
story go, though trafilatura kept them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.dom import Evidence
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.linewalk import skip_blank
from tts_pipeline.extract.render import SECTION_HEADINGS
from tts_pipeline.extract.tables import TABLE_MIN_ROWS, TABLE_NUMBERED_SHARE

DROPPED_KINDS = (Kind.CHROME, Kind.BOX, Kind.END, Kind.CAPTION)
"""Kinds of lines taken out of trafilatura's reading."""
_DIGIT = re.compile(r"\d")
ROW_MIN_CELLS = 3
"""Fewest cells of a table's row below the story."""
CELL_MAX_WORDS = 3
"""Most words of a cell of such a row."""
BOXED_TAIL_MAX = 3
"""Most paragraphs trafilatura kept below the boxes under the story (a citation, an appeal)."""


def below_boxes(lines: Sequence[Line], found: Sequence[int]) -> set[int]:
    """Trafilatura's lines below a box's title it left out (``Notes``, ``Cite this
    article``) under the story's text, when most of their words are the boxes' items and
    the rest at most ``BOXED_TAIL_MAX`` paragraphs: the boxes under the story (a citation,
    a donation appeal), not the story going on."""
    kept = set(found)
    first_body = next((i for i in found if lines[i].kind is Kind.BODY), None)
    if first_body is None:
        return set()
    for b in range(first_body + 1, len(lines)):
        if lines[b].kind is not Kind.BOX or b in kept:
            continue
        below = [i for i in found if i > b]
        rest = [i for i in below if lines[i].kind not in DROPPED_KINDS]
        if len(rest) > BOXED_TAIL_MAX or any(lines[i].kind is not Kind.BODY for i in rest):
            continue
        boxed = sum(lines[i].words for i in below if lines[i].kind in DROPPED_KINDS)
        if boxed > sum(lines[i].words for i in rest):
            return set(below)
    return set()


def table_below(lines: Sequence[Line], found: Sequence[int]) -> set[int]:
    """Trafilatura's lines below the story's last paragraph when they are a table's rows
    (short cells joined by commas), mostly with numbers, and short lines (its title, a
    note), fewer words than the story's paragraphs: a box score or a table of figures
    after the story, not read aloud."""
    kept = [i for i in found if lines[i].kind not in DROPPED_KINDS]
    body = [i for i in kept if lines[i].kind is Kind.BODY and not _row(lines[i].text)]
    if not body:
        return set()
    below = [i for i in kept if i > body[-1]]
    rows = [i for i in below if _row(lines[i].text)]
    if len(rows) < TABLE_MIN_ROWS or any(
        lines[i].kind is Kind.BODY for i in below if i not in rows
    ):
        return set()
    if sum(lines[i].words for i in below) >= sum(lines[i].words for i in body):
        return set()  # the tables are the page's content (a calendar, the standings)
    numbered = [i for i in rows if _DIGIT.search(lines[i].text)]
    return set(below) if len(numbered) >= TABLE_NUMBERED_SHARE * len(rows) else set()


def _row(text: str) -> bool:
    """A table's row as rendered: ``ROW_MIN_CELLS`` cells or more joined by commas, each
    of at most ``CELL_MAX_WORDS`` words."""
    cells = text.split(", ")
    return len(cells) >= ROW_MIN_CELLS and all(len(c.split()) <= CELL_MAX_WORDS for c in cells)


def subheadings(lines: Sequence[Line], evidence: Sequence[Evidence], found: set[int]) -> set[int]:
    """Section headings (``h2`` to ``h6``) trafilatura kept that only their neighbours make
    chrome (the item of a newsletter box right above), over a paragraph trafilatura kept
    (``found``, less what lies below the story's end) and below one: the story's
    subheadings, not the title of a box of key points above it."""
    out = set()
    paragraphs = sorted(i for i in found if lines[i].kind is Kind.BODY)
    for i in found:
        if not paragraphs or paragraphs[0] > i:
            continue
        if lines[i].kind is not Kind.CHROME or evidence[i].tag not in SECTION_HEADINGS:
            continue
        if describe(lines[i].text).kind is not Kind.SHORT:
            continue
        below = skip_blank(lines, i + 1)
        if below in found and lines[below].kind is Kind.BODY:
            out.add(i)
    return out


LIST_BOX_MIN_ITEMS = 2
"""Fewest items of a list under a heading below the story read as a box."""
_FIGURE = re.compile(r"\d")


def list_box_below(
    lines: Sequence[Line], evidence: Sequence[Evidence], found: Sequence[int]
) -> set[int]:
    """Trafilatura's lines below the story's last paragraph when they are a heading over a
    list of short items with figures ("Results of round 24", "Rovers - City 2-1"): a box of
    results or figures under the story, not read aloud."""
    kept = [i for i in found if lines[i].kind not in DROPPED_KINDS]
    body = [i for i in kept if lines[i].kind is Kind.BODY]
    if not body:
        return set()
    below = [i for i in kept if i > body[-1]]
    if len(below) <= LIST_BOX_MIN_ITEMS or evidence[below[0]].tag not in SECTION_HEADINGS:
        return set()
    items = below[1:]
    if all(
        evidence[i].tag == "li" and lines[i].kind is Kind.SHORT and _FIGURE.search(lines[i].text)
        for i in items
    ):
        return set(below)
    return set()
