"""Words in capitals: spelled letter by letter ("FBI" as "F.B.I.") or said as words
("NATO"). Which capitals are words is data (``data/normalize/acronyms.toml``). Codes of
letters and digits ("F-16s", "G7") are :mod:`.serials`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule
from tts_pipeline.resources import load_toml

_SAYABLE_LENGTH = 5
"""Capitals this long or longer are said as a word when they can be."""
_CONSONANT_RUN = re.compile(r"[^AEIOUY]{3}")
_NAME_LENGTH = 7
"""Capitals this long or longer with a vowel in five letters or more are a word, though
three consonants meet in them ("WASHINGTON", "FRANKFURT"; not "UNHCR")."""
_VOWELS = re.compile(r"[AEIOUY]")
_NAME_FIRST_VOWEL = 4
"""A name has a vowel among its first four letters ("STRASBOURG"); "LGBTQIA" is letters."""
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
_WORDS = re.compile(r"\b[A-Za-z]{2,}\b")


@cache
def _data() -> tuple[frozenset[str], frozenset[str]]:
    data = load_toml("normalize/acronyms.toml")
    return frozenset(data["words"]), frozenset(data["letters"])


def late_rules() -> list[Rule]:
    """Rules that run after the other rules, on words in capitals that are left."""
    return [
        Rule("region", _REGION, _region, re.compile(r"[NS][EW](?!\w)")),
        Rule(
            "acronym",
            re.compile(r"(?<![\w.'’])([A-Z]{2,})(['’]s|s)?(?![\w]|\.\w)"),
            _acronym,
        ),
    ]


_REGION = re.compile(
    r"(?<=\b[Tt]he\s)(?P<point>[NS][EW])"
    r"(?=\s*(?:[.,;:)!?]|$)|\s+(?P<next>[a-z]+)\b)"
)
"""Two compass letters after "the", before punctuation or a word in lower case."""
_VERB_BEFORE = re.compile(r"\b([A-Za-z]+)\s+the\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|across|over|into|from|throughout|around|through)\s+the\s+$")


def _region(m: re.Match[str]) -> str | None:
    """ "the SE" "the southeast", in the words of a street address's compass point, when a
    region: before punctuation or a word of ``after_region`` (normalize/addresses.toml:
    "high in the SE", "the NW of England"), or after a preposition of place ("showers in
    the SE spread"); else, or right after a verb of ``model_verbs`` ("Apple discontinued the
    SE in 2025"), the letters are a model's or a name's ("sell the SE model"): declined, for
    the acronym rule."""
    following = m.group("next")
    place = _PLACE_BEFORE.search(m.string, 0, m.start()) is not None
    words = load_toml("normalize/addresses.toml")
    verb = _VERB_BEFORE.search(m.string, 0, m.start())
    if verb and verb.group(1).lower() in words["model_verbs"]:
        return None  # "Apple discontinued the SE in 2025": a model
    if following and following not in words["after_region"] and not place:
        return None
    return words["compass"][m.group("point").lower()].lower()


def say_letters(letters: str) -> str:
    """Capitals as written in a code: spelled with full stops if they are not a word."""
    if len(letters) < 2 or not letters.isupper() or not should_spell(letters):
        return letters
    return spell(letters)


def spell(letters: str) -> str:
    """ "FBI" -> "F.B.I.", which engines read letter by letter."""
    return "".join(f"{c}." for c in letters)


def should_spell(word: str) -> bool:
    """Whether a word in capitals is said letter by letter (see acronyms.toml)."""
    words, letters = _data()
    if word in words or (set(word) <= set("IVX") and numbers.roman_value(word)):
        return False
    if word in letters or len(word) < _SAYABLE_LENGTH:
        return True
    if (
        len(word) >= _NAME_LENGTH
        and len(_VOWELS.findall(word)) * 5 >= len(word)
        and _VOWELS.search(word, 0, _NAME_FIRST_VOWEL)
    ):
        return False  # a name in capitals, as a dateline writes it: "WASHINGTON, Dec. 4"
    return bool(_CONSONANT_RUN.search(word))


def _acronym(m: re.Match[str]) -> str | None:
    word, suffix = m.group(1), m.group(2) or ""
    if suffix == "s" or not should_spell(word) or _shouting(m.string):
        return None
    spelled = spell(word)
    if not suffix and m.string[m.end() : m.end() + 1] == ".":
        spelled = spelled[:-1]
    return spelled + suffix


@lru_cache(maxsize=16)
def _shouting(sentence: str) -> bool:
    """A sentence written in capitals throughout (a headline): its words are words."""
    capitals = len(_CAPITALS.findall(sentence))
    return capitals >= 2 and capitals * 2 > len(_WORDS.findall(sentence))
