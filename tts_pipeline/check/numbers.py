"""The ways a number written in digits can be said, for comparing a transcript with a script.

Speech recognition writes "2023", "21st", "5.2" and "1990s"; a script has the words. Each
function gives every common reading, the plainest first; the caller keeps the one the
script used. Words only, lower case, no hyphens: "twenty one", never "twenty-one".
"""

from __future__ import annotations

_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES = ("", "thousand", "million", "billion", "trillion")
_ORDINAL_ENDINGS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}  # fmt: skip
MAX_SPELLED = 10**15 - 1
"""Larger integers are read digit by digit."""


def cardinal(n: int, british: bool = False) -> str:
    """``1234`` -> "one thousand two hundred thirty four"; ``british``: "and" before the last
    tens ("one thousand two hundred and thirty four", "two thousand and five")."""
    if n < 0:
        return "minus " + cardinal(-n, british)
    if n > MAX_SPELLED:
        return digits(str(n))
    if n < 100:
        return _below_hundred(n)
    groups = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    words = []
    for scale in range(len(groups) - 1, -1, -1):
        group = groups[scale]
        if not group:
            continue
        if british and scale == 0 and group < 100:
            words.append("and")  # "two thousand and five"
        words.append(_below_thousand(group, british))
        if scale:
            words.append(_SCALES[scale])
    return " ".join(words)


def _below_hundred(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f" {_ONES[ones]}" if ones else "")


def _below_thousand(n: int, with_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_hundred(rest)
    said = f"{_ONES[hundreds]} hundred"
    if rest:
        said += (" and " if with_and else " ") + _below_hundred(rest)
    return said


def digits(text: str) -> str:
    """Digit by digit: "007" -> "zero zero seven"."""
    return " ".join(_ONES[int(d)] for d in text if d.isdigit())


def integer_readings(text: str) -> list[str]:
    """Every reading of an integer written in digits (commas allowed), plainest first."""
    plain = text.replace(",", "")
    n = int(plain)
    readings = [cardinal(n)]
    if n >= 100:
        readings.append(cardinal(n, british=True))
        if str(n).startswith("1"):
            readings += [r.replace("one ", "a ", 1) for r in readings[:2]]  # "a hundred"
    if "," not in text and len(plain) == 4:
        readings += year_readings(n)
    if 1100 <= n <= 9999 and n % 100 and "," not in text:
        readings.append(f"{_below_hundred(n // 100)} hundred {_below_hundred(n % 100)}")
    if 101 <= n <= 999 and n % 100 >= 10 and len(plain) == 3:  # a model: "seven thirty seven"
        readings.append(f"{_below_hundred(n // 100)} {_below_hundred(n % 100)}")
    if plain.startswith("0") or len(plain) > 4:
        readings.append(digits(plain))
    return _unique(readings)


def year_readings(n: int) -> list[str]:
    """A four-digit year: "nineteen ninety", "twenty twenty three", "nineteen oh five",
    "two thousand five", "nineteen hundred"."""
    century, rest = divmod(n, 100)
    if century % 10 == 0 and rest < 10:
        return [cardinal(n), cardinal(n, british=True)]
    if rest == 0:
        return [f"{_below_hundred(century)} hundred"]
    if rest < 10:
        return [f"{_below_hundred(century)} oh {_ONES[rest]}", cardinal(n)]
    return [f"{_below_hundred(century)} {_below_hundred(rest)}"]


def ordinal(words: str) -> str:
    """The ordinal of a cardinal in words: "twenty one" -> "twenty first"."""
    head, _, last = words.rpartition(" ")
    if last in _ORDINAL_ENDINGS:
        last = _ORDINAL_ENDINGS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head} {last}".strip()


def ordinal_readings(text: str) -> list[str]:
    """ "21" of "21st": "twenty first"; as a year-like number too ("nineteen ninetieth")."""
    return _unique([ordinal(r) for r in integer_readings(text)])


def decimal_readings(whole: str, fraction: str) -> list[str]:
    """ "5.25": "five point two five", and "five point twenty five"."""
    head = integer_readings(whole)[0] if whole else "zero"
    readings = [f"{head} point {digits(fraction)}", f"point {digits(fraction)}"]
    if len(fraction) == 2 and not fraction.startswith("0"):
        readings.append(f"{head} point {_below_hundred(int(fraction))}")
    if not whole:
        readings.reverse()
    return _unique(readings)


def plural(words: str) -> str:
    """ "nineteen ninety" -> "nineteen nineties", for decades ("1990s")."""
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def _unique(readings: list[str]) -> list[str]:
    return list(dict.fromkeys(" ".join(r.split()) for r in readings))
