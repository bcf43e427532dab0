"""Fold a text to the words it says, the same way for the script and for what was heard.

Lower case, no punctuation, accents dropped, hyphenated words apart; numbers, money, times,
symbols and abbreviations written out; US and UK spellings made one. Where a number can be
said several ways ("2023": "twenty twenty three" or "two thousand twenty three"), the reading
that the script has wins (see :class:`Context`). The rules' data: ``data/check/fold.toml``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from tts_pipeline.check import numbers
from tts_pipeline.resources import load_toml

LONGEST_INDEXED_READING = 8
"""Readings up to this many words are looked up in a set of the script's word sequences."""

_PUNCTUATION = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_TOKENS = re.compile(
    r"""(?P<money>(?P<currency>[$£€¥₹])\s?(?P<amount>\d[\d,]*\d|\d)(?P<cents>\.\d+)?
            (?:\s?(?P<scale>thousand|million|billion|trillion|bn|tn|mn|[kmb])\b)?)
      | (?P<time>(?P<hour>\d{1,2}):(?P<minute>\d{2}))\b
      | (?P<number>\d[\d,]*\d|\d)(?P<decimal>\.\d+)?(?P<suffix>st|nd|rd|th|'?s\b|%)?
      | (?P<point>(?<![\w.])\.\d+)
      | (?P<acronym>(?:[^\W\d_]\.){2,})
      | (?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)
      | (?P<symbol>[&%+@°=])""",
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Token:
    """A folded word and where in the (simplified) text it came from."""

    word: str
    at: int
    """Offset in ``simplify(text)`` of what the word was folded from."""


class Context:
    """The folded script: chooses, of the readings of a number, the one the script has."""

    def __init__(self, words: Iterable[str]) -> None:
        words = list(words)
        self._text = f" {' '.join(words)} "
        self._sequences = {
            " ".join(words[i : i + n])
            for n in range(1, LONGEST_INDEXED_READING + 1)
            for i in range(len(words) - n + 1)
        }

    def choose(self, readings: list[str]) -> str:
        for reading in readings:
            if reading.count(" ") < LONGEST_INDEXED_READING:
                if reading in self._sequences:
                    return reading
            elif f" {reading} " in self._text:
                return reading
        return readings[0]


def simplify(text: str) -> str:
    """Accents dropped, typographic quotes and dashes made plain. Applying it twice changes
    nothing, so offsets into its result stay valid."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCTUATION))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_words(text: str, context: Context | None = None) -> list[str]:
    return [token.word for token in fold(text, context)]


def fold(text: str, context: Context | None = None) -> list[Token]:
    """The words ``text`` says, folded; numbers read the way ``context`` (the script) has
    them, else the plainest way."""
    text = simplify(text)
    pieces: list[tuple[str, int, bool]] = []  # (words, offset, a capital letter alone)
    for match in _TOKENS.finditer(text):
        kind = next(kind for kind in _READERS if match[kind])
        said = _READERS[kind](match, context)
        single_capital = kind == "word" and len(match[0]) == 1 and match[0].isupper()
        pieces.append((said, match.start(), single_capital))
    return [
        Token(_spelling(word), at)
        for said, at in _join_spelled_letters(pieces)
        for word in said.split()
    ]


def _join_spelled_letters(pieces: list[tuple[str, int, bool]]) -> list[tuple[str, int]]:
    """Capital letters said one by one make one word: "F B I" as "FBI" and "F.B.I." are."""
    joined: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    for said, at, single_capital in [*pieces, ("", -1, False)]:
        if single_capital:
            run.append((said, at))
            continue
        if len(run) > 1:
            joined.append(("".join(letter for letter, _ in run), run[0][1]))
        else:
            joined.extend(run)
        run = []
        if at >= 0:
            joined.append((said, at))
    return joined


def _choose(readings: list[str], context: Context | None) -> str:
    return context.choose(readings) if context else readings[0]


def _money(match: re.Match, context: Context | None) -> str:
    one, many = _data()["currencies"][match["currency"]]
    amount, cents = match["amount"], (match["cents"] or "")[1:]
    scale = match["scale"]
    if scale:
        scale_word = _data()["scales"][scale.lower()]
        heads = numbers.decimal_readings(amount, cents) if cents else _integers(amount)
        return _choose([f"{head} {scale_word} {many}" for head in heads], context)
    units = _integers(amount)
    unit = one if amount == "1" else many
    if not cents:
        return _choose([f"{head} {unit}" for head in units], context)
    cent_words = numbers.cardinal(int(cents.ljust(2, "0")[:2]))
    readings = [
        f"{units[0]} {unit} {cent_words} cents",
        f"{units[0]} {unit} and {cent_words} cents",
        f"{units[0]} {unit} {cent_words}",
        f"{units[0]} {cent_words}",
        *(f"{r} {many}" for r in numbers.decimal_readings(amount, cents)),
    ]
    return _choose(readings, context)


def _integers(amount: str) -> list[str]:
    return numbers.integer_readings(amount)


def _time(match: re.Match, context: Context | None) -> str:
    hour, minute = int(match["hour"]), int(match["minute"])
    said_hour = numbers.cardinal(hour)
    if minute == 0:
        readings = [said_hour, f"{said_hour} oclock", f"{said_hour} hundred"]
    elif minute < 10:
        readings = [f"{said_hour} oh {numbers.cardinal(minute)}", f"{said_hour} {minute}"]
    else:
        readings = [f"{said_hour} {numbers.cardinal(minute)}"]
    return _choose(readings, context)


def _number(match: re.Match, context: Context | None) -> str:
    number, decimal, suffix = match["number"], match["decimal"], (match["suffix"] or "").lower()
    if decimal:
        readings = numbers.decimal_readings(number.replace(",", ""), decimal[1:])
    elif suffix in ("st", "nd", "rd", "th"):
        readings = numbers.ordinal_readings(number)
    else:
        readings = numbers.integer_readings(number)
        if not suffix and len(number) <= 2 and 0 < int(number) <= 31:  # "Jan. 6": "sixth"
            readings += numbers.ordinal_readings(number)
    if suffix in ("s", "'s"):  # decades: "1990s", "the 90s"
        readings = [numbers.plural(r) for r in readings]
    elif suffix == "%":
        readings = [f"{r} {_data()['symbols']['%']}" for r in readings]
    return _choose(readings, context)


def _point(match: re.Match, context: Context | None) -> str:
    return _choose(numbers.decimal_readings("", match[0][1:]), context)


def _acronym(match: re.Match, context: Context | None) -> str:
    return match[0].replace(".", "").lower()


def _word(match: re.Match, context: Context | None) -> str:
    word = match[0].lower().replace("'", "")
    expansions = _data()["abbreviations"].get(word)
    return _choose([*expansions, word], context) if expansions else word


def _symbol(match: re.Match, context: Context | None) -> str:
    return _data()["symbols"][match[0]]


_READERS = {
    "money": _money,
    "time": _time,
    "number": _number,
    "point": _point,
    "acronym": _acronym,
    "word": _word,
    "symbol": _symbol,
}


@cache
def _spelling(word: str) -> str:
    """One spelling of a word for US and UK variants (see ``fold.toml``)."""
    rules, words = _spelling_rules()
    for pattern, replacement in rules:
        word = pattern.sub(replacement, word)
    return words.get(word, word)


@cache
def _spelling_rules() -> tuple[list[tuple[re.Pattern, str]], dict[str, str]]:
    data = _data()
    return [(re.compile(r["pattern"]), r["replace"]) for r in data["spelling"]], data["words"]


def _data() -> dict:
    return load_toml("check/fold.toml")
