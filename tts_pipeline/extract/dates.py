"""Find publication dates written the ways news pages write them, and give them as ISO 8601.

Month names of several languages come from ``data/dates.toml``. Numeric dates with
slashes are read month first (``11/19/2019``) on a page mostly in English and day first
(``19/11/2019``) on a page mostly in another language, unless that number cannot be a month;
dates with dots are read day first (``19.11.2019``). Relative times ("2 hours ago") come
from the same file: a line of one is a dateline with no date to give.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
"""Month number by the first three letters of its English name."""

_YEAR = r"(?P<year>(?:19|20)\d\d|25[4-9]\d)"
"""A year of the Common Era, or of the Buddhist Era (Thai dates: 2569 is 2026)."""
BUDDHIST_ERA = 543
"""Years the Buddhist Era's count runs ahead of the Common Era's."""
BUDDHIST_YEARS_FROM = 2540
"""The first year that ``_YEAR`` reads as one of the Buddhist Era (1997 of the Common Era)."""
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.|º|er)?"
_TIME = (
    r"(?:\s*(?:,|at|um|a las|às|à|om|alle|@|[-–—|·•/])?\s*"
    r"(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)(?::[0-5]\d)?"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?|\s*น\.)?)?"  # "10:30 น.": Thai o'clock
)
_END = r"(?!\d)"
_DIGITS = re.compile(r"\d\d")
"""Every date written with a year has two digits in a row."""


@dataclass(frozen=True)
class FoundDate:
    iso: str
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``."""
    span: tuple[int, int]
    """Where it stands in the searched text."""


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    from tts_pipeline.resources import load_toml

    months = load_toml("dates.toml")["months"]
    return {name: int(number) for number, names in months.items() for name in names}


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern]:
    from tts_pipeline.regex_cache import compile_all

    names = sorted(_month_numbers(), key=len, reverse=True)
    # (?!\w), not \b: a name may end in a combining vowel sign (Hindi "जनवरी")
    month = r"(?P<month>" + "|".join(re.escape(n) for n in names) + r")(?!\w)\.?"
    sep = r"[\s,]+(?:de\s+|del\s+)?"
    flags = re.IGNORECASE
    return compile_all(
        [
            (rf"\b{month}\s+{_DAY},?\s+{_YEAR}{_TIME}{_END}", flags),
            (rf"\b{_DAY}{sep}(?:of\s+)?{month}{sep}{_YEAR}{_TIME}{_END}", flags),
            (rf"\b{_YEAR}\.\s+{month}\s+{_DAY}{_TIME}{_END}", flags),  # Hungarian: 2026. május 6.
            (
                r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)"
                r"(?:[T\s](?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?",
                0,
            ),
            (
                r"(?P<year>(?:19|20)\d\d)\s?[年년]\s?(?P<mnum>[01]?\d)\s?[月월]\s?(?P<day>[0-3]?\d)\s?[日일]"
                r"(?:\s*(?P<hour>[0-2]?\d)[:時시]\s?(?P<minute>[0-5]\d)[分분]?)?",
                0,
            ),
            (
                rf"\b(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)?\d\d)\b"
                rf"(?!(?P=sep)\d){_TIME}{_END}",
                flags,
            ),
        ]
    )


@lru_cache(maxsize=1)
def _relative() -> re.Pattern:
    from tts_pipeline.resources import load_toml

    return re.compile("|".join(f"(?:{p})" for p in load_toml("dates.toml")["relative"]["patterns"]))


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    from tts_pipeline.resources import load_toml

    return frozenset(load_toml("dates.toml")["weekdays"]["names"])


def is_weekday(word: str) -> bool:
    """``word`` names a day of the week ("Monday", "Mon.", "lundi")."""
    return word.strip(" .,").lower() in _weekdays()


def is_month(word: str) -> bool:
    """``word`` is a month's name or its abbreviation in one of the languages of the data
    ("August", "März", "sierpnia"), a full stop after it allowed."""
    return word.lower().rstrip(".") in _month_numbers()


def is_relative_time(text: str) -> bool:
    """The whole ``text`` (lower case) is a relative time: "2 hours ago", "há 2 horas"."""
    return _relative().fullmatch(text.strip(" .·•|-–—()")) is not None


def find_date(text: str) -> FoundDate | None:
    """The first plausible date (with its time, when given) in ``text``."""
    if not _DIGITS.search(text):
        return None
    best: FoundDate | None = None
    for pattern in _patterns():
        for match in pattern.finditer(text):
            iso = _to_iso(match)
            if iso:
                if best is None or match.start() < best.span[0]:
                    best = FoundDate(iso, match.span())
                break
    return best


def _to_iso(match: re.Match) -> str | None:
    parts = match.groupdict()
    if parts.get("a") is not None:
        ymd = _numeric(parts["a"], parts["b"], parts["y"], parts["sep"])
        if ymd is None:
            return None
        year, month, day = ymd
    else:
        year, day = int(parts["year"]), int(parts["day"])
        if year >= BUDDHIST_YEARS_FROM:
            year -= BUDDHIST_ERA
        month = int(parts["mnum"]) if parts.get("mnum") else _month(parts["month"])
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200):
        return None  # a line dated 31 February is still a dateline; its date is dropped later
    return f"{year:04d}-{month:02d}-{day:02d}" + _time(parts)


def is_calendar_date(year: int, month: int, day: int) -> bool:
    """A day the calendar has (no 31 February) in years a news page can be dated."""
    if not 1900 <= year <= 2200:
        return False
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def on_the_calendar(iso: str | None) -> str | None:
    """``iso`` (``YYYY-MM-DD``, maybe with a time) when its day is one the calendar has."""
    if not iso:
        return None
    try:
        year, month, day = (int(part) for part in iso[:10].split("-"))
    except ValueError:
        return None
    return iso if is_calendar_date(year, month, day) else None


def _month(name: str) -> int:
    return _month_numbers()[name.lower().rstrip(".")]


def _numeric(a: str, b: str, y: str, sep: str) -> tuple[int, int, int] | None:
    first, second = int(a), int(b)
    year = int(y) + (2000 if len(y) == 2 else 0)
    if len(y) == 2 and sep == ".":
        return None  # "1.5.20" is more often a version or a score than a date
    day_first = sep == "." or first > 12 or (second <= 12 and not _month_first())
    day, month = (first, second) if day_first else (second, first)
    if month > 12:
        return None
    return year, month, day


def _month_first() -> bool:
    """A slashed date is read month first: the page's main language is not known, or it
    writes dates so (``[slashed]`` of ``data/dates.toml``)."""
    from tts_pipeline.extract.patterns import page_language

    language = page_language()
    return language is None or language in _month_first_languages()


@lru_cache(maxsize=1)
def _month_first_languages() -> frozenset[str]:
    from tts_pipeline.resources import load_toml

    return frozenset(load_toml("dates.toml")["slashed"]["month_first"])


def _time(parts: dict) -> str:
    if parts.get("hour") is None or parts.get("minute") is None:
        return ""
    hour, minute = int(parts["hour"]), int(parts["minute"])
    ampm = (parts.get("ampm") or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    return f"T{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else ""
