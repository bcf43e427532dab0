"""Durations and dates given on the command line: ``--every 10m``, ``--since 2024-05-01``,
``--since 2d`` (two days ago)."""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone

from tts_pipeline.errors import InputError

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"(?:\d+(?:\.\d+)?[smhd]?)+")
_WITH_UNITS = re.compile(r"(?:\d+(?:\.\d+)?[smhd])+")
_PART = re.compile(r"(\d+(?:\.\d+)?)([smhd]?)")


def parse_duration(text: str, option: str = "--every") -> float:
    """Seconds of ``90``, ``90s``, ``10m``, ``1h30m`` or ``2d``; InputError for anything else."""
    compact = "".join(text.split()).lower()
    if not _DURATION.fullmatch(compact):
        raise InputError(f"{option} {text!r}: not a duration; give one such as 90s, 10m, 1h or 2d")
    seconds = sum(float(n) * UNITS[unit or "s"] for n, unit in _PART.findall(compact))
    if seconds <= 0:
        raise InputError(f"{option} {text!r}: must be longer than nothing")
    if not math.isfinite(seconds):
        raise InputError(f"{option} {text!r}: too long; give one such as 90s, 10m, 1h or 2d")
    return seconds


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """The moment ``--since`` names: a date (``2024-05-01``, midnight UTC), a date and time
    (``2024-05-01T10:00``, UTC unless it says its zone), or a duration back from ``now``
    (``2d``, ``12h``)."""
    value = text.strip()
    if _WITH_UNITS.fullmatch(value.lower()):
        moment = now or datetime.now(timezone.utc)
        try:
            return moment - timedelta(seconds=parse_duration(value, "--since"))
        except OverflowError:  # before the year 1
            raise InputError(
                f"--since {text!r}: too far back; give a date such as 2024-05-01"
            ) from None
    try:
        moment = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        raise InputError(
            f"--since {text!r}: not a date; give one such as 2024-05-01, "
            "2024-05-01T10:00 or 2d (two days ago)"
        ) from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    if moment > (now or datetime.now(timezone.utc)):
        raise InputError(
            f"--since {text!r}: a moment still to come would leave every item out; "
            "give a date in the past such as 2024-05-01, or 2d (two days ago)"
        )
    return moment
