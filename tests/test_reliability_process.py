"""The process side: signals stop a run cleanly, no process of ours outlives the run, a reader
that goes away or a full disk ends it with one line.

Every CLI here runs in a session of its own with a marker in its environment, which its
workers and multiprocessing's resource tracker inherit: after each test, no process with
the marker may remain (read from /proc).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from fault_engine import held_pids, installed

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "articles" / "bridge.txt"
LIMIT_SECONDS = 30.0
"""Longest wait for something that should happen at once (a loaded machine is slow)."""

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")


def processes_with(marker: str) -> list[int]:
    """Running (not zombie) processes whose environment holds ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if (entry / "stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                continue
            if marker.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except (OSError, IndexError):
            continue
    return found


def wait_for(condition, limit: float = LIMIT_SECONDS) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


class Run:
    """One CLI run in its own session, with its own temporary folder and marker."""

    def __init__(self, tmp_path: Path, env: dict[str, str]) -> None:
        self.marker = f"TTS_TEST_MARKER={uuid.uuid4().hex}"
        self.tmp = tmp_path / "tmp"
        self.tmp.mkdir(exist_ok=True)
        key, value = self.marker.split("=")
        self.env = {**os.environ, **env, key: value, "TMPDIR": str(self.tmp)}
        self.process: subprocess.Popen | None = None

    def start(self, *args: str, **kwargs) -> subprocess.Popen:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tts_pipeline", *args],
            env=self.env,
            start_new_session=True,
            stdout=kwargs.pop("stdout", subprocess.PIPE),
            stderr=subprocess.PIPE,
            **kwargs,
        )
        return self.process

    def ours(self) -> list[int]:
        return processes_with(self.marker)

    def workers(self) -> list[int]:
        return [p for p in self.ours() if p != self.process.pid]

    def finish(self) -> tuple[int, str]:
        _, err = self.process.communicate(timeout=120)
        return self.process.returncode, err.decode("utf-8", "replace")

    def check_nothing_left(self) -> None:
        assert wait_for(lambda: not self.ours()), f"still running: {self.ours()}"
        assert not list(self.tmp.iterdir()), "temporary files were left"

    def kill_all(self) -> None:
        for pid in self.ours():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@pytest.fixture
def slow_engine(tmp_path):
    """The fault engine, in worker processes, holding a run until it is stopped: it speaks
    the first chunk (a clip is stored, so the run has temporary files) and waits on every
    later one. A signal test's run is therefore still there when the signal comes, however
    slow the machine (``QUICK`` undoes the hold). The time limit on a chunk only guards
    against a run that never stops."""
    state = tmp_path / "state"
    state.mkdir()
    profile = tmp_path / "slow.toml"
    profile.write_text('engine = "fault"\nrate = 200\n')
    with installed(tmp_path / "site") as env:
        yield {**env, "FAULT_STATE": str(state), "FAULT_HOLD": "1", "FAULT_TIMEOUT": "600",
               "FAULT_OWNER": str(os.getpid()), "VOICE": str(profile)}  # fmt: skip


QUICK = {"FAULT_HOLD": ""}
"""Makes ``slow_engine`` speak every chunk at once."""


@pytest.fixture
def run(tmp_path):
    runs: list[Run] = []

    def make(env: dict[str, str]) -> Run:
        runs.append(Run(tmp_path, env))
        return runs[-1]

    yield make
    for started in runs:  # never leave a process behind, even when a test failed
        started.kill_all()


def start_speaking(run, slow_engine, tmp_path, starting: bool = False) -> Run:
    """A `speak` with two workers, returned once both workers are speaking, a clip stored
    (``starting``: as soon as the first worker process exists, while Python starts in it)."""
    speaking = run(slow_engine)
    out = tmp_path / "out" / "story.mp3"
    args = ["speak", str(ARTICLE), "--voice", slow_engine["VOICE"], "-j", "2", "-o", str(out)]
    speaking.start(*args, "--no-cache")
    if starting:
        assert wait_for(lambda: len(speaking.workers()) >= 2, limit=60)
        return speaking
    wait_for_two_speaking(speaking, slow_engine)
    assert any(speaking.tmp.iterdir())
    return speaking


def wait_for_two_speaking(started: Run, slow_engine) -> None:
    """Return once two worker processes of ``started`` wait on a text of ``slow_engine``."""
    state = Path(slow_engine["FAULT_STATE"])

    def speaking() -> bool:
        return len(held_pids(state) & set(started.workers())) >= 2

    assert wait_for(speaking, limit=60), "the workers are not speaking"


