"""The signature of a post quoted in a story (an embedded tweet), which reads as a dateline
but belongs to the story around it."""

from __future__ import annotations

import re

from tts_pipeline.extract.lines import Kind, Line

_QUOTED_POST = re.compile(
    r"[—–-]\s*[^()]{1,60}\(@\w{1,30}\)|\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?\s*·", re.IGNORECASE
)
"""The signature of an embedded post: a dash, a name and the author's handle, or the time
and a middle dot before the date ("12:04 PM · May 19, 2024")."""


def signs_a_post(line: Line) -> bool:
    """The dateline that signs a quoted post ("— Jane Doe (@jane) May 5, 2020"): the story
    goes on around it."""
    return line.kind is Kind.DATE and _QUOTED_POST.match(line.text) is not None
