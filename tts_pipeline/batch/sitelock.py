"""One batch run per site: an exclusive lock on ``<site>/.tts-pipeline/lock``."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from tts_pipeline.errors import OutputError, SiteLockedError


@contextlib.contextmanager
def site_lock(state_dir: Path) -> Iterator[None]:
    """Hold the site's lock while the block runs; fail at once if another run holds it.

    The lock is an OS file lock, released by the kernel when a run dies, so a crashed
    or killed run never leaves a stale lock behind.
    """
    path = state_dir / "lock"
    for link in (state_dir, path):
        if link.is_symlink():  # it would take our writes (the lock is truncated) elsewhere
            raise OutputError(
                f"{link}: is a symbolic link; the site's state must be plain files in the site"
            )
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as e:
        raise OutputError(
            f"{state_dir}: cannot create the site's state folder: {e.strerror or e}"
        ) from None
    if not stat.S_ISREG(os.fstat(handle).st_mode):
        os.close(handle)
        raise OutputError(f"{path}: not a regular file; remove it (it is the site's lock)")
    try:
        try:
            _lock(handle)
        except OSError:
            holder = os.pread(handle, 64, 0).decode("ascii", "replace").strip() or "?"
            raise SiteLockedError(
                f"{state_dir.parent}: another batch run (process {holder}) is writing this site"
            ) from None
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(handle)


def _lock(handle: int) -> None:
    """Take an exclusive lock without waiting; OSError when another process holds it."""
    if os.name == "nt":  # pragma: no cover
        import msvcrt

        msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
