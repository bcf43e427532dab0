"""Find the headline, the author and the publication date around the start of a story."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tts_pipeline.extract.dates import find_date
from tts_pipeline.extract.lines import Kind, Line, byline_author

SEARCH_LINES = 15
"""How far above the body to look for the headline, byline and dateline (non-blank lines)."""
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 2, 30
NAME_MAX_WORDS = 4
"""Longest author's name given on a line of its own next to the dateline."""


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
    author = _author(lines, zone) or _author(lines, above)
    published = _published(lines, zone, start, end)
    return Header(
        title=lines[title_i].text if title_i is not None else None,
        author=author,
        published=published,
    )


def _non_blank_above(lines: Sequence[Line], start: int) -> list[int]:
    found: list[int] = []
    i = start - 1
    while i >= 0 and len(found) < SEARCH_LINES:
        if lines[i].kind is not Kind.BLANK:
            found.append(i)
        i -= 1
    return found


def looks_like_title(line: Line) -> bool:
    """A headline: a few words, not a full-stop sentence, starting with a capital or quote."""
    if line.kind not in (Kind.SHORT, Kind.BODY):
        return False
    if not (TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS):
        return False
    text = line.text
    if text.endswith(".") and not text.endswith("..."):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘«„¿¡" or not first.isalpha()


def _title(lines: Sequence[Line], above: list[int]) -> int | None:
    """The most headline-like line among those above the body (nearest first)."""
    texts = [line.text for line in lines if line.kind is not Kind.BLANK]
    best, best_score = None, 0.0
    for distance, i in enumerate(above):
        line = lines[i]
        if not looks_like_title(line) or (_beside_date(lines, i) and _name_line(line)):
            continue
        score = min(line.words, 12) / 4 - 0.3 * distance
        if _blank(lines, i - 1) and _blank(lines, i + 1):
            score += 2
        after = _next_kind(lines, i)
        if after in (Kind.BYLINE, Kind.DATE, Kind.BODY, Kind.CAPTION):
            score += 2
        if after is Kind.SHORT and _prev_kind(lines, i) is Kind.SHORT:
            score -= 3
        if sum(t == line.text or t.startswith(line.text + " ") for t in texts) > 1:
            score += 2
        if best is None or score > best_score:
            best, best_score = i, score
    return best


def _author(lines: Sequence[Line], zone: list[int]) -> str | None:
    for i in zone:
        line = lines[i]
        if line.kind in (Kind.BYLINE, Kind.END):
            name = byline_author(line.text)
            if name:
                return name
    for i in zone:
        if lines[i].kind is Kind.DATE:
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and _name_line(lines[j]):
                    return lines[j].text
    return None


def _beside_date(lines: Sequence[Line], i: int) -> bool:
    return Kind.DATE in (_prev_kind(lines, i), _next_kind(lines, i))


def _name_line(line: Line) -> bool:
    """A line that is just a person's name: two to four capitalised words."""
    words = line.text.split()
    return (
        line.kind is Kind.SHORT
        and 2 <= len(words) <= NAME_MAX_WORDS
        and all(w[0].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in words)
    )


def _published(lines: Sequence[Line], zone: list[int], start: int, end: int) -> str | None:
    for i in sorted(zone):
        if lines[i].kind in (Kind.DATE, Kind.BYLINE, Kind.SHORT, Kind.CHROME):
            found = find_date(lines[i].text)
            if found:
                return found.iso
    after = [i for i in range(end + 1, min(len(lines), end + 8)) if lines[i].kind is Kind.DATE]
    for i in after:
        found = find_date(lines[i].text)
        if found:
            return found.iso
    return None


def _blank(lines: Sequence[Line], i: int) -> bool:
    return i < 0 or i >= len(lines) or lines[i].kind is Kind.BLANK


def _next_kind(lines: Sequence[Line], i: int) -> Kind | None:
    for j in range(i + 1, len(lines)):
        if lines[j].kind is not Kind.BLANK:
            return lines[j].kind
    return None


def _prev_kind(lines: Sequence[Line], i: int) -> Kind | None:
    for j in range(i - 1, -1, -1):
        if lines[j].kind is not Kind.BLANK:
            return lines[j].kind
    return None
