"""The byline of the author a page's metadata names: the framing of the episode says that
author's name before the story, so the story's own byline line is left out."""

from __future__ import annotations

import re

from tts_pipeline.extract.lines import Kind, Line
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
