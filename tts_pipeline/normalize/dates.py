"""Dates as news writes them, in every order: "Nov. 21", "Oct. 7, 2023", "July 25 2012",
"21 November 2023", "25th Jul 2012", "Nov. 21-23", "November 2023", "Jan-15-2020",
"2023-11-21", "2016/07/03", "11/21/2023", "15-01-2020", "11/17/05" (a month and a day
without a year: :mod:`.slash_dates`; weekdays written short: :mod:`.weekdays`); a year cut short
("Class of '08" "oh eight"); quarters ("2Q22", "Q3 2023"); and years with their era ("340
AD", "44 B.C.").

Days are said as ordinals, years as years: "November twenty-first, twenty twenty-three",
"the twenty-fifth of July, twenty twelve"; a year of two digits as written ("oh five").
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.labels import is_quantity_before_unit
from tts_pipeline.normalize.patterns import DATE_WORDS, RANGE_DASH, compile_words
from tts_pipeline.resources import load_toml

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
MONTH_WORDS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_WORDS_TOO = frozenset({"may", "mar", "march"})
"""Months that are words too: in lower case a date only where plainly one."""
_DATE_WORDS = (*DATE_WORDS, "of", "to")
"""Words after which a month in lower case begins a date ("on may 3")."""
_DATE_WORD_BEFORE = re.compile(rf"\b(?:{'|'.join(_DATE_WORDS)}|for)\s+$", re.IGNORECASE)
"""A word that puts a date after it, right before a day ("on 10 May", "for 20 May")."""


def _month(name: str) -> str:
    """A month's name, full or abbreviated, in any case; the group called ``name``."""
    return rf"(?P<{name}>(?i:{MONTH_WORDS})\.?)(?![a-zA-Z])"


_DAY = r"(?P<{0}>[0-3]?\d)(?P<{0}s>st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_AFTER = r"(?![\w]|[.,:]\d)"
_DASHED_AFTER = r"(?![\w-]|[.,]\d)"


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    from tts_pipeline.normalize import month_ranges, weekdays

    return [*weekdays.rules(), month_ranges.rule(), *_date_rules()]


