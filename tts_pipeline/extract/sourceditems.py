"""Paragraphs signed with their source: a gossip column or a digest of other papers ends
each item with the paper it comes from in brackets ("... a new deal. (Sunday Post)"). Alone,
a short one reads like a photo's caption with its credit; among others signed so, one of
them long enough to be a paragraph, they are the story's items."""

from __future__ import annotations

from dataclasses import replace

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.signoffs import bracketed_source

SIGNED_ITEMS_MIN = 3
"""Fewest lines signed with a source in brackets that make a run of signed items."""
SIGNED_ITEMS_GAP = 6
"""Most lines not blank between two signed lines of one run (a subheading, a link, a video
box's title, length and link)."""


def signed_items(lines: list[Line]) -> None:
    """Captions in a run of ``SIGNED_ITEMS_MIN`` or more lines signed with a source in
    brackets, one of them a body paragraph, become body lines (a photo's credit names no
    paper, and captions come with no paragraph signed like them)."""
    signed = [i for i, line in enumerate(lines) if _signed(line)]
    run: list[int] = []
    for i in [*signed, None]:
        if i is not None and (not run or _between(lines, run[-1], i) <= SIGNED_ITEMS_GAP):
            run.append(i)
            continue
        if len(run) >= SIGNED_ITEMS_MIN and any(lines[j].kind is Kind.BODY for j in run):
            for j in run:
                lines[j] = replace(lines[j], kind=Kind.BODY)
        run = [] if i is None else [i]


def _signed(line: Line) -> bool:
    """A body line or a caption that ends with a source in brackets, not a photo's credit
    ("(Photo: ...)", "(Image credit)")."""
    if line.kind not in (Kind.BODY, Kind.CAPTION):
        return False
    source = bracketed_source(line.text)
    return source is not None and patterns().credit_label.search(source) is None


def _between(lines: list[Line], above: int, below: int) -> int:
    """Lines not blank between lines ``above`` and ``below``."""
    return sum(1 for j in range(above + 1, below) if lines[j].kind is not Kind.BLANK)
