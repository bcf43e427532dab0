"""Numbers in words: cardinals, ordinals, years, decimals, digits, Roman numerals.

US English, no "and" after hundred ("two hundred fifty"), hyphens between tens
and units ("twenty-one"). Plain functions of ints and digit strings; nothing here
looks at the text around a number.
"""

from __future__ import annotations

import re

_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = [
    "thousand", "million", "billion", "trillion", "quadrillion", "quintillion",
    "sextillion", "septillion",
]  # fmt: skip
_MAX_GROUPS = len(_SCALES) + 1
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth",
    "eight": "eighth", "nine": "ninth", "twelve": "twelfth",
}  # fmt: skip
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_RE = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def cardinal(n: int) -> str:
    """``1234`` -> "one thousand two hundred thirty-four"; negatives get "minus"."""
    if n < 0:
        return "minus " + cardinal(-n)
    if n < 100:
        return _below_hundred(n)
    groups = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    if len(groups) > _MAX_GROUPS:
        return digits("".join(f"{g:03d}" for g in reversed(groups)).lstrip("0"))
    words = []
    for index in range(len(groups) - 1, -1, -1):
        if groups[index]:
            words.append(_below_thousand(groups[index]))
            if index:
                words.append(_SCALES[index - 1])
    return " ".join(words)


def _below_hundred(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        words.append(_below_hundred(rest))
    return " ".join(words)


def ordinal(n: int) -> str:
    """``21`` -> "twenty-first", ``100`` -> "one hundredth"."""
    return ordinal_words(cardinal(n))


def ordinal_words(words: str) -> str:
    """The ordinal of a cardinal in words: "twenty-one" -> "twenty-first"."""
    head, sep, last = _split_last(words)
    if last in _ORDINAL_WORDS:
        last = _ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def plural_words(words: str) -> str:
    """The plural of a number in words: "sixteen" -> "sixteens", "twenty" -> "twenties"."""
    head, sep, last = _split_last(words)
    if last.endswith("y"):
        last = last[:-1] + "ies"
    elif last.endswith(("x", "s")):
        last += "es"
    else:
        last += "s"
    return head + sep + last


def _split_last(words: str) -> tuple[str, str, str]:
    cut = max(words.rfind(" "), words.rfind("-"))
    if cut < 0:
        return "", "", words
    return words[:cut], words[cut], words[cut + 1 :]


def year(n: int) -> str:
    """A year as said: 1998 "nineteen ninety-eight", 2008 "two thousand eight",
    2024 "twenty twenty-four", 1900 "nineteen hundred", 1905 "nineteen oh five", 1000 "one
    thousand"; a year of three digits in pairs too: 476 "four seventy-six", 800 "eight
    hundred"."""
    if not 100 <= n <= 9999 or 2000 <= n <= 2009 or n % 1000 == 0:
        return cardinal(n)
    century, rest = divmod(n, 100)
    if rest == 0:
        return f"{cardinal(century)} hundred"
    if rest < 10:
        return f"{cardinal(century)} oh {_ONES[rest]}"
    return f"{cardinal(century)} {cardinal(rest)}"


def short_year(text: str) -> str:
    """A year written with two digits: "05" "oh five", "22" "twenty-two", "00" "oh oh"."""
    if text.startswith("0"):
        return f"oh {_ONES[int(text[1])]}"
    return cardinal(int(text))


def range_end_year(first: str, second: str) -> str:
    """The second year of a range written with two digits: "09" "oh nine" ("2008-09"); "00"
    a new century's year in full ("1999-00" "nineteen ninety-nine to two thousand")."""
    if second != "00":
        return short_year(second)
    return year((int(first) // 100 + 1) * 100)


def in_pairs(text: str) -> str:
    """A number read in pairs of digits, as house numbers are: "1428" "fourteen twenty-eight",
    "123" "one twenty-three", "12" "twelve"; five digits and more digit by digit."""
    if not text.isdigit() or len(text) > 4 or (len(text) > 1 and text.startswith("0")):
        return digits(text)
    return year(int(text)) if len(text) > 2 else cardinal(int(text))


def decade(n: int) -> str:
    """The decade starting at ``n`` (a year ending in 0), plural: 1990 "nineteen nineties",
    1800 "eighteen hundreds", 2000 "two thousands", 90 "nineties"."""
    return plural_words(year(n) if n >= 1000 else cardinal(n))


def digits(text: str) -> str:
    """Each digit by name: "007" -> "zero zero seven"."""
    return " ".join(_ONES[int(d)] for d in text if d.isdigit())


def decimal(text: str) -> str:
    """A number as written with an optional fraction and thousands commas:
    "3.5" "three point five", "1,200" "one thousand two hundred", ".5" "point five"."""
    whole, _, fraction = re.sub(r"[,\s]", "", text).partition(".")
    words = cardinal(int(whole)) if whole else ""
    if fraction:
        words = f"{words} point {digits(fraction)}".strip()
    return words


def roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral in capitals, else None."""
    if not numeral or not _ROMAN_RE.fullmatch(numeral):
        return None
    total = 0
    for here, after in zip(numeral, [*numeral[1:], "I"], strict=True):
        value = _ROMAN[here]
        total += -value if value < _ROMAN[after] else value
    return total


def ordinal_suffix(n: int) -> str:
    """The suffix English writes after ``n``: 1 "st", 12 "th", 23 "rd", 111 "th"."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def indian(n: int) -> str:
    """A number in crore and lakh, as it is grouped in India: 100000 "one lakh", 12000000
    "one crore twenty lakh", 1234567 "twelve lakh thirty-four thousand five hundred
    sixty-seven"."""
    crore, rest = divmod(n, 10_000_000)
    lakh, rest = divmod(rest, 100_000)
    parts = [f"{cardinal(crore)} crore"] if crore else []
    if lakh:
        parts.append(f"{cardinal(lakh)} lakh")
    if rest or not parts:
        parts.append(cardinal(rest))
    return " ".join(parts)
