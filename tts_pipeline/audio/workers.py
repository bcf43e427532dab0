"""Worker processes that never outlive their parent, and a pool that survives its workers
(what runs inside a worker is :mod:`.worker_process`).

Every worker is a ``spawn`` process (forking after espeak started hangs) that:

- leaves Ctrl-C, SIGTERM and SIGHUP to its parent (the terminal, ``kill`` of the process group
  and systemd signal every process, and the parent decides how to stop: ``watch`` first
  finishes the articles in hand), and ends cleanly when the parent asks with ``STOP_SIGNAL``
  (``SIGUSR1``; its ``finally`` blocks run, so its temporary files go);
- watches its parent through the pipe ``multiprocessing`` keeps between them: when the parent
  ends, even by ``kill -9``, the pipe closes and the worker ends too. With no worker left,
  ``multiprocessing``'s resource tracker sees its own pipe close and ends as well.

:class:`WorkerPool` runs tasks in such workers and hands back ``concurrent.futures`` futures.
A worker that dies (a crash in an engine's native code) or overruns its task's time limit is
replaced, and only that task fails (:class:`WorkerCrashed`, :class:`TaskTimedOut`); the
caller decides whether to try again. Leaving the pool's ``with`` block on an error (Ctrl-C
included) stops the workers at once instead of waiting for their tasks.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from tts_pipeline.audio.worker_process import STOP_SIGNAL, STOP_SIGNALS, worker_main

STOP_GRACE_SECONDS = 2.0
"""How long a worker asked to stop (``STOP_SIGNAL``) may take to clean up before it is killed."""
START_LIMIT_SECONDS = 120.0
"""Longest a worker may take to start a task it was sent (imports and all)."""


class WorkerCrashed(Exception):
    """The worker running a task died before it answered."""


class TaskTimedOut(Exception):
    """A task ran longer than its time limit; its worker was stopped."""


@dataclass
class _Task:
    id: int
    function: Callable
    args: tuple
    timeout: float | None
    future: Future


@dataclass
class _Worker:
    process: object
    connection: object
    task: _Task | None = None
    deadline: float | None = None
    """When the running task (or its start) overruns."""
    stopping: bool = False
    stop_deadline: float | None = None


@dataclass
class _State:
    queue: deque = field(default_factory=deque)
    workers: list = field(default_factory=list)
    closing: bool = False
    killing: bool = False


class WorkerPool:
    """At most ``size`` worker processes, started as tasks come, replaced when they die."""

    def __init__(self, size: int) -> None:
        import multiprocessing

        self._context = multiprocessing.get_context("spawn")
        self._size = max(1, size)
        self._state = _State()
        self._lock = threading.Lock()
        self._ids = itertools.count()
        self._wake_reader, self._wake_writer = self._context.Pipe(duplex=False)
        self._manager = threading.Thread(target=self._manage, name="worker-pool", daemon=True)
        self._manager.start()

    def submit(self, function: Callable, *args, timeout: float | None = None) -> Future:
        """Run ``function(*args)`` in a worker; the future fails with :class:`TaskTimedOut`
        after ``timeout`` seconds of running, or :class:`WorkerCrashed` if the worker dies."""
        future: Future = Future()
        with self._lock:
            if self._state.closing:
                raise RuntimeError("the worker pool is shut down")
            self._state.queue.append(_Task(next(self._ids), function, args, timeout, future))
        self._wake()
        return future

    def shutdown(self, kill: bool = False, wait: bool = True) -> None:
        """Stop the workers: once their tasks are done, or (``kill``) at once. Queued tasks
        are cancelled. Waits until every worker has ended, unless not ``wait``."""
        with self._lock:
            self._state.closing = True
            self._state.killing = self._state.killing or kill
            cancelled = list(self._state.queue)
            self._state.queue.clear()
        for task in cancelled:
            task.future.cancel()
        self._wake()
        if wait:
            self._manager.join()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind, error, traceback) -> None:
        self.shutdown(kill=kind is not None)

    def _wake(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._wake_writer.send_bytes(b".")

    # Everything below runs on the manager thread.

    def _manage(self) -> None:
        from multiprocessing.connection import wait

        state = self._state
        try:
            self._loop(wait)
        except BaseException as e:  # a bug here must not leave a caller waiting forever
            with self._lock:
                state.closing = state.killing = True
                tasks = [w.task for w in state.workers if w.task] + list(state.queue)
                state.queue.clear()
            for task in tasks:
                if not task.future.done():
                    task.future.set_exception(WorkerCrashed(f"the worker pool failed: {e!r}"))
        finally:
            for worker in list(state.workers):
                self._kill(worker, "the worker pool stopped")
            self._wake_reader.close()
            self._wake_writer.close()

    def _loop(self, wait) -> None:
        state = self._state
        while True:
            self._dispatch()
            if state.closing and not state.workers:
                return
            waitables = [self._wake_reader]
            for worker in state.workers:
                waitables += [worker.connection, worker.process.sentinel]
            if self._wake_reader in wait(waitables, timeout=self._next_deadline()):
                with contextlib.suppress(EOFError, OSError):
                    while self._wake_reader.poll():
                        self._wake_reader.recv_bytes()
            self._collect()
            self._enforce_deadlines()

    def _dispatch(self) -> None:
        """Hand queued tasks to idle workers, starting workers up to the pool's size; ask
        the workers to stop when the pool closes."""
        state = self._state
        with self._lock:
            closing, killing = state.closing, state.killing
        for worker in state.workers:
            if killing and not worker.stopping:
                self._stop(worker)
            elif closing and worker.task is None and not worker.stopping:
                with contextlib.suppress(OSError, ValueError):
                    worker.connection.send(None)
                self._stop(worker, gently=True)
        while True:
            with self._lock:
                if not state.queue or state.killing:
                    return
                idle = [w for w in state.workers if w.task is None and not w.stopping]
                if not idle and len(state.workers) >= self._size:
                    return
                task = state.queue.popleft()
            if not task.future.set_running_or_notify_cancel():
                continue
            worker = idle[0] if idle else self._start_worker()
            self._send(worker, task)

    def _start_worker(self) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=worker_main, args=(child_end,), name="tts-pipeline-worker"
        )
        if hasattr(signal, "pthread_sigmask"):  # the worker starts with them held back
            from multiprocessing import resource_tracker

            # The resource tracker ignores SIGINT and SIGTERM but not SIGHUP: started with
            # SIGHUP held back, it keeps it so, and outlives the group's SIGHUP (else, under
            # `watch`, the next worker's start printed "resource_tracker: process died
            # unexpectedly, relaunching"). Starting it lets SIGINT and SIGTERM through
            # again, so they are held back once more after.
            signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
            resource_tracker.ensure_running()
            signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        self._state.workers.append(worker)
        return worker

    def _send(self, worker: _Worker, task: _Task) -> None:
        worker.task = task
        worker.deadline = time.monotonic() + START_LIMIT_SECONDS
        try:
            worker.connection.send((task.id, task.function, task.args))
        except (OSError, ValueError):
            self._lose(worker, WorkerCrashed("the worker process ended before its task began"))
        except Exception as e:  # the task itself does not pickle
            worker.task, worker.deadline = None, None
            task.future.set_exception(e)

    def _collect(self) -> None:
        """Read what the workers said; notice the workers that died."""
        for worker in list(self._state.workers):
            try:
                while worker.connection.poll():
                    self._receive(worker, worker.connection.recv())
            except Exception:  # EOF, or a message cut short by the worker's end
                worker.process.join(STOP_GRACE_SECONDS)
            if not worker.process.is_alive():
                code = worker.process.exitcode
                reason = _death(code)
                self._lose(worker, WorkerCrashed(f"the worker process {reason}"))

    def _receive(self, worker: _Worker, message) -> None:
        kind, task_id, value = message
        task = worker.task
        if task is None or task.id != task_id:
            return
        if kind == "started":
            worker.deadline = time.monotonic() + task.timeout if task.timeout else None
            return
        worker.task, worker.deadline = None, None
        if kind == "done":
            task.future.set_result(value)
        else:
            task.future.set_exception(value)

    def _enforce_deadlines(self) -> None:
        now = time.monotonic()
        for worker in list(self._state.workers):
            if worker.stopping and worker.stop_deadline and now >= worker.stop_deadline:
                self._kill(worker, "the worker did not stop")
            elif worker.task and worker.deadline and now >= worker.deadline:
                limit = worker.task.timeout or START_LIMIT_SECONDS
                self._lose(worker, TaskTimedOut(f"no answer within {limit:g} s"), kill=True)

    def _next_deadline(self) -> float | None:
        deadlines = [w.deadline for w in self._state.workers if w.task and w.deadline]
        deadlines += [w.stop_deadline for w in self._state.workers if w.stop_deadline]
        if not deadlines:
            return None
        return max(0.0, min(deadlines) - time.monotonic())

    def _stop(self, worker: _Worker, gently: bool = False) -> None:
        """Ask a worker to end (``STOP_SIGNAL`` unless ``gently``: it was sent the stop message)."""
        worker.stopping = True
        worker.stop_deadline = time.monotonic() + STOP_GRACE_SECONDS
        if not gently:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                if STOP_SIGNAL == signal.SIGTERM:
                    worker.process.terminate()
                else:
                    os.kill(worker.process.pid, STOP_SIGNAL)

    def _lose(self, worker: _Worker, error: Exception, kill: bool = False) -> None:
        """A worker is gone or must go: its task fails with ``error``."""
        task = worker.task
        worker.task, worker.deadline = None, None
        if task is not None and not task.future.done():
            task.future.set_exception(error)
        self._kill(worker, str(error)) if kill else self._reap(worker)

    def _kill(self, worker: _Worker, reason: str) -> None:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            worker.process.kill()
        self._reap(worker)
        if worker.task is not None and not worker.task.future.done():
            worker.task.future.set_exception(WorkerCrashed(reason))

    def _reap(self, worker: _Worker) -> None:
        if worker in self._state.workers:
            self._state.workers.remove(worker)
        worker.process.join(STOP_GRACE_SECONDS)
        if worker.process.is_alive():
            with contextlib.suppress(OSError, ValueError, AttributeError):
                worker.process.kill()
            worker.process.join()
        worker.connection.close()


def _death(exitcode: int | None) -> str:
    """How a worker ended, in words."""
    if exitcode is not None and exitcode < 0:
        try:
            return f"was killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"was killed by signal {-exitcode}"
    return f"ended unexpectedly (exit status {exitcode})"
