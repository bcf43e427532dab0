"""Read the author, the date and the site of a story from the lines around it: a byline,
a name beside the dateline or over the author's role, the first date above the story (or
a dateline just below it), the publisher of the copyright line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.dates import find_date
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import neighbour
from tts_pipeline.extract.names import byline_author, credit_name, is_name
from tts_pipeline.extract.patterns import patterns

AFTER_END_LINES = 8
"""How far below the body to look for a dateline when there is none above it."""
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
SITE_MAX_WORDS = 6
"""Longest site name read from a copyright line."""
ROLE_MAX_WORDS = 5
"""Most words of an author's role on its own line between the name and the dateline."""


def find_author(lines: Sequence[Line], zone: list[int]) -> str | None:
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


def find_published(lines: Sequence[Line], zone: list[int], end: int) -> str | None:
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
