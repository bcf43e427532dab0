"""Numbers read digit by digit: telephone numbers ("(555) 123-4567", "+44 20 7946 0958",
"1-800-555-0199", "555-1234", "0800 123 4567"), said in their groups with a pause between
("five five five, one two three, four five six seven"), and numbers after words that make
them digits ("a card ending in 8876", "PIN 1234"). Those words are data
(``data/normalize/numbers.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers, vanity
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.patterns import compile_words
from tts_pipeline.resources import load_toml

_AFTER = r"(?![\w]|[.,-]\d)"
_NORTH_AMERICAN = (
    r"(?<![\w+.-])(?:(?:\+\s?)?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.]\d{4}" + _AFTER
)
_INTERNATIONAL = r"(?<![\w+])\+\d{1,3}(?:[\s.-]\(?\d{1,10}\)?){1,5}" + _AFTER
_SPACED = r"(?<![\w+.,-])(?:1\s)?[2-9]\d{2}\s\d{3}\s\d{4}" + _AFTER
"""A North American number written with spaces: "555 123 4567", "1 800 555 1234"."""
_LOCAL = r"(?<![\w.,-])[2-9]\d{2}-\d{4}" + _AFTER
_HYPHENATED = r"(?<![\w.,-])\d{2,4}-\d{3,4}-\d{4}" + _AFTER
_SOCIAL_SECURITY = r"(?<![\w.,-])\d{3}-\d{2}-\d{4}" + _AFTER
"""A US Social Security number, "123-45-6789": no range nor score has three parts."""
_CARD = r"(?<![\w+.,-])\d{4}(?:[\s-]\d{4}){3}" + _AFTER
"""A payment card's number in four groups of four digits: "4111 1111 1111 1111"."""
_LONG_GROUPS = r"(?<![\w+.,-])\d+(?:-\d+){2,}" + _AFTER
"""Three or more groups of digits joined by hyphens, of ten digits or more in all: an order's
or an account's number ("123-4567890-1234567"), no range."""
_SHORTEST_LONG_GROUPS = 10
_NATIONAL = r"(?<![\w+.,-])(?:0\d{1,4}|\(0\d{1,4}\))(?:\s\d{3,6}){1,2}" + _AFTER
"""A number dialled with its trunk "0" and spaced groups, as Britain and others write it:
"0800 123 4567", "020 7946 0958", "(020) 7946 0958", "07700 900123", "(02) 9876 5432"."""
_NATIONAL_DIGITS = (10, 11)
_SHORTEST_INTERNATIONAL = 8
"""Digits an international number has at least (its country code included)."""
_SHORTEST_SHORT_CODE = 4
"""Digits a texting short code has at least ("Text HELP to 70085")."""
_SHORTEST_CALLED = 6
"""Digits a telephone number after a word of calling has at least ("dial 116 123")."""


@cache
def _digit_words() -> str:
    return compile_words(load_toml("normalize/numbers.toml")["digits_after"])


@cache
def _call_words() -> str:
    return compile_words(load_toml("normalize/numbers.toml")["call_words"])


@cache
def _code_names() -> frozenset[str]:
    return frozenset(w.lower() for w in load_toml("normalize/numbers.toml")["code_names"])


@cache
def _digit_words_said() -> dict[str, str]:
    return load_toml("normalize/numbers.toml")["digits_after_said"]


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    card = Rule("card number", re.compile(_CARD), _card, re.compile(r"\d{4}[\s-]\d{4}"))
    groups = Rule("digit groups", re.compile(_LONG_GROUPS), _long_groups, re.compile(r"\d-\d+-\d"))
    return [card, *_number_rules(), groups]


