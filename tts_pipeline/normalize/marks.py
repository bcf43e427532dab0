"""The inch and foot marks after a number standing alone: a screen of 15.6" is "fifteen
point six inches", a 12′ ladder "twelve feet"; a height with no inch mark ("5'9" "five
feet nine", "6' tall" "six feet tall"). A straight double quote is an inch mark only where
it closes no quotation (an even number of them before it); feet with inches ("5'11\\"")
are :mod:`.measures`."""

from __future__ import annotations

import re

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.patterns import NUM, START, amount

_MARK = rf"{START}(?P<n>{NUM})(?P<mark>[\"″′])(?![\w\"″′'])"
_FEET = (
    r"(?<![\w.'’])(?P<feet>\d{1,2})['’′](?:(?P<inches>1[01]|\d)(?![\w'’\"″]|\.\d)"
    r"|(?=\s+(?:tall|high|long|wide|deep)\b))"
)
"""A height without its inch mark ("5'9") or feet alone before a word of size ("6' tall")."""
_NAMES = {'"': ("inch", "inches"), "″": ("inch", "inches"), "′": ("foot", "feet")}


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    return numeric(
        [
            Rule("feet mark", re.compile(_FEET), _feet),
            Rule("inch mark", re.compile(_MARK), _marked),
        ]
    )


def _feet(m: re.Match[str]) -> str:
    feet = int(m.group("feet"))
    said = f"{numbers.cardinal(feet)} {'foot' if feet == 1 else 'feet'}"
    return f"{said} {numbers.cardinal(int(m.group('inches')))}" if m.group("inches") else said


def _marked(m: re.Match[str]) -> str | None:
    if m.group("mark") == '"' and m.string.count('"', 0, m.start()) % 2:
        return None
    one, many = _NAMES[m.group("mark")]
    return f"{amount(m.group('n'))} {one if m.group('n') == '1' else many}"
