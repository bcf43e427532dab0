"""Words in capitals: spelled letter by letter ("FBI" as "F.B.I.") or said as words
("NATO"), and codes of letters and digits ("F-16s", "COVID-19", "G7", "5G"). Which
capitals are words is data (``data/normalize/acronyms.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule
from tts_pipeline.resources import load_toml

_SAYABLE_LENGTH = 5
"""Capitals this long or longer are said as a word when they can be."""
_CONSONANT_RUN = re.compile(r"[^AEIOUY]{3}")
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
_WORDS = re.compile(r"\b[A-Za-z]{2,}\b")


@cache
def _data() -> tuple[frozenset[str], frozenset[str]]:
    data = load_toml("normalize/acronyms.toml")
    return frozenset(data["words"]), frozenset(data["letters"])


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    number_end = r"(?![\w]|[.,]\d|-\w)"
    return [
        Rule(
            "code",
            re.compile(rf"(?<![\w-])([A-Z][A-Za-z]{{0,6}})-(\d{{1,4}})(s?){number_end}"),
            _code,
        ),
        Rule("code", re.compile(rf"(?<![\w-])([A-Z]{{1,4}})(\d{{1,4}})(s?){number_end}"), _code),
        Rule("code", re.compile(r"(?<![\w-])(\d{1,2})([A-Z]{1,2})(?![\w])"), _number_letters),
        Rule(
            "code",
            re.compile(r"(?<![\w-])(?:[A-Z]+\d+){2,}[A-Z]*(?![\w-])"),
            _mixed_code,
        ),
    ]


def late_rules() -> list[Rule]:
    """Rules that run after the other rules, on words in capitals that are left."""
    return [
        Rule(
            "acronym",
            re.compile(r"(?<![\w.'’])([A-Z]{2,})(['’]s|s)?(?![\w]|\.\w)"),
            _acronym,
        )
    ]


def _code(m: re.Match[str]) -> str:
    letters, digits, plural = m.groups()
    n = int(digits)
    words = numbers.year(n) if len(digits) == 4 and 1000 <= n <= 2099 else numbers.cardinal(n)
    if plural:
        words = numbers.plural_words(words)
    return f"{say_letters(letters)}-{words}"


def _number_letters(m: re.Match[str]) -> str:
    return f"{numbers.cardinal(int(m.group(1)))}-{say_letters(m.group(2))}"


_RUNS = re.compile(r"[A-Z]+|\d+")


def _mixed_code(m: re.Match[str]) -> str:
    """ "H5N1" -> "H-five-N-one": letters and numbers in turn."""
    runs = _RUNS.findall(m.group(0))
    return "-".join(numbers.cardinal(int(r)) if r.isdigit() else say_letters(r) for r in runs)


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
    return bool(_CONSONANT_RUN.search(word))


def _acronym(m: re.Match[str]) -> str | None:
    word, suffix = m.group(1), m.group(2) or ""
    if suffix == "s" or not should_spell(word) or _shouting(m.string):
        return None
    spelled = spell(word)
    if not suffix and m.string[m.end() : m.end() + 1] == ".":
        spelled = spelled[:-1]
    return spelled + suffix


def _shouting(sentence: str) -> bool:
    """A sentence written in capitals throughout (a headline): its words are words."""
    capitals = len(_CAPITALS.findall(sentence))
    return capitals >= 2 and capitals * 2 > len(_WORDS.findall(sentence))
