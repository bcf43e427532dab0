"""Write outputs whole or not at all: a temporary file in the same folder, then a rename.
Read a file only when it is a regular one, and only so much of it.

Also the program's own temporary folders, named with the process id, so that those of a
process that was killed can be recognised and removed.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from tts_pipeline.errors import OutputError, write_error

APP_NAME = "tts-pipeline"
"""The folder name of the program's caches and settings in the user's folders."""
TEMP_PREFIX = "tts-pipeline-"
"""Start of the name of every temporary file or folder the program makes outside an output
folder; then what it is for, the process id and a random part."""
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"[a-z]+-(\d+)-")


def cache_root() -> Path:
    """Where what is made of articles is cached (clips, episodes, transcripts):
    ``$TTS_PIPELINE_CACHE``, else :func:`user_cache_root`."""
    override = os.environ.get("TTS_PIPELINE_CACHE")
    return Path(override) if override else user_cache_root()


def code_cache_root() -> Path:
    """Where what the program derives from its own code and data is cached (compiled
    regular expressions, parsed data files): ``$TTS_PIPELINE_CODE_CACHE``, else
    :func:`user_cache_root`. Not under ``$TTS_PIPELINE_CACHE``: it holds nothing of any
    article, so a new cache of articles does not make every run compile them again."""
    override = os.environ.get("TTS_PIPELINE_CODE_CACHE")
    return Path(override) if override else user_cache_root()


def user_cache_root() -> Path:
    """The user's cache directory: on Linux ``$XDG_CACHE_HOME/tts-pipeline`` or
    ``~/.cache/tts-pipeline``, which is platformdirs' answer there without the 5-15 ms of
    importing it; platformdirs' on other systems."""
    if sys.platform.startswith("linux"):
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        return Path(xdg if xdg.strip() else os.path.expanduser("~/.cache")) / APP_NAME
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME))


def keep_most_recent(folder: Path, pattern: str, count: int) -> None:
    """Delete all but the ``count`` most recently modified files of ``folder`` that match
    ``pattern`` (a cache's bound; a file another process deleted meanwhile is fine)."""

    def modified(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0

    for path in sorted(folder.glob(pattern), key=modified)[:-count]:
        with contextlib.suppress(OSError):
            path.unlink()


def temp_dir(purpose: str) -> Path:
    """A new private temporary folder for ``purpose`` (a lower-case word)."""
    remove_stale_temporaries()
    try:
        return Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{purpose}-{os.getpid()}-"))
    except OSError as e:
        raise write_error(tempfile.gettempdir(), e, "cannot make a temporary folder") from None


def temp_file(purpose: str, suffix: str = "") -> Path:
    """A new, empty private temporary file for ``purpose``; the caller removes it."""
    try:
        handle, name = tempfile.mkstemp(
            prefix=f"{TEMP_PREFIX}{purpose}-{os.getpid()}-", suffix=suffix
        )
    except OSError as e:
        raise write_error(tempfile.gettempdir(), e, "cannot make a temporary file") from None
    os.close(handle)
    return Path(name)


def remove_stale_temporaries() -> None:
    """Remove the temporary files and folders of our processes that no longer run (killed
    before they could clean up). Only this user's; never those of a running process."""
    import shutil

    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return
    for entry in entries:
        found = _TEMP_NAME.match(entry.name)
        if not found or _running(int(found.group(1))):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_uid != os.getuid():
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except (OSError, AttributeError):
            continue


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


def prepare_output(path: Path) -> None:
    """Fail early, before any work, when ``path`` cannot be written."""
    if path.is_dir():
        raise OutputError(
            f"{path}: is a folder, in the way of the file to write there; move it aside"
        )
    try:
        mode = path.lstat().st_mode
    except OSError:
        mode = None
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        # the rename that puts an output in place would replace the device itself
        raise OutputError(f"{path}: is a device, pipe or socket, not a file; give a file name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):  # a file, or a link to nothing, on the way
        raise OutputError(
            f"{path.parent}: cannot create the folder: a file, or a link that leads nowhere, "
            "is in the way; give another output"
        ) from None
    except OSError as e:
        raise write_error(path.parent, e, "cannot create the folder") from None
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise OutputError(f"{path.parent}: folder is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputError(f"{path}: file is not writable")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    with staged_outputs() as stage:
        stage.write(path, data)


def write_cache_file(path: Path, data: bytes) -> None:
    """A cache's file, written whole, its folder made first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, data)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


class StagedOutputs:
    """Several files that appear together: each is written to a temporary name, then all are
    renamed in the order staged (put the main file last), or none if anything failed."""

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []

    def path(self, final: Path) -> Path:
        """A temporary path beside ``final`` to write it to."""
        prepare_output(final)
        tmp = final.parent / f".{final.name}.{uuid.uuid4().hex[:12]}.tmp"
        self._staged.append((tmp, final))  # staged before it exists: a Ctrl-C cannot leave it
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as e:
            self._staged.pop()  # not ours to remove, or never made
            raise write_error(final, e) from None
        return tmp

    def write(self, final: Path, data: bytes | str) -> Path:
        tmp = self.path(final)
        try:
            tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        except OSError as e:
            raise write_error(final, e) from None
        return tmp

    def commit(self) -> list[Path]:
        try:
            for tmp, final in self._staged:
                os.chmod(tmp, 0o644)
                os.replace(tmp, final)
        except OSError as e:
            raise write_error(final, e) from None
        finally:
            self.discard()
        return [final for _, final in self._staged]

    def discard(self) -> None:
        for tmp, _ in self._staged:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def staged_outputs() -> Iterator[StagedOutputs]:
    """Stage files, commit them all when the block ends without error, else remove them."""
    stage = StagedOutputs()
    try:
        yield stage
    except BaseException:
        stage.discard()
        raise
    stage.commit()


def read_regular_file(path: Path, limit: int, truncate: bool = False) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks followed), at most ``limit`` of them.

    OSError when it cannot be read; ValueError when it is not a regular file (a device, a
    FIFO, a folder: never opened for a blocking read) or, unless ``truncate``, is larger.
    """
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(handle, "rb") as f:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise ValueError("not a regular file")
        data = f.read(limit + 1)
    if len(data) > limit and not truncate:
        raise ValueError(f"larger than {limit // (1024 * 1024)} MB")
    return data[:limit]
