"""A fraction of a unit, as people say it: "1/2 kg" "half a kilogram", "3/4 mi" "three
quarters of a mile", "1 1/2 km" and "1½ km" "one and a half kilometers"; after "a" it
describes a noun ("a 1/4 oz coin" "a quarter-ounce coin", "the 1/2 km stretch" "the
half-kilometer stretch"); one over a number with decimals in inches is a camera sensor's
optical format ("a 1/2.3in sensor" "a one over two point three-inch sensor"). Units are those
of :mod:`.measures` (``data/normalize/units.toml``); the denominators said as fractions
those of ``data/normalize/numbers.toml``."""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.measures import units
from tts_pipeline.normalize.numerals import VULGAR_FRACTIONS, fraction_words
from tts_pipeline.normalize.patterns import START, compile_words
from tts_pipeline.resources import load_toml

_VOWEL_SOUND = re.compile(r"[aeio]|hour", re.IGNORECASE)
_PUNCTUATION_AFTER = re.compile(r"\.?\s*(?:[^\w\s]|$)")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _describes_next(m: re.Match[str]) -> bool:
    """The fraction of a unit stands before a noun it describes ("the 1/2 km stretch"), as
    :mod:`.measures` finds one (``attributive`` in ``data/normalize/units.toml``)."""
    found = _NEXT_WORD.match(m.string, m.end())
    return bool(found) and found.group(1).lower() in units().attributive


@cache
def _denominators() -> frozenset[int]:
    return frozenset(load_toml("normalize/numbers.toml")["denominators"])


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    vulgar = "".join(VULGAR_FRACTIONS)
    pattern = (
        rf"{START}(?:(?P<whole>\d+)(?:\s+|(?=[{vulgar}])))?"
        rf"(?:(?P<top>\d+)/(?P<bottom>\d+)|(?P<vulgar>[{vulgar}]))"
        rf"\s?(?P<unit>{compile_words(units().names)})(?![^\W_]|/\w)"
    )
    optical = rf"{START}1/(?P<bottom>\d\.\d{{1,2}})(?:in|-inch|\")(?![^\W_])"
    return numeric(
        [
            Rule(
                "optical format",
                re.compile(optical),
                lambda m: f"one over {numbers.decimal(m.group('bottom'))}-inch",
                re.compile(r"1/\d\."),
            ),
            Rule("fraction of a unit", re.compile(pattern), _fraction_of_unit),
        ]
    )


def _fraction_of_unit(m: re.Match[str]) -> str | None:
    if m.group("vulgar"):
        top, bottom = VULGAR_FRACTIONS[m.group("vulgar")]
    else:
        top, bottom = int(m.group("top")), int(m.group("bottom"))
    if not 0 < top < bottom or bottom not in _denominators():
        return None
    written, table = m.group("unit"), units()
    if written in table.temperature or (
        m.group(0)[-len(written) - 1].isspace()
        and (written in table.attached_only or len(written) == 1)
        and not _PUNCTUATION_AFTER.match(m.string, m.end())
    ):
        return None  # "3/4 in Texas", "1/2 C": as measures.py reads a unit written apart
    one, many = table.names[written]
    if m.group("whole"):
        whole = numbers.cardinal(int(m.group("whole")))
        return f"{whole} and {fraction_words(top, bottom, article=True)} {many}"
    if _ARTICLE_BEFORE.search(m.string, 0, m.start()) or _describes_next(m):
        # "a 1/4 oz coin", "the 1/2 km stretch": a quarter-ounce coin, the half-kilometer stretch
        part = fraction_words(1, bottom).removeprefix("one ")
        return f"{part}-{one}" if top == 1 else f"{numbers.cardinal(top)}-{part}-{one}"
    article = "an" if _VOWEL_SOUND.match(one) else "a"
    if (top, bottom) == (1, 2):
        return f"half {article} {one}"
    return f"{fraction_words(top, bottom)} of {article} {one}"
