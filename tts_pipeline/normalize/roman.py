"""Roman numerals in names and titles: "World War II" (Two), "Elizabeth II" (the Second).
Which words come before which kind is data (``data/normalize/roman.toml``)."""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule
from tts_pipeline.normalize.patterns import compile_words
from tts_pipeline.resources import load_toml


@cache
def _data() -> tuple[frozenset[str], frozenset[str]]:
    data = load_toml("normalize/roman.toml")
    return frozenset(data["cardinal_after"]), frozenset(data["regnal_names"])


@cache
def _not_names() -> frozenset[str]:
    return frozenset(load_toml("normalize/roman.toml")["not_names"])


@cache
def _letter_x_after() -> frozenset[str]:
    return frozenset(load_toml("normalize/roman.toml")["letter_x_after"])


@cache
def _ordinal_before() -> str:
    return compile_words(load_toml("normalize/roman.toml")["ordinal_before"])


_WORD_BEFORE = re.compile(r"([A-Z][A-Za-z]*\.?)\s$")


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    return [
        Rule(
            "roman ordinal",
            re.compile(rf"(?<![\w.'’-])[IVXLC]+(?=[\s-](?:{_ordinal_before()})\b)"),
            _ordinal,
        ),
        Rule(
            "roman numeral",
            re.compile(
                r"(?<=[A-Za-z.]\s)(?P<first>[IVXLCDM]+)"
                r"(?:(?P<join>\s(?:and|or|to|&)\s|[–-])(?P<second>[IVXLC]{2,}|[VX]))?(?![\w]|-\w)"
            ),
            _roman_pair,
        ),
    ]


def _ordinal(m: re.Match[str]) -> str | None:
    """ "the XXI Olympic Games": the numeral numbers the Games, unless it numbers a name
    before it ("Title IX Congress passed", "World War II Olympic", "Henry VIII Congress
    Hall"), which the numeral's own rule reads."""
    before = _WORD_BEFORE.search(m.string, 0, m.start())
    cardinal_after, regnal = _data()
    if before and (before.group(1) in cardinal_after or before.group(1) in regnal):
        return None
    return numbers.ordinal(v) if (v := numbers.roman_value(m.group(0))) else None


def _roman_pair(m: re.Match[str]) -> str | None:
    """A numeral, or two joined by "and", "or", "to" or a dash, each said as the first is
    ("World War I and II" "World War one and two", "Louis XIV–XVI" "Louis the fourteenth
    to the sixteenth"); a lone "I" after "and" is the pronoun ("Henry V and I")."""
    first = _roman(m)
    if not first or not m.group("second"):
        return first
    value = numbers.roman_value(m.group("second"))
    if not value:
        return None
    join = m.group("join").strip()
    join = "to" if join in ("–", "-") else join.replace("&", "and")
    if first.startswith("the "):
        return f"{first} {join} the {numbers.ordinal(value)}"
    return f"{first} {join} {numbers.cardinal(value)}"


def _roman(m: re.Match[str]) -> str | None:
    written = m.group("first")
    value = numbers.roman_value(written)
    before = _WORD_BEFORE.search(m.string, 0, m.start())
    if not value or not before or written in ("L", "C", "D", "M"):
        return None
    cardinal_after, regnal = _data()
    word = before.group(1)
    if written == "X" and word in _letter_x_after():
        return None
    numbering = word in cardinal_after or (word.endswith("s") and word[:-1] in cardinal_after)
    if numbering and not _surname(m, before, word):
        return numbers.cardinal(value)  # "Chapter IV", "Chapters IV to VI"
    if word in _not_names():
        return None
    if _numbers_a_title(m, before, word):
        return numbers.cardinal(value)
    name_numeral = set(written) <= set("IVX") and (len(written) > 1 or word in regnal)
    if name_numeral and not word.endswith("."):
        if word not in regnal and _about_a_work(m):
            return numbers.cardinal(value)
        return "the " + numbers.ordinal(value)
    return None


_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _numbers_a_title(m: re.Match[str], before: re.Match[str], word: str) -> bool:
    """A numeral after a word in capitals ("GTA VI", "GTA V" before no name: no person is
    named so; a lone X there is the network, "the BBC X account"), or of two letters or more
    after one capitalized word that no regnal name is and no other part of a name, initial or
    title comes before ("Rocky II was a hit", "Artemis II will fly"; not "Robert Griffin
    III", "King Rainier III") numbers a title."""
    written = m.group("first")
    if not set(written) <= set("IVX") or word in _data()[1] or word.endswith("."):
        return False
    if len(word) > 1 and word.isupper():
        alone = written not in ("I", "X") and not _CAPITAL_AFTER.match(m.string, m.end())
        return len(written) > 1 or alone
    if len(written) < 2:
        return False
    return not _NAME_BEFORE.search(m.string, 0, before.start(1))


@cache
def _surnames_too() -> frozenset[str]:
    return frozenset(load_toml("normalize/roman.toml")["surnames_too"])


_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+|\b[A-Z]\.)\s$")
"""A capitalized word or an initial right before a word: a name's first part."""


def _surname(m: re.Match[str], before: re.Match[str], word: str) -> bool:
    """The numbering word before the numeral ends a person's name: a surname too
    (``surnames_too``) after a given name or an initial ("Robert Hall III"), or a plural
    after an initial or a given name of ``regnal_names`` ("William H. Gates III"); "in Hall
    II", "Read Chapters IV to VI", "World Wars I and II" number."""
    cardinal_after, regnal = _data()
    plural = word.endswith("s") and word not in cardinal_after  # "Gates", not "Series"
    if word not in _surnames_too() and not plural:
        return False
    name = _NAME_BEFORE.search(m.string, 0, before.start(1))
    given = name.group(0).strip() if name else ""
    if not given or given in _not_names():
        return False
    return not plural or given.endswith(".") or given in regnal


@cache
def _work_before() -> re.Pattern[str]:
    words = compile_words(load_toml("normalize/roman.toml")["work_words"])
    return re.compile(rf"\b(?i:{words})\s+(?:[\w'’\"“]+\s+){{1,3}}$")


def _about_a_work(m: re.Match[str]) -> bool:
    """The numeral ``m`` names a sequel: it closes a quotation of a title opened at most three
    words before it ('the film "Jaws II"'; not a possessive, "Griffin III's contract"), or a
    word of a work (a film, a game, a book: ``work_words``) stands at most three words before
    it, with no stop between ("starred in Rocky IV", "the game Halo III"); a work named
    elsewhere in the sentence says nothing of a name ("Robert Griffin III played his best
    game", "King III praised the film")."""
    return bool(
        _CLOSING_QUOTE.match(m.string, m.end()) and _TITLE_QUOTED.search(m.string, 0, m.start())
    ) or bool(_work_before().search(m.string, 0, m.start()))


_CLOSING_QUOTE = re.compile(r"[\"”’'](?!\w)")
_TITLE_QUOTED = re.compile(r"(?:^|[\s(])[\"“‘'][\w'’:-]+(?:\s+[\w'’:-]+){0,2}\s+$")
"""A quotation opened before a title of at most three words, up to its numeral."""
