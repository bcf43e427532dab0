"""A photo's caption atop a dump's story.

A browser copies a figure's caption on its own line straight above the paragraph that
follows the photo, with no blank line between, while the story's paragraphs stand apart
with blank lines: such a short sentence at the story's top is the caption, not the story.
So is one in the byline's block (no blank line between) with a blank line under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line

CAPTION_MAX_WORDS = 12
"""Most words of a caption atop the story."""
PARAGRAPH_MIN_WORDS = 20
"""Fewest words of the paragraph right under it."""
TOP_LINES = 2
"""How many of the story's first lines may be such a caption (one under a standfirst)."""


def top_caption(lines: Sequence[Line], keep: Sequence[int]) -> int | None:
    """Index of the caption among the first kept lines ``keep`` of a dump's story, or None:
    a sentence of at most ``CAPTION_MAX_WORDS`` that ends in a full stop (a question or an
    exclamation speaks to the reader), under no kept line and right above (no blank line
    between) a kept paragraph of ``PARAGRAPH_MIN_WORDS`` or more that a blank line ends, or
    right under a byline or a date with a blank line under it."""
    kept = set(keep)
    for i in sorted(keep)[:TOP_LINES]:
        line = lines[i]
        if line.kind is not Kind.BODY or line.words > CAPTION_MAX_WORDS:
            continue
        if not line.text.rstrip().endswith(".") or i - 1 in kept or i + 2 >= len(lines):
            continue
        below = lines[i + 1]
        if (
            i + 1 in kept
            and below.kind is Kind.BODY
            and below.words >= PARAGRAPH_MIN_WORDS
            and lines[i + 2].kind is Kind.BLANK
        ):
            return i
        if lines[i - 1].kind in (Kind.BYLINE, Kind.DATE) and below.kind is Kind.BLANK:
            return i
    return None
