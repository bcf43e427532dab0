"""A month and a day joined by a slash, without a year: "07/04", "on 7/4", "ends 12/25",
"3/1-3/15". A date where its form or the words around it say so (a leading zero, a word
that puts a date after it, a day no fraction has); otherwise left to the rules of numbers,
which read fractions, odds and marks. The words are data (``data/normalize/dates.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule
from tts_pipeline.normalize.dates import MONTHS, say_date
from tts_pipeline.normalize.labels import (
    is_mark,
    is_quantity_before_unit,
    is_rough_count,
    is_shots_tally,
    number_label,
    odds_context,
)
from tts_pipeline.normalize.patterns import DATE_WORDS, compile_words
from tts_pipeline.resources import load_toml


def rules() -> list[Rule]:
    """The rules of this module, in the order they run (among the dates' rules)."""
    return [
        Rule(
            "numeric date range",
            re.compile(
                r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})"
                r"(?P<to>\s?[-–]\s?|\s+(?:to|through|until|till)\s+)"
                r"(?P<c>\d{1,2})/(?P<d>\d{1,2})(?![\w/-]|[.,]\d)"
            ),
            _month_day_range,
        ),
        Rule(
            "numeric date",
            re.compile(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})(?![\w/-]|[.,]\d)"),
            _padded_month_day,
        ),
    ]


def _padded_month_day(m: re.Match[str]) -> str | None:
    """ "12/01", "07/04": month and day, as no fraction is written with a leading zero; so is
    "7/4" after a word that puts a date after it ("on 7/4") and "12/25", whose day no
    fraction has (see ``_dated_by_context``); after a word that labels a number, that
    number as written ("Room 12/01" "Room twelve slash oh one"; after "No." left to the
    rules of numbers, which say "No." too)."""
    if day_first := _day_first(m):
        return day_first
    padded = any(len(part) == 2 and part[0] == "0" for part in m.groups())
    if not (padded or _dated_by_context(m)) or is_mark(m):
        return None
    if label := number_label(m):
        if label.lower() in ("no.", "nos."):
            return None
        return " slash ".join(_as_written(part) for part in m.groups())
    return say_date(int(m.group(1)), int(m.group(2)))


@cache
def _slash_date_data() -> tuple[re.Pattern[str], frozenset[str]]:
    data = load_toml("normalize/dates.toml")
    words = compile_words(data["not_dates_before"])
    return re.compile(rf"\s+(?i:{words})\b"), frozenset(data["named_days"])


_LARGEST_ODDS_BOTTOM = 15
"""The largest number a price in betting is written over ("8/15"); a day above is a date."""
_DATE_WORD_RIGHT_BEFORE = re.compile(rf"\b((?i:{'|'.join(DATE_WORDS)}))\s+$")


@cache
def _undated_context() -> tuple[frozenset[str], re.Pattern[str]]:
    """The words after which a proper fraction stays one, and the lower-case words that
    may follow a date without a year (``data/normalize/dates.toml``)."""
    data = load_toml("normalize/dates.toml")
    after = compile_words(data["after_undated"])
    return frozenset(data["fraction_after"]), re.compile(rf"\s+(?!(?:{after})\b)[a-z]")


def _day_first(m: re.Match[str]) -> str | None:
    """ "on 30/6": a day no month has, then a month, after a word that puts a date after it,
    is a date written day first ("on the thirtieth of June"), not a cricket score."""
    day, month = int(m.group(1)), int(m.group(2))
    if not (12 < day <= 31 and 1 <= month <= 12):
        return None
    after, named = _slash_date_data()
    if m.group(0) in named or after.match(m.string, m.end()) or odds_context(m):
        return None
    if not _DATE_WORD_RIGHT_BEFORE.search(m.string, 0, m.start()):
        return None
    return f"the {numbers.ordinal(day)} of {MONTHS[month - 1]}"


def _dated_by_context(m: re.Match[str]) -> bool:
    """ "on 7/4", "since 6/30", "ends 12/25": a month and a day without a year, after a
    word that puts a date after it, or with a day above twelve that no fraction has as its
    bottom; not a day that names an event ("9/11", "7/7"), nor one before a word of
    shares, odds or units ("on 1/2 of", "on 5/1 shots", "1/2 hour"), nor one in a sentence
    about betting whose day could be the bottom of a price ("the 4/6 favourite"); but one
    after "the" or "a" before a noun of an event ("the 1/6 committee") is one; not a
    fraction after a word that measures a change too ("cut by 1/3"), nor a day above
    twelve without such a word before a noun ("a 1/18 scale model")."""
    month, day = int(m.group(1)), int(m.group(2))
    after, named = _slash_date_data()
    if not (1 <= month <= 12 and 1 <= day <= 31) or m.group(0) in named:
        return False
    common = month < day <= COMMON_FRACTION_MAX_BOTTOM  # "a 2/3 committee vote": a fraction
    if (
        not common
        and _ARTICLE_BEFORE.search(m.string, 0, m.start())
        and _event_after().match(m.string, m.end())
    ):
        return True  # "the 1/6 committee": the day names an event
    if after.match(m.string, m.end()) or is_quantity_before_unit(m):
        return False
    if is_rough_count(m, month, day) or is_shots_tally(m):
        return False  # "on 2/3 occasions", "went 7/19 in the loss"
    if day <= _LARGEST_ODDS_BOTTOM and odds_context(m):
        return False  # "the 4/6 favourite"; "on 4/20" is a date all the same
    fractions = load_toml("normalize/numbers.toml")["denominators"]
    fraction_after, noun_after = _undated_context()
    if word := _DATE_WORD_RIGHT_BEFORE.search(m.string, 0, m.start()):
        # "cut by 1/3", "rose from 1/4": a share, not the third of January
        return not (word.group(1).lower() in fraction_after and month < day and day in fractions)
    return day > 12 and day not in fractions and not noun_after.match(m.string, m.end())


_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?)\s+$")
COMMON_FRACTION_MAX_BOTTOM = 4
"""The largest bottom of a common fraction ("1/2", "2/3", "3/4"): one of them before a noun of
an event is a share ("a 2/3 committee vote", "a 1/3 commission"), not a day."""


@cache
def _event_after() -> re.Pattern[str]:
    """A noun of an event after a date (``event_nouns`` in dates.toml: "committee")."""
    words = compile_words(load_toml("normalize/dates.toml")["event_nouns"])
    return re.compile(rf"\s+(?:{words})\b")


def _month_day_range(m: re.Match[str]) -> str | None:
    """ "07/04 to 12/31", "3/1-3/15": two month/day dates, where either has a leading zero or
    a bottom no fraction nor odds have ("1/2 to 3/4" is two fractions, "5/1 to 3/1" odds)."""
    parts = [m.group(g) for g in "abcd"]
    fractions = load_toml("normalize/numbers.toml")["denominators"]
    dated = any(len(p) == 2 and p[0] == "0" for p in parts) or any(
        int(m.group(g)) not in (1, *fractions) for g in "bd"
    )
    if not dated or number_label(m) or is_mark(m):
        return None
    first = say_date(int(parts[0]), int(parts[1]))
    second = say_date(int(parts[2]), int(parts[3]))
    if first is None or second is None:
        return None
    return f"{first} to {second}"


def _as_written(part: str) -> str:
    """ "05" "oh five", "12" "twelve": a part of a number given as written."""
    if part.startswith("0"):
        return f"oh {numbers.cardinal(int(part))}"
    return numbers.cardinal(int(part))
