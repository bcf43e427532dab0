"""An article's work as a task for another machine: everything it needs travels with it.

A :class:`ArticleTask` carries the per-article function (pickled by name), the article, the
render settings and the voice profile with the contents of the files the profile names
(lexicon, intro and outro music, cover), so a worker needs no disk shared with the
coordinator, only the same tts-pipeline and engines. :func:`render_task` runs on the worker:
it puts the profile's files in a folder of its own and calls the same function as the local
executor (``pipeline.render_episode``, or ``render_checked_episode`` for ``--check``), one
article at a time per process (the engines keep state per process).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from tts_pipeline import __version__
from tts_pipeline.errors import ClusterError, PipelineError, VoiceError
from tts_pipeline.models import Article
from tts_pipeline.pipeline import RenderedEpisode, RenderSettings
from tts_pipeline.voices import VoiceProfile

PROFILE_FILE_KEYS = ("lexicon", "intro_music", "outro_music", "cover")
"""The profile's settings that name a file, carried by content."""
MAX_PROFILE_FILE_BYTES = 64 * 1024**2
"""Largest file a profile may name for a cluster run (music included)."""


@dataclass(frozen=True)
class PortableVoice:
    """A voice profile with the contents of the files it names, under plain names."""

    profile: VoiceProfile
    """The profile, each file setting replaced by a name in ``files``."""
    files: tuple[tuple[str, bytes], ...] = ()
    """(file name, contents)."""

    @classmethod
    def pack(cls, profile: VoiceProfile) -> PortableVoice:
        """Read the files ``profile`` names (VoiceError if one cannot be read)."""
        from tts_pipeline.files import read_regular_file
        from tts_pipeline.normalize.lexicon import resolve_lexicon

        names, files = {}, []
        for key in PROFILE_FILE_KEYS:
            value = getattr(profile, key)
            if not value:
                continue
            if key == "lexicon":
                base = Path(profile.source).parent if profile.source else None
                path = resolve_lexicon(value, base)
            else:
                path = profile.resolve(value)
            try:
                data = read_regular_file(path, MAX_PROFILE_FILE_BYTES)
            except (OSError, ValueError) as e:
                raise VoiceError(f"voice profile {profile.name!r}: {key} {path}: {e}") from None
            names[key] = f"{key}{path.suffix}"
            files.append((names[key], data))
        return cls(replace(profile, source=None, **names), tuple(files))

    @property
    def digest(self) -> str:
        digest = hashlib.sha256(repr(self.profile).encode("utf-8", "surrogatepass"))
        for name, data in self.files:
            digest.update(f"\x00{name}\x00{len(data)}\x00".encode())
            digest.update(data)
        return digest.hexdigest()

    def unpack(self) -> VoiceProfile:
        """The profile, its files in a folder of this process (written once per process)."""
        folder = _voices_folder() / self.digest[:32]
        for name, data in self.files:
            path = folder / name
            if not path.is_file() or path.stat().st_size != len(data):
                from tts_pipeline.files import write_bytes_atomic

                folder.mkdir(parents=True, exist_ok=True)
                write_bytes_atomic(path, data)
        return replace(self.profile, source=str(folder / f"{self.profile.name}.toml"))


@dataclass(frozen=True)
class ArticleTask:
    """One article's work, as sent to a worker."""

    render: Callable[[Article, VoiceProfile, RenderSettings], RenderedEpisode]
    """``pipeline.render_episode`` or ``render_checked_episode``."""
    article: Article
    voice: PortableVoice
    settings: RenderSettings
    version: str = __version__
    """The coordinator's tts-pipeline."""


def render_task(task: ArticleTask) -> RenderedEpisode:
    """Run on a worker: the article's episode, in memory, as the local executor makes it."""
    check_version(task.version)
    with _one_article_at_a_time:
        return task.render(task.article, task.voice.unpack(), task.settings)


def check_version(coordinator: str) -> None:
    if coordinator != __version__:
        raise ClusterError(
            f"a worker runs tts-pipeline {__version__}, the coordinator {coordinator}: "
            "install the same version on every machine"
        )


def worker_problem(
    voice: PortableVoice, cache: str | None, version: str, checks: bool = False
) -> str | None:
    """Run on each worker before a batch: None if it can render with ``voice`` (reach the clip
    cache at ``cache``, and listen to episodes if ``checks``), else why not, in words."""
    from tts_pipeline.engines import get_engine

    try:
        check_version(version)
        profile = voice.unpack()
        reason = get_engine(profile.engine).unavailable_reason(profile)
        if reason is None and cache is not None:
            reason = cache_problem(cache)
        if reason is None and checks:
            from tts_pipeline.batch.checking import require_recognizer

            require_recognizer()
    except PipelineError as e:
        reason = str(e)
    return reason


def cache_problem(location: str) -> str | None:
    """None if clips can be stored at ``location`` (a folder or an fsspec URL), else why not."""
    from tts_pipeline.audio.cache import is_url, open_clip_cache

    cache = open_clip_cache(location)
    if is_url(location):
        problem = cache.probe()
        return f"clip cache {location}: {problem}" if problem else None
    import os
    import tempfile

    try:
        cache.directory.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(dir=cache.directory, suffix=".tmp")
        os.close(handle)
        os.unlink(probe)
    except OSError as e:
        return f"clip cache {location}: cannot write there: {e.strerror or e}"
    return None


_one_article_at_a_time = threading.Lock()
"""A worker process renders one article at a time: an engine instance serves one call."""
_folder: list[Path] = []


def _voices_folder() -> Path:
    """This process's folder of voice files (removed by a later run once the process ends)."""
    from tts_pipeline.files import temp_dir

    if not _folder or not _folder[0].is_dir():
        _folder[:] = [temp_dir("voices")]
    return _folder[0]
