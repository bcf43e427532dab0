"""What a site holds: one record per episode, kept in ``<site>/.tts-pipeline/manifest.json``.

The manifest is the only record of what the site has published, so it is never silently
dropped: a damaged one, or one missing while the site has published episodes, is refused with
the way to restore it. Every save keeps the manifest it replaces as ``manifest.json.bak``.
Every file name read from it must name a file inside the site.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from tts_pipeline.errors import OutputError, SiteStateError, write_error
from tts_pipeline.files import staged_outputs

MANIFEST_VERSION = 1
BACKUP_SUFFIX = ".bak"
SITE_FILES = frozenset({"feed.xml", "index.html", "cover.jpg", "cover.png", "podcast.toml"})
"""Files of the site itself, never an episode's."""
FEED_HEAD_BYTES = 1024 * 1024
"""What is read of a feed to tell whether it lists episodes."""
MAX_MANIFEST_BYTES = 256 * 1024 * 1024
"""Largest manifest read: some 200,000 episodes."""
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,250}")
"""An episode's file name: a plain name in the site's folder (slugs and their suffixes)."""
MAX_GUID_CHARS = 500
GUID_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
GUID_SCHEMES = frozenset(("urn", "tag"))
"""Schemes of GUIDs published as they are, besides http(s) URLs: ``urn:uuid:...``, a feed's
``tag:example.com,2024:123``. A GUID with any other (``javascript:``, ``data:``) is not."""


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
    language: str | None = None
    """ISO 639-1 code of the article's language; None: the show's."""
    voice: str | None = None
    """The voice profile that read it."""


_TEXT = ("source", "guid", "slug", "input_hash", "title", "first_seen", "updated")
_OPTIONAL_TEXT = ("author", "published", "url", "description", "language", "voice")
_COUNTS = ("mp3_bytes", "synthesized")


def unsafe_name(name: object) -> str | None:
    """Why ``name`` cannot be an episode's file in the site (None if it can)."""
    if not isinstance(name, str):
        return "is not text"
    if "/" in name or "\\" in name or name.startswith(("..", "~")) or Path(name).is_absolute():
        return f"{name!r} points outside the site"
    if not SAFE_NAME.fullmatch(name):
        return f"{name!r} is not a plain file name of the site"
    if name in SITE_FILES:
        return f"{name!r} is a file of the site itself"
    return None


def source_guid(source: str) -> str:
    """A GUID made from an episode's source: the same source, the same GUID.

    ``uuid5`` of the URL namespace, computed on the source's bytes so that a file name that
    is not UTF-8 (held with surrogate escapes) gets one too.
    """
    name = source.encode("utf-8", "surrogateescape")
    digest = hashlib.sha1(uuid.NAMESPACE_URL.bytes + name, usedforsecurity=False).digest()
    return f"urn:uuid:{uuid.UUID(bytes=digest[:16], version=5)}"


def publishable_guid(guid: str) -> bool:
    """A GUID we publish: one word of clean text, at most ``MAX_GUID_CHARS`` long, that is a
    ``urn:`` or ``tag:`` URI, an http(s) URL, or has no scheme at all (a feed's ``12345``);
    never ``javascript:`` or ``data:``."""
    from tts_pipeline.publish.sanitize import clean_text, web_url

    if clean_text(guid) != guid or guid.split() != [guid] or len(guid) > MAX_GUID_CHARS:
        return False
    scheme = GUID_SCHEME.match(guid)
    if scheme is None or scheme.group(1).lower() in GUID_SCHEMES:
        return True
    return scheme.group(1).lower() in ("http", "https") and web_url(guid) is not None


