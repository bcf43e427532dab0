"""What a headline looks like: a few words, one sentence, a capital first; what a plain
headline is (not a section's name, not a caption with its credit)."""

from __future__ import annotations

import re

from tts_pipeline.extract.dates import is_month
from tts_pipeline.extract.linefeatures import Kind, Line

TITLE_MIN_WORDS, TITLE_MAX_WORDS = 2, 30
HEADLINE_MIN_WORDS = 3
"""Fewest words of a headline found above a deck that was taken for the headline."""
_INNER_STOP = re.compile(r"[.!?]\s")
"""A sentence's end inside a line."""
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


def plain_headline(line: Line) -> bool:
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
