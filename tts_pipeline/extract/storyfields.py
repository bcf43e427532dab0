"""The fields around a dump's story: a product's, an event's or a photo's details.

A shop's product page, an event's or a photo's ends its text with a block of fields, one
"Label: value" a line (a wine's region and grape, a competition's closing date, a camera
and its exposure), maybe under a heading of its own ("Details"); an event's page may
open with them (date, time, place, admission) or hold them amid its text (a concert's
programme, "Composer: Work"). Such lines are short and no sentences, so the story's
stretch ends above them; a field of a date reads as a
dateline, and a camera's settings may read as chrome. A page's metadata below its story
("Tags: ...", "Published: ...") is no such field: its label alone reads as chrome; nor is a
reader's review under the story, a reader's name and rating among its fields, nor a
shop's purchase box above a product's text (its price, tax and shipping). Below
a bylined news story, a block of fields is a fact box beside it (a case's parties), which
the page's markup sets apart: the story's reader leaves it out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from itertools import pairwise

from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.linewalk import block_from, neighbour
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.shopbox import purchase_box

FIELDS_MIN_LINES = 3
"""Fewest field lines ("Label: value") below the story that are its fields."""
FIELD_SHARE = 0.5
"""Least share of field lines among the lines of each block of fields (the others: a line
of description, the page's metadata)."""
FIELD_KINDS = (Kind.SHORT, Kind.DATE, Kind.CHROME)
"""Kinds of a field's line: a short line (a date's field reads as a dateline, a camera's as
chrome); a sentence led by a label is an interview's answer or a comment, not a detail."""
HEADING_MAX_WORDS = 6
"""Most words of a heading alone in its block over a block of fields ("Details")."""
_LABEL = r"[^\W\d_][\w.'’/()-]*(?: [\w.'’/()-]+){0,3}:"
_FIELD = re.compile(rf"({_LABEL})\s*\S")
"""A label of one to four words (the first a word), a colon and a value."""
_EMPTY_FIELD = re.compile(_LABEL)
"""A label with no value ("Aperture in mm:"): a field left empty."""
SHEET_MIN_ROWS = 3
"""Fewest rows (a label's line, a value's line) of a data sheet below the story."""
SHEET_LABEL_WORDS = 3
"""Most words of a data sheet's label ("Country of origin")."""
SHEET_ABOVE_DIGITS = 2
"""Fewest values with a digit of a data sheet above the story (a date, a time, an address:
a menu's items hold none)."""
_DIGIT = re.compile(r"\d")
_ADDRESS = re.compile(r"(?:https?:)?//|www\.|[\w.+-]+@|[\w-]+(?:\.[\w-]+)+(?:/\S*)?$")
"""A value that is a web or mail address ("Blog: example.com"): a link, not a detail."""
_PATH = re.compile(r"(?:^|\s)/[\w.-]+/")
"""A file's path in a value: a server's error message ("Warning: ... in /var/www/..."), not a
detail."""


class Shape(Enum):
    """What a line below the story is to a block of fields."""

    FIELD = "a field: a label and a value"
    METADATA = "the page's metadata (a label that alone is chrome) or a field left empty"
    PROSE = "a line of text (a description, a heading)"
    OTHER = "anything else: it ends the fields"


def story_fields(lines: Sequence[Line], keep: Sequence[int], title: str | None) -> list[int]:
    """The fields around the story's lines ``keep``: below, above and amid them; not its
    headline ``title``, which may read as a field ("Reading: The Town by the River")."""
    found = fields_below(lines, max(keep)) + fields_above(lines, min(keep))
    found += fields_between(lines, keep) + sheet_below(lines, max(keep))
    found += sheet_above(lines, min(keep))
    return sorted({i for i in found if lines[i].text != title})


def first_review(lines: Sequence[Line], keep: Sequence[int]) -> int | None:
    """The first line of the first reader's review amid the story's lines ``keep`` below a
    paragraph of them (a block whose fields give a reader's name and rating,
    :func:`reader_review`), or None: the sentences of reviews read as a story's own, and
    what follows the first is reviews."""
    i: int | None = min(keep) if keep else None
    while i is not None and i <= max(keep):
        block = block_from(lines, i)
        above = any(lines[j].kind is Kind.BODY for j in keep if j < i)
        if above and reader_review(lines, block):
            return i
        i = neighbour(lines, block[-1], 1)
    return None


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
        if reader_review(lines, block):
            break
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


def fields_above(lines: Sequence[Line], first: int) -> list[int]:
    """The blocks of fields right above the story's first line ``first`` (an event's date,
    time, place and admission above its text; a job's location and salary), maybe with
    buttons between (:func:`_above_buttons`), as :func:`fields_below` reads them: up to the
    first block that is no block of fields, or its line of any other kind."""
    found: list[int] = []
    fields = 0
    i = _above_buttons(lines, first)
    while i is not None:
        top = i
        while top > 0 and lines[top - 1].kind is not Kind.BLANK:
            top -= 1
        shapes = [field_shape(lines[j]) for j in range(top, i + 1)]
        closed = Shape.OTHER in shapes  # the block's lines below it may still be fields
        cut = len(shapes) - shapes[::-1].index(Shape.OTHER) if closed else 0
        block, shapes = range(top + cut, i + 1), shapes[cut:]
        if not block or shapes.count(Shape.FIELD) < FIELD_SHARE * len(block):
            break
        if reader_review(lines, block) or purchase_box(lines, range(top, i + 1)):
            break
        found += [j for j, shape in zip(block, shapes, strict=True) if shape is not Shape.METADATA]
        fields += shapes.count(Shape.FIELD)
        if closed:
            break
        i = neighbour(lines, block[0], -1)
    return sorted(found) if fields >= FIELDS_MIN_LINES else []


def _above_buttons(lines: Sequence[Line], first: int) -> int | None:
    """The line right above the story's first line ``first``, above the buttons there (chrome
    without a digit: a job's "Apply now", an event's "Add to calendar" under its fields)."""
    i = neighbour(lines, first, -1)
    while i is not None and lines[i].kind is Kind.CHROME and not _DIGIT.search(lines[i].text):
        i = neighbour(lines, i, -1)
    return i


def fields_between(lines: Sequence[Line], keep: Sequence[int]) -> list[int]:
    """The lines that fill a gap between two of the story's lines (``keep``) with fields,
    ``FIELDS_MIN_LINES`` of them or more, and headings of a few words (a concert's
    "Programme", then "Composer: Work" a line): no other line among them."""
    found: list[int] = []
    for before, after in pairwise(sorted(keep)):
        gap = [j for j in range(before + 1, after) if lines[j].kind is not Kind.BLANK]
        shapes = [field_shape(lines[j]) for j in gap]
        fields = shapes.count(Shape.FIELD)
        headings = [_heading(lines[j]) for j, shape in zip(gap, shapes, strict=True)]
        filled = all(s is not Shape.PROSE or h for s, h in zip(shapes, headings, strict=True))
        review = reader_review(lines, gap)
        if fields >= FIELDS_MIN_LINES and Shape.OTHER not in shapes and filled and not review:
            found += [
                j for j, shape in zip(gap, shapes, strict=True) if shape is not Shape.METADATA
            ]
    return found


def sheet_below(lines: Sequence[Line], last: int) -> list[int]:
    """A data sheet right below the story's last line ``last``: one block of short lines
    and numbers (up to its first line of another kind), a label and its value each a line (a
    two-column table as a browser copies it: "Grape", "100 % Tempranillo"), maybe under a
    heading of its own; ``SHEET_MIN_ROWS`` rows or more, each label a few words without a
    digit, and half the values or more with a digit or a lower-case word (a menu's items
    are names)."""
    first = neighbour(lines, last, 1)
    if first is None:
        return []
    block = list(block_from(lines, first))
    ends = (n for n, j in enumerate(block) if not _sheet_line(lines[j]))
    block = block[: next(ends, len(block))]
    rows = block[len(block) % 2 :]
    labels, values = rows[::2], rows[1::2]
    if len(labels) < SHEET_MIN_ROWS or not all(_sheet_label(lines[j]) for j in labels):
        return []
    detailed = sum(bool(_DIGIT.search(lines[j].text)) or (lines[j].lower or 0) > 0 for j in values)
    return block if detailed >= len(values) / 2 else []


def sheet_above(lines: Sequence[Line], first: int) -> list[int]:
    """A data sheet right above the story's first line ``first``, maybe with a button
    ("Add to calendar") or the heading of the story's first section between: an event's
    date, place and admission, a course's code and credits, as a two-column table
    ("Credits<tab>5", a row a line) or a list of terms (a label and its value each a
    line). ``SHEET_MIN_ROWS`` rows or more, read from the story up, each label a few words
    without a digit, each value a short line or a date, ``SHEET_ABOVE_DIGITS`` values or
    more with a digit and one at least without (a place, a language, "Free admission": a
    widget's readings, the weather's or the markets', are numbers every one)."""
    i = neighbour(lines, first, -1)
    while i is not None and lines[i].kind is Kind.CHROME and not _DIGIT.search(lines[i].text):
        i = neighbour(lines, i, -1)
    if i is None:
        return []
    heading = [i] if _heading(lines[i]) and i >= 1 and lines[i - 1].wide_gaps == 1 else []
    rows = _table_rows_above(lines, i - len(heading)) or _term_rows_above(lines, i)
    values = [text for _, text in rows]
    digits = sum(bool(_DIGIT.search(text)) for text in values)
    if len(rows) < SHEET_MIN_ROWS or not SHEET_ABOVE_DIGITS <= digits < len(values):
        return []
    labels = [j - 1 for j, _ in rows if lines[j].wide_gaps == 0]
    sheet = sorted([j for j, _ in rows] + labels + heading)
    return [] if purchase_box(lines, sheet) else sheet


def _table_rows_above(lines: Sequence[Line], i: int) -> list[tuple[int, str]]:
    """The rows of two cells ending at line ``i`` and up (no blank line between), a label
    cell and a value cell each: (the row's line, its value)."""
    rows = []
    while i >= 0 and lines[i].kind is not Kind.BLANK and lines[i].wide_gaps == 1:
        label, _, value = lines[i].text.partition(", ")
        if not value or not _label_text(label):
            break
        rows.append((i, value))
        i -= 1
    return rows


def _term_rows_above(lines: Sequence[Line], i: int) -> list[tuple[int, str]]:
    """The terms and their values ending at line ``i`` and up, each a line: (the value's
    line, its text)."""
    rows = []
    while i >= 1 and lines[i].kind in (Kind.SHORT, Kind.DATE) and lines[i].wide_gaps == 0:
        label = lines[i - 1]
        if label.kind is not Kind.SHORT or not _sheet_label(label) or label.wide_gaps:
            break
        rows.append((i, lines[i].text))
        i -= 2
    return rows


def _label_text(text: str) -> bool:
    """A table's label cell: a few words, no digit, no sentence end."""
    return (
        len(text.split()) <= SHEET_LABEL_WORDS
        and not _DIGIT.search(text)
        and not text.endswith(".")
    )


def _sheet_line(line: Line) -> bool:
    """A line of a data sheet: a short line, or a number alone (read as chrome: "0.2 %")."""
    return line.kind is Kind.SHORT or (line.kind is Kind.CHROME and bool(_DIGIT.search(line.text)))


def _sheet_label(line: Line) -> bool:
    """A data sheet's label: a few words, no digit, no sentence end."""
    text = line.text
    return line.words <= SHEET_LABEL_WORDS and not _DIGIT.search(text) and not line.terminal


def field_shape(line: Line) -> Shape:
    """What ``line`` is to a block of fields: a field (a label of a few words, a colon and a
    value that is no web or mail address), the page's metadata (a field whose label alone reads as
    chrome: "Tags:", "Published:", "Source:"; a field of a site's contact box or imprint:
    "Phone:", "VAT number:"; a field left empty), a line of text, or
    anything else."""
    if line.kind in FIELD_KINDS and _EMPTY_FIELD.fullmatch(line.text):
        return Shape.METADATA
    field = _FIELD.match(line.text)
    if field is not None and line.kind in FIELD_KINDS and _contact_label(field[1]):
        return Shape.METADATA
    value = line.text[len(field[1]) :].lstrip() if field is not None else ""
    if field is not None and not _ADDRESS.match(value) and not _PATH.search(value):
        if describe(field[1]).kind not in (Kind.SHORT, Kind.BODY):
            return Shape.METADATA
        if line.kind in FIELD_KINDS:
            return Shape.FIELD
    return Shape.PROSE if line.kind in (Kind.SHORT, Kind.BODY) else Shape.OTHER


def reader_review(lines: Sequence[Line], block: Sequence[int]) -> bool:
    """The fields of the lines ``block`` are a reader's review or a comment, no details of the
    story: one of them gives a reader's name ("Name:", "Reviewer:"), another the score out
    of a scale that reader gave ("Rating: 4 out of 5"). A product's or a game's fields may
    name a thing ("Name: ...") but rate nothing, and a rating alone may be a film's ("PG")
    or a wine's."""
    fields = [(field, lines[j].text) for j in block if (field := _FIELD.match(lines[j].text))]
    p = patterns()
    named = rated = False
    for field, text in fields:
        label, value = fold(field[1].rstrip(":").strip()), fold(text[len(field[1]) :].strip())
        named = named or p.reviewer_labels.fullmatch(label) is not None
        scored = p.rating_values.fullmatch(value) is not None
        rated = rated or (p.rating_labels.fullmatch(label) is not None and scored)
    return named and rated


def _contact_label(label: str) -> bool:
    """A label of a site's contact box or imprint ("Fax:", "VAT number:"): the site's
    details below its story, not a product's or an event's."""
    return patterns().contact_labels.fullmatch(fold(label.rstrip(":").strip())) is not None


def _heading(line: Line) -> bool:
    """A heading over a block of fields: a short line of a few words ("Details")."""
    return (
        line.kind is Kind.SHORT
        and line.words <= HEADING_MAX_WORDS
        and field_shape(line) is Shape.PROSE
    )
