"""A date whose year has two digits, its numbers joined by hyphens or full stops, after a
word that dates what follows ("dated 10-12-24", "born on 25.12.98"); elsewhere such numbers
are scores or codes ("won 10-12-24"), left to the rules of numbers."""

from __future__ import annotations

import re

from tts_pipeline.normalize.core import Rule
from tts_pipeline.normalize.patterns import DATE_WORDS

_DATED_BEFORE = re.compile(rf"\b(?i:dated|{'|'.join(DATE_WORDS)})\s+$")


def rule() -> Rule:
    """The rule of this module (among the dates' rules, after the slash dates)."""
    from tts_pipeline.normalize.dates import say_numeric_date

    def speak(m: re.Match[str]) -> str | None:
        if not _DATED_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
            return None
        return say_numeric_date(m)

    return Rule(
        "short-year date",
        re.compile(r"(?<![\w/.,-])(\d{1,2})([-.])(\d{1,2})\2(\d{2})(?![\w/-]|[.,]\d)"),
        speak,
        re.compile(r"\d[-.]\d{1,2}[-.]\d\d"),
    )