def _date_rules() -> list[Rule]:
    from tts_pipeline.normalize import dated, slash_dates

    d1, d2 = _DAY.format("d1"), _DAY.format("d2")
    return numeric(
        [
            Rule(
                "numeric date",
                re.compile(r"(?<![\w/.-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\w/-]|\.\d)"),
                _year_first,
            ),
            Rule(
                "numeric date",
                re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\w/-]|\.\d)"),
                say_numeric_date,
            ),
            Rule(
                "numeric date",
                re.compile(r"(?<![\w/.-])(\d{1,2})(/)(\d{1,2})/(\d{2})(?![\w/-]|\.\d)"),
                say_numeric_date,
            ),
            Rule(
                "days a slash apart",
                re.compile(
                    rf"(?<![\w/.-]){d1}/{d2}\s+{_month('m1')}"
                    rf"(?:(?P<comma>,)?\s+{_YEAR})?{_AFTER}"
                ),
                _days_a_slash_apart,
                re.compile(r"\d/\d{1,2}\s"),
            ),
            *slash_dates.rules(),
            dated.rule(),
            Rule(
                "dashed date",
                re.compile(rf"(?<![\w.-]){_month('m1')}-{d1}-{_YEAR}{_DASHED_AFTER}"),
                _month_day,
            ),
            Rule(
                "dashed date",
                re.compile(rf"(?<![\w.-]){d1}-{_month('m1')}-{_YEAR}{_DASHED_AFTER}"),
                _day_month,
            ),
            Rule(
                "month day pair",
                re.compile(
                    rf"(?<![\w.])(?P<lead>(?i:between|from)\s+)?{_month('m1')}\s+{d1}"
                    rf"\s+(?P<join>and|or|to|through|until|till)\s+{d2}"
                    rf"(?:(?P<comma>,)?\s+{_YEAR})?{_AFTER}"
                ),
                _month_day_pair,
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
                "day month range",
                re.compile(
                    rf"(?<![\w.]){d1}\s+{_month('m1')}{RANGE_DASH}{d2}\s+{_month('m2')}"
                    rf"(?:(?P<comma>,)?\s+{_YEAR})?{_AFTER}"
                ),
                _day_month_range,
            ),
            Rule(
                "day month",
                re.compile(
                    rf"(?<![\w.])(?<!\d/){d1}(?:(?P<join>{RANGE_DASH}|\s+to\s+|\s+and\s+)(?:the\s+)?{d2})?"
                    rf"\s+(?:of\s+)?{_month('m1')}"
                    rf"(?:(?P<comma>,)?\s+{_YEAR})?{_AFTER}"
                ),
                _day_month,
            ),
            Rule(
                "month year",
                re.compile(rf"(?<![\w.]){_month('m1')},?\s+{_YEAR}{_AFTER}"),
                _month_year,
            ),
            Rule(
                "quarter",
                re.compile(
                    r"(?<![\w-])(?:(?P<n1>[1-4])(?P<k1>[QH])|(?P<k2>[QH])(?P<n2>[1-4]))"
                    r"(?:\s?['’](?P<ya>\d{2})|(?P<yb>\d{2})|\s(?P<yyyy>\d{4}))(?![\w]|[.,]\d)"
                ),
                _quarter,
            ),
            Rule(
                "fiscal year",
                re.compile(
                    r"(?<![\w.-])FY\s?(?P<y1>\d{4}|\d{2})(?:[/–-](?P<y2>\d{4}|\d{2}))?"
                    r"(?![\w/-]|[.,]\d)"
                ),
                _fiscal_year,
            ),
            Rule(
                "era",
                re.compile(
                    r"(?<![\w.,])(?P<y>\d{1,4})\s?(?P<era>A\.?D\.?|B\.?C\.?(?:E\.?)?|C\.?E\.?)(?![\w])"
                ),
                _era,
            ),
            Rule(
                "short year",
                re.compile(r"(?<![\w'’])['’](\d{2})(?![\w'’%]|[.,:/-]?\d)"),
                lambda m: numbers.short_year(m.group(1)),
            ),
            Rule(
                "era",
                re.compile(r"(?<![\w.])(?P<era>AD|A\.D\.)\s(?P<y>\d{1,4})(?![\w]|[.,]\d)"),
                _era,
            ),
        ]
    )


def month_name(written: str) -> str | None:
    """The full name of a month written in full or abbreviated ("Sept." -> "September")."""
    stem = written.rstrip(".")[:3].lower()
    for name in MONTHS:
        if name[:3].lower() == stem:
            return name
    return None


def say_date(month: int, day: int, year: str | None = None) -> str | None:
    """ "November twenty-first, twenty twenty-three"; None if there is no such day."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    words = f"{MONTHS[month - 1]} {numbers.ordinal(day)}"
    return f"{words}, {say_year(year)}" if year is not None else words


def say_year(written: str) -> str:
    """A year as written with four digits or two ("05": "oh five")."""
    return numbers.short_year(written) if len(written) == 2 else numbers.year(int(written))


def _year_first(m: re.Match[str]) -> str | None:
    return say_date(int(m.group(3)), int(m.group(4)), m.group(1))


def say_numeric_date(m: re.Match[str]) -> str | None:
    """Month first as in the US ("11/21/2023"), unless the first number cannot be a month
    ("21/11/2023") or the date is written with full stops ("24.02.2022"); a date written
    day first is said day first ("the twenty-first of November")."""
    first, second, year = int(m.group(1)), int(m.group(3)), m.group(4)
    if not (first > 12 or (m.group(2) == "." and second <= 12)):
        return say_date(first, second, year)
    if not (1 <= second <= 12 and 1 <= first <= 31):
        return None
    return f"the {numbers.ordinal(first)} of {MONTHS[second - 1]}, {say_year(year)}"


def _written_month(m: re.Match[str], group: str, year: bool) -> str | None:
    """The month's full name; None for a month in lower case that is a word too ("may"),
    unless the text around makes it a date (see ``_plainly_a_date``)."""
    written = m.group(group)
    if written.islower() and written.rstrip(".") in _WORDS_TOO and not _plainly_a_date(m, year):
        return None
    if not (written.istitle() or written.isupper() or written.islower()):
        return None
    return month_name(written)


_PUNCTUATION_AFTER = re.compile(r"\s*(?:[^\w\s]|$)")
_START_BEFORE = re.compile(rf"(?:^|[^\w\s/+&–-]|\b(?:{'|'.join(_DATE_WORDS)}))\s*$", re.IGNORECASE)
"""Where a clause starts: not after a range's dash ("ages 10-12 may enter")."""


