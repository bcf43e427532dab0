"""Numbers in scientific notation: "1e6" "one times ten to the sixth", "2.5E-3" "two point
five times ten to the minus third"."""

from __future__ import annotations

import re

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.patterns import START, amount

_SCIENTIFIC = rf"{START}(?P<n>\d+(?:\.\d+)?)[eE](?P<sign>[-+−]?)(?P<power>\d{{1,3}})(?![\w.])"


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    return numeric([Rule("scientific notation", re.compile(_SCIENTIFIC), _scientific)])


def _scientific(m: re.Match[str]) -> str:
    sign = "minus " if m.group("sign") in ("-", "−") else ""
    power = numbers.ordinal(int(m.group("power")))
    return f"{amount(m.group('n'))} times ten to the {sign}{power}"
