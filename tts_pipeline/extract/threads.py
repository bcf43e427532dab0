"""Find the comments below a story in a page dump that has no heading over them.

A comment is a header (the commenter's name and when: "Ann Lee | 2 May 2020 - 16:40",
"Ann 2 days ago"), maybe a title, its text, and a line of buttons ("Reply", "Antworten");
the same buttons close every comment of the thread. The first header of such a thread
is where the story ends.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tts_pipeline.extract.dates import find_date, is_relative_time, is_weekday
from tts_pipeline.extract.linefeatures import Kind, Line, count_words, fold
from tts_pipeline.extract.linewalk import skip_blank

THREAD_MIN_COMMENTS = 2
"""Fewest comments, each closed by the same buttons, that make a thread."""
NAME_MAX_WORDS = 4
"""Most words of a commenter's name beside the date."""
BUTTONS_MAX_WORDS = 4
"""Most words of the line of buttons under a comment ("Reply Report")."""
RELATIVE_MAX_WORDS = 4
"""Most words of a relative time at the end of a header ("2 days ago")."""
_SEPARATOR = re.compile(r"\s[|·•]\s")
"""What parts a commenter's name from the rest of the header ("Ann Lee | Di, 21. April")."""


def comment_threads(lines: list[Line]) -> None:
    """Mark the header of the first comment of a thread as an end marker."""
    for i in range(len(lines)):
        if _header(lines[i]) and _comments(lines, i) >= THREAD_MIN_COMMENTS:
            lines[i] = replace(lines[i], kind=Kind.END)
            return


def _comments(lines: list[Line], j: int) -> int:
    """How many comments follow one another from line ``j`` on, each closed by the same
    buttons."""
    count, buttons = 0, None
    while j < len(lines) and _header(lines[j]):
        k = skip_blank(lines, j + 1)
        if k < len(lines) and lines[k].kind is Kind.SHORT:
            k = skip_blank(lines, k + 1)  # the comment's title
        start = k
        while k < len(lines) and lines[k].kind is Kind.BODY:
            k = skip_blank(lines, k + 1)
        if k == start or k >= len(lines) or not _buttons(lines[k], buttons):
            break
        count, buttons, j = count + 1, lines[k].text, skip_blank(lines, k + 1)
    return count


def _header(line: Line) -> bool:
    """A name and a date or time: the header of a comment."""
    if line.kind not in (Kind.DATE, Kind.SHORT):
        return False
    words = line.text.split()
    for n in range(1, RELATIVE_MAX_WORDS + 1):
        if len(words) > n and is_relative_time(fold(" ".join(words[-n:]))):
            return _name(" ".join(words[:-n]))
    found = find_date(line.text)
    return found is not None and _name(line.text[: found.span[0]])


def _name(text: str) -> bool:
    """A commenter's name: a few words starting upper-case, with a separator after them;
    not a place followed by a comma ("Berlin, 2 May") nor a day ("Monday 4 May"), which
    head a dateline or a diary's entry."""
    text = _SEPARATOR.split(text)[0] if _SEPARATOR.search(text) else text
    if text.rstrip().endswith(","):
        return False
    text = text.strip(" |·•,-–—")
    words = text.split()
    if not words or any(is_weekday(word) for word in words):
        return False
    return count_words(text) <= NAME_MAX_WORDS and text[:1].isupper()


def _buttons(line: Line, before: str | None) -> bool:
    """The line of buttons under a comment, the same as under the one before."""
    if line.kind not in (Kind.SHORT, Kind.CHROME) or line.words > BUTTONS_MAX_WORDS:
        return False
    return before is None or line.text == before
