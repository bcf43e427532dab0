"""Times of day and durations: "9:37 PM", "9 a.m.", "9.30am", "10:30", "9-11 a.m.",
"9 a.m.-5 p.m.", "22:15", "23:00", "1:59 p.m. EST", "14:10:30", "2:03:23", "1:45.67", "1h30".

Said as "nine thirty-seven p.m.", "nine a.m.", "ten thirty", "twenty-two fifteen", "eleven
p.m." (on the hour after noon, as people say it), a time zone letter by letter ("E.S.T.").
A time with seconds is said in hours, minutes and seconds, as a duration is ("two hours
three minutes and twenty-three seconds"), and so is a time in minutes, seconds and
fractions ("one minute forty-five point six seven seconds"). A range joins its ends with
"to". Time zones are data (``data/normalize/times.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.resources import load_toml

_MERIDIEM = r"[aApP]\.?\s?[mM]\b\.?"
_CLOCK = rf"(?P<h{{0}}>[01]?\d|2[0-4])(?:[:.](?P<m{{0}}>[0-5]\d))?\s?(?P<ap{{0}}>{_MERIDIEM})"
_DASH = r"\s?(?:[-–—]|to)\s?"
_BEFORE = r"(?<![\w.,:])"
_MERIDIEMS = ("a.m.", "p.m.")


@cache
def _zone() -> str:
    """A time zone after a time: in capitals, in lower case (three letters or more) or with
    full stops, or an offset from UTC or GMT ("GMT+3")."""
    data = load_toml("normalize/times.toml")
    forms = []
    for zone in data["zones"]:
        forms.append(zone)
        forms.append(r"\.".join(zone) + r"\.?")
        forms.append(r"\.".join(zone.lower()) + (r"\.?" if len(zone) > 1 else r"\."))
        if len(zone) > 2 and zone not in data["words"]:
            forms.append(zone.lower())
    alternatives = "|".join(sorted(forms, key=len, reverse=True))
    return rf"(?:\s?(?P<zone>(?:{alternatives})(?:[+−-]\d{{1,2}}(?::?[0-5]\d)?)?)(?![\w]))?"


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    first = _CLOCK.format(1).replace(f"(?P<ap1>{_MERIDIEM})", f"(?P<ap1>{_MERIDIEM})?")
    zone = _zone()
    return numeric(
        [
            Rule(
                "clock with seconds",
                re.compile(
                    rf"{_BEFORE}(?P<h>\d{{1,2}}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d{{1,3}}))?"
                    rf"(?:\s?(?P<ap>{_MERIDIEM}))?{zone}(?![\w]|[:.,]\d)"
                ),
                _with_seconds,
            ),
            Rule(
                "minutes and seconds",
                re.compile(
                    rf"{_BEFORE}(?P<m>\d{{1,2}}):(?P<s>[0-5]\d)\.(?P<f>\d{{1,3}})(?![\w]|[:.,]\d)"
                ),
                _minutes_seconds,
            ),
            Rule(
                "clock range",
                re.compile(rf"{_BEFORE}{first}{_DASH}{_CLOCK.format(2)}{zone}"),
                _clock_range,
            ),
            Rule("clock", re.compile(rf"{_BEFORE}(?<![£$€¥]){_CLOCK.format(1)}{zone}"), _clock),
            Rule(
                "24-hour range",
                re.compile(
                    rf"{_BEFORE}(?P<h1>[01]?\d|2[0-4]):(?P<m1>[0-5]\d){_DASH}"
                    rf"(?P<h2>[01]?\d|2[0-4]):(?P<m2>[0-5]\d){zone}(?![\w]|:\d|[.,]\d)"
                ),
                _hour_range,
            ),
            Rule(
                "24-hour clock",
                re.compile(
                    rf"{_BEFORE}(?P<h1>[01]?\d|2[0-4]):(?P<m1>[0-5]\d){zone}(?![\w]|:\d|[.,]\d)"
                ),
                _twenty_four,
            ),
            Rule(
                "24-hour clock without colon",
                re.compile(
                    rf"(?:(?<=\()|(?<![\w])(?P<lead>(?i:at|by|from|until|till|to|before|after|around|since)\s))"
                    r"(?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d)"
                    rf"(?:\s?(?P<hrs>hrs)\b|(?=\s(?P<local>local time)\b))?{zone}"
                    r"(?![\w]|[.,]\d)"
                ),
                _wire_clock,
            ),
            Rule(
                "military time",
                re.compile(
                    r"(?<![\w.,:])(?P<h1>0\d|1\d|2[0-3])(?P<m1>[0-5]\d)(?=\s(?:hours|hrs)\b)"
                ),
                _military,
            ),
            Rule(
                "hours and minutes",
                re.compile(
                    r"(?<![\w.,])(?P<h>\d{1,2})\s?(?:h|hrs?)\s?(?P<m>[0-5]\d|\d(?=\s?m))\s?(?:m|mins?)?"
                    rf"(?:{_SECONDS})?(?![\w]|[.,]\d)"
                ),
                _hours_minutes,
            ),
            Rule(
                "minutes and seconds",
                re.compile(rf"(?<![\w.,])(?P<m>\d{{1,2}})\s?(?:m|mins?){_SECONDS}(?![\w]|[.,]\d)"),
                lambda m: f"{_amount(m.group('m'), None, 'minute')} {_seconds(m)}",
            ),
        ]
    )


def _clock(m: re.Match[str]) -> str | None:
    return _zoned(_say(m.group("h1"), m.group("m1"), m.group("ap1")), m)


def _clock_range(m: re.Match[str]) -> str | None:
    first = _say(m.group("h1"), m.group("m1"), m.group("ap1"))
    second = _say(m.group("h2"), m.group("m2"), m.group("ap2"))
    if first is None or second is None:
        return None
    return _zoned(f"{first} to {second}", m)


def _zoned(words: str | None, m: re.Match[str]) -> str | None:
    """``words`` with the time zone after them, letter by letter: "E.S.T.", "G.M.T. plus three"."""
    zone = m.group("zone")
    if words is None or not zone:
        return words
    name, sign, offset = re.match(r"([A-Za-z.]+)(?:([+−-])(.*))?", zone).groups()
    said = "".join(f"{c.upper()}." for c in name if c.isalpha())
    if sign:
        digits = offset.replace(":", "")
        hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "")
        said += f" {'plus' if sign == '+' else 'minus'} {numbers.cardinal(int(hours))}"
        if minutes and int(minutes):
            said += f" {numbers.cardinal(int(minutes))}"
    return f"{words} {said}"


def _say(hour: str, minute: str | None, meridiem: str | None) -> str | None:
    """ "9", "37", "PM" -> "nine thirty-seven p.m."; a meridiem needs an hour of 1 to 12."""
    h = int(hour)
    if meridiem and not 1 <= h <= 12:
        return None
    words = numbers.cardinal(h) + _minutes(minute)
    if meridiem:
        words += f" {_MERIDIEMS[meridiem[0] in 'pP']}"
    return words


def _minutes(minute: str | None) -> str:
    if not minute or minute == "00":
        return ""
    if minute.startswith("0"):
        return f" oh {numbers.cardinal(int(minute))}"
    return f" {numbers.cardinal(int(minute))}"


def _twenty_four(m: re.Match[str]) -> str | None:
    return _zoned(_hour(m, "1"), m)


_HOURS_AFTER = re.compile(r"\s+hours\b")


def _wire_clock(m: re.Match[str]) -> str | None:
    """ "at 0600 GMT", "(1430 hrs)": a wire service's 24-hour time, said as a time of day
    ("six a.m. G.M.T.", "two thirty p.m."); it needs a zone, "hrs" or "local time", and "at",
    "by" or the like before it, to be told from a year; after "at" or the like an hour written
    with its zero needs none ("left Dover at 0730": no year, count or code begins so)."""
    hour_zero = (  # "left Dover at 0730"; "at 0400 hours" is the military's
        m.group("h1")[0] == "0" and m.group("lead") and not _HOURS_AFTER.match(m.string, m.end())
    )
    if not (m.group("zone") or m.group("hrs") or m.group("local") or hour_zero):
        return None
    return (m.group("lead") or "") + _zoned(_time_of_day(m, "1"), m)


def _military(m: re.Match[str]) -> str | None:
    """ "0400 hours" "oh four hundred hours", "0615 hours" "oh six fifteen": as the military
    says a time; only with the hour's zero written, as "1200 hours" may be a count."""
    hour, minute = m.group("h1"), m.group("m1")
    if hour[0] != "0":
        return None
    said = "zero" if hour == "00" else f"oh {numbers.cardinal(int(hour))}"
    return f"{said} hundred" if minute == "00" else f"{said}{_minutes(minute)}"


