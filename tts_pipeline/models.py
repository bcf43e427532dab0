"""Frozen dataclasses that carry data from one stage to the next."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class Document:
    """Raw input as read from a file, stdin or URL, decoded to text."""

    text: str
    """The whole input, decoded."""
    name: str
    """Where it came from, for messages: a path, ``<stdin>`` or a URL."""
    url: str | None = None
    """The URL it was fetched from, if any (after redirects)."""
    content_type: str | None = None
    """The media type a server declared, e.g. ``text/html``; None for files."""
    language: str | None = None
    """The language a server declared (``Content-Language``); None for files."""


@dataclass(frozen=True)
class Article:
    """What cleaning keeps of a page: the story and its metadata."""

    title: str | None
    author: str | None
    published: str | None
    """ISO 8601 date or date and time (``2023-11-21T21:37``), as precise as the page says."""
    site: str | None
    url: str | None
    paragraphs: tuple[str, ...]
    """Body paragraphs in reading order, section headings included."""
    headings: tuple[int, ...] = ()
    """Indices into ``paragraphs`` of the section headings."""
    description: str | None = None
    image: str | None = None
    """URL of the lead image."""
    language: str | None = None
    """ISO 639-1 code of the text (``de``), decided once after extraction (see
    ``tts_pipeline.language``); None: not decided yet, read as English."""
    language_source: str | None = None
    """How it was decided: ``option`` (the user's), ``page`` (declared), ``text`` (detected),
    ``page and text`` (both agree) or ``default``."""

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "site": self.site,
            "url": self.url,
            "description": self.description,
            "image": self.image,
            "language": self.language,
            "headings": list(self.headings),
            "paragraphs": list(self.paragraphs),
        }


class Role(str, Enum):
    """What a block of the speech script is; pauses and chapters depend on it."""

    TITLE = "title"
    BYLINE = "byline"
    DISCLOSURE = "disclosure"
    HEADING = "heading"
    BODY = "body"
    OUTRO = "outro"


@dataclass(frozen=True)
class Sentence:
    """One sentence, as written and as it will be spoken."""

    text: str
    speech: str


@dataclass(frozen=True)
class Block:
    """A paragraph of the speech script: the title, the byline, a body paragraph..."""

    role: Role
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Script:
    """Everything that will be spoken, in order."""

    blocks: tuple[Block, ...]

    def sentences(self) -> list[Sentence]:
        return [s for b in self.blocks for s in b.sentences]


@dataclass(frozen=True)
class Clip:
    """Synthesized speech: signed 16-bit little-endian mono PCM."""

    pcm: bytes
    rate: int
    """Sample rate in Hertz."""

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.rate


@dataclass(frozen=True)
class Timing:
    """Where one spoken sentence sits in the final audio."""

    block: int
    """Index of the script block."""
    start: float
    """Seconds from the start of the decoded MP3."""
    end: float
    """Seconds from the start of the decoded MP3."""
    text: str
    """The sentence as written."""


@dataclass(frozen=True)
class Episode:
    """What one run of the pipeline produced."""

    mp3: str
    """Path of the MP3 file."""
    duration: float
    """Seconds."""
    article: Article
    timings: tuple[Timing, ...] = ()
    files: tuple[str, ...] = field(default_factory=tuple)
    """Every file written, the MP3 first."""
    synthesized: int = 0
    """Chunks synthesized in this run (the rest came from the cache)."""
    loudness: float | None = None
    """Integrated loudness, LUFS: the mastered audio's with the encoder's gain (within 0.3 LU
    of the decoded MP3's)."""
    true_peak: float | None = None
    """True peak measured on the decoded MP3, dBTP."""
    chapters: tuple[Chapter, ...] = ()
    """The episode's chapters."""
    voice: str | None = None
    """The voice profile that read it: the one asked for, or one that reads the article's
    language."""
    engine_voice: str | None = None
    """The engine and its voice that read it, e.g. ``pyttsx3 gmw/de``."""
    check: dict | None = None
    """What speech recognition heard of the MP3 (``speak --check``), as in the episode JSON."""


@dataclass(frozen=True)
class Chapter:
    """A chapter of the episode."""

    title: str
    start: float
    """Seconds from the start of the MP3."""
    end: float
    """Seconds from the start of the MP3."""


@dataclass(frozen=True)
class EpisodeAudio:
    """The encoded episode and what is known of its timeline."""

    mp3: bytes
    duration: float
    """Seconds of the decoded MP3."""
    loudness: float
    """Integrated loudness, LUFS: as measured on the timeline with the planned gain and the
    encoder's fixed gain (tests hold it to the decoded MP3's within 0.3 LU)."""
    true_peak: float
    """True peak of the decoded MP3, dBTP."""
    timings: tuple[Timing, ...]
    """Sentence times in the decoded MP3 (encoder delay included)."""
    chapters: tuple[Chapter, ...]
