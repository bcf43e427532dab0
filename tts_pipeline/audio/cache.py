"""Caches on disk: synthesized clips, keyed by a hash of engine, voice settings and text,
and finished episodes, keyed by a hash of everything that shapes their files."""

from __future__ import annotations

import hashlib
import os
import tempfile
import wave
from pathlib import Path

from tts_pipeline.models import Clip

CACHE_FORMAT = "1"
"""Bump to invalidate every cached clip when the stored format changes."""


def cache_root() -> Path:
    """``$TTS_PIPELINE_CACHE`` or the user's cache directory (XDG on Linux)."""
    override = os.environ.get("TTS_PIPELINE_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("tts-pipeline"))


def default_cache_dir() -> Path:
    """Where clips are cached."""
    return cache_root() / "clips"


def clip_key(engine_identity: str, text: str) -> str:
    """The content hash a clip is stored under."""
    digest = hashlib.sha256()
    for part in (CACHE_FORMAT, engine_identity, text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


class ClipCache:
    """Clips as WAV files ``<dir>/<2 hex>/<hash>.wav``, written atomically."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.wav"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> Clip | None:
        try:
            with wave.open(str(self._path(key)), "rb") as w:
                pcm = w.readframes(w.getnframes())
                if len(pcm) != w.getnframes() * 2:
                    return None
                return Clip(pcm=pcm, rate=w.getframerate())
        except (OSError, EOFError, wave.Error):
            return None

    def put(self, key: str, clip: Clip) -> bool:
        """Store a clip; False when the folder cannot be written (never an error)."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as f, wave.open(f, "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(clip.rate)
                w.writeframes(clip.pcm)
            os.replace(tmp, path)
        except OSError:
            return False
        return True


class ClipStore:
    """Where one run's clips live: the shared cache, when it may be used and written, and a
    private temporary folder for the rest (everything, with ``--no-cache``).

    Holds paths only, so it can be handed to worker processes.
    """

    def __init__(self, cache: ClipCache | None) -> None:
        self.cache = cache
        self.private = ClipCache(Path(tempfile.mkdtemp(prefix="tts-pipeline-clips-")))

    def has(self, key: str) -> bool:
        return self.private.has(key) or (self.cache is not None and self.cache.has(key))

    def put(self, key: str, clip: Clip) -> None:
        if self.cache is not None and self.cache.put(key, clip):
            return
        if not self.private.put(key, clip):
            from tts_pipeline.errors import OutputError

            raise OutputError(f"{self.private.directory}: cannot store synthesized speech")

    def get(self, key: str) -> Clip:
        clip = self.private.get(key) or (self.cache.get(key) if self.cache else None)
        if clip is None:
            from tts_pipeline.errors import SynthesisError

            raise SynthesisError(f"synthesized speech {key[:12]} vanished from the clip store")
        return clip

    def close(self) -> None:
        import shutil

        shutil.rmtree(self.private.directory, ignore_errors=True)

    def __enter__(self) -> ClipStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class EpisodeCache:
    """Finished episodes (any picklable value) as ``<dir>/<2 hex>/<hash>.pickle``.

    The folder is the user's own cache, written only by this program.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        import pickle

        try:
            with self._path(key).open("rb") as f:
                return pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            return None

    def put(self, key: str, value) -> None:
        """Store ``value``; a cache that cannot be written is skipped, never fatal."""
        import pickle

        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            return


def content_key(*parts: object) -> str:
    """A hash of ``parts`` (their ``repr``), with the cache format."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    for part in parts:
        digest.update(b"\x00")
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
