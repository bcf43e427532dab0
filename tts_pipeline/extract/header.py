"""Find the headline, the author and the publication date around the start of a story.

They stand in the few lines above the body: the headline first, then perhaps a deck
(a longer summary line), then the byline and the dateline; captions and share buttons
may sit between them and the body. The headline is chosen by :mod:`.headlinescore` among
lines shaped like one (:mod:`.titleshape`); the author and the date are read by
:mod:`.headerfields`; this module finds the deck under the headline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tts_pipeline.extract.headerfields import find_author, find_published
from tts_pipeline.extract.headlinescore import best_title
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import neighbour, own_block
from tts_pipeline.extract.names import credit_name
from tts_pipeline.extract.titleshape import looks_like_title, plain_headline

SEARCH_LINES = 15
"""How far above the body to look for the headline, byline and dateline (non-blank lines)."""
DECK_LINE_MIN_WORDS = 4
"""Fewest words of a deck kept as the story's first line (see :func:`deck_above`)."""
DECK_GAP = (Kind.BLANK, Kind.DATE, Kind.BYLINE)
"""Lines that may stand between the headline, the deck and the story..."""
DECK_GAP_BELOW = (*DECK_GAP, Kind.CHROME)
"""...and between the deck and the story also chrome (share buttons, a reading time)."""


@dataclass(frozen=True)
class Header:
    title: str | None = None
    author: str | None = None
    published: str | None = None
    """ISO 8601."""


def find_header(lines: Sequence[Line], start: int, end: int) -> Header:
    """Headline, author and date near the story that runs from line ``start`` to ``end``."""
    above = _non_blank_above(lines, start)
    title_i = best_title(lines, above)
    zone = [i for i in above if title_i is None or i > title_i] or above
    return Header(
        title=lines[title_i].text if title_i is not None else None,
        author=find_author(lines, zone) or find_author(lines, above),
        published=find_published(lines, zone, end),
    )


def deck_above(lines: Sequence[Line], start: int, title: str | None) -> tuple[int, str] | None:
    """The deck above a story that starts at line ``start``, and the headline above it.

    The deck is the short line right under the headline, with nothing but ``DECK_GAP``
    lines between it and the headline and ``DECK_GAP_BELOW`` lines between it and the
    story, and a blank line right under it. It has more words than the headline (and
    ``DECK_LINE_MIN_WORDS`` at least): a shorter line there is the title of a video or a
    photo, and a line that names a person is a credit. The headline is ``title``; or else
    ``title`` is the deck (it stood right above the byline) and the headline the shorter
    headline-shaped line above it, in a block of its own (not the last item of a menu). The
    headline may also be one the header finder missed (:func:`_headline_of`)."""
    if not title or start == 0:
        return None
    deck = neighbour(lines, start, -1, DECK_GAP_BELOW)
    if deck is None or lines[deck + 1].kind is not Kind.BLANK:
        return None
    headline = neighbour(lines, deck, -1, DECK_GAP)
    if headline is None:
        return None
    line, above = lines[deck], lines[headline]
    if line.kind is not Kind.SHORT or line.words < max(DECK_LINE_MIN_WORDS, above.words):
        return None
    if credit_name(line.text):
        return None
    if above.text == title:
        return deck, title
    if _headline_of(lines, headline, title):
        return deck, above.text
    if line.text == title and plain_headline(above) and own_block(lines, headline):
        return deck, above.text
    return None


def _headline_of(lines: Sequence[Line], i: int, title: str) -> bool:
    """Line ``i`` is the story's headline though the header finder took another line for
    it: the end of a breadcrumb ``title``, or a second headline right under ``title``."""
    line = lines[i]
    if not plain_headline(line) or not own_block(lines, i):
        return False
    if title.endswith(line.text) and len(title) > len(line.text):
        return True
    above = neighbour(lines, i, -1)
    return above is not None and lines[above].text == title and looks_like_title(lines[above])


def _non_blank_above(lines: Sequence[Line], start: int) -> list[int]:
    """Indices of the non-blank lines above ``start``, nearest first, up to
    ``SEARCH_LINES`` lines that are not chrome."""
    found: list[int] = []
    counted = 0
    i = start - 1
    while i >= 0 and counted < SEARCH_LINES:
        if lines[i].kind is not Kind.BLANK:
            found.append(i)
            counted += lines[i].kind is not Kind.CHROME
        i -= 1
    return found
