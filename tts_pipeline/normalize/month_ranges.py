"""Two months written short joined by a dash, with no day: "the Jan-Mar quarter" "the
January to March quarter"."""

from __future__ import annotations

import re

from tts_pipeline.normalize.core import Rule
from tts_pipeline.normalize.dates import MONTHS, month_name

_SHORT = "|".join(name[:3] for name in MONTHS)
"""The months written short, in three letters ("Jan", ..., "Dec")."""
_SHORT_MONTH = rf"(?:{_SHORT}|Sept)\.?"


def rule() -> Rule:
    """Two months written short joined by a dash, with no day: "the Jan-Mar quarter" "the
    January to March quarter", "Oct.-Dec." (each a month only beside the other)."""
    return Rule(
        "month range",
        re.compile(rf"(?<![\w.-])(?P<m1>{_SHORT_MONTH})[-–](?P<m2>{_SHORT_MONTH})(?![\w-])"),
        lambda m: f"{month_name(m.group('m1'))} to {month_name(m.group('m2'))}",
        re.compile(rf"[-–](?:{_SHORT})"),
    )
