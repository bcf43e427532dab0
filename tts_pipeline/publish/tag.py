"""Write ID3v2.3 tags (the version every player reads) with mutagen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tts_pipeline import DISCLOSURE, __version__
from tts_pipeline.models import Article, Chapter
from tts_pipeline.publish.sanitize import for_id3, web_url
from tts_pipeline.resources import iso639_2

GENRE = "Podcast"
DISCLOSURE_KEY = "AI_DISCLOSURE"
VOICE_KEY = "VOICE"


@dataclass(frozen=True)
class TagInfo:
    """Everything the tags say besides the article itself."""

    album: str
    """The site's name or a podcast name."""
    voice: str
    """Voice profile and engine, e.g. ``default (pyttsx3 gmw/en-us)``."""
    encoder: str
    """Encoder and its settings, e.g. ``LAME 64 kbit/s CBR``."""
    duration: float
    """Seconds."""
    transcript: str
    """The text as written, spoken in the audio."""
    chapters: Sequence[Chapter] = ()
    cover: bytes | None = None
    cover_mime: str = "image/jpeg"
    extra: dict[str, str] = field(default_factory=dict)
    """More TXXX frames, description -> text."""


def tagged_mp3(mp3: bytes, article: Article, info: TagInfo) -> bytes:
    """``mp3`` with our ID3v2.3 tag in front."""
    import io

    buffer = io.BytesIO(mp3)
    write_tags(buffer, article, info)
    return buffer.getvalue()


def write_tags(target: Path | BinaryIO, article: Article, info: TagInfo) -> None:
    """Replace any tags of the MP3 at ``target`` (a path or a file object) with ours."""
    from mutagen.id3 import (
        APIC,
        COMM,
        ID3,
        TALB,
        TCON,
        TDRC,
        TENC,
        TIT2,
        TLAN,
        TLEN,
        TPE1,
        TSSE,
        TXXX,
        USLT,
        WOAS,
    )

    tags = ID3()

    def text(frame, value: str, **fields) -> None:
        tags.add(frame(encoding=3, text=for_id3(value), **fields))

    if article.title:
        text(TIT2, article.title)
    if article.author:
        text(TPE1, article.author)
    text(TALB, info.album)
    if article.published:
        text(TDRC, article.published[:16].replace("T", " "))
    text(TCON, GENRE)
    language = iso639_2(article.language or "en")  # ISO 639-2, as ID3 asks: "deu"
    text(TLAN, language)
    text(COMM, DISCLOSURE, lang="eng", desc="")
    text(TXXX, DISCLOSURE, desc=DISCLOSURE_KEY)
    text(TXXX, info.voice, desc=VOICE_KEY)
    url = web_url(article.url)
    if url:  # only an http(s) link: never javascript: or file:
        tags.add(WOAS(url=url))
    text(TENC, f"tts-pipeline {__version__}")
    text(TSSE, info.encoder)
    text(TLEN, str(round(info.duration * 1000)))
    text(USLT, info.transcript, lang=language, desc="")
    for key, value in info.extra.items():
        text(TXXX, value, desc=for_id3(key))
    if info.cover:
        tags.add(APIC(encoding=3, mime=info.cover_mime, type=3, desc="Cover", data=info.cover))
    _add_chapters(tags, info.chapters)
    tags.save(target if not isinstance(target, Path) else str(target), v2_version=3)


def _add_chapters(tags, chapters: Sequence[Chapter]) -> None:
    """CHAP frames and a top-level, ordered CTOC that lists them (ID3v2 Chapter addendum)."""
    from mutagen.id3 import CHAP, CTOC, TIT2, CTOCFlags

    if not chapters:
        return
    ids = [f"chp{i}" for i in range(len(chapters))]
    for element_id, chapter in zip(ids, chapters, strict=True):
        tags.add(
            CHAP(
                element_id=element_id,
                start_time=round(chapter.start * 1000),
                end_time=round(chapter.end * 1000),
                start_offset=0xFFFFFFFF,
                end_offset=0xFFFFFFFF,
                sub_frames=[TIT2(encoding=3, text=for_id3(chapter.title))],
            )
        )
    tags.add(
        CTOC(
            element_id="toc",
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=3, text="Chapters")],
        )
    )