def record_from_dict(item: object) -> EpisodeRecord:
    """An episode record from its JSON, every field checked; ValueError says what is wrong."""
    if not isinstance(item, dict):
        raise ValueError("an episode is not a JSON object")
    where = f"episode {item.get('source')!r}" if isinstance(item.get("source"), str) else "episode"
    known = {f.name for f in fields(EpisodeRecord)}
    values = {k: v for k, v in item.items() if k in known}
    for key in _TEXT:
        if not isinstance(values.get(key), str) or not values[key]:
            raise ValueError(f"{where}: {key} is missing or not text")
    for key in _OPTIONAL_TEXT:
        if not isinstance(values.get(key), (str, type(None))):
            raise ValueError(f"{where}: {key} is not text")
    for key in _COUNTS:
        value = values.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"{where}: {key} is not a count")
    duration = values.get("duration")
    if not _is_time(duration):
        raise ValueError(f"{where}: duration is not a number of seconds")
    files = values.get("files")
    if not isinstance(files, dict) or "audio" not in files:
        raise ValueError(f"{where}: files does not name the episode's audio")
    for name in [values["slug"], *files.values()]:
        problem = unsafe_name(name)
        if problem:
            raise ValueError(f"{where}: file name {problem}")
    chapters = values.get("chapters", [])
    if not isinstance(chapters, list) or not all(
        isinstance(c, list) and len(c) == 2 and _is_time(c[0]) and isinstance(c[1], str)
        for c in chapters
    ):
        raise ValueError(f"{where}: chapters are not [start, title] pairs")
    return EpisodeRecord(**values)


def _is_time(value: object) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value >= 0
    )


@dataclass
class Manifest:
    path: Path
    episodes: dict[str, EpisodeRecord]
    """By source."""
    meta: dict[str, str] = field(default_factory=dict)
    """Small facts about the site itself, e.g. what its cover was drawn from."""

    @property
    def backup(self) -> Path:
        """The manifest as it was before its last save."""
        return self.path.with_name(self.path.name + BACKUP_SUFFIX)

    @classmethod
    def load(cls, path: Path, feed: Path | None = None) -> Manifest:
        """The manifest at ``path``, checked whole; an empty one for a new site.

        A damaged manifest raises SiteStateError, as does a missing one when the site's
        ``feed`` lists episodes or a backup exists: the run would forget those episodes.
        """
        empty = cls(path, {}, {})
        if not path.exists() and not path.is_symlink():
            if empty.backup.is_file() or (feed is not None and _lists_episodes(feed)):
                raise SiteStateError(
                    f"{path}: missing, but the site has published episodes; nothing was changed. "
                    + empty._remedy(feed)
                )
            return empty
        if path.is_symlink():
            raise SiteStateError(
                f"{path}: is a symbolic link; the site's manifest must be a plain file in the site"
            )
        try:
            episodes, meta = _parse(_read_json(path))
        except OSError as e:
            raise SiteStateError(
                f"{path}: cannot read the site's manifest: {e.strerror or e}"
            ) from None
        except (ValueError, RecursionError) as e:
            reason = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise SiteStateError(
                f"{path}: the site's manifest is damaged ({reason}); nothing was changed. "
                + empty._remedy(feed)
            ) from None
        return cls(path, episodes, meta)

    def _remedy(self, feed: Path | None) -> str:
        """How to get the site's record back, for an error message."""
        try:
            count = len(_parse(_read_json(self.backup))[0])
        except (OSError, ValueError, RecursionError):
            present = [p for p in (self.path, self.backup, feed) if p and os.path.lexists(p)]
            remove = ", ".join(str(p) for p in present)
            return (
                f"To start the site's record anew, delete {remove}, then run again with every "
                "article to keep (episodes not among the inputs leave the feed)"
            )
        return (
            f"To restore the previous manifest ({count} episodes), copy {self.backup} over "
            f"{self.path} and run again with the same inputs"
        )

    def save(self) -> None:
        """Write the manifest whole or not at all, an episode at a time: a site of many
        thousand episodes is never held as one text (or as dictionaries) besides its records."""
        self._back_up()
        with staged_outputs() as stage:
            temporary = stage.path(self.path)
            try:
                with open(temporary, "w", encoding="ascii", newline="\n") as out:
                    out.writelines(self._json())
            except OSError as e:
                raise write_error(self.path, e) from None

    def _json(self) -> Iterator[str]:
        """The manifest's JSON, in pieces: what ``json.dumps(..., indent=1)`` of the whole
        writes. ASCII: a source path that is not UTF-8 (surrogate escapes) is kept escaped."""
        head = {"version": MANIFEST_VERSION, "meta": self.meta}
        yield json.dumps(head, ensure_ascii=True, indent=1)[:-2] + ',\n "episodes": ['
        separator = "\n"
        for episode in self.episodes.values():
            record = json.dumps(asdict(episode), ensure_ascii=True, indent=1)
            yield separator + "  " + record.replace("\n", "\n  ")
            separator = ",\n"
        yield ("\n ]" if separator == ",\n" else "]") + "\n}\n"

    def _back_up(self) -> None:
        """Keep the manifest about to be replaced as the backup: a hard link, no copy."""
        if not self.path.is_file():
            return
        if self.backup.is_file() and self.backup.samefile(self.path):
            return  # a save killed after its backup: renaming a link onto itself does nothing
        temporary = self.backup.with_name(f".{self.backup.name}.{os.getpid()}.tmp")
        try:
            temporary.unlink(missing_ok=True)
            try:
                os.link(self.path, temporary, follow_symlinks=False)
            except OSError:  # a file system without hard links
                shutil.copyfile(self.path, temporary)
            os.replace(temporary, self.backup)
        except OSError as e:
            temporary.unlink(missing_ok=True)
            raise OutputError(f"{self.backup}: cannot write: {e.strerror or e}") from None

    def slugs(self) -> set[str]:
        return {e.slug for e in self.episodes.values()}

    def new_guid(self, source: str, url: str | None, given: str | None = None) -> str:
        """A new episode's GUID: the one its feed ``given`` it, else its article's http(s)
        URL, unless another episode has that one (two pages may give the same canonical URL,
        two feeds the same GUID); else one from its source."""
        from tts_pipeline.publish.sanitize import web_url

        taken = {e.guid for s, e in self.episodes.items() if s != source}
        for guid in (given, web_url(url)):
            if guid and publishable_guid(guid) and guid not in taken:
                return guid
        return source_guid(source)

    def settle_guids(self) -> list[str]:
        """Give every episode a publishable GUID of its own (a manifest of an earlier version
        may hold duplicates or a ``javascript:`` one): the oldest keeps a shared GUID, the
        others get one from their source. Returns the sources whose GUID changed."""
        from dataclasses import replace

        seen: set[str] = set()
        changed = []
        for source, e in sorted(self.episodes.items(), key=lambda s: (s[1].first_seen, s[0])):
            if e.guid in seen or not publishable_guid(e.guid):
                self.episodes[source] = e = replace(e, guid=source_guid(source))
                changed.append(source)
            seen.add(e.guid)
        return changed


