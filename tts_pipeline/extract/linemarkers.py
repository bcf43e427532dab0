"""Patterns of single lines: datelines, update marks, a row of glued buttons, a marker
with a link after it, a kicker over a headline.

:mod:`.lines` reads a line's kind with these; other modules ask them of lines directly.
"""

from __future__ import annotations

import re

from tts_pipeline.extract.dates import find_date, is_relative_time
from tts_pipeline.extract.linefeatures import TERMINAL, Line, count_words, fold, lower_ratio
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.rules import rules

_DATE_TWICE = re.compile(r"(\d[^|]{4,25}?(?:19|20)\d\d)\1")
"""A date written twice with nothing between ("6. May 20206. May 2020"): a post's dates of
publication and of its last update, glued together by the browser's copy."""
_CLOCK = re.compile(r"\b[0-2]?\d:[0-5]\d(?:\s*(?i:[ap]\.?\s?m)\b\.?)?(?:\s+[A-Z]{1,3}T\b)?")
"""A time of day with its zone ("11:48 p.m. CT", "9:05 AM EDT"), which a dateline may give
beside each of its two dates: no more text than the date."""


CHROME_ITEMS_MAX_WORDS = 16
"""Longest line read as a row of chrome items (a share bar)."""
_GLUED_ITEM = re.compile(r"(?<=[^\W\d_])(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")
"""Where a browser's copy glued two items of a bar ("Compartir en XCopiar enlace")."""
_ITEM_WORD = re.compile(r"[^\s|·•/,]+")


def chrome_items(text: str) -> bool:
    """The line is two or more items of chrome (or end markers: "Comments") that a browser's
    copy glued together ("Compartir en FacebookCopiar enlace", "TeilenDrucken"): a share
    bar or a row of buttons. Each item opens with a capital letter (or a letter of a script
    without case), and one at least is glued to the item before it."""
    words: list[str] = []
    glue: list[bool] = []  # each word: glued to the word before it
    for n, piece in enumerate(_GLUED_ITEM.split(text)):
        pieces = _ITEM_WORD.findall(piece)
        words += pieces
        glue += [n > 0 and k == 0 for k in range(len(pieces))]
    if not 2 <= len(words) <= CHROME_ITEMS_MAX_WORDS or not any(glue):
        return False
    chrome, ends = patterns().chrome, patterns().end_markers
    items: dict[int, tuple[int, bool]] = {0: (0, False)}  # word index -> (items, glued)
    for start in range(len(words)):
        if start not in items or not words[start][0].isalpha() or words[start][0].islower():
            continue
        count, seen = items[start]
        for stop in range(start + 1, len(words) + 1):
            item = fold(" ".join(words[start:stop]))
            if chrome.fullmatch(item) or ends.fullmatch(item):
                after = (count + 1, seen or glue[start])
                items[stop] = max(items.get(stop, (0, False)), after)
    count, seen = items.get(len(words), (0, False))
    return count >= 2 and seen


_CRUMB_SEPARATOR = re.compile(r"\s+[/›>»]\s+")
"""The separator of a breadcrumb's items ("News / Region", "Startseite › Presse")."""
CRUMB_ITEM_MAX_WORDS = 3
"""Longest item of a breadcrumb read item by item."""


def chrome_crumbs(folded: str) -> bool:
    """The folded line is a breadcrumb of two or more items, each of them chrome (a section
    of the site: "Wiadomości / Region", "Startseite > Presse > Pressemitteilungen"); an
    item that is no chrome word ("Sport / Handball-Bundesliga") leaves it a short line."""
    items = _CRUMB_SEPARATOR.split(folded.strip())
    chrome = patterns().chrome
    return len(items) >= 2 and all(
        count_words(item) <= CRUMB_ITEM_MAX_WORDS and chrome.fullmatch(item) for item in items
    )


