"""Find the headline, the author and the publication date around the start of a story.

They stand in the few lines above the body: the headline first, then perhaps a deck
(a longer summary line), then the byline and the dateline; captions and share buttons
may sit between them and the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from tts_pipeline.extract.dates import find_date, is_month
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.linewalk import neighbour, own_block
from tts_pipeline.extract.names import byline_author, credit_name, is_name
from tts_pipeline.extract.patterns import patterns

SEARCH_LINES = 15
"""How far above the body to look for the headline, byline and dateline (non-blank lines)."""
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 2, 30
DECK_MIN_WORDS = 12
DECK_TITLE_MIN_WORDS = 5
"""A headline-shaped line this long right under a shorter one (of at least
``DECK_TITLE_MIN_WORDS``) is a deck, not the headline."""
DECK_LINE_MIN_WORDS = 4
"""Fewest words of a deck kept as the story's first line (see :func:`deck_above`)."""
DECK_GAP = (Kind.BLANK, Kind.DATE, Kind.BYLINE)
"""Lines that may stand between the headline, the deck and the story..."""
DECK_GAP_BELOW = (*DECK_GAP, Kind.CHROME)
"""...and between the deck and the story also chrome (share buttons, a reading time)."""
HEADLINE_MIN_WORDS = 3
"""Fewest words of a headline found above a deck that was taken for the headline."""
_INNER_STOP = re.compile(r"[.!?]\s")
"""A sentence's end inside a line."""
AFTER_END_LINES = 8
"""How far below the body to look for a dateline when there is none above it."""

# Points of the headline score.
TITLE_WORD_POINTS, TITLE_WORDS_COUNTED = 0.25, 12
DISTANCE_PENALTY = 0.3
"""Per line (not blank, not chrome) between a candidate and the byline above which it
stands, or else the body."""
OWN_BLOCK_POINTS = 2.0
"""Blank lines above and below: a block of its own."""
LEADS_IN_POINTS = 2.0
"""Followed by a byline, a dateline, a caption or body text."""
ABOVE_BYLINE_POINTS = 4.0
"""Above the byline or dateline."""
REPEATED_POINTS = 2.0
"""The page repeats it (a breadcrumb, a share text)."""
IN_LIST_PENALTY = 3.0
NAME_PENALTY = 6.0
DECK_PENALTY = 2.5

SENTENCE_BREAK = re.compile(r"(?:\b[a-z]\w{2,}|\d)[.!?][\"'”’]?\s+[A-Z]")
"""Two sentences: a headline has one (abbreviations like "U.S. Senate" aside)."""
_WORD = re.compile(r"[^\W\d_]+")
_DAY_NUMBER = re.compile(r"(?<![\d.])\d{1,2}$")


def two_sentences(text: str) -> bool:
    """``text`` holds two sentences (:data:`SENTENCE_BREAK`), a headline one. A day's number
    with its full stop before the month ("am 19. August", "den 3. maj": German, Nordic,
    Czech, Polish, Hungarian dates) ends no sentence."""
    return any(not _day_of_month(text, found) for found in SENTENCE_BREAK.finditer(text))


def _day_of_month(text: str, found: re.Match) -> bool:
    """The break ``found`` is a day's number and its full stop, a month's name after it."""
    stop = found.start() + 1
    if text[stop] != "." or not _DAY_NUMBER.search(text, 0, stop):
        return False
    month = _WORD.match(text, found.end() - 1)
    return month is not None and is_month(month.group(0))


_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
SITE_MAX_WORDS = 6
"""Longest site name read from a copyright line."""
ROLE_MAX_WORDS = 5
"""Most words of an author's role on its own line between the name and the dateline."""


@dataclass(frozen=True)
class Header:
    title: str | None = None
    author: str | None = None
    published: str | None = None
    """ISO 8601."""


