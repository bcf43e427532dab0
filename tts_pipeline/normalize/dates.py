"""Dates as news writes them: "Nov. 21", "Oct. 7, 2023", "21 November 2023",
"Nov. 21-23", "November 2023", "2023-11-21", "11/21/2023".

Days are said as ordinals, years as years: "November twenty-first, twenty twenty-three".
"""

from __future__ import annotations

import re

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule
from tts_pipeline.normalize.patterns import RANGE_DASH

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def _month(name: str) -> str:
    """Two-group-safe month pattern, the group called ``name``."""
    return (
        rf"(?P<{name}>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
        rf"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)(?![a-z])"
    )


_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_AFTER = r"(?![\w]|[.,:]\d)"


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    d1, d2 = _DAY.format("d1"), _DAY.format("d2")
    return [
        Rule("iso date", re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])"), _iso),
        Rule(
            "numeric date",
            re.compile(r"(?<![\w/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\w/]|\.\d)"),
            _numeric,
        ),
        Rule(
            "month day",
            re.compile(
                rf"(?<![\w.]){_month('m1')}\s+{d1}"
                rf"(?:{RANGE_DASH}(?:{_month('m2')}\s+)?{d2})?"
                rf"(?:(?P<comma>,)?\s+{_YEAR})?{_AFTER}"
            ),
            _month_day,
        ),
        Rule(
            "day month",
            re.compile(
                rf"(?<![\w.]){d1}(?:{RANGE_DASH}{d2})?\s+(?:of\s+)?{_month('m1')}"
                rf"(?:(?P<comma>,)?\s+{_YEAR})?{_AFTER}"
            ),
            _day_month,
        ),
        Rule(
            "month year",
            re.compile(rf"(?<![\w.]){_month('m1')}\s+{_YEAR}{_AFTER}"),
            _month_year,
        ),
    ]


def month_name(written: str) -> str | None:
    """The full name of a month written in full or abbreviated ("Sept." -> "September")."""
    stem = written.rstrip(".")[:3].lower()
    for name in MONTHS:
        if name[:3].lower() == stem:
            return name
    return None


def say_date(month: int, day: int, year: int | None = None) -> str | None:
    """ "November twenty-first, twenty twenty-three"; None if there is no such day."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    words = f"{MONTHS[month - 1]} {numbers.ordinal(day)}"
    return f"{words}, {numbers.year(year)}" if year is not None else words


def _iso(m: re.Match[str]) -> str | None:
    return say_date(int(m.group(2)), int(m.group(3)), int(m.group(1)))


def _numeric(m: re.Match[str]) -> str | None:
    first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    day_first = first > 12 or (m.group(2) == "." and second <= 12)
    month, day = (second, first) if day_first else (first, second)
    return say_date(month, day, year)


def _day(m: re.Match[str], group: str) -> str | None:
    day = int(m.group(group))
    return numbers.ordinal(day) if 1 <= day <= 31 else None


def _month_day(m: re.Match[str]) -> str | None:
    first = _day(m, "d1")
    if first is None:
        return None
    words = f"{month_name(m.group('m1'))} {first}"
    if m.group("d2"):
        second = _day(m, "d2")
        if second is None:
            return None
        other = f"{month_name(m.group('m2'))} " if m.group("m2") else ""
        words += f" to {other}{second}"
    if m.group("year"):
        words += f"{m.group('comma') or ''} {numbers.year(int(m.group('year')))}"
    return words


def _day_month(m: re.Match[str]) -> str | None:
    first = _day(m, "d1")
    if first is None:
        return None
    the = "" if re.search(r"\bthe\s+$", m.string[: m.start()], re.IGNORECASE) else "the "
    words = f"{the}{first}"
    if m.group("d2"):
        second = _day(m, "d2")
        if second is None:
            return None
        words += f" to the {second}"
    words += f" of {month_name(m.group('m1'))}"
    if m.group("year"):
        words += f", {numbers.year(int(m.group('year')))}"
    return words


def _month_year(m: re.Match[str]) -> str:
    return f"{month_name(m.group('m1'))} {numbers.year(int(m.group('year')))}"