def _time_of_day(m: re.Match[str], n: str) -> str:
    """A 24-hour time as a time of day: "0600" "six a.m.", "12:00" "noon", "14:30" "two
    thirty p.m."."""
    hour, minute = int(m.group(f"h{n}")), m.group(f"m{n}")
    if hour == 12 and minute == "00":
        return "noon"
    if 0 < hour < 12:
        return _say(str(hour), minute, "am") or ""
    return _hour(m, n, twelve_hour=True)


def _hour_range(m: re.Match[str]) -> str | None:
    """ "2:00-3:00": "two to three o'clock"; "14:00-15:30", a time of day, "two p.m. to three
    thirty p.m."; so is a range with an end after noon or an hour written with its zero
    ("09:00-17:00" "nine a.m. to five p.m.")."""
    hours = (m.group("h1"), m.group("h2"))
    if any(int(h) > 12 or (len(h) == 2 and h[0] == "0") for h in hours):
        return _zoned(f"{_time_of_day(m, '1')} to {_time_of_day(m, '2')}", m)
    first, second = _hour(m, "1", twelve_hour=True), _hour(m, "2", twelve_hour=True)
    if first.endswith(" o'clock") and second.endswith(" o'clock"):
        first = first.removesuffix(" o'clock")
    return _zoned(f"{first} to {second}", m)


