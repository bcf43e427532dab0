"""The fields right below a dump's story: a product's, an event's or a photo's details.

A shop's product page, an event's or a photo's ends its text with a block of fields, one
"Label: value" a line (a wine's region and grape, a competition's closing date, a camera
and its exposure), maybe under a heading of its own ("Details"). Such lines are short and
no sentences, so the story's stretch ends above them; a field of a date reads as a
dateline, and a camera's settings may read as chrome. A page's metadata below its story
("Tags: ...", "Published: ...") is no such field: its label alone reads as chrome. Below
a bylined news story, a block of fields is a fact box beside it (a case's parties), which
the page's markup sets apart: the story's reader leaves it out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from tts_pipeline.extract.lines import Kind, Line, block_from, describe, neighbour

FIELDS_MIN_LINES = 3
"""Fewest field lines ("Label: value") below the story that are its fields."""
FIELD_SHARE = 0.5
"""Least share of field lines among the lines of each block of fields (the others: a line
of description, the page's metadata)."""
FIELD_KINDS = (Kind.SHORT, Kind.BODY, Kind.DATE, Kind.CHROME)
"""Kinds of a field's line: a date's field reads as a dateline, a camera's as chrome."""
HEADING_MAX_WORDS = 6
"""Most words of a heading alone in its block over a block of fields ("Details")."""
_LABEL = r"[^\W\d_][\w.'’/()-]*(?: [\w.'’/()-]+){0,3}:"
_FIELD = re.compile(rf"({_LABEL})\s*\S")
"""A label of one to four words (the first a word), a colon and a value."""
_EMPTY_FIELD = re.compile(_LABEL)
"""A label with no value ("Aperture in mm:"): a field left empty."""
_ADDRESS = re.compile(r"(?:https?:)?//|www\.|[\w.+-]+@|[\w-]+(?:\.[\w-]+)+(?:/\S*)?$")
"""A value that is a web or mail address ("Blog: example.com"): a link, not a detail."""


class Shape(Enum):
    """What a line below the story is to a block of fields."""

    FIELD = "a field: a label and a value"
    METADATA = "the page's metadata (a label that alone is chrome) or a field left empty"
    PROSE = "a line of text (a description, a heading)"
    OTHER = "anything else: it ends the fields"


def fields_below(lines: Sequence[Line], last: int) -> list[int]:
    """The blocks of fields right below the story's last line ``last``: blocks (a blank line
    apart) whose lines are ``FIELD_SHARE`` or more field lines, with headings alone in
    their block above them, ``FIELDS_MIN_LINES`` field lines in all. A block may hold a
    line of text (a description) and the page's metadata ("Category: Events"), which is
    left out; any other line (an end marker, a box, a menu) ends the fields."""
    found: list[int] = []
    fields = 0
    headings: list[int] = []
    i = neighbour(lines, last, 1)
    while i is not None:
        shapes = [field_shape(lines[j]) for j in block_from(lines, i)]
        closed = Shape.OTHER in shapes  # the block's lines above it may still be fields
        shapes = shapes[: shapes.index(Shape.OTHER)] if closed else shapes
        block = range(i, i + len(shapes))
        if len(block) == 1 and not closed and _heading(lines[i]):
            headings.append(i)
        elif block and shapes.count(Shape.FIELD) >= FIELD_SHARE * len(block):
            kept = [
                j for j, shape in zip(block, shapes, strict=True) if shape is not Shape.METADATA
            ]
            found += headings + kept
            fields += shapes.count(Shape.FIELD)
            headings = []
        else:
            break
        if closed:
            break
        i = neighbour(lines, block[-1], 1)
    return found if fields >= FIELDS_MIN_LINES else []


def field_shape(line: Line) -> Shape:
    """What ``line`` is to a block of fields: a field (a label of a few words, a colon and a
    value that is no web or mail address), the page's metadata (a field whose label alone reads as
    chrome: "Tags:", "Published:", "Source:"; a field left empty), a line of text, or
    anything else."""
    if line.kind in FIELD_KINDS and _EMPTY_FIELD.fullmatch(line.text):
        return Shape.METADATA
    field = _FIELD.match(line.text)
    if field is not None and not _ADDRESS.match(line.text[len(field[1]) :].lstrip()):
        if describe(field[1]).kind not in (Kind.SHORT, Kind.BODY):
            return Shape.METADATA
        if line.kind in FIELD_KINDS:
            return Shape.FIELD
    return Shape.PROSE if line.kind in (Kind.SHORT, Kind.BODY) else Shape.OTHER


def _heading(line: Line) -> bool:
    """A heading over a block of fields: a short line of a few words ("Details")."""
    return (
        line.kind is Kind.SHORT
        and line.words <= HEADING_MAX_WORDS
        and field_shape(line) is Shape.PROSE
    )
