"""What a site holds: one record per episode, kept in ``<site>/.tts-pipeline/manifest.json``."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from tts_pipeline.files import write_text_atomic

MANIFEST_VERSION = 1


@dataclass(frozen=True)
class EpisodeRecord:
    """An episode of the site, enough to write its feed item without re-reading anything."""

    source: str
    """The input it was made from: an absolute path or a URL."""
    guid: str
    """Stays the same for the life of the episode."""
    slug: str
    """File name stem of the episode's files."""
    input_hash: str
    """Hash of the input and every setting that shapes the episode; equal means unchanged."""
    title: str
    first_seen: str
    """ISO 8601 UTC time the episode was first made."""
    updated: str
    """ISO 8601 UTC time the episode was last made."""
    duration: float
    """Seconds."""
    mp3_bytes: int
    files: dict[str, str] = field(default_factory=dict)
    """File key (audio, webvtt, srt, chapters, cover, episode...) -> file name in the site."""
    author: str | None = None
    published: str | None = None
    """The article's ISO 8601 date, as precise as the page gave it."""
    url: str | None = None
    description: str | None = None
    synthesized: int = 0
    """Pieces the engine spoke when it was last made."""
    chapters: list = field(default_factory=list)
    """[start seconds, title] of every chapter."""


@dataclass
class Manifest:
    path: Path
    episodes: dict[str, EpisodeRecord]
    """By source."""
    meta: dict[str, str] = field(default_factory=dict)
    """Small facts about the site itself, e.g. what its cover was drawn from."""

    @classmethod
    def load(cls, path: Path) -> Manifest:
        """The manifest at ``path``; an empty one when there is none or it is unreadable."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            known = {f.name for f in fields(EpisodeRecord)}
            episodes = {
                item["source"]: EpisodeRecord(**{k: v for k, v in item.items() if k in known})
                for item in data.get("episodes", [])
            }
            meta = {str(k): str(v) for k, v in data.get("meta", {}).items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            episodes, meta = {}, {}
        return cls(path, episodes, meta)

    def save(self) -> None:
        data = {
            "version": MANIFEST_VERSION,
            "meta": self.meta,
            "episodes": [asdict(e) for e in self.episodes.values()],
        }
        write_text_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")

    def slugs(self) -> set[str]:
        return {e.slug for e in self.episodes.values()}
