"""Split text longer than an engine's limit at clause boundaries, never inside a word."""

from __future__ import annotations

import re

_CLAUSE_END = re.compile(r"(?<=[,;:—–])\s+|\s+(?=[—–]\s)|(?<=\))\s+")


def split_long(text: str, max_chars: int) -> list[str]:
    """Pieces of ``text``, each at most ``max_chars`` long where a word boundary allows.

    Cuts at the last clause boundary (comma, semicolon, colon, dash) that fits;
    without one, at the last space. A single word longer than the limit stays whole.
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
    clause = [m.end() for m in _CLAUSE_END.finditer(window) if m.start() > 0]
    if clause and clause[-1] > limit // 3:
        return clause[-1]
    space = window.rfind(" ")
    if space > 0:
        return space
    next_space = text.find(" ", limit)
    return next_space if next_space > 0 else len(text)