def matches_whole(markers: re.Pattern, folded: str) -> bool:
    """The folded line is one of ``markers`` (an end or box marker, a recipe's heading) as
    the data writes it, or with a colon after it ("Mehr zum Thema:", "1 Kommentar:")."""
    if markers.fullmatch(folded):
        return True
    return folded.endswith(":") and markers.fullmatch(folded.rstrip(": ")) is not None


def links_a_headline(text: str) -> bool:
    """A box marker, a colon and a headline of three words or more ("Read more: Bridge opens
    in May"): a link to another story inside this one, not the start of a box. A list after
    the colon ("Tags: bridge, city, river") is not a headline."""
    marker, colon, rest = text.partition(":")
    words = max(len(rest.split()), count_words(rest))  # a Thai or Chinese headline has no spaces
    return bool(colon) and len(marker) <= 40 and words >= 3 and rest.count(",") <= 1


def caps_link(markers: re.Pattern, text: str) -> bool:
    """A box marker in capitals, then a headline of three words or more on the same line,
    maybe glued to it by a browser's copy ("LEGGI ANCHE Maturità, come sarà l'esame",
    "À LIRE AUSSIPesticides : ce qui change"): a link to another story, not a box's title."""
    first_lower = next((k for k, c in enumerate(text) if c.islower()), 0)
    if first_lower < 2 or not text[first_lower - 1].isupper():
        return False
    marker, rest = text[: first_lower - 1].strip(), text[first_lower - 1 :]
    return (
        sum(c.isalpha() for c in marker) >= 2
        and markers.fullmatch(fold(marker)) is not None
        and count_words(rest) >= 3
    )


_KICKER = re.compile(r"((?:[A-Z][A-Z'-]+ ){1,3})([A-Z][a-z]\S*(?: \S+){3,})")
"""A kicker in capitals, then a headline of four words or more in sentence case."""
KICKER_MIN_LETTERS = 6
"""Fewest letters of a kicker of one word (an acronym opening a heading is shorter)."""


def kicker_led(text: str) -> bool:
    """A kicker in capitals, then a headline in sentence case, no full stop: a tabloid's
    teaser of another story ("SEA RESCUE Boy, 9, saved from lilo") or, one under another,
    a roundup's picks ("BEST FOR FAMILIES <a park>, from <a price>")."""
    if TERMINAL.search(text):
        return False
    found = _KICKER.fullmatch(text)
    if found is None:
        return False
    kicker = found.group(1).split()
    letters = sum(c.isalpha() for c in "".join(kicker))
    share = lower_ratio(found.group(2))
    return (len(kicker) > 1 or letters >= KICKER_MIN_LETTERS) and (share or 0) >= 0.5


def boxed_link(markers: re.Pattern, folded: str) -> bool:
    """A box marker, a colon and a headline: "Related: Old cinema to reopen"."""
    marker, colon, _ = folded.partition(":")
    return (
        bool(colon) and markers.fullmatch(marker.strip()) is not None and links_a_headline(folded)
    )


def is_dateline(text: str) -> bool:
    """A line that gives a date or time and little else (a date written twice, glued, counts
    once; a second date, the update's, is no more text than the first, nor are the times of
    day beside two dates: "Published 9:05 a.m. ET Feb. 3 | Updated 4:40 p.m. ET Feb. 4")."""
    if is_relative_time(fold(text)):
        return True
    text = _DATE_TWICE.sub(r"\1", text)
    found = find_date(text)
    if not found:
        return False
    rest = text[: found.span[0]] + " " + text[found.span[1] :]
    second = find_date(rest)
    if second:
        rest = _CLOCK.sub(" ", rest[: second.span[0]] + " " + rest[second.span[1] :])
    return count_words(rest) <= rules().lines.dateline_max_other_words


def is_update_mark(line: Line) -> bool:
    """The line is an update's time of day ("4:14 p.m.") or the rule between updates
    ("___"): the ``update_marks`` of the chrome data."""
    return patterns().update_marks.fullmatch(fold(line.text.strip())) is not None
