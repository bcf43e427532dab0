"""Dense boxes: stretches of a page dump packed line on line, on a page whose story is not.

A browser copies a paragraph (``<p>``) with a blank line above it, but the items of a list
or of a grid of teasers (``<li>``, ``<div>``) line on line. On a page whose text under a
byline or dateline has its paragraphs apart, a stretch whose body lines stand packed one
under another is a box, not the story: a sidebar of teaser headlines, a readers' Q&A with
its questions and answers. By its many words it may outweigh the story; its score is
lowered (``dense_factor`` of ``data/cleaner.toml``) and it gets no byline's bonus (the
byline above it is a teaser's). A page packed throughout (a dump without blank lines, a
meeting's minutes under its date with a sidebar of paragraphs) is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.rules import rules

APART_MIN_LINES = 2
"""Fewest body lines of a stretch whose paragraphs stand apart."""
APART_SHARE = 0.5
"""Least share of its body lines with a blank line above them."""


class Stretch(Protocol):
    start: int
    end: int
    weight: float


def packed(lines: Sequence[Line], stretch: Stretch) -> bool:
    """``dense_min_lines`` body lines or more, of which ``dense_share`` or more stand right
    under another line of text (body or short), with no blank line between."""
    body = _body(lines, stretch)
    under = sum(1 for i in body if i > 0 and lines[i - 1].kind in (Kind.BODY, Kind.SHORT))
    r = rules().region
    return len(body) >= r.dense_min_lines and under >= r.dense_share * len(body)


def paragraphs_apart(
    lines: Sequence[Line], found: Sequence[Stretch], anchored: Callable[[int], bool]
) -> bool:
    """Some stretch with the words of an article, under a byline or dateline (``anchored``
    tells by its first line), has its paragraphs apart: ``APART_MIN_LINES`` body lines or
    more, ``APART_SHARE`` of them with a blank line above."""
    for stretch in found:
        if stretch.weight < rules().region.min_article or not anchored(stretch.start):
            continue
        body = _body(lines, stretch)
        apart = sum(1 for i in body if i > 0 and lines[i - 1].kind is Kind.BLANK)
        if len(body) >= APART_MIN_LINES and apart >= APART_SHARE * len(body):
            return True
    return False


def _body(lines: Sequence[Line], stretch: Stretch) -> list[int]:
    return [i for i in range(stretch.start, stretch.end + 1) if lines[i].kind is Kind.BODY]
