"""A worker asked to stop ends quietly with the signal's code, even when the signal's
``SystemExit`` reaches its loop wrapped in another exception (unit tests of the loop, with
a stand-in for the pipe to the parent)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tts_pipeline.audio import worker_process as workers


class _Pipe:
    """The worker's end of the pipe: hands out tasks, records what the worker sends."""

    def __init__(self, receive):
        self.receive = receive
        self.sent: list[tuple] = []

    def recv(self):
        return self.receive()

    def send(self, message):
        self.sent.append(message)


class _StopsWhileNamed:
    """A class attribute whose ``__set_name__`` is where SIGTERM lands."""

    def __set_name__(self, owner, name):
        workers._exit_on_signal(signal.SIGTERM, None)


def _sigterm_while_a_class_is_built():
    class Imported:  # as in a module a task's unpickling imports
        hostmask = _StopsWhileNamed()

    return Imported


@pytest.fixture(autouse=True)
def _keep_signal_handlers():
    """A stop makes this process ignore stop signals: give pytest its handlers back."""
    saved = {signum: signal.getsignal(signum) for signum in workers.STOP_SIGNALS}
    yield
    for signum, handler in saved.items():
        signal.signal(signum, handler)


@pytest.fixture
def worker(monkeypatch):
    """Run the worker loop in this process; return the exit code it ends with."""
    monkeypatch.setattr(workers, "_stop_signal", None)
    monkeypatch.setattr(workers, "worker_setup", lambda: None)
    ended: list[int] = []
    monkeypatch.setattr(workers, "_end_worker", ended.append)

    def run(pipe: _Pipe) -> int:
        workers.worker_main(pipe)
        assert len(ended) == 1
        return ended[0]

    return run


def test_a_stop_wrapped_by_python_ends_the_worker_with_its_code(worker):
    with pytest.raises(RuntimeError):  # what Python makes of it: the traceback seen in CI
        _sigterm_while_a_class_is_built()
    workers._stop_signal = None
    assert worker(_Pipe(_sigterm_while_a_class_is_built)) == 128 + signal.SIGTERM


def test_a_stop_a_task_catches_still_ends_the_worker(worker):
    def task():
        try:
            workers._exit_on_signal(signal.SIGHUP, None)
        except SystemExit as e:
            raise ValueError("cleanup failed") from e

    tasks = iter([(1, task, ()), None])
    pipe = _Pipe(lambda: next(tasks))
    assert worker(pipe) == 128 + signal.SIGHUP
    assert pipe.sent == [("started", 1, None)]  # no "failed" answer: the worker stopped


def test_an_error_without_a_stop_is_still_raised(worker):
    def broken_pipe():
        raise RuntimeError("not a stop")

    with pytest.raises(RuntimeError, match="not a stop"):
        worker(_Pipe(broken_pipe))


def test_a_failed_task_without_a_stop_is_answered_and_the_worker_goes_on(worker):
    def task():
        raise ValueError("bad input")

    tasks = iter([(1, task, ()), (2, lambda: 5, ()), None])
    pipe = _Pipe(lambda: next(tasks))
    assert worker(pipe) == 0
    assert [m[0] for m in pipe.sent] == ["started", "failed", "started", "done"]
    assert pipe.sent[-1] == ("done", 2, 5)


SECOND_STOP = textwrap.dedent(
    """
    import atexit, os, signal
    from tts_pipeline.audio import worker_process as workers

    def exit_handler():  # the parent's SIGTERM lands while exit handlers run
        os.kill(os.getpid(), signal.SIGTERM)
        print("exit handler done", flush=True)

    atexit.register(exit_handler)
    signal.signal(signal.SIGTERM, workers._exit_on_signal)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
    except SystemExit as stop:
        workers._end_worker(stop.code)
    """
)


