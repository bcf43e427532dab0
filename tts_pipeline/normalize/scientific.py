"""Numbers in scientific notation: "1e6" "one times ten to the sixth", "2.5E-3" "two point
five times ten to the minus third"; and powers written with a caret: "10^6" "ten to the
sixth", "6.02 x 10^23" "six point zero two times ten to the twenty-third"."""

from __future__ import annotations

import re

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.patterns import START, amount

_SCIENTIFIC = rf"{START}(?P<n>\d+(?:\.\d+)?)[eE](?P<sign>[-+−]?)(?P<power>\d{{1,3}})(?![\w.])"


_POWER = (
    rf"{START}(?:(?P<n>\d+(?:\.\d+)?)\s?[x×*]\s?)?(?P<base>\d+(?:\.\d+)?)\^"
    r"(?P<sign>[-−]?)(?P<power>\d{1,3})(?![\w^])"
)
_CARET = re.compile(r"\d\^")


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    return [
        *numeric([Rule("scientific notation", re.compile(_SCIENTIFIC), _scientific)]),
        Rule("power", re.compile(_POWER), _power, needs=_CARET),
    ]


_SAID_POWERS = {2: "squared", 3: "cubed"}
"""Powers said by their own word ("10^2" "ten squared")."""


def _power(m: re.Match[str]) -> str:
    """ "10^6" "ten to the sixth", "2 x 10^9" "two times ten to the ninth", "10^2" "ten
    squared"."""
    sign = "minus " if m.group("sign") else ""
    power = int(m.group("power"))
    if not sign and power in _SAID_POWERS:
        words = f"{amount(m.group('base'))} {_SAID_POWERS[power]}"
    else:
        words = f"{amount(m.group('base'))} to the {sign}{numbers.ordinal(power)}"
    return f"{amount(m.group('n'))} times {words}" if m.group("n") else words


def _scientific(m: re.Match[str]) -> str:
    sign = "minus " if m.group("sign") in ("-", "−") else ""
    power = numbers.ordinal(int(m.group("power")))
    return f"{amount(m.group('n'))} times ten to the {sign}{power}"
