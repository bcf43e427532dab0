"""Symbols and dashes, last of all: "&" and, "+" plus, "/" per or or, dashes as pauses.
What each symbol is said as is data (``data/normalize/symbols.toml``); the words after a
slash that make a rate ("barrels/day") are those of ``data/normalize/units.toml``."""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import measures, numbers
from tts_pipeline.normalize.acronyms import say_letters
from tts_pipeline.normalize.core import DIGIT, MASK, Rule
from tts_pipeline.normalize.patterns import compile_words
from tts_pipeline.resources import load_toml


@cache
def _data() -> dict:
    return load_toml("normalize/symbols.toml")


@cache
def _plain_forms() -> dict[int, str]:
    return str.maketrans(_data()["plain_forms"])


def plain_forms(text: str) -> str:
    """``text`` with a character written for typesetting replaced by the plain one the rules
    know, one for one so that every position stays ("1⁄2" "1/2")."""
    return text.translate(_plain_forms())


def early_rules() -> list[Rule]:
    """Symbols said before a number or an amount of money ("~5": about five, "~$5" about five
    dollars), before the numbers are taken; "c." before an amount that is no year ("c. 5%",
    "c. 2,000 people": about; "c. 1850" is circa, said by words.py)."""
    data = _data()
    return [
        Rule(
            "symbol before number",
            re.compile(
                rf"(?:{compile_words(data['before_number'])})"
                rf"(?=\s?[{re.escape(''.join(data['currency_signs']))}]?\d)"
            ),
            lambda m: f" {data['before_number'][m.group(0)]} ",
            DIGIT,
        ),
        Rule(
            "about before an amount",
            re.compile(
                rf"(?<![\w.])c(?:a)?\.\s?(?=(?:[{re.escape(''.join(data['currency_signs']))}]\s?)?"
                r"(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{1,2}(?![\d,]))(?![\d]))"
            ),
            lambda m: "about ",
            DIGIT,
        ),
        Rule("star rating", _star_rating("".join(data["currency_signs"])), _stars, DIGIT),
        Rule(
            "blood group",
            re.compile(
                rf"(?<![\w#.-])(?P<group>AB|A|B|O)[-−]"
                rf"(?=\s+(?:{compile_words(data['blood_words'])})\b)"
            ),
            lambda m: f"{m.group('group')} negative",
            re.compile(r"[ABO][-−]"),
        ),
        Rule(
            "grade minus",
            re.compile(
                r"(?<![\w#.-])(?P<grade>[A-F]|AAA|AA|BBB|BB|CCC|CC)-"
                r"(?=\s+[a-z]|\s*[.,;:!?)]|\s*$)"
                # not a word cut short before its second half: "A- and B-list", "C- or D-grade"
                r"(?!\s+(?:and|or|to)\s+[A-Z]{1,3}-\w)"
            ),
            lambda m: f"{say_letters(m.group('grade'))} minus",
            re.compile(r"[A-F]-"),
        ),
        Rule(
            "sign after a letter",
            re.compile(rf"(?<![\w#])([A-Z])({compile_words(data['after_letter'])})(?![\w#+])"),
            lambda m: f"{m.group(1)} {data['after_letter'][m.group(2)]}",
        ),
    ]


def _star_rating(currency_signs: str) -> re.Pattern[str]:
    """A rating in stars before a word in lower case ("a 5* hotel", "a 3* review"): said
    "five-star"; at the end of a clause ("rated it 4*.") a count, "four stars"; a footnote's
    mark after a larger number ("in 2019* the") or a price ("from £5*.") is no rating."""
    return re.compile(
        rf"(?<![\w.,{re.escape(currency_signs)}])([1-7])\*"
        r"(?:(?=\s+[a-z])(?P<before>)|(?=\s*[.,;:!?()\[—–]|\s*$))"
    )


def _stars(m: re.Match[str]) -> str:
    count = numbers.cardinal(int(m.group(1)))
    if m.group("before") is not None:
        return f"{count}-star"
    return f"{count} star" if count == "one" else f"{count} stars"


