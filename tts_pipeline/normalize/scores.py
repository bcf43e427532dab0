"""A fixed term written as two numbers with a dash ("24-7": "twenty-four seven", as in
"open 24-7") is a score or a tally beside a word of winning, losing or voting, a team's or
a chamber's name, or a result's noun ("beat the Lions 24-7", "the Senate voted 24-7", "a
24-7 win"): the term then declines, and the range rule says "twenty-four to seven". The
words are data (``data/normalize/scores.toml``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from tts_pipeline.resources import load_toml

_SCORE_SHAPE = re.compile(r"\d+-\d+")
_WORD_BEFORE = re.compile(r"(\w+)\W*\s+$")
_WORD_AFTER = re.compile(r"\s+(\w+)")


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load_toml("normalize/scores.toml")
    return {key: frozenset(data[key]) for key in ("before", "not_names", "after")}


def unless_score(speak: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str | None]:
    """``speak`` for a fixed term, declining a term with a score's shape where it is one."""

    def term(m: re.Match[str]) -> str | None:
        return None if is_score(m) else speak(m)

    return term


def is_score(m: re.Match[str]) -> bool:
    """The match ("24-7") is a score or a tally where it stands in ``m.string``."""
    if not _SCORE_SHAPE.fullmatch(m.group(0)):
        return False
    words = _words()
    after = _WORD_AFTER.match(m.string, m.end())
    if after and after.group(1).lower() in words["after"]:
        return True
    before = _WORD_BEFORE.search(m.string, 0, m.start())
    if not before:
        return False
    word = before.group(1)
    if word.lower() in words["before"]:
        return True
    opens_sentence = not m.string[: before.start(1)].strip(" \"'“‘(")
    named = word[:1].isupper() and word[1:].islower() and not opens_sentence
    return named and word.lower() not in words["not_names"]
