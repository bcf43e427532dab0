"""Weekdays written short: in a range ("Mon-Fri", "Mon to Fri": "Monday to Friday"), before a
date ("Sat 14th Oct") or a time of day ("Sat 10am-4pm") or after one ("until 9am Mon"; not
before a name, "at 7am Sun Valley time"), or with a full stop ("Wed." anywhere, "Mon." after
"on"); not after "the" ("The Sun, 14 April": a paper's name). The days are data
(``data/normalize/dates.toml``).
"""

from __future__ import annotations

import re

from tts_pipeline.normalize.core import DIGIT, Rule
from tts_pipeline.normalize.dates import MONTH_WORDS
from tts_pipeline.normalize.patterns import DATE_WORDS, compile_words
from tts_pipeline.resources import load_toml


def rules() -> list[Rule]:
    """A weekday written short in a range ("Mon-Fri") or before a date ("Sat 14th Oct"), not
    after "the" ("The Sun, 14 April": a paper's name)."""
    days = load_toml("normalize/dates.toml")["weekdays"]
    day = rf"(?:{compile_words(days)})"
    return [
        Rule(
            "weekday range",
            re.compile(rf"(?<![\w.])(?P<a>{day})\.?(?:\s?[-–]\s?|\s+to\s+)(?P<b>{day})\.?(?![\w])"),
            lambda m: f"{days[m.group('a')]} to {days[m.group('b')]}",
            re.compile(r"[-–]|\sto\s"),
        ),
        Rule(
            "weekday",
            re.compile(
                rf"(?<![\w.])(?<![Tt]he\s)(?P<a>{day})\.?(?=,?\s+(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
                rf"|(?:{MONTH_WORDS})\b|{_TIME}))"
            ),
            lambda m: days[m.group("a")],
            DIGIT,
        ),
        Rule(
            "weekday",
            re.compile(
                rf"(?:(?<=\d[ap]m\s)|(?<=\d\s[ap]m\s)|(?<=[ap]\.m\.\s))(?P<a>{day})"
                r"(?:\.(?!\w)|(?![\w.])(?!\s+[A-Z]))"
            ),
            lambda m: days[m.group("a")],
            re.compile(r"\d\s?[ap]m\s|[ap]\.m\.\s"),
        ),
        Rule(
            "weekday",
            re.compile(rf"(?<![\w.])(?<![Tt]he\s)(?P<a>{day})\.(?!\w)"),
            lambda m: days[m.group("a")] if _stopped_weekday(m) else None,
            re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\."),
        ),
    ]


_TIME = r"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s?(?:[ap]m\b|[ap]\.m\.)"
"""A time of day with "am" or "pm" after a weekday written short ("Sat 10am-4pm")."""

_DATE_WORD_BEFORE_DAY = re.compile(rf"\b(?i:{'|'.join(DATE_WORDS)}|next|last|this|every)\s+$")


_NAME_BEFORE_DAY = re.compile(r"[\w,]\s+[A-Z][a-z]+\s+$")


def _stopped_weekday(m: re.Match[str]) -> bool:
    """ "Wed." is Wednesday wherever it stands but after a name's word in capitals within a
    sentence ("said Nguyen Thi Thu."); "Mon.", "Sat." and "Sun.", words too, only after a
    word that puts a date after it ("on Sat.")."""
    if _DATE_WORD_BEFORE_DAY.search(m.string, 0, m.start()):
        return True
    if _NAME_BEFORE_DAY.search(m.string, 0, m.start()):
        return False  # "said Nguyen Thi Thu.": the last of a name
    return m.group("a") in load_toml("normalize/dates.toml")["stopped_weekdays"]
