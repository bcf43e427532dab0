"""Find publication dates written the ways news pages write them, and give them as ISO 8601."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
"""Month number by the first three letters of its English name."""

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TIME = (
    r"(?:(?:,|\s+at|\s*[-–—|·•])?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?)?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})\b"
_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}{_TIME}", re.IGNORECASE),
    re.compile(
        r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"
        r"(?:[T\s](?P<hour>\d{2}):(?P<minute>\d{2}))?"
    ),
]


@dataclass(frozen=True)
class FoundDate:
    iso: str
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``."""
    span: tuple[int, int]
    """Where it stands in the searched text."""


def find_date(text: str) -> FoundDate | None:
    """The first plausible date (with its time, when given) in ``text``."""
    best: FoundDate | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            found = _to_iso(match)
            if found and (best is None or match.start() < best.span[0]):
                best = FoundDate(found, match.span())
                break
    return best


def _to_iso(match: re.Match) -> str | None:
    parts = match.groupdict()
    year, day = int(parts["year"]), int(parts["day"])
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()[:3]]
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if parts.get("hour") is not None and parts.get("minute") is not None:
        hour, minute = int(parts["hour"]), int(parts["minute"])
        ampm = (parts.get("ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            iso += f"T{hour:02d}:{minute:02d}"
    return iso