def test_a_second_stop_while_the_worker_ends_is_ignored():
    """Real signals in a real process: the second SIGTERM breaks no exit handler."""
    done = subprocess.run(
        [sys.executable, "-c", SECOND_STOP], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (143, "exit handler done\n", "")


LANDS_IN_A_FINALIZER = textwrap.dedent(
    """
    import os, signal, sys, time
    from tts_pipeline.audio import worker_process as workers

    class Freed:
        def __del__(self):  # the stop signal lands while an object is freed
            os.kill(os.getpid(), signal.{signal})
            len(str(self))  # (the finalizer goes on a little, as most do)

    workers.worker_setup()
    try:
        {free}
        deadline = time.monotonic() + 10  # the task goes on
        while time.monotonic() < deadline:
            time.sleep(0.01)
        print("the stop was lost", flush=True)
    except SystemExit as stop:
        workers._end_worker(stop.code)
    """
)
FREES = {
    "__del__": "Freed()",
    "generator": "def story():\n        f = Freed()\n        yield f\n    next(story())",
    "weakref": "import weakref\n    weakref.finalize(Freed.__new__(Freed), Freed.__del__, Freed())",
}


@pytest.mark.parametrize("free", FREES)
def test_a_stop_that_lands_in_a_finalizer_still_ends_the_worker(free):
    """Real signals in a real process: Python drops an exception raised in a finalizer
    (it printed "Exception ignored in" with a traceback, and the worker ran on, deaf to
    later stops); the worker ends with the signal's code all the same, quietly."""
    signum = workers.STOP_SIGNAL
    script = LANDS_IN_A_FINALIZER.format(signal=signum.name, free=FREES[free])
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (128 + signum, "", "")


TWO_AT_ONCE = textwrap.dedent(
    """
    import os, signal
    from tts_pipeline.audio import worker_process as workers

    workers.worker_setup()
    both = {signal.SIGTERM, workers.STOP_SIGNAL}
    signal.pthread_sigmask(signal.SIG_BLOCK, both)  # both come in before either's handler runs
    os.kill(os.getpid(), signal.SIGTERM)  # the process group's
    os.kill(os.getpid(), workers.STOP_SIGNAL)  # the parent's, asked to stop its workers
    try:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, both)
        print("not stopped", flush=True)
    except SystemExit as stop:
        workers._end_worker(stop.code)
    """
)


def test_a_second_stop_that_came_in_with_the_first_is_ignored_quietly():
    """Real signals in a real process: the group's SIGTERM and the parent's stop arrive
    together (a worker stopped on SIGTERM and SIGHUP then: the group's SIGHUP with the
    parent's SIGTERM was reported as "OSError: Signal 15 ignored due to race condition",
    with a traceback); the worker stops once, quietly, with the parent's stop."""
    done = subprocess.run(
        [sys.executable, "-c", TWO_AT_ONCE], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (128 + workers.STOP_SIGNAL, "", "")


TRACKER_HUNG_UP = textwrap.dedent(
    """
    import os, signal
    from multiprocessing import resource_tracker
    from tts_pipeline.audio.workers import WorkerCrashed, WorkerPool

    def held_back(pid, signum):
        with open(f"/proc/{pid}/status") as status:
            blocked = next(line for line in status if line.startswith("SigBlk:"))
        return bool(int(blocked.split()[1], 16) & (1 << (signum - 1)))

    with WorkerPool(1) as pool:
        first = pool.submit(os.getpid).result(timeout=120)
        tracker = resource_tracker._resource_tracker._pid
        os.kill(tracker, signal.SIGHUP)  # the terminal closed: the whole group gets SIGHUP
        if not held_back(tracker, signal.SIGHUP):
            os.waitpid(tracker, 0)  # it ends of it
        try:
            pool.submit(os._exit, 0).result(timeout=120)  # the worker goes: another starts
        except WorkerCrashed:
            pass
        assert pool.submit(os.getpid).result(timeout=120) != first
    print("done", flush=True)
    """
)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_the_resource_tracker_outlives_a_hangup():
    """Real processes: a SIGHUP to the process group (``watch`` goes on after it, between
    articles) ended multiprocessing's resource tracker, and the next worker's start printed
    "UserWarning: resource_tracker: process died unexpectedly, relaunching"."""
    done = subprocess.run(
        [sys.executable, "-c", TRACKER_HUNG_UP], capture_output=True, text=True, timeout=300
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "done\n", "")


OUTSIDE_SIGNALS = textwrap.dedent(
    """
    import os, signal
    from tts_pipeline.audio import worker_process as workers

    workers.worker_setup()
    try:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # as to the whole group
            os.kill(os.getpid(), signum)
        print("working on", flush=True)
        os.kill(os.getpid(), workers.STOP_SIGNAL)  # the parent's
        print("not stopped", flush=True)
    except SystemExit as stop:
        workers._end_worker(stop.code)
    """
)


def test_a_worker_leaves_the_groups_signals_to_its_parent():
    """Real signals in a real process: Ctrl-C, SIGTERM and SIGHUP sent to the whole process
    group leave the worker working (the parent decides: ``watch`` finishes the articles in
    hand, which the workers failed as "ended unexpectedly (exit status 143)"); the parent's
    stop ends it."""
    done = subprocess.run(
        [sys.executable, "-c", OUTSIDE_SIGNALS], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        128 + workers.STOP_SIGNAL,
        "working on\n",
        "",
    )
