"""The items of a list amid a story that read less like running text than their neighbours.

A list's items stand one under another, no blank line between; most read like pieces of
running text (a step, a tip: "Nur bei trockenem Boden arbeiten"), and the cleaner keeps
those. An item of the same list with more capitalised words ("In Längs- und Querbahnen
fahren": German capitalises its nouns) is still the list's when most of its run are such
pieces.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tts_pipeline.extract.linefeatures import Kind, Line, is_fragment
from tts_pipeline.extract.rules import rules


def _run(lines: Sequence[Line], i: int) -> range:
    """The run of short lines around line ``i``, one right under another."""
    first, last = i, i
    while first > 0 and lines[first - 1].kind is Kind.SHORT:
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].kind is Kind.SHORT:
        last += 1
    return range(first, last + 1)


def run_mates(lines: Sequence[Line], fragments: Iterable[int]) -> list[int]:
    """The short lines in a run with ``fragments`` when more than half of the run are such
    pieces, each of at least as many words as one."""
    min_words = rules().lines.fragment_min_words
    mates: set[int] = set()
    for run in {_run(lines, i) for i in fragments}:
        if 2 * sum(is_fragment(lines[j]) for j in run) > len(run):
            mates.update(j for j in run if lines[j].words >= min_words)
    return sorted(mates)
