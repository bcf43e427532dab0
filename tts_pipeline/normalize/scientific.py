"""Numbers in scientific notation: "1e6" "one times ten to the sixth", "2.5E-3" "two point
five times ten to the minus third"; and powers written with a caret: "10^6" "ten to the
sixth", "6.02 x 10^23" "six point zero two times ten to the twenty-third"; ten with a power in
superscript digits ("10⁸", "10⁻³"); a unit after a power is said after it ("3×10⁸ m/s"); an
earthquake's magnitude written "M7.1"."""

from __future__ import annotations

import re

from tts_pipeline.normalize import measures, numbers
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.patterns import START, amount, compile_words
from tts_pipeline.resources import load_toml

_SCIENTIFIC = rf"{START}(?P<n>\d+(?:\.\d+)?)[eE](?P<sign>[-+−]?)(?P<power>\d{{1,3}})(?![\w.])"


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_POWER = (
    rf"{START}(?:(?P<n>\d+(?:\.\d+)?)\s?[x×*]\s?)?"
    rf"(?:(?P<base>\d+(?:\.\d+)?)\^(?P<sign>[-−]?)(?P<power>\d{{1,3}})"
    rf"|(?P<ten>10)(?P<ssign>⁻)?(?P<spower>[{_SUPERSCRIPTS}]{{1,3}}))(?![\w^])"
)
_CARET = re.compile(rf"\d[\^⁻{_SUPERSCRIPTS}]")


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    return [
        *numeric([Rule("scientific notation", re.compile(_SCIENTIFIC), _scientific)]),
        Rule("power", re.compile(_POWER + _unit_after()), _power, needs=_CARET),
        Rule(
            "magnitude",
            re.compile(
                r"(?:(?<![\w])(?P<article>[Aa])n?\s)?(?<![\w.-])M(?P<n>\d\.\d)(?![\w]|\.\d)"
            ),
            _magnitude,
            re.compile(r"M\d\.\d"),
        ),
    ]


def _magnitude(m: re.Match[str]) -> str | None:
    """ "a M7.1 quake", "An M6.4 earthquake" "a magnitude six point four earthquake": "M" and a
    number with decimals in a sentence about an earthquake (``[magnitude]`` in units.toml)."""
    words = load_toml("normalize/units.toml")["magnitude"]["words"]
    if not any(w.group(0).lower() in words for w in _WORD.finditer(m.string)):
        return None
    article = f"{m.group('article')} " if m.group("article") else ""
    return f"{article}magnitude {amount(m.group('n'))}"


_WORD = re.compile(r"[A-Za-z]+")


def _unit_after() -> str:
    """A unit after a power, said after it ("3×10⁸ m/s" "... meters per second")."""
    unit = compile_words(u for u in measures.units().names if len(u) > 1)
    per = measures.per_pattern()
    return rf"(?:\s(?P<unit>{unit})(?:/(?P<per>{per}))?(?![^\W_]|/\w))?"


_SAID_POWERS = {2: "squared", 3: "cubed"}
"""Powers said by their own word ("10^2" "ten squared")."""


def _power(m: re.Match[str]) -> str:
    """ "10^6" "ten to the sixth", "2 x 10^9" "two times ten to the ninth", "10^2" "ten
    squared"."""
    if m.group("ten"):
        sign = "minus " if m.group("ssign") else ""
        base, power = "ten", int(m.group("spower").translate(_DIGITS))
    else:
        sign = "minus " if m.group("sign") else ""
        base, power = amount(m.group("base")), int(m.group("power"))
    if not sign and power in _SAID_POWERS:
        words = f"{base} {_SAID_POWERS[power]}"
    else:
        words = f"{base} to the {sign}{numbers.ordinal(power)}"
    if m.group("n"):
        words = f"{amount(m.group('n'))} times {words}"
    if unit := m.group("unit"):
        words += " " + measures.units().names[unit][1]
        if m.group("per"):
            words += f" per {measures.per_word(m.group('per'))}"
    return words


_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")


def _scientific(m: re.Match[str]) -> str:
    sign = "minus " if m.group("sign") in ("-", "−") else ""
    power = numbers.ordinal(int(m.group("power")))
    return f"{amount(m.group('n'))} times ten to the {sign}{power}"
