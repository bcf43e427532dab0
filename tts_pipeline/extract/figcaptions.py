"""Captions trafilatura keeps as story text.

A photo's caption set in a paragraph with a caption class (``<p class="imageCaption">``)
reads like body text, and trafilatura keeps it; the element says what it is. When such
lines are most of the story (a gallery told in its captions), they stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.dom import CAMEL_CAPTION, Evidence
from tts_pipeline.extract.lines import Line

IN_CAPTION = "trafilatura kept it, but it is in a photo's caption element"
CAPTIONS_MAX_SHARE = 0.5
"""Share of the story's words in caption elements at or above which they are the story."""


def caption_lines(
    lines: Sequence[Line], evidence: Sequence[Evidence], story: Sequence[int]
) -> set[int]:
    """Lines of trafilatura's ``story`` in a caption element, unless they hold
    ``CAPTIONS_MAX_SHARE`` of its words or more."""
    captions = {i for i in story if evidence[i].tag == CAMEL_CAPTION}
    total = sum(lines[i].words for i in story)
    if sum(lines[i].words for i in captions) >= CAPTIONS_MAX_SHARE * total:
        return set()
    return captions
