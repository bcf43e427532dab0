"""Measurements: a number or range and a unit ("10-15 km", "40 km/h", "-5°C", "3.5%",
"155mm shells", "a 40-km drive"). Units are data (``data/normalize/units.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize.core import Rule
from tts_pipeline.normalize.numbers import cardinal
from tts_pipeline.normalize.patterns import (
    NUM,
    RANGE_DASH,
    SIGN_BEFORE,
    START,
    amount,
    compile_words,
    signed,
)
from tts_pipeline.resources import load_toml


@cache
def _data() -> tuple[dict[str, list[str]], frozenset[str], frozenset[str]]:
    data = load_toml("normalize/units.toml")
    attributive = frozenset(data["attributive"]["nouns"])
    return data["units"], attributive, frozenset(data["attached_only"]["units"])


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    units, _, _ = _data()
    unit = compile_words(units)
    sign = rf"(?:(?:{SIGN_BEFORE})(?P<sign>[-−–+]))?"
    number = rf"(?:{sign}|{START})(?P<a>{NUM})"
    second = rf"(?:\s?(?P<unit1>{unit}))?(?:{RANGE_DASH}|\s+to\s+)(?P<sign2>[-−])?(?P<b>{NUM})"
    return [
        Rule(
            "feet and inches",
            re.compile(r"(?<![\w.'’])(\d{1,2})['′’]\s?(\d{1,2})(?:[\"″”]|'')(?!\w)"),
            _feet_inches,
        ),
        Rule(
            "measure",
            re.compile(
                rf"{number}(?:{second})?(?P<scale>\s(?:thousand|million|billion))?"
                rf"(?P<sep>\s?|-)(?P<unit>{unit})(?![^\W_]|/\w)"
            ),
            _measure,
        ),
    ]


def _measure(m: re.Match[str]) -> str | None:
    units, attributive, attached_only = _data()
    if m.group("unit1") and m.group("unit1") != m.group("unit"):
        return None
    if m.group("unit") in attached_only and m.group("sep") == " ":
        return None
    singular, plural = units[m.group("unit")]
    if m.group("sep") == " " and len(m.group("unit")) == 1 and not _ends_clause(m):
        return None
    words = signed(m.group("sign"), amount(m.group("a")))
    if m.group("b"):
        words += " to " + signed(m.group("sign2"), amount(m.group("b")))
    if m.group("scale"):
        words += m.group("scale")
    describing = m.group("sep") == "-" or _next_word(m) in attributive or _after_article(m)
    if describing:
        return f"{words}-{singular}"
    one = m.group("a") == "1" and not m.group("b") and not m.group("scale")
    return f"{words} {singular if one else plural}"


def _feet_inches(m: re.Match[str]) -> str:
    """5'10\" -> "five feet ten inches"."""
    feet, inches = int(m.group(1)), int(m.group(2))
    feet_words = f"{cardinal(feet)} {'foot' if feet == 1 else 'feet'}"
    return f"{feet_words} {cardinal(inches)} {'inch' if inches == 1 else 'inches'}"


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_ARTICLE_BEFORE = re.compile(r"(?<![\w])[Aa]n?\s+$")


def _after_article(m: re.Match[str]) -> bool:
    """A measure after "a" or "an" describes the noun after it ("a 2 m wall")."""
    return bool(_ARTICLE_BEFORE.search(m.string, 0, m.start())) and m.group("a") != "1"


def _next_word(m: re.Match[str]) -> str | None:
    found = _NEXT_WORD.match(m.string, m.end())
    return found.group(1).lower() if found else None


def _ends_clause(m: re.Match[str]) -> bool:
    """A one-letter unit after a space counts only before punctuation or a lower-case word."""
    rest = m.string[m.end() : m.end() + 2]
    return not rest or not rest[0].isspace() or rest[1:].islower()