@pytest.mark.parametrize(
    ("signum", "to_group", "code", "message"),
    [
        (signal.SIGTERM, False, 143, "stopped by SIGTERM"),
        (signal.SIGHUP, False, 129, "stopped by SIGHUP"),
        (signal.SIGINT, True, 130, "interrupted"),  # Ctrl-C: the terminal signals the group
    ],
    ids=["SIGTERM", "SIGHUP", "ctrl-c"],
)
def test_a_signal_stops_speak_cleanly(run, slow_engine, tmp_path, signum, to_group, code, message):
    speaking = start_speaking(run, slow_engine, tmp_path)
    pid = speaking.process.pid
    os.killpg(pid, signum) if to_group else os.kill(pid, signum)
    returncode, err = speaking.finish()
    assert (returncode, err) == (code, f"tts-pipeline: error: {message}\n")
    speaking.check_nothing_left()
    out = tmp_path / "out"
    assert not out.exists() or not list(out.iterdir())


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_while_the_workers_start_is_one_line(run, slow_engine, tmp_path, signum):
    """The signal reaches a worker while Python starts in it: no "Fatal Python error"."""
    speaking = start_speaking(run, slow_engine, tmp_path, starting=True)
    os.killpg(speaking.process.pid, signum)
    expected = {signal.SIGINT: (130, "interrupted"), signal.SIGTERM: (143, "stopped by SIGTERM")}
    code, message = expected[signum]
    assert speaking.finish() == (code, f"tts-pipeline: error: {message}\n")
    speaking.check_nothing_left()


@pytest.mark.engine
def test_ctrl_c_on_speak_with_espeak_is_one_line(run, tmp_path):
    """The real engine in two workers: Ctrl-C reaches every process of the group."""
    long_article = tmp_path / "long.txt"
    sentence = "On day {} the council met again and talked about the bridge for an hour."
    long_article.write_text("\n\n".join(sentence.format(n) for n in range(120)))
    speaking = run({"TTS_PIPELINE_CACHE": str(tmp_path / "cache")})
    out = str(tmp_path / "long.mp3")
    speaking.start(
        "speak", str(long_article), "--no-clean", "--voice", "espeak", "-j", "2", "-o", out
    )
    assert wait_for(lambda: len(speaking.workers()) >= 3), "the workers did not start"
    os.killpg(speaking.process.pid, signal.SIGINT)
    assert speaking.finish() == (130, "tts-pipeline: error: interrupted\n")
    speaking.check_nothing_left()


CTRL_C_ON_IMPORT = """
import importlib.abc, sys

class CtrlC(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "typer":  # the command line's first heavy import
            raise KeyboardInterrupt

sys.meta_path.insert(0, CtrlC())
"""


@pytest.mark.parametrize("how", ["console script", "python -m"])
def test_ctrl_c_while_the_command_line_loads_is_one_line(tmp_path, how):
    """Ctrl-C in the tenth of a second typer and the commands take to import: the same one
    line and code as later, no traceback. The interruption is injected at typer's import."""
    (tmp_path / "sitecustomize.py").write_text(CTRL_C_ON_IMPORT)
    script = Path(sys.executable).with_name("tts-pipeline")
    if how == "console script" and not script.exists():
        pytest.skip("the package's console script is not installed next to this Python")
    command = [str(script)] if how == "console script" else [sys.executable, "-m", "tts_pipeline"]
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run([*command, "--help"], capture_output=True, env=env, timeout=60)
    assert (done.returncode, done.stderr) == (130, b"tts-pipeline: error: interrupted\n")
    assert done.stdout == b""


def test_kill_9_leaves_no_process_and_the_next_run_removes_its_files(run, slow_engine, tmp_path):
    speaking = start_speaking(run, slow_engine, tmp_path)
    os.kill(speaking.process.pid, signal.SIGKILL)
    speaking.finish()
    assert wait_for(lambda: not speaking.ours()), f"orphans: {speaking.ours()}"
    assert list(speaking.tmp.iterdir()), "kill -9 leaves temporary files (nothing can clean up)"
    again = run({**slow_engine, **QUICK})
    voice = slow_engine["VOICE"]
    again.start("speak", str(ARTICLE), "--voice", voice, "-j", "1", "-o", str(tmp_path / "a.mp3"))
    assert again.finish()[0] == 0
    again.check_nothing_left()


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_stopped_batch_leaves_no_process(run, slow_engine, tmp_path, signum):
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("bridge.txt", "harvest.txt", "museum.txt"):
        (articles / name).write_bytes((ROOT / "tests" / "articles" / name).read_bytes())
    batch = run(slow_engine)
    site = tmp_path / "site"
    batch.start(
        "batch", str(articles), "--site", str(site), "--voice", slow_engine["VOICE"], "-j", "2"
    )
    wait_for_two_speaking(batch, slow_engine)
    os.kill(batch.process.pid, signum)
    code, err = batch.finish()
    assert wait_for(lambda: not batch.ours()), f"orphans: {batch.ours()}"
    if signum == signal.SIGTERM:
        assert (code, err) == (143, "tts-pipeline: error: stopped by SIGTERM\n")
        batch.check_nothing_left()
        assert not [p.name for p in site.rglob("*.tmp")]


def test_a_reader_that_goes_away_is_no_error(run, slow_engine, tmp_path):
    """`tts-pipeline speak ... | head -1`, with the reader gone before the first line."""
    reader, writer = os.pipe()
    os.close(reader)
    piped = run({**slow_engine, **QUICK})
    args = ["speak", str(ARTICLE), "--voice", slow_engine["VOICE"], "-j", "1"]
    piped.start(*args, "-o", str(tmp_path / "a.mp3"), stdout=writer)
    os.close(writer)
    assert piped.finish() == (0, "")
    piped.check_nothing_left()