def _plainly_a_date(m: re.Match[str], year: bool) -> bool:
    """ "may 3" is a date with a year, an ordinal day ("may 3rd"), at the start of a
    sentence or clause, after a word such as "on" or "since", or before punctuation; not in
    "they march 3 abreast"."""
    return (
        year
        or bool(m.group("d1s"))
        or bool(_PUNCTUATION_AFTER.match(m.string, m.end()))
        or bool(_START_BEFORE.search(m.string, 0, m.start()))
    )


def _day(m: re.Match[str], group: str) -> str | None:
    day = int(m.group(group))
    return numbers.ordinal(day) if 1 <= day <= 31 else None


def _month_day(m: re.Match[str]) -> str | None:
    first = _day(m, "d1")
    month = _written_month(m, "m1", bool(m.group("year")))
    if first is None or month is None:
        return None
    words = f"{month} {first}"
    if m.groupdict().get("d2"):
        second = _day(m, "d2")
        if second is None:
            return None
        other = f"{month_name(m.group('m2'))} " if m.group("m2") else ""
        words += f" to {other}{second}"
    if m.group("year"):
        words += f"{m.groupdict().get('comma') or ','} {numbers.year(int(m.group('year')))}"
    return words


@cache
def _counted_noun_after() -> re.Pattern[str]:
    """A noun of people or things counted in numbers (``million_nouns`` of counts.toml)."""
    nouns = compile_words(load_toml("normalize/counts.toml")["million_nouns"])
    return re.compile(rf"\s+(?i:{nouns})\b")


def _month_day_pair(m: re.Match[str]) -> str | None:
    """ "between March 5 and 7", "from May 5 to 9", "on June 9 and 10,": a month's two days,
    the second an ordinal too; only after "between" or "from", or before punctuation or a
    year (not "on March 5 and 7 people were hurt", where 7 counts the people, nor before a
    noun counted so after "between": "between March 5 and 10 people")."""
    ends = m.group("year") or _PUNCTUATION_AFTER.match(m.string, m.end())
    if not (m.group("lead") or ends) or is_quantity_before_unit(m):
        return None  # "from June 1 to 3 percent": a share
    if not m.group("year") and _counted_noun_after().match(m.string, m.end()):
        return None  # "between March 5 and 10 people were hurt": ten people
    first, second = _day(m, "d1"), _day(m, "d2")
    month = _written_month(m, "m1", bool(m.group("year")))
    if first is None or second is None or month is None:
        return None
    words = f"{m.group('lead') or ''}{month} {first} {m.group('join')} {second}"
    if m.group("year"):
        words += f"{m.group('comma') or ','} {numbers.year(int(m.group('year')))}"
    return words


_BETWEEN_BEFORE = re.compile(r"\b(?i:between|on)\s+$")
"""Before two days joined by "and" and their month: "between 4 and 6 December" "between the
fourth and the sixth of December"."""


def _day_month(m: re.Match[str]) -> str | None:
    first = _day(m, "d1")
    month = _written_month(m, "m1", bool(m.group("year")))
    if first is None or month is None or _modal_may(m):
        return None
    the = "" if re.search(r"\bthe\s+$", m.string[: m.start()], re.IGNORECASE) else "the "
    words = f"{the}{first}"
    if m.groupdict().get("d2"):
        second = _day(m, "d2")
        joined = m.group("join").strip() == "and"
        if second is None or (joined and not _BETWEEN_BEFORE.search(m.string, 0, m.start())):
            return None
        words += f" {'and' if joined else 'to'} the {second}"
    words += f" of {month}"
    if m.group("year"):
        words += f", {numbers.year(int(m.group('year')))}"
    return words