def _lists_episodes(feed: Path) -> bool:
    """Whether the feed at ``feed`` lists an episode (its first item comes in the first KBs)."""
    from tts_pipeline.files import read_regular_file

    try:
        return b"<item>" in read_regular_file(feed, FEED_HEAD_BYTES, truncate=True)
    except (OSError, ValueError):
        return False


def _read_json(path: Path) -> object:
    """The JSON of a regular file of bounded size; OSError, or ValueError when it is not one."""
    from tts_pipeline.files import read_regular_file

    return json.loads(read_regular_file(path, MAX_MANIFEST_BYTES).decode("utf-8"))


def _parse(data: object) -> tuple[dict[str, EpisodeRecord], dict[str, str]]:
    """Episodes by source and the site's facts from a manifest's JSON; ValueError if damaged."""
    if not isinstance(data, dict) or not isinstance(data.get("episodes", []), list):
        raise ValueError("not a manifest")
    version = data.get("version", MANIFEST_VERSION)
    if not isinstance(version, int) or version > MANIFEST_VERSION:
        raise ValueError(f"version {version!r}, written by a newer tts-pipeline")
    meta = data.get("meta", {})
    if not isinstance(meta, dict):
        raise ValueError("meta is not a JSON object")
    episodes: dict[str, EpisodeRecord] = {}
    owner: dict[str, str] = {}
    for item in data.get("episodes", []):
        record = record_from_dict(item)
        if record.source in episodes:
            raise ValueError(f"two episodes of the source {record.source!r}")
        for name in {record.slug, *record.files.values()}:
            if owner.setdefault(name, record.source) != record.source:
                raise ValueError(f"two episodes share the file {name!r}")
        episodes[record.source] = record
    return episodes, {str(k): str(v) for k, v in meta.items()}
