"""The inch and foot marks after a number standing alone: a screen of 15.6" is "fifteen
point six inches", a 12′ ladder "twelve feet". A straight double quote is an inch mark only
where it closes no quotation (an even number of them before it); feet with inches
("5'11\\"") are :mod:`.measures`."""

from __future__ import annotations

import re

from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.patterns import NUM, START, amount

_MARK = rf"{START}(?P<n>{NUM})(?P<mark>[\"″′])(?![\w\"″′'])"
_NAMES = {'"': ("inch", "inches"), "″": ("inch", "inches"), "′": ("foot", "feet")}


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    return numeric([Rule("inch mark", re.compile(_MARK), _marked)])


def _marked(m: re.Match[str]) -> str | None:
    if m.group("mark") == '"' and m.string.count('"', 0, m.start()) % 2:
        return None
    one, many = _NAMES[m.group("mark")]
    return f"{amount(m.group('n'))} {one if m.group('n') == '1' else many}"
