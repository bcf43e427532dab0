"""Split text longer than an engine's limit at clause boundaries, never inside a word."""

from __future__ import annotations

import re
from functools import cache

_CLAUSE_END = re.compile(r"(?<=[,;:—–])\s+|\s+(?=[—–]\s)|(?<=\))\s+")
_MIN_SHARE = 3
"""A clause boundary is used only if the piece before it is over 1/3 of the limit."""


@cache
def _clause_word() -> re.Pattern[str]:
    from tts_pipeline.resources import load_toml

    words = load_toml("chunk.toml")["clause_words"]
    return re.compile(rf"\s+(?=(?:{'|'.join(map(re.escape, words))})\s)")


def split_long(text: str, max_chars: int) -> list[str]:
    """Pieces of ``text``, each at most ``max_chars`` long where a word boundary allows.

    Cuts at the last clause boundary that fits (a comma, semicolon, colon, dash or
    closing bracket; else before a word that starts a clause, see ``data/chunk.toml``);
    without one, at the last space. A single word longer than the limit stays whole.
    White space is collapsed; joining the pieces with spaces gives the text back.
    """
    text = " ".join(text.split())
    pieces: list[str] = []
    while len(text) > max_chars:
        cut = _last_boundary(text, max_chars)
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        pieces.append(text)
    return pieces


def _last_boundary(text: str, limit: int) -> int:
    window = text[: limit + 1]
    for pattern in (_CLAUSE_END, _clause_word()):
        cuts = [m.end() for m in pattern.finditer(window) if m.start() > 0]
        if cuts and cuts[-1] > limit // _MIN_SHARE:
            return cuts[-1]
    space = window.rfind(" ")
    if space > 0:
        return space
    next_space = text.find(" ", limit)
    return next_space if next_space > 0 else len(text)
