"""The chrome patterns of ``data/chrome.toml``, compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Patterns:
    """Compiled line patterns. Except ``byline``, they are matched against the lower-cased
    line, which is faster than case-insensitive matching; the data file's patterns are
    written in lower case."""

    chrome: re.Pattern
    """Whole lines that are never article text."""
    end_markers: re.Pattern
    """Whole lines after which the page holds no more of the article."""
    box_markers: re.Pattern
    """Whole lines that open a box of other content."""
    captions: re.Pattern
    """Whole lines that are captions or photo credits."""
    byline: re.Pattern
    """A byline prefix ("By", "Von", "Por"...) and the rest of the line in group ``rest``."""
    byline_inside: re.Pattern
    """A byline prefix inside a line, the rest of the line in group ``rest``."""
    byline_prefixes: frozenset[str]
    """The byline prefixes, lower case."""
    copyright_words: re.Pattern
    """Searched: the words of a copyright line around the publisher's name."""
    not_names: frozenset[str]
    """Lower-case words that never start a person's name ("The", "How")."""
    agencies: re.Pattern
    """Whole names of news agencies and staff credits."""
    prompts: re.Pattern
    """Searched in short lines: sentence-shaped prompts (subscribe, click here, cookies)."""


def _any(entries: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{entry})" for entry in entries))


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Load and compile ``data/chrome.toml``."""
    from tts_pipeline.resources import load_toml

    data = load_toml("chrome.toml")
    prefixes = sorted(data["bylines"], key=len, reverse=True)
    prefix = "|".join(re.escape(p) for p in prefixes)
    byline = re.compile(rf"^(?:{prefix})\b\s*:?\s*(?P<rest>.+)$", re.IGNORECASE)
    byline_inside = re.compile(rf"\s(?:{prefix})\s+(?P<rest>[^\W\d_].*)$", re.IGNORECASE)
    agencies = "|".join(re.escape(a.lower()) for a in data["agencies"])
    return Patterns(
        chrome=_any(data["chrome"]),
        end_markers=_any(data["end_markers"]),
        box_markers=_any(data["box_markers"]),
        captions=_any(data["captions"]),
        byline=byline,
        byline_inside=byline_inside,
        byline_prefixes=frozenset(p.lower() for p in prefixes),
        copyright_words=_any(data["copyright_words"]),
        not_names=frozenset(data["not_names"]),
        agencies=re.compile(rf"(?:the\s+)?(?:{agencies})"),
        prompts=_any(data["prompts"]),
    )
