"""Toll-free numbers written with letters, as advertisers spell them: "1-800-FLOWERS",
"1-888-ABC-1234". The prefix is said as people say it ("one, eight hundred"), digits one
by one, and each group of letters as a word when it reads as one ("flowers", "go": short
words are data, ``data/normalize/numbers.toml``), else letter by letter ("A.B.C.")."""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.acronyms import spell
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.resources import load_toml

_TOLL_FREE = (
    r"(?<![\w+.-])(?P<one>(?:\+\s?)?1[-\s])?(?P<prefix>8(?:00|88|77|66|55|44|33))-"
    r"(?P<rest>(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*)(?![\w-])"
)
_READS_AS_WORD = re.compile(
    r"(?!.*[^AEIOUY]{3})(?=.*[AEIOUY])[A-Z]{4,}|[^AEIOU\W\d][AEIOUY][^AEIOU\W\d]"
)
"""Letters that read as a word: four or more with a vowel and no run of three consonants
("HAUL", "JUNK", "FLOWERS"), or three made of a consonant, a vowel and a consonant ("GOT")."""


@cache
def _short_words() -> frozenset[str]:
    return frozenset(load_toml("normalize/numbers.toml")["vanity_words"])


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    return numeric([Rule("toll-free number", re.compile(_TOLL_FREE), _toll_free)])


def _toll_free(m: re.Match[str]) -> str:
    prefix = m.group("prefix")
    said = ["eight hundred" if prefix == "800" else numbers.digits(prefix)]
    if m.group("one"):
        said.insert(0, "plus one" if m.group("one").startswith("+") else "one")
    said += [_group(group) for group in m.group("rest").split("-")]
    return ", ".join(said)


def _group(written: str) -> str:
    if written.isdigit():
        return numbers.digits(written)
    if _READS_AS_WORD.fullmatch(written) or written in _short_words():
        return written.lower()
    return " ".join(
        numbers.digits(part) if part.isdigit() else spell(part)
        for part in re.findall(r"\d+|[A-Z]+", written)
    )
