"""The site's own files: its manifest, its cover, ``index.html`` and ``feed.xml``, and the
episode files it prunes. Every name read from the state folder is checked to stay inside
the site before anything is read, written or deleted."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from tts_pipeline.batch.config import PodcastConfig
from tts_pipeline.batch.feed import FEED_NAME
from tts_pipeline.batch.manifest import SITE_FILES, EpisodeRecord, Manifest, unsafe_name
from tts_pipeline.errors import SiteStateError

STATE_DIR = ".tts-pipeline"
"""Folder of the site holding the manifest and the lock."""
MANIFEST_NAME = "manifest.json"
RESERVED_SLUGS = frozenset(Path(name).stem for name in SITE_FILES)
"""Slugs an episode never gets: its files would take the names of the site's own."""


OWN_MARK = b"tts-pipeline"
"""In the first KB of every index.html and feed.xml we write (their generator)."""


def refuse_foreign_files(site: Path) -> None:
    """OutputError when a folder that is no site yet (no state folder) holds an index.html or a
    feed.xml that tts-pipeline did not write, such as a web folder's home page or a blog's
    feed: the first run would replace them."""
    from tts_pipeline.errors import OutputError
    from tts_pipeline.files import read_regular_file

    if os.path.lexists(site / STATE_DIR):
        return
    for path in (site / "index.html", site / FEED_NAME):
        if not path.is_file():
            continue  # missing, or a folder in the way (said when it is written)
        try:
            ours = OWN_MARK in read_regular_file(path, 4096, truncate=True)
        except (OSError, ValueError):
            ours = False
        if not ours:
            raise OutputError(
                f"{path}: was not written by tts-pipeline, and building the site there would "
                "replace it; give the site a folder of its own (or move the file aside)"
            )


def site_file(site: Path, name: str) -> Path:
    """The path of the episode file ``name`` in ``site``; SiteStateError if it is not a plain
    name of a file there (``../victim/x``, ``/etc/passwd``, ``feed.xml``)."""
    problem = unsafe_name(name)
    if problem:
        raise SiteStateError(f"{site / STATE_DIR / MANIFEST_NAME}: file name {problem}")
    return site / name


def load_manifest(site: Path) -> Manifest:
    """The site's manifest (see :meth:`Manifest.load`), its GUIDs made unique and safe."""
    manifest = Manifest.load(site / STATE_DIR / MANIFEST_NAME, feed=site / FEED_NAME)
    manifest.settle_guids()
    return manifest


def files_exist(site: Path, record: EpisodeRecord) -> bool:
    """Whether every file of the episode is in the site (its names checked first)."""
    paths = [site_file(site, name) for name in record.files.values()]
    return all(path.is_file() for path in paths)


def remove_stale_temporaries(site: Path) -> None:
    """Temporary files left by a run that was killed (we hold the lock: nobody else writes)."""
    for folder in (site, site / STATE_DIR):
        if folder.is_dir():
            for leftover in folder.glob(".*.tmp"):
                leftover.unlink(missing_ok=True)


def prune(site: Path, manifest: Manifest, sources: set[str]) -> list[str]:
    """Remove the episodes whose source is not in ``sources``; return those sources."""
    gone = [s for s in manifest.episodes if s not in sources]
    paths = [site_file(site, n) for s in gone for n in manifest.episodes[s].files.values()]
    for source in gone:
        del manifest.episodes[source]
    for path in paths:
        path.unlink(missing_ok=True)
    return gone


def podcast_cover(config: PodcastConfig, site: Path, manifest: Manifest) -> tuple[str, bytes]:
    """The show's cover (the configured image or one drawn from the title), written once."""
    from tts_pipeline.batch.config import load_podcast_image
    from tts_pipeline.files import write_bytes_atomic
    from tts_pipeline.publish.cover import draw_cover, image_type

    path = config.image_path()
    if path:
        data, mime = load_podcast_image(path, config.source)
    else:
        existing = site / "cover.jpg"
        key = hashlib.sha256(f"drawn\x00{config.title}\x00".encode("utf-8", "surrogatepass"))
        key = key.hexdigest()
        if manifest.meta.get("cover") == key and existing.is_file():
            data = _read(existing)
            if image_type(data):
                return existing.name, data
        data, mime = draw_cover(config.title), "image/jpeg"
        manifest.meta["cover"] = key
    name = "cover.png" if mime == "image/png" or image_type(data) == "image/png" else "cover.jpg"
    target = site / name
    if _read(target) != data:
        write_bytes_atomic(target, data)
    return name, data


def _read(path: Path) -> bytes:
    """An image of the site, or nothing when it is missing, not a regular file or too large."""
    from tts_pipeline.files import read_regular_file
    from tts_pipeline.publish.cover import MAX_IMAGE_BYTES

    try:
        return read_regular_file(path, MAX_IMAGE_BYTES)
    except (OSError, ValueError):
        return b""


def write_site(site: Path, config: PodcastConfig, manifest: Manifest, cover_name: str) -> None:
    """index.html, then feed.xml last, published only once it parses back; each only when it
    changed (the feed's lastBuildDate aside), so a run that changed nothing writes nothing.
    One is made and written before the other, so a site of thousands holds one at a time."""
    from tts_pipeline.batch.feed import publish_feed, render_feed
    from tts_pipeline.files import write_bytes_atomic

    index = _index(config, manifest).encode("utf-8")
    if _read_site_file(site / "index.html") != index:
        write_bytes_atomic(site / "index.html", index)
    del index
    feed = render_feed(config, list(manifest.episodes.values()), cover_name)
    if not _same_but_build_date(_read_site_file(site / FEED_NAME), feed):
        publish_feed(site / FEED_NAME, feed)


def _index(config: PodcastConfig, manifest: Manifest) -> str:
    """The HTML of the site's ``index.html``."""
    from tts_pipeline.batch.feed import episode_title
    from tts_pipeline.publish.player import IndexEpisode, index_page
    from tts_pipeline.publish.player.text import file_url

    listed = (
        IndexEpisode(
            title=episode_title(e),
            player=file_url(e.files.get("player", e.files["audio"])),
            audio=file_url(e.files["audio"]),
            duration=e.duration,
            published=e.published or e.first_seen,
            author=e.author,
            cover=file_url(e.files["cover"]) if "cover" in e.files else None,
        )
        for e in manifest.episodes.values()
    )
    return index_page(config.title, listed, config.description, FEED_NAME, config.language)


def _same_but_build_date(old: bytes, new: bytes) -> bool:
    """Whether two feeds are the same but for their ``lastBuildDate`` (compared in place)."""
    a, b = _BUILD_DATE.search(old), _BUILD_DATE.search(new)
    if a is None or b is None:
        return old == new
    before, after = memoryview(old), memoryview(new)
    return before[: a.start()] == after[: b.start()] and before[a.end() :] == after[b.end() :]


_BUILD_DATE = re.compile(rb"<lastBuildDate>[^<]*</lastBuildDate>")
MAX_SITE_FILE_BYTES = 256 * 1024 * 1024


def _read_site_file(path: Path) -> bytes:
    """The site's feed or index as it is, or nothing when it is missing or not a file."""
    from tts_pipeline.files import read_regular_file

    try:
        return read_regular_file(path, MAX_SITE_FILE_BYTES)
    except (OSError, ValueError):
        return b""