def rules() -> list[Rule]:
    """The rules of this module, in the order they run: after every other rule."""
    data = _data()
    rates = measures.units().rate_words
    per = compile_words([word for word in rates if len(word) > 1])
    signs = re.escape("".join(data["currency_signs"]))
    return [
        Rule(
            "per",
            re.compile(rf"(?<=[\w{MASK}])/(?P<word>{per})(?![^\W_])"),
            lambda m: f" per {rates[m.group('word')]}",
            _SLASH,
        ),
        Rule(
            "per",
            re.compile(rf"(?<={MASK})/(?=[^\W\d_](?![\w/]))"),
            lambda m: " per ",
            _SLASH,
        ),
        Rule("slash", re.compile(r"(?<=\w)/(?=\w)"), _slash, _SLASH),
        Rule(
            "slash",
            re.compile(rf"(?<={MASK})\s+/\s+(?={MASK})"),
            lambda m: ", ",
            _SLASH,
        ),
        Rule(
            "slash",
            re.compile(r"(?<=[^\W\d_])\s+/\s+(?=[^\W\d_])"),
            lambda m: f" {_data()['between_words']['spaced_slash']} ",
            _SLASH,
        ),
        Rule(
            "between numbers",
            re.compile(rf"(?<={MASK})\s*(?P<symbol>[*×]|(?<=\s)x(?=\s))\s*(?={MASK})"),
            lambda m: f" {data['between_numbers'][m.group('symbol')]} ",
        ),
        Rule(
            "no change",
            re.compile(rf"(?<={MASK}\s\()=(?=\))"),
            lambda m: data["in_brackets"]["="],
            re.compile(r"\(=\)"),
        ),
        Rule("dash", re.compile(r"\s*(?:[—―]|--+)\s*|\s+[-–]\s+"), lambda m: ", "),
        Rule("dash", re.compile(r"(?<=[^\W\d_])–(?=[^\W\d_])"), lambda m: "-"),
        Rule(
            "currency sign",
            re.compile(
                rf"[{signs}]{{2,}}|(?<![^\W_])(?<!{MASK})[{signs}](?![^\W_]|{MASK})"
                rf"|(?<=[^\W\d_]|{MASK})[{signs}](?![\w{MASK}])"
            ),
            _currency_sign,
        ),
        Rule(
            "symbol",
            re.compile(compile_words(data["symbols"])),
            lambda m: _spaced(data["symbols"][m.group(0)], m),
        ),
    ]


_PUNCTUATION_AFTER = re.compile(r"[.,;:!?)\]]")


def _spaced(words: str, m: re.Match[str]) -> str:
    """``words`` apart from what stands around the symbol, but not from the punctuation
    after it ("C++." "C plus plus.", "7+," "seven plus,") nor from a bracket before it
    ("(±3%)" "(plus or minus three percent)")."""
    after = "" if _PUNCTUATION_AFTER.match(m.string, m.end()) else " "
    before = "" if m.string[m.start() - 1 : m.start()] in ("(", "[") else " "
    return f"{before}{words}{after}"


def _currency_sign(m: re.Match[str]) -> str:
    """ "$$" "dollar dollar", apart from the word before it ("US$" "U.S. dollar")."""
    words = " ".join(_data()["currency_signs"][c] for c in m.group(0))
    return f" {words}" if m.start() and not m.string[m.start() - 1].isspace() else words


_SLASH = re.compile("/")
_WORD_BEFORE = re.compile(r"(\w+)$")
_IN_PATH = re.compile(r"/$")
_WORD_AFTER = re.compile(r"\w+")


def _slash(m: re.Match[str]) -> str:
    """Between two words in lower case ("and/or") a slash is "or", unless they are part of
    a path ("docs/build/html"); elsewhere a pause."""
    before = _WORD_BEFORE.search(m.string, 0, m.start())
    after = _WORD_AFTER.match(m.string, m.end())
    if _IN_PATH.search(m.string, 0, before.start() if before else m.start()) or (
        after and m.string.startswith("/", after.end())
    ):
        return " "
    said = _data()["between_words"]["slash"]
    if before and after and before.group(1).isalpha() and after.group(0).isalpha():
        pair = (before.group(1), after.group(0))
        if all(w.islower() for w in pair) and said not in pair:
            return f" {said} "
    return " "
