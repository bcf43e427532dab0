"""Caches on disk: synthesized clips, keyed by a hash of engine, voice settings and text,
and finished episodes, keyed by a hash of everything that shapes their files.

The clip cache is bounded: when it grows over ``clip_cache_limit()`` bytes, the clips used
least recently go, except those used within ``RECENT_SECONDS`` (another run may be about to
read them).

Both caches live on this machine by default (:func:`.files.cache_root`);
:func:`open_clip_cache` can put the clip cache in a folder on shared storage or at an fsspec
URL (``remote_cache``), for several machines to share.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import tempfile
import time
from pathlib import Path

from tts_pipeline.files import cache_root
from tts_pipeline.models import Clip

CACHE_FORMAT = "2"
"""Bump to invalidate every cached clip when the stored format changes. 2: clips are stored
only once checked plausible for their text (1 could hold silent clips)."""
DEFAULT_CLIP_CACHE_BYTES = 2 * 1024**3
"""Default bound of the clip cache: 2 GiB, about 12 hours of speech at 24 kHz."""
CACHE_SIZE_VARIABLE = "TTS_PIPELINE_CACHE_SIZE"
"""Environment variable with another bound: bytes, or a number with K, M or G; 0 keeps no
clips between runs."""
RECENT_SECONDS = 3600.0
"""Clips used this recently are kept even over the bound."""
TRIM_TO = 0.8
"""A trim removes clips until the cache holds at most this share of its bound."""
USAGE_FILE = "usage"
"""In the clip cache: its size in bytes when last measured, plus what runs added since."""
_HEADER = struct.Struct("<4sI4s4sIHHIIHH4sI")
_CHECKED = (0, 2, 3, 5, 6, 7, 10, 11, 12)
"""The header's fields that say what it is, its rate and its size."""
_EXPECTED = (b"RIFF", b"WAVE", b"fmt ", 1, 1, 16, b"data")
"""PCM, one channel, 16 bits."""
_UNITS = {"": 1, "B": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def default_cache_dir() -> Path:
    """Where clips are cached."""
    return cache_root() / "clips"


def open_clip_cache(location: str | None = None):
    """The clip cache at ``location``: a folder (one on shared storage, say) or an fsspec URL
    (``s3://bucket/clips``, ``file:///mnt/clips``); None: this machine's. A folder is bounded
    by ``clip_cache_limit()``; a URL's store bounds itself. ConfigError when a URL cannot be
    used (an unknown protocol, its package not installed)."""
    if location is None:
        return ClipCache(default_cache_dir(), clip_cache_limit())
    if is_url(location):
        from tts_pipeline.audio.remote_cache import RemoteClipCache

        return RemoteClipCache(location)
    return ClipCache(Path(location).expanduser(), clip_cache_limit())


def is_url(location: str) -> bool:
    """Whether a cache location is an fsspec URL (``proto://...``, ``chain::proto://...``)."""
    import re

    return bool(re.match(r"[A-Za-z][A-Za-z0-9+.-]*(://|::)", location))


def clip_cache_limit() -> int:
    """The clip cache's bound in bytes: ``$TTS_PIPELINE_CACHE_SIZE`` or the default."""
    from tts_pipeline.errors import ConfigError

    value = os.environ.get(CACHE_SIZE_VARIABLE, "").strip().upper().removesuffix("IB")
    if not value:
        return DEFAULT_CLIP_CACHE_BYTES
    number, unit = value.rstrip("BKMGT"), value[len(value.rstrip("BKMGT")) :]
    try:
        size = float(number) * _UNITS[unit.removesuffix("B") or unit]
    except (ValueError, KeyError):
        size = -1
    if not 0 <= size < float("inf"):
        raise ConfigError(
            f"{CACHE_SIZE_VARIABLE}={os.environ[CACHE_SIZE_VARIABLE]!r} is not a size; "
            "give bytes or a number with K, M or G, e.g. 500M"
        )
    return int(size)


def clip_key(engine_identity: str, text: str) -> str:
    """The content hash a clip is stored under."""
    digest = hashlib.sha256()
    for part in (CACHE_FORMAT, engine_identity, text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def wav_bytes(clip: Clip) -> bytes:
    """``clip`` as a 16-bit mono WAV file."""
    size = len(clip.pcm)
    header = _HEADER.pack(
        b"RIFF", 36 + size, b"WAVE", b"fmt ", 16, 1, 1, clip.rate, 2 * clip.rate, 2, 16,
        b"data", size,
    )  # fmt: skip
    return header + clip.pcm


def decode_clip(data: bytes) -> Clip | None:
    """The clip a stored file holds, or None when the file is not a whole one."""
    header = _read_header(data)
    if header is None or len(data) != _HEADER.size + header[1] or header[1] % 2:
        return None
    return Clip(pcm=data[_HEADER.size :], rate=header[0])


def _read_header(data: bytes) -> tuple[int, int] | None:
    """(sample rate, bytes of audio) of a WAV header as :func:`wav_bytes` writes it."""
    if len(data) < _HEADER.size:
        return None
    fields = _HEADER.unpack_from(data)
    riff, wave, fmt, kind, channels, rate, bits, tag, size = (fields[i] for i in _CHECKED)
    if (riff, wave, fmt, kind, channels, bits, tag) != _EXPECTED:
        return None
    return rate, size


class ClipCache:
    """Clips as WAV files ``<dir>/<2 hex>/<hash>.wav``, written atomically; at most
    ``limit`` bytes (None: no bound) once :meth:`trim` runs."""

    def __init__(self, directory: Path, limit: int | None = None) -> None:
        self.directory = directory
        self.limit = limit
        self.added = 0
        """Bytes this process stored here."""
        self.error: OSError | None = None
        """Why the last :meth:`put` failed."""

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.wav"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def seconds(self, key: str) -> float | None:
        """How long the stored clip is, marking it used; None when it is missing or broken."""
        path = self._path(key)
        try:
            with path.open("rb") as f:
                header = _read_header(f.read(_HEADER.size))
                size = os.fstat(f.fileno()).st_size
        except OSError:
            return None
        if header is None or header[0] <= 0 or size != _HEADER.size + header[1]:
            return None
        with contextlib.suppress(OSError):
            os.utime(path)
        return header[1] / 2 / header[0]

    def get(self, key: str) -> Clip | None:
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        return decode_clip(data)

    def put(self, key: str, clip: Clip) -> bool:
        """Store a clip; False when it cannot be (never an error)."""
        if self.limit is not None and self.added + len(clip.pcm) > self.limit:
            return False  # one run never fills more than the whole bound
        path = self._path(key)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as f:
                f.write(wav_bytes(clip))
            os.replace(tmp, path)
        except OSError as e:
            _remove(tmp)
            self.error = e
            return False
        except BaseException:
            _remove(tmp)
            raise
        self.added += _HEADER.size + len(clip.pcm)
        return True

    def discard(self, key: str) -> None:
        _remove(self._path(key))

    def trim(self) -> None:
        """Bring the cache under its bound if the clips stored lately took it over."""
        if self.limit is None or not self.added:
            return
        usage_path = self.directory / USAGE_FILE
        try:
            usage = int(usage_path.read_text()) + self.added
        except (OSError, ValueError):
            usage = None
        self.added = 0
        if usage is not None and usage <= self.limit:
            _write_usage(usage_path, usage)
            return
        _write_usage(usage_path, self._evict())

    def _evict(self) -> int:
        """Remove the least recently used clips down to ``TRIM_TO`` of the bound (sparing
        those used within ``RECENT_SECONDS``); return the bytes left."""
        clips = []
        for folder in _scandir(self.directory):
            if folder.is_dir(follow_symlinks=False):
                for entry in _scandir(folder.path):
                    with contextlib.suppress(OSError):
                        stat = entry.stat(follow_symlinks=False)
                        clips.append((stat.st_mtime, stat.st_size, entry.path))
        total = sum(size for _, size, _ in clips)
        recent = time.time() - RECENT_SECONDS
        for used, size, path in sorted(clips):
            if total <= self.limit * TRIM_TO or used > recent:
                break
            _remove(path)
            total -= size
        return total


def _scandir(path) -> list:
    try:
        return list(os.scandir(path))
    except OSError:
        return []


def _write_usage(path: Path, usage: int) -> None:
    with contextlib.suppress(OSError):
        path.write_text(str(usage))


def _remove(path) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            os.unlink(path)


class ClipStore:
    """Where one run's clips live: the shared cache, when it may be used and written, and a
    private temporary folder for the rest (everything, with ``--no-cache``).

    Holds paths only, so it can be handed to worker processes.
    """

    def __init__(self, cache: ClipCache | None) -> None:
        from tts_pipeline.files import temp_dir

        self.cache = cache
        self.private = ClipCache(temp_dir("clips"))

    def has(self, key: str) -> bool:
        return self.private.has(key) or (self.cache is not None and self.cache.has(key))

    def seconds(self, key: str) -> float | None:
        """How long the stored clip is; None when there is none (or only a broken one)."""
        found = self.private.seconds(key)
        if found is None and self.cache is not None:
            found = self.cache.seconds(key)
        return found

    def discard(self, key: str) -> None:
        """Forget a stored clip (it was found implausible)."""
        self.private.discard(key)
        if self.cache is not None:
            self.cache.discard(key)

    def put(self, key: str, clip: Clip) -> None:
        if self.cache is not None and self.cache.put(key, clip):
            return
        if not self.private.put(key, clip):
            from tts_pipeline.errors import OutputError, write_error

            folder, error = self.private.directory, self.private.error
            if error is None:
                raise OutputError(f"{folder}: cannot store synthesized speech")
            raise write_error(folder, error, "cannot store synthesized speech")

    def get(self, key: str) -> Clip:
        clip = self.private.get(key) or (self.cache.get(key) if self.cache else None)
        if clip is None:
            from tts_pipeline.errors import SynthesisError

            raise SynthesisError(f"synthesized speech {key[:12]} vanished from the clip store")
        return clip

    def close(self) -> None:
        import shutil

        shutil.rmtree(self.private.directory, ignore_errors=True)
        if self.cache is not None:
            self.cache.trim()

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

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

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
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            _remove(tmp)
        except BaseException:
            _remove(tmp)
            raise


def content_key(*parts: object) -> str:
    """A hash of ``parts`` (their ``repr``), with the cache format."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    for part in parts:
        digest.update(b"\x00")
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
