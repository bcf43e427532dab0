"""Second look at a dump's title: the headline over its deck, not the deck or a credit.

The header's scoring (:mod:`.headlinescore`) favours the line nearest the byline or dateline. A
headline with a deck under it ("Headline" / "A longer summary" / "By Jane Doe") then loses
to its deck, and an author's line with a role ("Jane Doe Environment correspondent") under
the deck beats both. A headline-shaped line right over another line of the header (only
blank lines between) is the headline, the line under it its deck: the title is the upper
one, unless it is a kicker (a section's name of a few words), a breadcrumb, a menu's row,
a name, or one in a list of teasers; with blank lines between the two (each a block of its
own), only a long headline over a deck.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tts_pipeline.extract.dates import find_date
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import neighbour
from tts_pipeline.extract.menuwords import menu_words
from tts_pipeline.extract.names import credit_name, is_name, leading_name
from tts_pipeline.extract.titleshape import looks_like_title

HEADLINE_MIN_WORDS = 5
"""Fewest words of a headline over its deck: a kicker ("Roads and bridges") is shorter."""
APART_HEADLINE_MIN_WORDS, APART_DECK_MIN_WORDS = 6, 4
"""With blank lines between them (each a block of its own), the upper line is the headline
only when it is this long and the lower as long as a deck: a kicker or a section's name,
in a block of its own, is short."""
DECK_MIN_WORDS, DECK_MAX_WORDS = 2, 45
"""Words of a deck: a phrase or a sentence or two."""
CREDIT_MAX_WORDS = 6
"""Most words of an author's line (a name and a role) taken for the title under a deck."""
_CREDIT_GAP = (Kind.BLANK, Kind.BYLINE, Kind.DATE)
"""Lines between a deck and an author's line under it."""
_MENU_MARKS = ("›", "»", "«", "←", "→", ">", "/", "|", "•", "·", "[")
"""Marks of a breadcrumb, a menu's row or a link to the next or previous post."""
_GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]")
"""Two menu items glued by a browser's copy ("AboutContact")."""
MENU_MIN_CHROME_WORDS = 2
"""Words of a menu ("Home", "News") that make a line a menu's row, not a headline."""


@dataclass(frozen=True)
class HeadlineChoice:
    """The headline found over the line taken for the title, and why."""

    text: str
    reason: str


def headline_over_deck(
    lines: Sequence[Line], title: str | None, start: int
) -> HeadlineChoice | None:
    """The headline over the title's line when that line is its deck, or an author's line
    under its deck (the story starts at line ``start``); None when the title stands."""
    at = _title_line(lines, title, start)
    if at is None:
        return None
    headline = _headline_over(lines, at)
    if headline is not None:
        return HeadlineChoice(lines[headline].text, "the headline over its deck (the line taken)")
    if not _credit_line(lines, at):
        return None
    deck = _above_credit(lines, at)
    headline = _headline_over(lines, deck) if deck is not None else None
    if headline is None:
        return None
    return HeadlineChoice(
        lines[headline].text, "the headline over its deck, above the author's line taken"
    )


def date_over_headline(lines: Sequence[Line], title: str | None, start: int) -> str | None:
    """The date (ISO 8601) of a dateline right over the headline ``title`` (blank lines and
    chrome between at most), for a header with no date under its headline: "17 Feb 2020" /
    "Lemon cake from the tray" / "By Kathrin"."""
    at = _title_line(lines, title, start)
    over = neighbour(lines, at, -1, (Kind.BLANK, Kind.CHROME)) if at is not None else None
    if over is None or lines[over].kind is not Kind.DATE:
        return None
    found = find_date(lines[over].text)
    return found.iso if found else None


def _above_credit(lines: Sequence[Line], i: int) -> int | None:
    """The line over the author's line ``i``, past blank lines, bylines, datelines and a
    name alone on its line (the name over its role)."""
    j = neighbour(lines, i, -1, _CREDIT_GAP)
    while j is not None and is_name(lines[j].text):
        j = neighbour(lines, j, -1, _CREDIT_GAP)
    return j


def _title_line(lines: Sequence[Line], title: str | None, start: int) -> int | None:
    """Index of the title's line nearest above the story's line ``start``."""
    if not title:
        return None
    return next((i for i in range(start - 1, -1, -1) if lines[i].text == title), None)


def _headline_over(lines: Sequence[Line], deck: int) -> int | None:
    """The headline right over line ``deck`` (only blank lines between) when ``deck`` reads
    as its deck, else None."""
    line = lines[deck]
    if (
        line.kind not in (Kind.SHORT, Kind.BODY)
        or not DECK_MIN_WORDS <= line.words <= DECK_MAX_WORDS
    ):
        return None
    if is_name(line.text) or credit_name(line.text):
        return None
    above = neighbour(lines, deck, -1)
    if above is None or not _headline_shaped(lines[above]):
        return None
    apart = above < deck - 1  # each a block of its own: a kicker or a teaser may stand there
    if apart and (
        lines[above].words < APART_HEADLINE_MIN_WORDS or line.words < APART_DECK_MIN_WORDS
    ):
        return None
    if _in_teasers(lines, above):
        return None
    return above


def _headline_shaped(line: Line) -> bool:
    """A headline: headline-shaped, ``HEADLINE_MIN_WORDS`` or more, no breadcrumb, no menu's
    row (of cells, of glued or of menu's words), no name."""
    if not looks_like_title(line) or line.words < HEADLINE_MIN_WORDS:
        return False
    if line.wide_gaps or any(mark in line.text for mark in _MENU_MARKS):
        return False
    if _GLUED.search(line.text) or menu_words(line.text) >= MENU_MIN_CHROME_WORDS:
        return False
    return not is_name(line.text) and not credit_name(line.text)


def _in_teasers(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` stands under another headline as long (a list of teasers' titles)."""
    above = neighbour(lines, i, -1)
    return (
        above is not None
        and looks_like_title(lines[above])
        and lines[above].words >= HEADLINE_MIN_WORDS
    )


def _credit_line(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is short, stands next to a byline or dateline and names a person: an
    author's name and role ("Jane Doe Environment correspondent"), a label and the name, or
    a role under the name ("Jane Doe" / "Reporter, The Courier"). A short headline over
    its byline ("Ferry resumes Monday" / "By Tom Reed") names none: a ticker and its link
    above it are no headline and deck."""
    if lines[i].words > CREDIT_MAX_WORDS or not _names_a_person(lines, i):
        return False
    near = (neighbour(lines, i, -1), neighbour(lines, i, 1))
    return any(j is not None and lines[j].kind in (Kind.BYLINE, Kind.DATE) for j in near)


def _names_a_person(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` opens with a person's name or names one after a label ("Author of the
    article: Jane Doe"), or stands right under a name alone."""
    text = lines[i].text
    name = leading_name(text)
    labelled = ":" in text and is_name(text.rsplit(":", 1)[1].strip())
    if labelled or (name is not None and is_name(name)):
        return True
    above = neighbour(lines, i, -1)
    return above is not None and is_name(lines[above].text)
