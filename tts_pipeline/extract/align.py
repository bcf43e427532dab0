"""Which lines of a rendered page another reading of it (trafilatura's text) kept.

Two renderings of the same markup differ in white space, punctuation and where they break
lines, so lines are compared by their words: a line of four words or more is found when
most of its 4-word shingles occur in the other text; a shorter one when a line of the other
text has the same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

FOUND_SHARE = 0.5
"""Share of a line's 4-word shingles that must occur in the other text."""
SHINGLE = 4
_WORD = re.compile(r"\w+")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
"""Soft hyphens and zero-width characters: inside a word, they do not split it."""


def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, folded; a soft hyphen or zero-width space does not split one."""
    return tuple(_WORD.findall(_INVISIBLE.sub("", text).casefold()))


def shingles(tokens: Sequence[str], n: int = SHINGLE) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))}


class Reading:
    """Another reading of a page, to look lines up in."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.lines = {words(p) for p in paragraphs}
        self.shingles: set[tuple[str, ...]] = set()
        for tokens in self.lines:
            self.shingles |= shingles(tokens)

    def __bool__(self) -> bool:
        return bool(self.shingles)

    def share(self, text: str) -> float:
        """How much of ``text`` this reading holds, from 0 to 1."""
        tokens = words(text)
        if not tokens:
            return 0.0
        if len(tokens) < SHINGLE:
            return 1.0 if tokens in self.lines else 0.0
        own = shingles(tokens)
        return len(own & self.shingles) / len(own)

    def has(self, text: str) -> bool:
        return self.share(text) >= FOUND_SHARE
