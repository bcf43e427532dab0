"""A standfirst between a dump's headline and its byline, share bar or photo.

Many article pages set a sentence or two of summary (a standfirst, a teaser, a German
"Vorspann") right under the headline, then the byline (maybe split into a "By" and a
name), the date, a row of share buttons or a photo with its caption, then the story. The
stretch of body text starts below all that, and the standfirst is left above it (the
lead finder of :mod:`.storystart` stops at the short lines of such a header). It is the
story's first paragraph when:

- it is a lead's sentence: a body line of ``MIN_WORDS`` words or more, many of them
  lower-case, that ends like a sentence or is longer than a headline and ends on a word
  (a line of a headline's length without a stop is a deck, read as the headline);
- the line right above it is the headline, not a breadcrumb: the header's, or a shorter
  line that ends on no stop when the header finder took the standfirst itself for the
  headline; the standfirst does not repeat it (a kicker and the headline again), and the
  page does not show the standfirst elsewhere (a headline shown again in a share bar);
- only the header's lines stand between it and the story: bylines, datelines, chrome
  (share buttons, a reading time), captions, and a few tiny lines (a "By", an author's
  name, a drop capital), at least one of which is a byline, dateline, caption or chrome.

The HTML reading leaves such a line to the page's markup (see ``DumpReading.by_shape``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import neighbour

MIN_WORDS = 10
"""Fewest words of a standfirst (a kicker or a tagline is shorter)."""
HEADLINE_MAX_WORDS = 20
"""Most words of a headline: a longer line that ends on a word is a standfirst."""
MIN_LOWER_SHARE = 0.4
"""Least share of lower-case words of a standfirst in a cased script."""
HEADER_KINDS = (Kind.BYLINE, Kind.DATE, Kind.CHROME, Kind.CAPTION)
"""Lines of a header between a standfirst and the story."""
TINY_MAX_WORDS = 3
"""Most words of a short line of the header between (a "By", a name, a drop capital)."""
_CRUMB_SEPARATOR = re.compile(r"\s+[›»>/|]\s+")
"""Between the parts of a breadcrumb ("News / World / Europe"): no headline."""
MAX_GAP_LINES = 12
"""Most non-blank lines between the standfirst and the story."""


def standfirst_under_headline(
    lines: Sequence[Line], start: int, title: str | None
) -> tuple[int, str] | None:
    """Index of the standfirst under the headline above the story's first line ``start``
    (with only the header's lines between), and that headline; None when there is none.
    ``title`` is the headline the header finder found above ``start``."""
    i, between = _past_header(lines, start - 1)
    if i < 0 or not between or not _running_text(lines[i]) or _shown_again(lines, i):
        return None
    headline = _headline_over(lines, i, title)
    return None if headline is None else (i, headline)


def _past_header(lines: Sequence[Line], i: int) -> tuple[int, bool]:
    """The first line at or above line ``i`` that is not a line of the header (a byline,
    a dateline, chrome, a caption, a tiny short line), at most ``MAX_GAP_LINES`` lines
    up (-1 past that), and whether a byline, dateline, chrome or caption was passed."""
    gap = 0
    header = False
    while i >= 0:
        line = lines[i]
        if line.kind in HEADER_KINDS:
            header = True
        elif line.kind is not Kind.BLANK and not _tiny(line):
            return i, header
        gap += line.kind is not Kind.BLANK
        if gap > MAX_GAP_LINES:
            return -1, header
        i -= 1
    return i, header


def _tiny(line: Line) -> bool:
    """A short line of the header: a "By", an author's name, a drop capital."""
    return line.kind is Kind.SHORT and line.words <= TINY_MAX_WORDS


def _running_text(line: Line) -> bool:
    """A lead's sentence, not a deck: a body line of ``MIN_WORDS`` words or more, in the
    case of running text, that ends like a sentence or is longer than a headline and ends
    on a word (a line of headline length without a stop is a deck, read as the headline; a
    caption ends on its credit in brackets)."""
    if line.kind is not Kind.BODY or line.words < MIN_WORDS:
        return False
    if line.lower is not None and line.lower < MIN_LOWER_SHARE:
        return False
    return line.terminal or (line.words > HEADLINE_MAX_WORDS and line.text[-1].isalnum())


def _headline_over(lines: Sequence[Line], i: int, title: str | None) -> str | None:
    """The headline right above line ``i``: the header's ``title``, or a shorter line that
    ends on no stop when line ``i`` itself was taken for the title. None when the line
    above is no headline, or when line ``i`` repeats it (a kicker before it)."""
    above = neighbour(lines, i, -1)
    if above is None or lines[above].kind is not Kind.SHORT:
        return None
    line = lines[above]
    if _bare(line.text) in _bare(lines[i].text) or len(_CRUMB_SEPARATOR.split(line.text)) > 2:
        return None
    if title is not None and title != lines[i].text:
        return title if line.text == title else None
    plain = not line.terminal and TINY_MAX_WORDS < line.words < lines[i].words
    return line.text if plain else None


def _shown_again(lines: Sequence[Line], i: int) -> bool:
    """The page shows line ``i`` elsewhere too: a headline shown in a share bar or a
    browser's title, not a standfirst."""
    return any(line.text == lines[i].text for j, line in enumerate(lines) if j != i)


def _bare(text: str) -> str:
    """``text`` folded, without soft hyphens."""
    return text.replace("\u00ad", "").casefold()
