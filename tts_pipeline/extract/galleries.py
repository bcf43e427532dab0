"""Captions of a photo gallery shown inside a story.

A gallery left in the page without JavaScript shows each slide's counter ("1 / 4",
"Photo 2 of 12") with the slide's caption, a short sentence, right under it. Such captions
are not the story, though each reads like a short paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import neighbour

COUNTER = re.compile(r"(\w+ )?(\d{1,3}) ?(/|of) ?(\d{1,3})", re.IGNORECASE)
"""A gallery's slide counter, maybe after a word ("Photo 2 of 12", "1 / 4")."""
MIN_SLIDES = 2
"""Fewest counters each with a caption under it that make a gallery."""
CAPTION_MAX_WORDS = 15
"""Longest caption of a slide."""
_SENTENCE_END = (".", "!", "?", "…")


def gallery_captions(lines: list[Line]) -> None:
    """Short sentences right under a gallery's slide counters (blank lines aside) are the
    slides' captions, where ``MIN_SLIDES`` or more counters have one."""
    found = [j for i, line in enumerate(lines) if (j := _caption_under(lines, i)) is not None]
    if len(found) < MIN_SLIDES:
        return
    for j in found:
        lines[j] = replace(lines[j], kind=Kind.CAPTION)


def _caption_under(lines: list[Line], i: int) -> int | None:
    """Index of the caption under line ``i`` when ``i`` is a slide counter, else None."""
    m = COUNTER.fullmatch(lines[i].text.strip())
    if m is None or not 0 < int(m.group(2)) <= int(m.group(4)):
        return None
    j = neighbour(lines, i, 1)
    if j is None or lines[j].kind not in (Kind.BODY, Kind.SHORT):
        return None
    text = lines[j].text.strip()
    if lines[j].words > CAPTION_MAX_WORDS or not text.endswith(_SENTENCE_END):
        return None
    return j
