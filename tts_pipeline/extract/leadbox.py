"""A text dump's standfirst above a box of links to other stories.

Many article pages set a box of links to other stories ("Read also", "More on this
topic", "Lesen Sie auch") between the header (the headline, its standfirst, the byline,
the date, the photo) and the story's first paragraph. The stretch of body text starts
below the box, and the lead finder of :mod:`.storystart` stops at its marker, so the
standfirst is left above it. The box here is a box marker with the links under it:
``BOX_MAX_LINES`` lines at most, one of them at least a story's title (a line of
``LINK_MIN_WORDS`` words or more in one phrase that ends no sentence; a share bar's
buttons are single words, a photo's caption has its credit after its text). The
standfirst is then found above the box as :func:`.storystart.lead_above` finds it above
the story, and kept only when it ends like a sentence (a line without a stop there is
the headline's deck, which the story's text leaves out).
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.storystart import lead_above
from tts_pipeline.extract.titleshape import two_sentences

BOX_MAX_LINES = 12
"""Most non-blank lines of the box, its marker and links together."""
LINK_MIN_WORDS = 3
"""Fewest words of a line that is a link to a story (a title)."""
TEASER_MAX_WORDS = 10
"""A body line in the box of fewer words is a link's title that ends on a question mark
or a stop; a longer one is running text (the standfirst, or the story)."""


def lead_above_box(lines: Sequence[Line], start: int, title: str | None) -> int:
    """Index of a standfirst above a box of links right above the story's first line
    ``start`` (see the module's docstring), or ``start`` when there is none."""
    box = _box_of_links(lines, start)
    if box is None:
        return start
    lead = lead_above(lines, box, title)
    return lead if lead < box and lines[lead].terminal else start


def _box_of_links(lines: Sequence[Line], start: int) -> int | None:
    """Index of the topmost box marker of a box of links right above line ``start``: only
    its marker(s) and links (chrome, short lines, short body lines) between it and the
    story, at most ``BOX_MAX_LINES``, one of them at least a story's title. None when
    there is no such box."""
    box, seen, links, links_below_box = None, 0, 0, 0
    i = start - 1
    while i >= 0 and seen < BOX_MAX_LINES:
        line = lines[i]
        if line.kind is Kind.BOX:
            box, links_below_box = i, links
        elif _link(line):
            links += _title(line)
        elif line.kind is not Kind.BLANK:
            break
        seen += line.kind is not Kind.BLANK
        i -= 1
    return box if box is not None and links_below_box else None


def _title(line: Line) -> bool:
    """A link's line that is a story's title: ``LINK_MIN_WORDS`` words or more in one
    phrase, ending no sentence (a caption has two sentences: its text and its credit)."""
    return line.words >= LINK_MIN_WORDS and not line.terminal and not two_sentences(line.text)


def _link(line: Line) -> bool:
    """A line that may be a link in a box: chrome, a short line, or a body line shorter
    than ``TEASER_MAX_WORDS`` words or ending no sentence."""
    if line.kind in (Kind.CHROME, Kind.SHORT):
        return True
    return line.kind is Kind.BODY and (line.words < TEASER_MAX_WORDS or not line.terminal)
