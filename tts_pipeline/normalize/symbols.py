"""Symbols and dashes, last of all: "&" and, "+" plus, "/" per or or, dashes as pauses.
What each symbol is said as is data (``data/normalize/symbols.toml``)."""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize.core import MASK, Rule
from tts_pipeline.normalize.patterns import compile_words
from tts_pipeline.resources import load_toml


@cache
def _data() -> dict:
    return load_toml("normalize/symbols.toml")


def early_rules() -> list[Rule]:
    """Symbols said before a number ("~5": about five), before the numbers are taken."""
    data = _data()
    return [
        Rule(
            "symbol before number",
            re.compile(rf"(?:{compile_words(data['before_number'])})(?=\s?\d)"),
            lambda m: f" {data['before_number'][m.group(0)]} ",
        )
    ]


def rules() -> list[Rule]:
    """The rules of this module, in the order they run: after every other rule."""
    data = _data()
    per = compile_words(data["between_words"]["per"])
    return [
        Rule("per", re.compile(rf"(?<=[\w{MASK}])/(?=(?:{per})\b)"), lambda m: " per "),
        Rule("slash", re.compile(r"(?<=\w)/(?=\w)"), _slash),
        Rule("dash", re.compile(r"\s*(?:[—―]|--+)\s*|\s+[-–]\s+"), lambda m: ", "),
        Rule("dash", re.compile(r"(?<=[^\W\d_])–(?=[^\W\d_])"), lambda m: "-"),
        Rule(
            "symbol",
            re.compile(compile_words(data["symbols"])),
            lambda m: f" {data['symbols'][m.group(0)]} ",
        ),
    ]


_WORD_BEFORE = re.compile(r"(\w+)$")
_WORD_AFTER = re.compile(r"\w+")


def _slash(m: re.Match[str]) -> str:
    """Between two words in lower case ("and/or") a slash is "or"; elsewhere a pause."""
    before = _WORD_BEFORE.search(m.string, 0, m.start())
    after = _WORD_AFTER.match(m.string, m.end())
    said = _data()["between_words"]["slash"]
    if before and after and before.group(1).isalpha() and after.group(0).isalpha():
        pair = (before.group(1), after.group(0))
        if all(w.islower() for w in pair) and said not in pair:
            return f" {said} "
    return " "
