"""Pausing a CLI run at a chosen write, so that a test signals or kills it there: no race
decides where the run is when the signal comes.

:func:`pause_after` gives the environment that makes every Python process of a run load a
``sitecustomize`` (PYTHONPATH) wrapping ``os.replace``: after the ``nth`` rename onto a file
whose name matches ``pattern`` (``fnmatch``), the process writes the file ``pause`` and waits
until ``pause.go`` exists (or ten minutes, a guard against a hang)."""

from __future__ import annotations

import os
from pathlib import Path

HOOK = """
import os

_pause = os.environ.get("TTS_TEST_PAUSE")
if _pause:
    import fnmatch
    import time

    _replace, _pattern = os.replace, os.environ["TTS_TEST_PAUSE_PATTERN"]
    _left = [int(os.environ["TTS_TEST_PAUSE_NTH"])]

    def _paused_replace(source, target, *args, **kwargs):
        _replace(source, target, *args, **kwargs)
        if fnmatch.fnmatch(os.path.basename(str(target)), _pattern):
            _left[0] -= 1
            if _left[0] == 0:
                open(_pause + ".part", "w").close()
                os.rename(_pause + ".part", _pause)  # the signal appears whole
                deadline = time.monotonic() + 600
                while not os.path.exists(_pause + ".go") and time.monotonic() < deadline:
                    time.sleep(0.01)

    os.replace = _paused_replace
"""


def pause_after(folder: Path, pattern: str, nth: int = 1) -> tuple[dict[str, str], Path]:
    """The environment for a run that pauses after its ``nth`` rename onto ``pattern``, and
    the file that appears then (touch ``<it>.go`` to let the run go on)."""
    hook = folder / "pause-hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(HOOK)
    path = os.pathsep.join(filter(None, [str(hook), os.environ.get("PYTHONPATH")]))
    pause = folder / "paused"
    env = {"PYTHONPATH": path, "TTS_TEST_PAUSE": str(pause)}
    return {**env, "TTS_TEST_PAUSE_PATTERN": pattern, "TTS_TEST_PAUSE_NTH": str(nth)}, pause