def find_header(lines: Sequence[Line], start: int, end: int) -> Header:
    """Headline, author and date near the story that runs from line ``start`` to ``end``."""
    above = _non_blank_above(lines, start)
    title_i = _title(lines, above)
    zone = [i for i in above if title_i is None or i > title_i] or above
    return Header(
        title=lines[title_i].text if title_i is not None else None,
        author=_author(lines, zone) or _author(lines, above),
        published=_published(lines, zone, end),
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
    if line.text == title and _plain_headline(above) and own_block(lines, headline):
        return deck, above.text
    return None


def _headline_of(lines: Sequence[Line], i: int, title: str) -> bool:
    """Line ``i`` is the story's headline though the header finder took another line for
    it: the end of a breadcrumb ``title``, or a second headline right under ``title``."""
    line = lines[i]
    if not _plain_headline(line) or not own_block(lines, i):
        return False
    if title.endswith(line.text) and len(title) > len(line.text):
        return True
    above = neighbour(lines, i, -1)
    return above is not None and lines[above].text == title and looks_like_title(lines[above])


def _plain_headline(line: Line) -> bool:
    """Headline-shaped, of ``HEADLINE_MIN_WORDS`` or more (one or two words are a section's
    name), one sentence (a caption with its credit has two) and not in brackets (a note)."""
    return (
        looks_like_title(line)
        and line.words >= HEADLINE_MIN_WORDS
        and not _INNER_STOP.search(line.text)
        and not line.text.startswith(("(", "["))
    )


def looks_like_title(line: Line) -> bool:
    """A headline: a few words, not a full-stop sentence, starting with a capital or quote."""
    if line.kind not in (Kind.SHORT, Kind.BODY):
        return False
    if not (TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS):
        return False
    text = line.text
    if text.endswith((".", ":", ";")) and not text.endswith("..."):
        return False
    if two_sentences(text):
        return False
    first = text[0]
    return (
        first.isupper() or first.isdigit() or not first.isalpha() or first.lower() == first.upper()
    )


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


def _title(lines: Sequence[Line], above: list[int]) -> int | None:
    """The most headline-like line among those above the body: the one a breadcrumb ends
    in, else the best scored."""
    under_crumb = _under_breadcrumb(lines, above)
    if under_crumb is not None:
        return under_crumb
    texts = [line.text for line in lines if line.kind is not Kind.BLANK]
    bylines = [i for i in above if lines[i].kind in (Kind.BYLINE, Kind.DATE)]
    top_byline = min(bylines) if bylines else None
    best, best_score = None, float("-inf")
    counted = [j for j in above if lines[j].kind is not Kind.CHROME]
    for i in above:
        if not looks_like_title(lines[i]) or _is_credit(lines, i) or _row_of_cells(lines[i]):
            continue
        score = _title_score(lines, i, texts)
        below = top_byline if top_byline is not None and i < top_byline else len(lines)
        if below < len(lines):
            score += ABOVE_BYLINE_POINTS
        score -= DISTANCE_PENALTY * sum(1 for j in counted if i < j < below)
        if score > best_score:
            best, best_score = i, score
    best = _crumbed(lines, best)
    glued = _run_into_menu(lines, above)
    return glued if glued is not None and (best is None or best < glued) else best


ROW_MIN_GAPS = 2
"""Fewest wide gaps (tabs) of a row of three cells or more: a menu's or a table's row."""


def _row_of_cells(line: Line) -> bool:
    """A row of three cells or more ("Home<tab>Politics<tab>Sport"): a menu copied from a
    bar or a table's row, never a headline (which may have a kicker in a cell beside it)."""
    return line.wide_gaps >= ROW_MIN_GAPS


GLUED_HEADLINE_LINES = 3
"""Most headline-shaped lines (a headline, its deck) run into the menu above a byline."""


def _run_into_menu(lines: Sequence[Line], above: list[int]) -> int | None:
    """The headline a browser's copy runs into the menu above it (no blank line between):
    the top of the lines over the top byline or dateline that are chrome only by the menu
    over them (alone plain headlines, not names: the headline, then its deck), or None. It
    wins over a headline-like line further up (a cookie notice's buttons, the site's name),
    not over one nearer the story."""
    bylines = [i for i in above if lines[i].kind in (Kind.BYLINE, Kind.DATE)]
    i = neighbour(lines, min(bylines), -1) if bylines else None
    if i is None or i not in above or not _menu_headline(lines, i):
        return None
    top = i
    while top - i < GLUED_HEADLINE_LINES - 1 and _menu_headline(lines, i - 1):
        i -= 1
    return i if lines[i - 1].kind is Kind.CHROME else None


def _menu_headline(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a plain headline (not a name) made chrome by the menu it runs on from."""
    line = lines[i]
    if i < 1 or line.kind is not Kind.CHROME or credit_name(line.text):
        return False
    return _plain_headline(describe(line.text))


CRUMB_HEADLINE_LINES = 3
"""How far below a breadcrumb its last part may stand as the headline (non-blank lines)."""
_CRUMB_SEPARATOR = re.compile(r"\s+[›»>/|]\s+")
"""Between the parts of a breadcrumb ("Home › Markets › Bitcoin falls")."""


def _under_breadcrumb(lines: Sequence[Line], above: list[int]) -> int | None:
    """The headline right below a breadcrumb of chrome among ``above`` that ends in it
    (maybe the story's first line), or None."""
    for i in above:
        if lines[i].kind is Kind.CHROME and _CRUMB_SEPARATOR.search(lines[i].text):
            headline = _crumbed(lines, i)
            if headline != i and _plain_headline(lines[headline]):
                return headline
    return None


def _crumbed(lines: Sequence[Line], best: int | None) -> int | None:
    """The headline right below the breadcrumb ``best`` that ends in it, else ``best``."""
    if best is None:
        return None
    last = _CRUMB_SEPARATOR.split(lines[best].text)[-1]
    if last == lines[best].text:
        return best
    below = (i for i in range(best + 1, len(lines)) if lines[i].kind is not Kind.BLANK)
    near = islice(below, CRUMB_HEADLINE_LINES)
    return next((i for i in near if lines[i].text == last), best)


def _is_credit(lines: Sequence[Line], i: int) -> bool:
    """An author's name (and affiliation) next to a byline or dateline."""
    if not credit_name(lines[i].text):
        return False
    near = (neighbour(lines, i, -1), neighbour(lines, i, 1))
    return any(j is not None and lines[j].kind in (Kind.BYLINE, Kind.DATE) for j in near)


def _title_score(lines: Sequence[Line], i: int, texts: list[str]) -> float:
    line = lines[i]
    score = min(line.words, TITLE_WORDS_COUNTED) * TITLE_WORD_POINTS
    after, before = neighbour(lines, i, 1), neighbour(lines, i, -1)
    if own_block(lines, i):
        score += OWN_BLOCK_POINTS
    elif _is_short(lines, after) and _is_short(lines, before):
        score -= IN_LIST_PENALTY
    if after is not None and lines[after].kind in (Kind.BYLINE, Kind.DATE, Kind.BODY, Kind.CAPTION):
        score += LEADS_IN_POINTS
    if sum(t == line.text or t.startswith(line.text + " ") for t in texts) > 1:
        score += REPEATED_POINTS
    if is_name(line.text):
        score -= NAME_PENALTY
    if (
        line.words >= DECK_MIN_WORDS
        and before is not None
        and looks_like_title(lines[before])
        and DECK_TITLE_MIN_WORDS <= lines[before].words < line.words
    ):
        score -= DECK_PENALTY
    return score


def _author(lines: Sequence[Line], zone: list[int]) -> str | None:
    """From a byline, else from a name standing next to the dateline."""
    for i in zone:
        line = lines[i]
        if line.kind in (Kind.BYLINE, Kind.DATE, Kind.END):
            name = byline_author(line.text, anywhere=line.kind is Kind.DATE)
            if name:
                return name
        elif line.text.lower().strip(" :") in patterns().byline_prefixes:  # the name follows
            following = neighbour(lines, i, 1)
            if following is not None and is_name(lines[following].text):
                return lines[following].text
    for i in zone:
        if lines[i].kind is Kind.DATE:
            name = _name_beside_date(lines, i)
            if name:
                return name
    return None


def _name_beside_date(lines: Sequence[Line], i: int) -> str | None:
    """ "Jane Doe - May 5, 2020", or "Jane Doe, Reuters" on the line above or below."""
    found = find_date(lines[i].text)
    if found:
        before = lines[i].text[: found.span[0]].strip(" -–—|,·•")
        if before and (name := credit_name(before)):
            return name
    for j in (neighbour(lines, i, -1), neighbour(lines, i, 1)):
        if j is not None and lines[j].kind is Kind.SHORT and (name := credit_name(lines[j].text)):
            return name
    return _name_over_role(lines, i)


def _name_over_role(lines: Sequence[Line], i: int) -> str | None:
    """A name alone on a line over the author's role ("Escritora y bibliotecaria"), a short
    line right above the dateline ``i``: a columnist's box."""
    role = neighbour(lines, i, -1)
    if role is None or lines[role].kind is not Kind.SHORT or lines[role].words > ROLE_MAX_WORDS:
        return None
    name = neighbour(lines, role, -1)
    if name is None or lines[name].kind is not Kind.SHORT or credit_name(lines[role].text):
        return None
    return credit_name(lines[name].text)


def _published(lines: Sequence[Line], zone: list[int], end: int) -> str | None:
    """The first date above the body, else a dateline just below it."""
    for i in sorted(zone):
        if lines[i].kind in (Kind.DATE, Kind.BYLINE, Kind.SHORT, Kind.CHROME):
            found = find_date(lines[i].text)
            if found:
                return found.iso
    for i in range(end + 1, min(len(lines), end + AFTER_END_LINES)):
        if lines[i].kind is Kind.DATE and (found := find_date(lines[i].text)):
            return found.iso
    return None


def _is_short(lines: Sequence[Line], i: int | None) -> bool:
    return i is not None and lines[i].kind is Kind.SHORT


def site_name(lines: Sequence[Line]) -> str | None:
    """The publisher named in the page's copyright line ("© 2024 The Harbour Gazette.")."""
    for line in reversed(lines):
        if line.kind is not Kind.END or not _COPYRIGHT.search(line.text):
            continue
        name = patterns().copyright_words.sub(lambda m: " " * len(m[0]), line.text.lower())
        name = _restore_case(line.text, name)
        name = re.split(r"[.|·•,]\s|\s[-–—]\s", name.strip(" .|·•,-–—"), maxsplit=1)[0]
        name = " ".join(name.split()).strip(" .,")
        if not name or patterns().chrome.fullmatch(name.lower()):
            continue
        if 1 <= len(name.split()) <= SITE_MAX_WORDS and name[0].isupper():
            return name
    return None


def _restore_case(original: str, folded: str) -> str:
    """``folded`` (``original`` lower-cased, some spans blanked) in the original's case."""
    if len(folded) != len(original):
        return folded
    return "".join(o if f != " " else " " for o, f in zip(original, folded, strict=True))
