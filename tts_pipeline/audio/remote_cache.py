"""A clip cache at an fsspec URL (an object store, SFTP, a mounted file system...), which every
machine of a cluster pointed at it shares.

The same layout and WAV files as ``cache.ClipCache``: ``<url>/<2 hex>/<hash>.wav``, the hash
of the engine, its voice settings and the text. Each clip is written under a temporary name
and then moved into place (an object store's copy or a file system's rename), so a reader
finds a whole clip or none, and two workers storing the same clip at once never leave a mix of
both; every read checks the header against the size. Nothing here is trimmed: a shared store
is bounded by its own rules (an object store's expiry, a quota). Every failure of the store is
a cache miss, never an error: the clip is then spoken again or kept in the run's own folder.
"""

from __future__ import annotations

import contextlib
import uuid

from tts_pipeline.audio.cache import _HEADER, _read_header, decode_clip, wav_bytes
from tts_pipeline.errors import ConfigError
from tts_pipeline.models import Clip

PROBE_NAME = ".tts-pipeline-probe"
"""Written and read back by :meth:`RemoteClipCache.probe`."""


class RemoteClipCache:
    """Clips at ``url``, through fsspec; pickles as its URL (for worker processes)."""

    limit = None
    """No bound of ours (see the module's docstring)."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self.added = 0
        """Bytes this process stored here."""
        self.error: Exception | None = None
        """Why the last :meth:`put` failed."""
        self._fs, self._root = _filesystem(self.url)

    def __getstate__(self) -> dict:
        return {"url": self.url, "added": self.added}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["url"])
        self.added = state["added"]

    def _path(self, key: str) -> str:
        return f"{self._root}/{key[:2]}/{key}.wav"

    def has(self, key: str) -> bool:
        try:
            return bool(self._fs.exists(self._path(key)))
        except Exception:
            return False

    def seconds(self, key: str) -> float | None:
        """How long the stored clip is; None when it is missing or broken."""
        path = self._path(key)
        try:
            size = self._fs.size(path)
            header = _read_header(self._fs.cat_file(path, start=0, end=_HEADER.size))
        except Exception:
            return None
        if header is None or header[0] <= 0 or size != _HEADER.size + header[1]:
            return None
        return header[1] / 2 / header[0]

    def get(self, key: str) -> Clip | None:
        try:
            data = self._fs.cat_file(self._path(key))
        except Exception:
            return None
        return decode_clip(data)

    def put(self, key: str, clip: Clip) -> bool:
        """Store a clip (whole, under its final name, or not at all); False when it cannot
        be stored (never an error)."""
        data = wav_bytes(clip)
        if self._write(self._path(key), data):
            self.added += len(data)
            return True
        return False

    def _write(self, path: str, data: bytes) -> bool:
        folder = path.rsplit("/", 1)[0]
        temporary = f"{folder}/.{uuid.uuid4().hex}.tmp"
        try:
            self._fs.makedirs(folder, exist_ok=True)
            self._fs.pipe_file(temporary, data)
            self._fs.mv(temporary, path)
        except Exception as e:
            self.error = e
            self._remove(temporary)
            return False
        return True

    def discard(self, key: str) -> None:
        self._remove(self._path(key))

    def _remove(self, path: str) -> None:
        with contextlib.suppress(Exception):
            self._fs.rm(path)

    def trim(self) -> None:
        """Nothing: a shared store bounds itself."""

    def probe(self) -> str | None:
        """None if a file can be written here and read back; else why not, in words."""
        path = f"{self._root}/{PROBE_NAME}-{uuid.uuid4().hex}"
        data = b"tts-pipeline clip cache probe"
        if not self._write(path, data):
            return f"cannot write there: {_describe(self.error)}"
        try:
            back = self._fs.cat_file(path)
        except Exception as e:
            back = e
        self._remove(path)
        if back != data:
            return f"what was written there does not read back: {_describe(back)}"
        return None


def _filesystem(url: str):
    """The fsspec file system of ``url`` and the path in it; ConfigError if it cannot be used."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise ConfigError(
            f"clip cache {url}: a cache at a URL needs fsspec: pip install 'tts-pipeline[dask]'"
        ) from None
    try:
        fs, root = url_to_fs(url)
    except (ImportError, ValueError, TypeError, OSError) as e:  # unknown protocol, no package
        raise ConfigError(f"clip cache {url}: {_describe(e)}") from None
    return fs, root.rstrip("/")


def _describe(error: object) -> str:
    if isinstance(error, BaseException):
        text = " ".join(str(error).split())
        return f"{type(error).__name__}: {text}" if text else type(error).__name__
    return repr(error)[:80]
