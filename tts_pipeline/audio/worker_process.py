"""What runs inside a worker process: its signals, its watch on its parent, its task loop.

A worker leaves Ctrl-C, SIGTERM and SIGHUP to its parent (a terminal, ``kill`` of the process
group or systemd signal every process: the parent decides how to stop, and ``watch`` first
finishes the articles in hand); it ends cleanly when its parent asks with ``STOP_SIGNAL``
(its ``finally`` blocks run, so its temporary files go), and ends once its parent is gone.
The pool that starts workers and hands them tasks is :mod:`.workers`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time

from tts_pipeline.stops import held_in_hook, ignore_signal, raise_stops_from_finalizers

ORPHAN_GRACE_SECONDS = 2.0
"""How long an orphaned worker may take to clean up before it ends regardless."""

STOP_SIGNAL = getattr(signal, "SIGUSR1", signal.SIGTERM)
"""The signal with which the parent asks a worker to stop at once, cleanly."""
OUTSIDE_SIGNALS = tuple(
    getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n)
)
"""Signals a worker leaves to its parent (where there is ``SIGUSR1`` to stop it with)."""
STOP_SIGNALS = tuple(dict.fromkeys((*OUTSIDE_SIGNALS, STOP_SIGNAL)))
"""Held back (blocked) while a worker starts: they are inherited blocked from the thread
that starts it, so a Ctrl-C then cannot end a half-started interpreter with a traceback."""


def worker_setup() -> None:
    """Make this process a well-behaved worker: run first in every worker process."""
    for signum in OUTSIDE_SIGNALS:  # also drops one held back so far
        if signum != STOP_SIGNAL:
            signal.signal(signum, signal.SIG_IGN)
    signal.signal(STOP_SIGNAL, _on_stop_signal)
    raise_stops_from_finalizers(_lost_stop, lambda signum: signal.signal(signum, _on_stop_signal))
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    threading.Thread(target=_watch_parent, name="parent-watch", daemon=True).start()


_stop_signal: int | None = None
"""The stop signal this worker received, if any."""


def _exit_on_signal(signum, frame) -> None:
    global _stop_signal
    _stop_signal = signum
    _ignore_stop_signals()  # a second stop (the parent's) must not break the cleanup
    raise SystemExit(128 + signum)


def _lost_stop(error: BaseException) -> int | None:
    """The stop signal whose exit ``error`` is (Python dropped it in a finalizer), if any."""
    if _stop_signal is not None and isinstance(error, SystemExit):
        return _stop_signal if error.code == 128 + _stop_signal else None
    return None


_on_stop_signal = held_in_hook(_exit_on_signal)
"""The handler of ``STOP_SIGNAL`` in a worker."""


def _ignore_stop_signals() -> None:
    """Ignore further stop signals: this worker is already ending. One landing in an
    exit handler would otherwise print "Exception ignored in atexit callback". (Ignored by
    a handler that does nothing: see :func:`~tts_pipeline.stops.ignore_signal`.)"""
    for signum in STOP_SIGNALS:
        with contextlib.suppress(ValueError):  # not the main thread: nothing to do
            signal.signal(signum, ignore_signal)


def _stopping() -> SystemExit | None:
    """The exit a received stop signal asks for, or None while no stop was asked.

    The signal's ``SystemExit`` can reach us wrapped in another exception: raised while a
    class is built (say, in an import a task's unpickling starts), Python wraps it in a
    ``RuntimeError``; raised inside a task, the task's error handling may catch it."""
    return None if _stop_signal is None else SystemExit(128 + _stop_signal)


def _watch_parent() -> None:
    """End this worker once its parent is gone: cleanly if it can, at once if it cannot."""
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is None:
        return
    parent.join()  # returns when the parent's end of the spawn pipe closes
    if hasattr(signal, "pthread_kill"):
        with contextlib.suppress(OSError, ValueError):
            signal.pthread_kill(threading.main_thread().ident, STOP_SIGNAL)
        time.sleep(ORPHAN_GRACE_SECONDS)
    os._exit(1)


def worker_main(connection) -> None:
    """A worker's loop: receive a task, say it started, run it, send its outcome; then end
    at once (:func:`_end_worker`)."""
    code = 0
    try:
        _serve(connection)
    except SystemExit as e:  # STOP_SIGNAL: the task's ``finally`` blocks have run
        code = e.code if isinstance(e.code, int) else 1
    except BaseException:
        stop = _stopping()
        if stop is None:
            raise
        code = stop.code  # the stop, wrapped on its way up: no traceback for it
    _end_worker(code)


def _end_worker(code: int) -> None:
    """End this worker without the interpreter's teardown: freeing a loaded speech model
    and its dictionaries object by object takes most of a second, and nothing of it is
    needed. Exit handlers run and the standard streams are flushed first."""
    import atexit
    import sys

    _ignore_stop_signals()
    with contextlib.suppress(Exception):
        atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def _serve(connection) -> None:
    worker_setup()
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        task_id, function, args = task
        connection.send(("started", task_id, None))
        try:
            outcome = ("done", task_id, function(*args))
        except Exception as e:
            if (stop := _stopping()) is not None:
                raise stop from None
            outcome = ("failed", task_id, e)
        try:
            connection.send(outcome)
        except Exception as e:  # the result or the error does not pickle
            message = f"{type(outcome[2]).__name__}: {outcome[2]}"
            connection.send(("failed", task_id, RuntimeError(f"{message} ({e})")))