def _hour(m: re.Match[str], n: str, twelve_hour: bool = False) -> str:
    """ "9:00" "nine o'clock", "10:30" "ten thirty", "22:15" "twenty-two fifteen" (also a
    game clock's reading: "at 19:56 of the second period"); on the hour after noon as people
    say it, "23:00" "eleven p.m." ("twenty-three hundred" is heard as a number), and so
    with ``twelve_hour``; "00:15" "twelve fifteen a.m.", "00:00" "midnight"."""
    h, minute = int(m.group(f"h{n}")), m.group(f"m{n}")
    if h in (0, 24) and minute == "00":
        return "midnight"
    if h == 0 or (h > 12 and (minute == "00" or twelve_hour)):
        hour = numbers.cardinal(h - 12 if h > 12 else 12)
        return f"{hour}{_minutes(minute)} {_MERIDIEMS[h > 12]}"
    if minute == "00":
        return f"{numbers.cardinal(h)} o'clock"
    return numbers.cardinal(h) + _minutes(minute)


def _with_seconds(m: re.Match[str]) -> str | None:
    """ "14:10:30" "fourteen hours ten minutes and thirty seconds"; with a meridiem a time
    of day: "10:15:30 p.m." "ten fifteen and thirty seconds p.m."."""
    h, minute, second = int(m.group("h")), int(m.group("m")), m.group("s")
    seconds = _amount(second, m.group("f"), "second")
    meridiem = m.group("ap")
    if meridiem:
        clock = _say(m.group("h"), m.group("m"), None)
        if clock is None or not 1 <= h <= 12:
            return None
        if int(second) or m.group("f"):
            clock += f" and {seconds}"
        return _zoned(f"{clock} {_MERIDIEMS[meridiem[0] in 'pP']}", m)
    words = _amount(str(minute), None, "minute")
    if h:  # "00:04:35": four minutes and thirty-five seconds
        words = f"{_amount(str(h), None, 'hour')} {words}"
    return _zoned(f"{words} and {seconds}", m)


def _minutes_seconds(m: re.Match[str]) -> str:
    """ "1:45.67": "one minute forty-five point six seven seconds"."""
    minutes = _amount(m.group("m"), None, "minute")
    return f"{minutes} {_amount(m.group('s'), m.group('f'), 'second')}"


_SECONDS = r"\s?(?P<s>[0-5]?\d)(?:\.(?P<f>\d{1,3}))?\s?(?:s|secs?)"
"""Seconds after minutes written short: " 30s", "18.5s", "11sec"."""


def _hours_minutes(m: re.Match[str]) -> str:
    """ "1h30", "2h 15m": "one hour thirty minutes"; "2h 05m 30s" with "thirty seconds"."""
    words = f"{_amount(m.group('h'), None, 'hour')} {_amount(m.group('m'), None, 'minute')}"
    return f"{words} {_seconds(m)}" if m.group("s") else words


def _seconds(m: re.Match[str]) -> str:
    return _amount(m.group("s"), m.group("f"), "second")


def _amount(whole: str, fraction: str | None, unit: str) -> str:
    """ "1", None, "hour" -> "one hour"; "45", "67", "second" -> "forty-five point six seven
    seconds"."""
    words = numbers.cardinal(int(whole))
    if fraction:
        return f"{words} point {numbers.digits(fraction)} {unit}s"
    return f"{words} {unit}" if int(whole) == 1 else f"{words} {unit}s"
