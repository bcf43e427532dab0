"""Codes, serials and model numbers: letters and numbers read in groups, never as a measure
or a range. "F-16s" "F-sixteens", "G7" "G-seven", "5G" "five-G", "H5N1" "H-five-N-one",
"t2000" "t two thousand", "A350-900" "A three fifty-nine hundred", "1-413-te-b-1-5"
"one-four hundred thirteen-te-b-one-five",
"123/261788/2021" "one hundred twenty-three two six one seven eight eight two thousand
twenty-one". Digits beside letters are a model number, read in pairs ("A350"); a group of
five digits or more, or one that starts with a zero, is read digit by digit; a slash
between groups is a pause, as in "24/7".
"""

from __future__ import annotations

import re

from tts_pipeline.normalize import numbers, numerals
from tts_pipeline.normalize.acronyms import say_letters
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.patterns import START

_NUMBER_END = r"(?![\w]|[.,]\d|[-/]\w)"
_LONGEST_GROUP = 4
"""Digits a group may have and still be read as a number."""
_SERIAL = re.compile(
    r"(?<![\w@/.+-])(?<!\d,)(?=[A-Za-z0-9/-]*\d)(?=[A-Za-z0-9/-]*[A-Za-z])"
    r"[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)*(?![\w@]|[-/.]\w)"
)
_NOT_MIXED = re.compile(r"\d+(?:st|nd|rd|th|s)|[A-Za-z]+|\d+")
"""Pieces that do not make a serial: an ordinal or decade ("3rd", "1980s"), a word, a number."""
_FRACTION_BEFORE_WORD = re.compile(r"\d{1,2}/\d{1,2}-[a-z]+")
"""A fraction that describes ("5/8-inch", "3/4-mile"): said by the rule for fractions."""
_RUNS = re.compile(r"[A-Za-z]+|\d+")
_VOWEL = re.compile(r"[aeiouy]")


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    return numeric(
        [
            Rule(
                "code",
                re.compile(rf"(?<![\w-])([A-Z][A-Za-z]{{0,6}})-(\d{{1,4}})(s?){_NUMBER_END}"),
                _code,
            ),
            Rule(
                "code", re.compile(rf"(?<![\w-])([A-Z]{{1,4}})(\d{{1,4}})(s?){_NUMBER_END}"), _code
            ),
            Rule(
                "code",
                re.compile(r"(?<![\w-])(?<!\d[.,])(\d{1,2})([A-Z]{1,2})(?![\w])"),
                _number_letters,
            ),
            Rule(
                "code",
                re.compile(r"(?<![\w-])(?:[A-Z]+\d+){2,}[A-Z]*(?![\w-])"),
                _mixed_code,
            ),
            Rule("serial", _SERIAL, _serial),
            Rule(
                "numbers with slashes",
                re.compile(rf"{START}\d+(?:/\d+){{2,}}(?![\w/]|[.,]\d)"),
                lambda m: " ".join(_group(n) for n in m.group(0).split("/")),
            ),
        ]
    )


def _scaled() -> tuple[str, ...]:
    """Scales written after a number ("5bn"): numerals says them, they are no serial."""
    return tuple(numerals.scales())


def _code(m: re.Match[str]) -> str:
    """ "F-16s" "F-sixteens"; a model number of three or four digits in pairs, as it is said:
    "A380" "A-three eighty", "C-130" "C-one thirty", "I-405" "I-four oh five"."""
    letters, digits, plural = m.groups()
    words = numbers.in_pairs(digits) if len(digits) > 2 else numbers.cardinal(int(digits))
    if plural:
        words = numbers.plural_words(words)
    return f"{say_letters(letters)}-{words}"


def _number_letters(m: re.Match[str]) -> str:
    return f"{numbers.cardinal(int(m.group(1)))}-{say_letters(m.group(2))}"


def _mixed_code(m: re.Match[str]) -> str:
    """ "H5N1" -> "H-five-N-one": letters and numbers in turn."""
    runs = _RUNS.findall(m.group(0))
    return "-".join(numbers.cardinal(int(r)) if r.isdigit() else say_letters(r) for r in runs)


def _serial(m: re.Match[str]) -> str | None:
    """A token of letters and digits in groups: a piece that mixes them ("0t25d12"), or
    numbers and letters joined by hyphens ("1-413-te-b-1-5"); not "10-year-old", "3rd"."""
    if _FRACTION_BEFORE_WORD.fullmatch(m.group(0)):
        return None
    pieces = re.split(r"([-/])", m.group(0))
    words = pieces[::2]
    # "H-1B" is a code, not a billion; so is "i7-13700K", a model after a model
    after_letters = len(words) > 1 and any(c.isalpha() for c in words[0])
    scaled = (re.fullmatch(r"\d+", p[: -len(s)]) for p in words for s in _scaled() if p.endswith(s))
    if not after_letters and any(scaled):
        return None
    mixed = any(not _NOT_MIXED.fullmatch(p) for p in words)
    numbers_only = sum(p.isdigit() for p in words)
    letters_only = sum(p.isalpha() for p in words)
    if not mixed and not (numbers_only >= 2 and letters_only >= 1):
        return None
    said = [_piece(p) if i % 2 == 0 else ("-" if p == "-" else " ") for i, p in enumerate(pieces)]
    return "".join(said)


def _piece(piece: str) -> str:
    if piece.isalpha():
        return _letters(piece)
    if piece.isdigit():
        return _group(piece)
    ordinal = re.fullmatch(r"(\d+)(st|nd|rd|th|s)", piece)
    if ordinal and len(ordinal.group(1)) < 16:
        words = numbers.cardinal(int(ordinal.group(1)))
        return (
            numbers.plural_words(words) if ordinal.group(2) == "s" else numbers.ordinal_words(words)
        )
    return " ".join(
        _in_pairs(run) if run.isdigit() else _letters(run) for run in _RUNS.findall(piece)
    )


def _in_pairs(digits: str) -> str:
    """Digits beside letters, a model number: "A350" "A three fifty", "1440p" "fourteen
    forty p"."""
    return numbers.in_pairs(digits) if len(digits) in (3, 4) else _group(digits)


def _group(digits: str) -> str:
    """A group of digits: a number, or digit by digit if long or led by a zero."""
    if len(digits) > _LONGEST_GROUP or (len(digits) > 1 and digits.startswith("0")):
        return numbers.digits(digits)
    return numbers.cardinal(int(digits))


def _letters(run: str) -> str:
    """Letters of a serial: capitals spelled unless a word; lower case spelled when they
    cannot be said as a word ("mp" in "mp3")."""
    if run.isupper():
        return say_letters(run)
    if run.islower() and 1 < len(run) <= 3 and not _VOWEL.search(run):
        return "".join(f"{c}." for c in run)
    return run
