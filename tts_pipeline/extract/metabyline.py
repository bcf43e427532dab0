"""The byline of the author a page's metadata names (or, without one, the page's header):
the framing of the episode says that author's name before the story, so the story's own
byline line is left out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.names import byline_author

_AUTHOR_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")


def authors_of(author: str | None) -> frozenset[str]:
    """The names in the page metadata's author ("Ann Lee and Tom Reed"), folded."""
    return frozenset(
        n.strip().casefold() for n in _AUTHOR_SEPARATORS.split(author or "") if n.strip()
    )


def own_byline(line: Line, authors: frozenset[str]) -> bool:
    """A byline (or a dateline with one) of the author the page's metadata names ("By Tom
    Reed, 3 December 2024"): the framing says the author's name before the story, so the
    story does not say it again. A byline of anyone else (a guest, a quoted post) stays."""
    if line.kind not in (Kind.BYLINE, Kind.DATE) or not authors:
        return False
    name = byline_author(line.text, anywhere=True)
    return bool(name) and authors_of(name) <= authors


AFFILIATION_MAX_WORDS = 8
"""Most words of the affiliation after the author's name on a contributor's line."""


def own_affiliation(line: Line, authors: frozenset[str]) -> bool:
    """A contributor's line above the story: the name of the author the page's metadata
    names, a comma and a few words of no sentence (their university or employer, "Jane Roe,
    University of Westbrook"), as an academic's article republished by a news site opens."""
    if line.kind is not Kind.SHORT or line.terminal:
        return False
    name, comma, rest = line.text.partition(",")
    words = len(rest.split())
    return bool(comma) and 0 < words <= AFFILIATION_MAX_WORDS and name.strip().casefold() in authors


def own_bylines(
    lines: Sequence[Line], found: Sequence[int], meta_author: str | None, header_author: str | None
) -> set[int]:
    """The lines of trafilatura's story (``found``) that are the story author's byline: the
    author the page's metadata names, anywhere (and their contributor's line above the
    story's first paragraph, :func:`own_affiliation`); or else the author read from the page's
    header, above the story's first paragraph or below its last (the reporter's sign-off,
    "Jane Roe, reporter jane@example.com"), or between its first two (the header under a
    standfirst); further in, a line read as a byline is a guest's or the header reader's
    mistake."""
    if meta_author:
        authors = authors_of(meta_author)
        body = [i for i in found if lines[i].kind is Kind.BODY]
        top = body[0] if body else len(lines)
        return {
            i
            for i in found
            if own_byline(lines[i], authors) or (i < top and own_affiliation(lines[i], authors))
        }
    authors = authors_of(header_author)
    body = [i for i in found if lines[i].kind is Kind.BODY]
    first, last = (body[0], body[-1]) if body else (len(lines), len(lines))
    second = body[1] if len(body) > 1 else last
    inside = {i for i in found if second <= i <= last}
    return {i for i in found if i not in inside and i != first and own_byline(lines[i], authors)}
