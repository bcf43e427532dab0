"""The inch and foot marks after a number standing alone: a screen of 15.6" is "fifteen
point six inches", a 12′ ladder "a twelve-foot ladder"; a height with no inch mark ("5'9" "five
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
    r"(?<![\w.'’‘])(?P<feet>\d{1,2})['’′](?:(?P<inches>1[01]|\d)(?![\w'’\"″]|\.\d)"
    r"|(?=\s+(?:tall|high|long|wide|deep)\b)"
    r"|(?=\s+(?P<distance>from|away|apart|above|below|under|off|behind|beneath|short)\b))"
)
"""A height without its inch mark ("5'9") or feet alone before a word of size ("6' tall") or
of distance ("3' from the edge"), where no quotation is open ("she sang 'take 5' from")."""
_OPEN_QUOTE = re.compile(r"(?:^|[\s(\[])['‘](?=\w)")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NAMES = {'"': ("inch", "inches"), "″": ("inch", "inches"), "′": ("foot", "feet")}


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    return numeric(
        [
            Rule("minute mark", _MINUTE, _minute, re.compile(r"\d['’′]")),
            Rule("feet mark", re.compile(_FEET), _feet),
            Rule("inch mark", re.compile(_MARK), _marked),
        ]
    )


_MINUTE = re.compile(r"(?<=\s)(?P<n>\d{1,3})(?:\+(?P<added>\d{1,2}))?['’′](?![\w'’′])")
"""A goal's minute after its scorer's name, as match reports write them: "(Smith 23', 67')",
"Kane 90+4' pen", or after "the" ("scored in the 89'"); what stands before and after is
checked by :func:`_minute`."""
_SCORER_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s|\d['’′],\s)$")
_THE_MINUTE_BEFORE = re.compile(r"\b[Tt]he\s$")
_SCORER_AFTER = re.compile(r"\s*[,;)]|\s+(?:pen|og)\b")
_THE_MINUTE_AFTER = re.compile(
    r"\s*(?:[,;:.)!?]|$)|\s+(?:from|after|before|when|as|with|and|to|of|in|on|for|but|against)\b"
)


def _minute(m: re.Match[str]) -> str | None:
    """ "(Smith 23', 67')" "(Smith twenty-third minute, sixty-seventh minute)": a minute of a
    match, its added time counted in ("90+4'" "ninety-fourth minute"); not within a quotation
    ("she sang 'Take 5'")."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    scorer = _SCORER_BEFORE.search(before) and _SCORER_AFTER.match(m.string, m.end())
    after_the = _THE_MINUTE_BEFORE.search(before) and _THE_MINUTE_AFTER.match(m.string, m.end())
    if not (scorer or after_the):
        return None
    if _OPEN_QUOTE.search(m.string, 0, m.start()):
        return None
    minute = int(m.group("n")) + int(m.group("added") or 0)
    if not 1 <= minute <= 130:
        return None
    return f"{numbers.ordinal(minute)} minute"


def _feet(m: re.Match[str]) -> str | None:
    if m.group("distance") and (
        _OPEN_QUOTE.search(m.string, 0, m.start()) or _THE_BEFORE.search(m.string, 0, m.start())
    ):
        return None  # a quotation, or after "the" ("the 6' from the wall")
    feet = int(m.group("feet"))
    said = f"{numbers.cardinal(feet)} {'foot' if feet == 1 else 'feet'}"
    return f"{said} {numbers.cardinal(int(m.group('inches')))}" if m.group("inches") else said


def _marked(m: re.Match[str]) -> str | None:
    if m.group("mark") == '"' and m.string.count('"', 0, m.start()) % 2:
        return None
    one, many = _NAMES[m.group("mark")]
    if _describes_next(m):
        return f"{amount(m.group('n'))}-{one}"  # "a 55\" TV": a fifty-five-inch TV
    return f"{amount(m.group('n'))} {one if m.group('n') == '1' else many}"


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|A|An|The)\s+$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_NOT_DESCRIBED = re.compile(
    r"(?:is|are|was|were|be|been|has|have|had|and|or|of|in|on|at|by|to|from|for|with|than|x"
    r"|wide|long|tall|high|deep|thick|across|away|apart|each|per|apiece)",
    re.IGNORECASE,
)


def _describes_next(m: re.Match[str]) -> bool:
    """The measure describes the noun after it ("a 55\" TV", "the 12\" pizza"): after an
    article, before a word that is neither a verb of being, a preposition nor a dimension."""
    after = _NEXT_WORD.match(m.string, m.end())
    if not after or _NOT_DESCRIBED.fullmatch(after.group(1)):
        return False
    return _ARTICLE_BEFORE.search(m.string, 0, m.start()) is not None
