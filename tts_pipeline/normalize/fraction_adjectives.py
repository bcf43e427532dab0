"""Fractions said in words: "3/4" "three quarters", and a fraction that describes a noun,
said as such words are: "a 3/4-inch bolt" "a three-quarter-inch bolt", "the 1/2 marathon"
"the half marathon". Denominators' names are data (``data/normalize/numbers.toml``)."""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.resources import load_toml

HYPHEN_WORD_AFTER = re.compile(r"-[A-Za-z]")
"""A hyphen and a word after a fraction: the two describe a noun ("3/4-inch")."""
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:[Aa]n?|[Tt]he)\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|in|on|to|for|and|or|is|was|are|were|will|has|had|that|which)\b)[a-z]+\b"
)
"""After a fraction and an article before it, a word that may be the noun it describes ("a
¾ majority"; not "the 1/2 of voters", "a 1/2 is all")."""


@cache
def _data() -> dict:
    return load_toml("normalize/numbers.toml")


def fraction_words(top: int, bottom: int, article: bool = False) -> str:
    """3, 4 -> "three quarters"; 1, 2 -> "one half" (or "a half" with ``article``)."""
    names = _data()["denominator_names"].get(str(bottom))
    if names is None:
        name = numbers.ordinal(bottom)
        names = [name, numbers.plural_words(name)]
    count = "a" if article and top == 1 else numbers.cardinal(top)
    return f"{count} {names[0] if top == 1 else names[1]}"


def before_noun(m: re.Match[str], top: int, bottom: int) -> str | None:
    """A half, a third... or quarters (``m`` the fraction) between an article and a noun
    describe the noun: "the 1/2 marathon" "the half marathon", "a ¾ majority" "a
    three-quarter majority" ("a 2/3 majority" keeps "two thirds")."""
    if not (top == 1 or bottom == 4) or not _NOUN_AFTER.match(m.string, m.end()):
        return None
    return describing(top, bottom) if _ARTICLE_BEFORE.search(m.string, 0, m.start()) else None


def describing(top: int, bottom: int) -> str | None:
    """A fraction that describes a noun, said as people say such words: "a 3/4-inch bolt" "a
    three-quarter-inch bolt", "a 1/2-inch pipe" "a half-inch pipe", "a 1/3-stake" "a
    one-third-stake", "a 2/3-majority" "a two-thirds-majority"."""
    if not 0 < top < bottom or bottom not in _data()["denominators"]:
        return None
    one, many = fraction_words(1, bottom).split()[1], fraction_words(2, bottom).split()[1]
    if top == 1:
        return one if bottom in (2, 4) else f"one-{one}"
    return f"{numbers.cardinal(top)}-{one if bottom == 4 else many}"