@pytest.fixture
def full_disk(tmp_path):
    """A folder on a tmpfs of 256 kB (needs the right to mount: root)."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> None:
    """Leave only ``leave`` bytes free on the tmpfs of ``folder``."""
    with (folder / "filler").open("wb", buffering=0) as f:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    f.write(b"\0" * size)
        f.truncate(max(0, f.tell() - leave))


def test_a_full_disk_for_the_episode_says_so(run, slow_engine, full_disk):
    earlier = full_disk / "story.mp3"
    earlier.write_bytes(b"an earlier good episode")
    fill(full_disk)
    speaking = run({**slow_engine, **QUICK})
    speaking.start(
        "speak", str(ARTICLE), "--voice", slow_engine["VOICE"], "-j", "1", "-o", str(earlier)
    )
    code, err = speaking.finish()
    assert code == 6, err
    assert err.startswith("tts-pipeline: error: no space left on the device holding ")
    assert err.count("\n") == 1
    assert earlier.read_bytes() == b"an earlier good episode"
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler", "story.mp3"]
    speaking.check_nothing_left()


def test_a_full_temporary_folder_says_so(run, full_disk, tmp_path):
    """espeak's speech goes through a temporary WAV file. (With no room at all, Python
    picks another temporary folder.)"""
    fill(full_disk, leave=16384)
    speaking = run({"TTS_PIPELINE_CACHE": str(tmp_path / "cache")})
    speaking.env["TMPDIR"] = str(full_disk)
    args = ["speak", str(ARTICLE), "--voice", "espeak", "--no-cache"]
    speaking.start(*args, "-o", str(tmp_path / "a.mp3"))
    code, err = speaking.finish()
    assert code == 6, err
    assert err.startswith("tts-pipeline: error: no space left on the device holding ")
    assert err.count("\n") == 1
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]
    assert not (tmp_path / "a.mp3").exists()
    assert wait_for(lambda: not speaking.ours())


@pytest.mark.parametrize(
    ("redirect", "args", "expected"),
    [
        ("<&-", ["clean", "-"], (2, "tts-pipeline: error: standard input is closed")),
        (">&-", ["clean", str(ARTICLE)], (0, "")),
        ("2>&-", ["clean", "/nonexistent/article.txt"], (2, "")),
    ],
    ids=["stdin", "stdout", "stderr"],
)
def test_a_closed_standard_stream_is_no_crash(redirect, args, expected):
    command = " ".join([sys.executable, "-m", "tts_pipeline", *args, redirect])
    result = subprocess.run(["sh", "-c", command], capture_output=True, timeout=120)
    err = result.stderr.decode()
    assert result.returncode == expected[0], err
    assert err.startswith(expected[1]) and err.count("\n") <= 1 and "Traceback" not in err


def test_a_batch_worker_that_crashes_fails_its_article_only(run, slow_engine, tmp_path):
    """The engine ends the batch worker's process on one article: the others are made."""
    import json

    from tts_pipeline.pipeline import make_script, read_article

    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("bridge.txt", "harvest.txt", "museum.txt"):
        (articles / name).write_bytes((ROOT / "tests" / "articles" / name).read_bytes())
    victim = make_script(read_article(str(articles / "bridge.txt"))).sentences()[-1].speech
    env = {**slow_engine, **QUICK, "FAULT_PLAN": json.dumps({victim: "exit"})}
    batch = run(env)
    site = tmp_path / "site"
    batch.start("batch", str(articles), "--site", str(site), "--voice", env["VOICE"], "-j", "2")
    code, err = batch.finish()
    assert code == 1, err
    assert (
        err.startswith(f"tts-pipeline: failed: {articles / 'bridge.txt'}: ")
        and err.count("\n") == 1
    )
    assert "internal error" not in err
    assert (site / "feed.xml").read_text().count("<item>") == 2
    batch.check_nothing_left()


def test_a_held_engine_ends_when_its_test_is_gone(tmp_path):
    """The fault engine's hold waits for a signal; if the test process that set it up is
    gone (a runner killed outright), the held process ends by itself instead of holding a
    run for the whole time limit."""
    owner = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    state = tmp_path / "state"
    state.mkdir()
    speak = (
        "import fault_engine, types; "
        "fault_engine.FaultEngine().synthesize('one two', types.SimpleNamespace(rate=200))"
    )
    env = {**os.environ, "FAULT_STATE": str(state), "FAULT_HOLD": "0",
           "FAULT_OWNER": str(owner.pid), "PYTHONPATH": str(ROOT / "tests")}  # fmt: skip
    held = subprocess.Popen([sys.executable, "-c", speak], env=env)
    try:
        deadline = time.monotonic() + LIMIT_SECONDS
        while not held_pids(state) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert held_pids(state) == {held.pid}
        assert held.poll() is None, "the engine should hold while its test runs"
        owner.kill()
        owner.wait()
        assert held.wait(timeout=LIMIT_SECONDS) == 9
    finally:
        for process in (owner, held):
            process.kill()
            process.wait()