def _days_a_slash_apart(m: re.Match[str]) -> str | None:
    """ "on 3/4 July": two days, the second later, before their month after a word that
    puts a date after it ("the third and the fourth of July"), no fraction or month over
    day ("about 3/4 July's sales" stays)."""
    if int(m.group("d2")) <= int(m.group("d1")):
        return None
    if not _DATE_WORD_BEFORE.search(m.string, 0, m.start()):
        return None
    first, second = _day(m, "d1"), _day(m, "d2")
    month = _written_month(m, "m1", bool(m.group("year")))
    if None in (first, second, month) or _modal_may(m):
        return None
    the = "" if re.search(r"\bthe\s+$", m.string[: m.start()], re.IGNORECASE) else "the "
    words = f"{the}{first} and the {second} of {month}"
    if m.group("year"):
        words += f", {numbers.year(int(m.group('year')))}"
    return words


def _day_month_range(m: re.Match[str]) -> str | None:
    """ "30 Nov-2 Dec": "the thirtieth of November to the second of December"."""
    first, second = _day(m, "d1"), _day(m, "d2")
    month1 = _written_month(m, "m1", True)
    month2 = _written_month(m, "m2", True)
    if None in (first, second, month1, month2):
        return None
    words = f"the {first} of {month1} to the {second} of {month2}"
    if m.group("year"):
        words += f", {numbers.year(int(m.group('year')))}"
    return words


@cache
def _after_modal() -> re.Pattern[str]:
    words = compile_words(load_toml("normalize/dates.toml")["after_modal_may"])
    return re.compile(rf"\s+(?:{words})\b")


def _modal_may(m: re.Match[str]) -> bool:
    """ "May" after a day, with no year, before a word that follows the verb ("Pupils 11-14
    May apply"): the verb, not the month; after "on", "from", "for"... it is a date ("the
    results on 10 May also showed")."""
    return (
        m.group("m1").lower() == "may"
        and not m.group("year")
        and bool(_after_modal().match(m.string, m.end()))
        and not _DATE_WORD_BEFORE.search(m.string, 0, m.start())
    )


def _month_year(m: re.Match[str]) -> str | None:
    written = m.group("m1")
    if not (written.istitle() or written.isupper() or written.islower()):
        return None
    return f"{month_name(written)} {numbers.year(int(m.group('year')))}"


def _quarter(m: re.Match[str]) -> str:
    """ "2Q22", "Q3 2023": "the second quarter of twenty twenty-two"; "H1 2024" "the first
    half of twenty twenty-four"."""
    n = int(m.group("n1") or m.group("n2"))
    kind = "quarter" if (m.group("k1") or m.group("k2")) == "Q" else "half"
    year = say_year(m.group("ya") or m.group("yb") or m.group("yyyy"))
    the = "" if re.search(r"\bthe\s+$", m.string[: m.start()], re.IGNORECASE) else "the "
    return f"{the}{numbers.ordinal(n)} {kind} of {year}"


def _fiscal_year(m: re.Match[str]) -> str:
    """ "FY2023/24" "F.Y. twenty twenty-three to twenty-four", "FY25" "F.Y. twenty-five"."""
    words = f"F.Y. {say_year(m.group('y1'))}"
    return f"{words} to {say_year(m.group('y2'))}" if m.group("y2") else words


def _era(m: re.Match[str]) -> str:
    """ "340 AD": "three forty A.D.", "AD 79": "A.D. seventy-nine"."""
    year = numbers.year(int(m.group("y")))
    era = "".join(f"{c}." for c in m.group("era") if c.isalpha())
    return f"{era} {year}" if m.string[m.start()].isalpha() else f"{year} {era}"
