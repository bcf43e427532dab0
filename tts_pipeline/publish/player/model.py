"""Plain data the player pages are rendered from; no pipeline types, so any caller can fill it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """One sentence of the read-along transcript."""

    start: float
    """Seconds from the start of the MP3."""
    end: float
    """Seconds from the start of the MP3."""
    text: str
    """The sentence as written (plain text, escaped when rendered)."""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the transcript: the sentences of one script block."""

    role: str
    """``title``, ``byline``, ``disclosure``, ``heading``, ``body`` or ``outro``."""
    cues: tuple[Cue, ...]


@dataclass(frozen=True)
class PlayerEpisode:
    """Everything one episode's player shows. URLs are relative to the player page."""

    title: str
    duration: float
    """Seconds."""
    audio: str
    """URL of the MP3."""
    captions: str
    """URL of the WebVTT transcript."""
    paragraphs: tuple[Paragraph, ...] = ()
    author: str | None = None
    published: str | None = None
    """ISO 8601 date or date and time."""
    cover: str | None = None
    """URL of the cover image."""
    language: str = "en"
    """BCP 47 language tag of the speech and transcript."""
    download_name: str | None = None
    """File name offered when the MP3 is downloaded; default the last part of ``audio``."""


@dataclass(frozen=True)
class IndexEpisode:
    """One episode as the site index lists it. URLs are relative to ``index.html``."""

    title: str
    player: str
    """URL of the episode's ``<slug>.player.html``."""
    audio: str
    """URL of the episode's MP3."""
    duration: float
    """Seconds."""
    published: str | None = None
    """ISO 8601 date or date and time; the index lists the newest first."""
    author: str | None = None
    cover: str | None = None
    """URL of the cover image."""
