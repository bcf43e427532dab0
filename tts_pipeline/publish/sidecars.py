"""Files beside the MP3: WebVTT and SRT transcripts, Podcasting 2.0 chapters, episode JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from tts_pipeline.models import Chapter, Timing
from tts_pipeline.publish.sanitize import for_json, for_plain_text

CHAPTERS_VERSION = "1.2.0"
"""Version of the Podcasting 2.0 JSON chapters format written."""


def _clock(seconds: float, separator: str) -> str:
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def _cue_text(text: str) -> str:
    return " ".join(for_plain_text(text).split())


def webvtt(timings: Sequence[Timing], language: str | None = None) -> str:
    """One cue per sentence as written; ``&``, ``<`` and ``>`` escaped as WebVTT requires.

    ``language`` (BCP 47) goes in a ``Language:`` line of the header, where YouTube's and
    other captions give it; the player's ``<track srclang>`` says it too.
    """
    lines = ["WEBVTT", *([f"Language: {language}"] if language else []), ""]
    for number, t in enumerate(timings, 1):
        text = _cue_text(t.text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        lines += [str(number), f"{_clock(t.start, '.')} --> {_clock(t.end, '.')}", text, ""]
    return "\n".join(lines)


def srt(timings: Sequence[Timing]) -> str:
    lines = []
    for number, t in enumerate(timings, 1):
        lines += [str(number), f"{_clock(t.start, ',')} --> {_clock(t.end, ',')}"]
        lines += [_cue_text(t.text).replace("-->", "->"), ""]
    return "\n".join(lines)


def chapters_json(chapters: Sequence[Chapter]) -> str:
    """Podcasting 2.0 JSON chapters (https://podcastindex.org/namespace/1.0, version 1.2.0)."""
    data = {
        "version": CHAPTERS_VERSION,
        "chapters": [
            {"startTime": round(c.start, 3), "endTime": round(c.end, 3), "title": c.title}
            for c in chapters
        ],
    }
    return to_json(data)


def to_json(data: dict) -> str:
    """``data`` as JSON, its strings cleaned for publishing (:func:`sanitize.for_json`)."""
    return json.dumps(for_json(data), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
