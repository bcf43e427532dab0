"""A speech engine for fault injection, registered through the entry-point mechanism.

It speaks one beep per word at the profile's rate (plausible speech), except on the texts
of ``FAULT_PLAN`` (an environment variable, so that worker processes see it too: a JSON
object of text to fault), where it does that fault the first ``FAULT_TIMES`` times (counted
per text in the folder ``FAULT_STATE``, across processes, each with the id of the process
that took it):

- ``raise``: raises an error, as a broken engine would;
- ``exit``: ends its process at once, as a crash in native code would;
- ``hang``: never returns;
- ``empty``: returns no audio at all;
- ``truncated``: returns the first tenth of the audio;
- ``silent``: returns audio of the right length that is all silence;

With ``FAULT_SLEEP`` set, it sleeps that many seconds on every text first. With
``FAULT_HOLD`` set to a number n, the first n texts spoken (counted across processes in
``FAULT_STATE``) are spoken at once and every later one waits until its process is stopped
(:func:`held_pids`: the processes waiting so): a run that has stored clips and is still
speaking, for as long as a signal test needs, with no timing deciding whether the run is
still there when the signal comes. A held process also ends when the process named by
``FAULT_OWNER`` (the test's) is gone, so a test runner killed outright leaves no run behind.

``FAULT_TIMEOUT`` is its ``synthesis_timeout``. :func:`installed` registers it through the
``tts_pipeline.engines`` entry-point group, for this process, its workers and the CLIs it
runs, and removes it afterwards.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
import uuid
from array import array
from collections.abc import Iterator
from pathlib import Path

RATE = 16000
"""Hertz."""
AMPLITUDE = 8000
KINDS = ("raise", "exit", "hang", "empty", "truncated", "silent")


class FaultEngine:
    name = "fault"
    max_chars = 300
    pool_min_chars = 1

    @property
    def synthesis_timeout(self) -> float:
        return float(os.environ.get("FAULT_TIMEOUT", "30"))

    def unavailable_reason(self, profile=None):
        return None

    def voices(self):
        from tts_pipeline.engines import EngineVoice

        return [EngineVoice("beep", "Beep", ("en",))]

    def identity(self, profile) -> str:
        return f"fault 1.0|{profile.rate}"

    def synthesize(self, text: str, profile):
        from tts_pipeline.models import Clip

        time.sleep(float(os.environ.get("FAULT_SLEEP", "0")))
        if os.environ.get("FAULT_HOLD") and not _take_a_quick_turn(int(os.environ["FAULT_HOLD"])):
            (Path(os.environ["FAULT_STATE"]) / f"held-{os.getpid()}-{uuid.uuid4().hex}").touch()
            while _owner_alive():  # until the process is stopped, or the test is gone
                time.sleep(1)
            os._exit(9)
        pcm = beeps(len(text.split()), profile.rate)
        kind = json.loads(os.environ.get("FAULT_PLAN", "{}")).get(text)
        if kind in KINDS and _take_a_fault(text):
            if kind == "raise":
                raise RuntimeError("the engine broke")
            if kind == "exit":
                os._exit(9)
            if kind == "hang":
                while True:
                    time.sleep(1)
            if kind == "empty":
                pcm = b""
            elif kind == "truncated":
                pcm = pcm[: len(pcm) // 10 // 2 * 2]
            elif kind == "silent":
                pcm = bytes(len(pcm))
        return Clip(pcm=pcm, rate=RATE)


class PreparingFaultEngine(FaultEngine):
    """The fault engine with a ``prepare`` step, so that ``speak`` starts its workers early.
    Every process notes in ``FAULT_STATE`` that it prepared (``prepared-<pid>``) and that
    it spoke, and whether it had prepared first (``spoke-<pid>-<True|False>``)."""

    name = "fault-prepared"

    def __init__(self) -> None:
        self.prepared = False

    def prepare(self, profile) -> None:
        self.prepared = True
        (Path(os.environ["FAULT_STATE"]) / f"prepared-{os.getpid()}").touch()

    def synthesize(self, text: str, profile):
        (Path(os.environ["FAULT_STATE"]) / f"spoke-{os.getpid()}-{self.prepared}").touch()
        return super().synthesize(text, profile)


def _owner_alive() -> bool:
    """Whether the process named by ``FAULT_OWNER`` (if any) still runs."""
    owner = os.environ.get("FAULT_OWNER")
    if not owner:
        return True
    try:
        os.kill(int(owner), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def note_at_exit(path: str) -> int:
    """A worker task: write ``path`` when this process ends; return the process id."""
    import atexit

    atexit.register(Path(path).write_text, "ended")
    return os.getpid()


def beeps(words: int, words_per_minute: int) -> bytes:
    """A 440 Hz beep for 80 % of each word's time, then silence."""
    import math

    word = round(60 / words_per_minute * RATE)
    sound = int(0.8 * word)
    one = array(
        "h", (int(AMPLITUDE * math.sin(2 * math.pi * 440 * i / RATE)) for i in range(sound))
    )
    one.extend([0] * (word - sound))
    return (one * words).tobytes()


def faults_taken(state: Path, text: str) -> int:
    """How many times the fault on ``text`` happened."""
    return len(fault_pids(state, text))


def fault_pids(state: Path, text: str) -> list[int]:
    """The process that took each fault on ``text`` (so far)."""
    return [int(p.read_text() or 0) for p in state.glob(_tag(text) + "-*")]


def _take_a_fault(text: str) -> bool:
    """True for the first ``FAULT_TIMES`` faults on ``text``, then False."""
    state = Path(os.environ["FAULT_STATE"])
    if faults_taken(state, text) >= int(os.environ.get("FAULT_TIMES", "1000")):
        return False
    (state / f"{_tag(text)}-{uuid.uuid4().hex}").write_text(str(os.getpid()))
    return True


def held_pids(state: Path) -> set[int]:
    """The processes waiting on a text under ``FAULT_HOLD`` (so far)."""
    return {int(p.name.split("-")[1]) for p in state.glob("held-*")}


def _take_a_quick_turn(turns: int) -> bool:
    """True for the first ``turns`` calls (across processes: each claims a file of its own
    in ``FAULT_STATE``, created only if it does not exist), then False."""
    state = Path(os.environ["FAULT_STATE"])
    for turn in range(turns):
        try:
            os.close(os.open(state / f"quick-{turn}", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            continue
        return True
    return False


def _tag(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@contextlib.contextmanager
def installed(folder: Path) -> Iterator[dict[str, str]]:
    """Register the engine as ``fault`` (a dist-info with its entry point in ``folder``, put
    on ``sys.path``); yield the environment a CLI needs to find it too."""
    from tts_pipeline import engines

    info = folder / "fault_engine-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fault-engine\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[tts_pipeline.engines]\nfault = fault_engine:FaultEngine\n"
        "fault-prepared = fault_engine:PreparingFaultEngine\n"
    )
    here = str(Path(__file__).resolve().parent)
    added = [p for p in (str(folder), here) if p not in sys.path]
    sys.path[:0] = added
    engines._entry_points.cache_clear()
    try:
        paths = [str(folder), here, os.environ.get("PYTHONPATH", "")]
        yield {"PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    finally:
        for path in added:
            sys.path.remove(path)
        engines._entry_points.cache_clear()
        engines.unregister_engine("fault")
        engines.unregister_engine("fault-prepared")
