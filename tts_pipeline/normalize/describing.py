"""Measures that describe the noun after them, said as one word with hyphens: a size or a
height between an article and a noun ("a 2 x 4 ft panel" "a two by four-foot panel", "the
6ft 2in suspect" "the six-foot-two suspect"), and a time written short right after its number
("the 2yr yield" "the two-year yield"), and a unit written right after its number between
"the" or a possessive and a noun ("the 55in model" "the fifty-five-inch model").
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize.numbers import cardinal
from tts_pipeline.resources import load_toml

_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b(?![\'’-])")


def describes_noun(m: re.Match[str]) -> bool:
    """A size or a height between an article or a possessive and a word that is no verb of
    being, preposition or dimension describes that word ("a 2 x 4 ft panel")."""
    word = _WORD_AFTER.match(m.string, m.end())
    if not word or word.group(1) in _not_described("not_described"):
        return False
    return bool(_DETERMINER_BEFORE.search(m.string, max(0, m.start() - 12), m.start()))


def height_before_noun(m: re.Match[str]) -> str | None:
    """ "The 6ft 2in suspect" "The six-foot-two suspect": a person's height written short
    before the noun it describes."""
    if not describes_noun(m):
        return None
    return f"{cardinal(int(m.group('ft')))}-foot-{cardinal(int(m.group('in')))}"


_SHORT_TIMES = frozenset(["yr", "mth", "wk", "hr", "min"])
_TIME_WORD_AFTER = re.compile(r"\s+([a-z]{3,})\b(?![\'’-])")


def time_before_noun(m: re.Match[str]) -> bool:
    """A time written short right after its number before a word describes it: "the 2yr
    yield" "the two-year yield", "a 3hr wait"; not before a word of time or order ("2yr
    ago", "3hr later"), nor a plural ("6 hrs" is no "yr")."""
    if m.group("sep") != "" or m.group("b") or m.group("unit") not in _SHORT_TIMES:
        return False
    word = _TIME_WORD_AFTER.match(m.string, m.end())
    return bool(word) and word.group(1) not in _not_described("not_described_by_time")


_OWNER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|[Tt]hat|[Ee]ach"
    r"|[Ee]very)|\w['’]s|\ws['’])\s+$"
)
_NOUN_AFTER = re.compile(r"\s+(?:([a-z]{3,})|[A-Z]{2,5})\b(?![\'’-])")
_AMBIGUOUS_UNITS = frozenset(["m", "s", "k", "K", "p", "x", "C", "F", "%"])
"""Units written right after a number that are other things too (millions, a plural, a
temperature's letter) or no measure a noun is named by."""


def measure_before_noun(m: re.Match[str]) -> bool:
    """A unit written right after its number, between "the", a possessive, "each" or "every"
    and a noun, describes the noun ("The console's 825GB SSD", "Each 100g serving", "Its 800V
    architecture"); not before a verb, a preposition or a plural ("The 5km was run", "The
    10km of road", "The 30kg arrived")."""
    if m.group("sep") != "" or m.group("b") or m.group("unit") in _AMBIGUOUS_UNITS:
        return False
    word = _NOUN_AFTER.match(m.string, m.end())
    if not word or not _OWNER_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return False
    noun = word.group(1)
    if noun is None:
        return True  # "825GB SSD"
    if noun.endswith(("s", "ed")) or noun in _not_described("not_described"):
        return False
    return noun not in _not_described("not_described_by_time")


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Bb]oth|[Tt]hese|[Tt]hose)\s+$")
_OTHER_AFTER = re.compile(r"\s+(?:and|or)\s+[\d.,]*\d(?P<unit>[^\W\d_]+)\s+(?P<word>[a-z]{3,})\b")


def first_of_two_before_noun(m: re.Match[str]) -> bool:
    """A measure after "the", a possessive or "a", then "and" or "or" and another of the same
    unit before a noun: both describe it ("The 13in and 15in models" "The thirteen-inch and
    fifteen-inch models"); not after a verb ("ran 5km and 10km races")."""
    if m.group("sep") != "" or m.group("b"):
        return False
    other = _OTHER_AFTER.match(m.string, m.end())
    if not other or other.group("unit") != m.group("unit"):
        return False
    if other.group("word") in _not_described("not_described"):
        return False
    start = max(0, m.start() - 20)
    return bool(
        _OWNER_BEFORE.search(m.string, start, m.start())
        or _ARTICLE_BEFORE.search(m.string, start, m.start())
    )


@cache
def _not_described(key: str) -> frozenset[str]:
    """Words a measure before them does not describe (``attributive`` in
    ``data/normalize/units.toml``)."""
    return frozenset(load_toml("normalize/units.toml")["attributive"][key])
