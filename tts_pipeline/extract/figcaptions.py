"""Captions trafilatura keeps as story text.

A photo's caption set in a paragraph with a caption class (``<p class="imageCaption">``)
reads like body text, and trafilatura keeps it; the element says what it is. So does a
``<figcaption>`` of a few words. When such lines are most of the story (a gallery told in
its captions), they stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.dom import CAMEL_CAPTION, CAPTION, Evidence
from tts_pipeline.extract.linefeatures import Line

IN_CAPTION = "trafilatura kept it, but it is in a photo's caption element"
SHORT_CAPTION_MAX_WORDS = 12
"""Most words of a line in a ``<figcaption>`` (or a caption class) trafilatura kept that is
taken out as the photo's caption; a longer one may be the story's text set there."""
CAPTIONS_MAX_SHARE = 0.5
"""Share of the story's words in caption elements at or above which they are the story."""


def caption_lines(
    lines: Sequence[Line], evidence: Sequence[Evidence], story: Sequence[int]
) -> set[int]:
    """Lines of trafilatura's ``story`` in a camel-case caption class, or of at most
    ``SHORT_CAPTION_MAX_WORDS`` in a ``<figcaption>`` or caption class, unless they hold
    ``CAPTIONS_MAX_SHARE`` of its words or more."""
    captions = {
        i
        for i in story
        if evidence[i].tag == CAMEL_CAPTION
        or (evidence[i].tag == CAPTION and lines[i].words <= SHORT_CAPTION_MAX_WORDS)
    }
    total = sum(lines[i].words for i in story)
    if sum(lines[i].words for i in captions) >= CAPTIONS_MAX_SHARE * total:
        return set()
    return captions
