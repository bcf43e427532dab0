"""What an episode should say: its spoken script, from the episode JSON beside the MP3 (or
given), or from a text file of one sentence a line (``tts-pipeline script``'s output)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from tts_pipeline.errors import InputError
from tts_pipeline.files import read_regular_file

MAX_SCRIPT_BYTES = 64 * 1024 * 1024
"""Largest script read: an episode JSON of hours of speech is a few megabytes."""
EPISODE_SUFFIX = ".episode.json"
"""The episode JSON's name after the MP3's stem (``publish`` writes it; a test holds them
together)."""


@dataclass(frozen=True)
class ExpectedSentence:
    text: str
    """As written."""
    speech: str
    """As spoken: the words the voice was given."""
    start: float | None = None
    """Seconds in the MP3 when it was made; None when the script has no times."""
    end: float | None = None


@dataclass(frozen=True)
class Expected:
    sentences: tuple[ExpectedSentence, ...]
    engine: str | None = None
    """The voice's engine and its voice id, which choose the threshold."""
    voice: str | None = None
    language: str | None = None
    """The episode's language (its JSON's ``language``); None: not said."""

    def planned_pauses(self) -> list[float]:
        """Seconds between one sentence's end and the next one's start, as made."""
        timed = [s for s in self.sentences if s.start is not None and s.end is not None]
        return [b.start - a.end for a, b in pairwise(timed)]


def episode_json_beside(mp3: Path) -> Path:
    return mp3.with_name(mp3.stem + EPISODE_SUFFIX)


def load_expected(mp3: Path, script: Path | None = None) -> Expected:
    """The script of the episode ``mp3``: ``script`` (an episode JSON or a text file of
    sentences), else the episode JSON beside the MP3."""
    path = script or episode_json_beside(mp3)
    if script is None and not path.is_file():
        raise InputError(
            f"{mp3}: no {path.name} beside it; give the episode's script with --script FILE"
        )
    try:  # a device or a FIFO is never opened for a blocking, endless read
        text = read_regular_file(path, MAX_SCRIPT_BYTES).decode("utf-8")
    except (OSError, ValueError) as e:
        reason = getattr(e, "strerror", None) or e
        raise InputError(f"{path}: cannot read the script: {reason}") from None
    if text.lstrip().startswith("{") or path.suffix.lower() == ".json":
        return from_episode_json(text, path)
    sentences = tuple(
        ExpectedSentence(line, line) for line in map(str.strip, text.splitlines()) if line
    )
    if not sentences:
        raise InputError(f"{path}: the script is empty")
    return Expected(sentences)


def from_episode_json(text: str, path: Path | str = "episode JSON") -> Expected:
    """The sentences (spoken words, or as written in an episode JSON made before the spoken
    words were recorded), their times, and the voice."""
    try:
        data = json.loads(text)
        voice = data.get("voice") or {}
        sentences = tuple(
            ExpectedSentence(
                s["text"], s.get("speech") or s["text"], float(s["start"]), float(s["end"])
            )
            for s in data["sentences"]
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise InputError(
            f"{path}: not an episode JSON with sentences (tts-pipeline speak writes one)"
        ) from None
    if not sentences:
        raise InputError(f"{path}: the episode has no sentences")
    language = data.get("language") if isinstance(data.get("language"), str) else None
    return Expected(sentences, voice.get("engine"), voice.get("voice"), language)
