"""Times of day: "9:37 PM", "9 a.m.", "9.30am", "10:30", "14:00", "9-11 a.m.",
"9 a.m.-5 p.m.". Said as "nine thirty-seven p.m.", "nine a.m.", "ten thirty",
"fourteen hundred"; a range joins its ends with "to".
"""

from __future__ import annotations

import re

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule

_MERIDIEM = r"[aApP]\.?\s?[mM]\b\.?"
_CLOCK = rf"(?P<h{{0}}>[01]?\d|2[0-4])(?:[:.](?P<m{{0}}>[0-5]\d))?\s?(?P<ap{{0}}>{_MERIDIEM})"
_DASH = r"\s?(?:[-–—]|to)\s?"


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    first = _CLOCK.format(1).replace(f"(?P<ap1>{_MERIDIEM})", f"(?P<ap1>{_MERIDIEM})?")
    return [
        Rule(
            "clock range",
            re.compile(rf"(?<![\w.,:]){first}{_DASH}{_CLOCK.format(2)}"),
            _clock_range,
        ),
        Rule("clock", re.compile(rf"(?<![\w.,:]){_CLOCK.format(1)}"), _clock),
        Rule(
            "24-hour clock",
            re.compile(r"(?<![\w.,:])([01]?\d|2[0-4]):([0-5]\d)(?![\w]|:\d|[.,]\d)"),
            _twenty_four,
        ),
    ]


def _clock(m: re.Match[str]) -> str | None:
    return _say(m.group("h1"), m.group("m1"), m.group("ap1"))


def _clock_range(m: re.Match[str]) -> str | None:
    first = _say(m.group("h1"), m.group("m1"), m.group("ap1"))
    second = _say(m.group("h2"), m.group("m2"), m.group("ap2"))
    if first is None or second is None:
        return None
    return f"{first} to {second}"


def _say(hour: str, minute: str | None, meridiem: str | None) -> str | None:
    """ "9", "37", "PM" -> "nine thirty-seven p.m."; a meridiem needs an hour of 1 to 12."""
    h = int(hour)
    if meridiem and not 1 <= h <= 12:
        return None
    words = numbers.cardinal(h) + _minutes(minute)
    if meridiem:
        words += " a.m." if meridiem[0] in "aA" else " p.m."
    return words


def _minutes(minute: str | None) -> str:
    if not minute or minute == "00":
        return ""
    if minute.startswith("0"):
        return f" oh {numbers.cardinal(int(minute))}"
    return f" {numbers.cardinal(int(minute))}"


def _twenty_four(m: re.Match[str]) -> str:
    h, minute = int(m.group(1)), m.group(2)
    if minute == "00":
        return (
            f"{numbers.cardinal(h)} hundred"
            if h > 12 or h == 0
            else f"{numbers.cardinal(h)} o'clock"
        )
    return numbers.cardinal(h) + _minutes(minute)
