"""Which of a dump's candidate stretches are passed over as the story: the ones a page's shape
says are something else score nothing in :mod:`.candidates`, so that one wins only when no other
stretch is there.

- **The last of a run of readers' reviews** (or comments): a stretch right under a dateline
  or a byline ("Georg N. am 10.4.2020"), with no headline between (a review has none), that
  closes a run of ``REVIEW_RUN_MIN`` or more such lines, each a few lines below the one
  before, with only a review's lines between (a reader's line or two, a rating). The reviews
  above it were too short to be stretches; the last one, with the page's widgets below it,
  was, and its dateline raised it over the product's text above the reviews. A run with
  no body text above it (a live blog's updates under the headline) is the story.
- **A list of references**: a stretch under a box's heading ("References", "Literatur")
  whose paragraphs are citations (``CITATION_SHARE`` of them or more: a year, and a note's
  number, authors' initials, "et al", a year in brackets or a journal's volume). A paywalled
  paper's reference list far outweighs its abstract.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.linewalk import first_body, neighbour, neighbour_kind
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.posts import signs_a_post

REVIEW_RUN_MIN = 3
"""Fewest datelines or bylines in a run of reviews (the stretch's own one counted)."""
REVIEW_MAX_LINES = 4
"""Most non-blank lines between two datelines of a run (a review's lines, its rating)."""
REVIEW_MIN_WORDS = 3
"""Fewest words of a line of a review's text."""
REVIEW_MAX_WORDS = 40
"""Most words of a line between two datelines of a run: a reader's review, not a story's
paragraph."""
CITATION_SHARE = 0.6
"""Least share of a stretch's paragraphs that are citations for it to be a reference list."""
CITATIONS_MIN = 2
"""Fewest citations of a reference list."""
HEADING_LINES = 3
"""How far above a stretch's first body line (non-blank lines) a reference list's heading
stands (a note's bare number, a line of the list's instructions between)."""
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d[a-z]?\b")
_CITED = re.compile(
    r"^\W{0,2}(?:\d{1,3}|[₀-₉]{1,3})\W{0,2}\s"  # the note's number: "[1]", "(2)", "3.", "₄"
    r"|\bet al\b"
    r"|\((?:1[6-9]|20)\d\d[a-z]?\)"  # "Liebel, Manfred (2012):"
    r"|\b(?:1[6-9]|20)\d\d\s*;\s*\d"  # "1988;82:1826-32"
    r"|^[A-Z][\w'-]+,? [A-Z]{1,3}\s?,"  # "Shear NH,"
)
"""A citation's shape besides its year."""
_STAMPS = (Kind.DATE, Kind.BYLINE)
LAST_REVIEW = "the last of a run of readers' reviews (each under its dateline or name)"
REFERENCES = "a list of references (citations under a box's heading)"
"""The reasons :func:`passed_over` gives."""


def passed_over(lines: Sequence[Line], start: int) -> str | None:
    """Why the stretch whose first line is ``start`` is no story (it scores nothing), or None."""
    stamp = _stamp_above(lines, start)
    if stamp is not None:
        run, first = _run_above(lines, stamp)
        if run >= REVIEW_RUN_MIN and _text_above(lines, first):
            return LAST_REVIEW
    if _under_a_box(lines, start) and _citations(lines, start):
        return REFERENCES
    return None


def passed_over_note(lines: Sequence[Line], i: int) -> str:
    """For ``clean --explain``: ", passed over as the story: <why>" when line ``i`` opens a
    stretch :func:`passed_over` (a body line below no other), else ""."""
    if lines[i].kind is not Kind.BODY or neighbour_kind(lines, i, -1) is Kind.BODY:
        return ""
    why = passed_over(lines, i)
    return "" if why is None else f", passed over as the story: {why}"


def _review_line(line: Line) -> bool:
    """A line of a reader's review between two datelines: its text (``REVIEW_MIN_WORDS`` to
    ``REVIEW_MAX_WORDS`` words), its rating ("4 von 5 Sternen", "★★★★☆") or a button
    ("Helpful? Yes No"); not a label of a word or two (a sidebar's "Special", a game's
    score), which stands in a list of teasers or releases, not of reviews."""
    if line.kind in (Kind.CHROME, Kind.CAPTION):
        return True
    if patterns().rating_values.fullmatch(fold(line.text)):
        return True
    return (
        line.kind in (Kind.SHORT, Kind.BODY) and REVIEW_MIN_WORDS <= line.words <= REVIEW_MAX_WORDS
    )


def _under_a_box(lines: Sequence[Line], start: int) -> bool:
    """A box's heading stands among the few lines above the stretch's first body line."""
    seen, j = 0, first_body(lines, start) - 1
    while j >= 0 and seen < HEADING_LINES:
        if lines[j].kind is Kind.BOX:
            return True
        if lines[j].kind is Kind.BODY:
            return False
        seen += lines[j].kind is not Kind.BLANK
        j -= 1
    return False


def _citations(lines: Sequence[Line], start: int) -> bool:
    """The stretch's paragraphs, down to the next box or end marker, are mostly citations."""
    cited = total = 0
    for line in lines[start:]:
        if line.kind in (Kind.BOX, Kind.END):
            break
        if line.kind is Kind.BODY:
            total += 1
            cited += bool(_YEAR.search(line.text) and _CITED.search(line.text))
    return cited >= CITATIONS_MIN and cited >= CITATION_SHARE * total


def _stamp_above(lines: Sequence[Line], start: int) -> int | None:
    """The dateline or byline right above the stretch's first body line, with no headline
    between (a reader's review has none), or None."""
    j = neighbour(lines, first_body(lines, start), -1)
    if j is None or lines[j].kind not in _STAMPS or signs_a_post(lines[j]):
        return None
    return j


def _text_above(lines: Sequence[Line], first: int) -> bool:
    """Body text stands above the run's first dateline ``first``: the text its readers
    review. A run of dated entries with none above it, right under the page's header, is
    the story itself (a live blog's updates, a diary), not reviews of it."""
    return any(line.kind is Kind.BODY for line in lines[:first])


def _run_above(lines: Sequence[Line], stamp: int) -> tuple[int, int]:
    """How many datelines or bylines make the run that ends at ``stamp`` (each a few lines
    of a review, :func:`_review_line`, below the one before it), and the run's first one."""
    run, seen, j, first = 1, 0, stamp - 1, stamp
    while j >= 0 and seen <= REVIEW_MAX_LINES:
        line = lines[j]
        j -= 1
        if line.kind is Kind.BLANK:
            continue
        if line.kind in _STAMPS and not signs_a_post(line):
            if seen == 0:  # a dateline right above another: one entry's name and date
                continue
            run, seen, first = run + 1, 0, j + 1
        elif _review_line(line):
            seen += 1
        else:
            break
    return run, first