def _number_rules() -> list[Rule]:
    """The rules of this module tried on text with a digit, in the order they run."""
    return numeric(
        [
            Rule("telephone", re.compile(_NORTH_AMERICAN), _groups),
            Rule("telephone", re.compile(_INTERNATIONAL), _international),
            Rule("telephone", re.compile(_SPACED), _groups),
            Rule("telephone", re.compile(_LOCAL), _groups),
            Rule("telephone", re.compile(_HYPHENATED), _groups),
            Rule("telephone", re.compile(_NATIONAL), _national),
            Rule("social security number", re.compile(_SOCIAL_SECURITY), _groups),
            Rule(
                "telephone",
                re.compile(
                    rf"(?<![\w.])(?P<lead>(?i:{_call_words()})(?::|\s+on)?\s+)"
                    r"(?P<n>\d{2,5}(?:\s\d{2,4}){1,4})" + _AFTER
                ),
                _called,
            ),
            *vanity.rules(),
            Rule(
                "digits",
                re.compile(
                    rf"(?<![\w])(?P<words>(?i:{_digit_words()}))(?P<gap>(?:\s+(?:is|was)|[:,])?\s+)"
                    r"(?P<n>\d{2,})" + _AFTER
                ),
                _after_words,
            ),
            Rule(
                "short code",
                re.compile(
                    r"(?<=\b(?i:text)\s)(?P<lead>(?:the\s+word\s+)?[\"“']?[A-Z][A-Z0-9]+[\"”']?"
                    r"\s+to\s+)(?P<n>\d{4,6})" + _AFTER
                ),
                lambda m: f"{m.group('lead')}{numbers.digits(m.group('n'))}",
            ),
        ]
    )


def _after_words(m: re.Match[str]) -> str | None:
    """ "PIN 1234" "PIN one two three four", "ext. 12" "extension one two"; after "text"
        only a short code of four digits or more ("Text 70085"; "a text 20 minutes later" is a
        count); after "is", "was", a colon or a comma only the name of a code (``code_names``:
    "your PIN, 4321, at the till")."""
    words = m.group("words")
    if words.lower() == "text" and len(m.group("n")) < _SHORTEST_SHORT_CODE:
        return None
    if m.group("gap").strip() and words.lower() not in _code_names():
        return None  # "the text was 12000 words": a count
    if "," in m.group("gap") and not _SET_OFF_AFTER.match(m.string, m.end()):
        return None  # "in that ZIP code, 1200 homes": a count
    said = _digit_words_said().get(words.lower(), words)
    return f"{said}{m.group('gap')}{numbers.digits(m.group('n'))}"


_SET_OFF_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")
"""What closes a code set off by commas ("your PIN, 4321, at the till")."""

_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:for|to|at|or|and|from|now|today|tonight|between|until|before|after|if|with|on|in)\b)"
    r"[a-z]"
)
"""A word after a number that may be a count's noun: not a word of a clause that follows a
telephone number ("call 912 345 678 for help")."""


def _called(m: re.Match[str]) -> str | None:
    """ "call 912 345 678": after a word of calling, spaced groups of six digits or more in
    all, the last no thousands' zeros ("call 300 000 reservists" is a count), are a
    telephone number, said group by group."""
    groups = m.group("n").split()
    if sum(len(g) for g in groups) < _SHORTEST_CALLED or groups[-1] == "000":
        return None
    thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if thousands and _COUNTED_AFTER.match(m.string, m.end()):
        return None  # "phone 100 200 homes": a count of homes
    return f"{m.group('lead')}{', '.join(numbers.digits(g) for g in groups)}"


def _groups(m: re.Match[str]) -> str:
    """Each group of digits by name, a pause between groups; "+" is "plus"."""
    groups = re.findall(r"\d+", m.group(0))
    said = ", ".join(numbers.digits(g) for g in groups)
    return f"plus {said}" if m.group(0).lstrip().startswith("+") else said


def _card(m: re.Match[str]) -> str | None:
    """A card's number, unless its groups are all years ("in 2020 2021 2022 2023")."""
    if all(1000 <= int(g) <= 2099 for g in re.findall(r"\d+", m.group(0))):
        return None
    return _groups(m)


def _long_groups(m: re.Match[str]) -> str | None:
    if sum(c.isdigit() for c in m.group(0)) < _SHORTEST_LONG_GROUPS:
        return None
    return _groups(m)


def _national(m: re.Match[str]) -> str | None:
    if sum(c.isdigit() for c in m.group(0)) not in _NATIONAL_DIGITS:
        return None
    return _groups(m)


def _international(m: re.Match[str]) -> str | None:
    if sum(c.isdigit() for c in m.group(0)) < _SHORTEST_INTERNATIONAL:
        return None
    return _groups(m)
