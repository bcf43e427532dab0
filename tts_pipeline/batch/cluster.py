"""The Dask executor: a batch's articles rendered on the workers of a Dask cluster.

The coordinator connects to the scheduler through ``distributed.Client`` and submits each
article through the client's ``concurrent.futures`` executor as a ``portable.ArticleTask``
(article, settings, and the voice profile with its files' contents), so the workers need the
same tts-pipeline and engines but no disk shared with the coordinator. Before the first
article every worker is asked whether it can render with the voice (and reach the clip
cache). A worker that dies mid-article has its task retried elsewhere by the scheduler, at
most ``distributed.scheduler.allowed-failures`` times; then that article fails alone.
Leaving the ``with`` block on an error (Ctrl-C) cancels every future still pending.
"""

from __future__ import annotations

import asyncio
import collections.abc
import contextlib
import threading
import time
import uuid
import warnings
from concurrent.futures import Future, ThreadPoolExecutor

from tts_pipeline.errors import ClusterError, ConfigError, PipelineWarning
from tts_pipeline.voices import VoiceProfile

SCHEDULER_VARIABLE = "TTS_PIPELINE_DASK_SCHEDULER"
"""Environment variable with the scheduler's address when ``--scheduler`` is not given."""
CONNECT_SECONDS = 10.0
"""How long to try reaching the scheduler."""
WORKERS_WAIT_SECONDS = 30.0
"""How long to wait for a first worker to join a scheduler that has none."""
CLOSE_SECONDS = 5.0
"""How long closing the connection may take."""
SLOTS_REFRESH_SECONDS = 5.0
"""How often the number of workers (the coordinator's pace) is asked again."""


class DaskExecutor:
    """Articles rendered on the Dask cluster at ``address``, one at a time per worker process."""

    article_jobs = 1
    """A worker process renders one article with one core: run one worker per core."""

    def __init__(
        self, address: str | None, profile: VoiceProfile, cache: str | None, checks: bool = False
    ) -> None:
        from tts_pipeline.batch.portable import PortableVoice

        self.cache, self.checks = cache, checks
        self.address = scheduler_address(address)
        self._voices = {profile: PortableVoice.pack(profile)}
        client_class = _client_class()  # (importing distributed sets up its logging)
        self._quiet = _Quiet()  # what goes wrong reaches the user as one line, not as logs
        self._unlogged = _no_message_log()  # undone in _close, like the quiet
        try:
            self.client = _connect(client_class, self.address)
        except BaseException:
            self._restore()
            raise
        try:
            self._check_workers(self._voices[profile])
            self._executor = self.client.get_executor(pure=False)
        except BaseException:
            self._close()
            raise
        self._slots, self._counted = 1, float("-inf")
        self._pending: set[Future] = set()
        """The client's futures not yet settled (they settle on the client's thread)."""
        self._lock = threading.Lock()

    @property
    def slots(self) -> int:
        """Articles rendered at once: the workers now connected (asked again every few s)."""
        if time.monotonic() - self._counted > SLOTS_REFRESH_SECONDS:
            with contextlib.suppress(Exception):  # the scheduler is away: keep the last count
                self._slots = max(1, len(self.client.nthreads()))
            self._counted = time.monotonic()
        return self._slots

    def submit(self, render, article, profile: VoiceProfile, settings) -> Future:
        from tts_pipeline.batch.portable import ArticleTask, PortableVoice, render_task

        if self.client.status != "running":
            raise ClusterError(
                f"lost the Dask scheduler at {self.address}: the episodes done so far are "
                "saved; run again once it is back to finish the work"
            )
        voice = self._voices.get(profile) or self._voices.setdefault(
            profile, PortableVoice.pack(profile)
        )
        key = f"tts-pipeline-{settings.name[:60]}-{uuid.uuid4().hex[:12]}"
        task = ArticleTask(render, article, voice, settings)
        inner = self._executor.submit(render_task, task, key=key)
        outer: Future = Future()
        with self._lock:
            self._pending.add(inner)
        inner.add_done_callback(lambda done: self._settle(done, outer))
        return outer

    def _settle(self, inner: Future, outer: Future) -> None:
        with self._lock:
            self._pending.discard(inner)
        _settle(inner, outer)

    def _check_workers(self, voice) -> None:
        """ClusterError unless every worker can render with ``voice``; a warning for workers
        with several threads (they render one article at a time)."""
        from tts_pipeline import __version__
        from tts_pipeline.batch.portable import worker_problem

        try:
            self.client.wait_for_workers(1, timeout=WORKERS_WAIT_SECONDS)
            found = self.client.run(
                worker_problem, voice, self.cache, __version__, self.checks, on_error="return"
            )
            threads = self.client.nthreads()
        except (OSError, TimeoutError, asyncio.TimeoutError) as e:
            raise ClusterError(
                f"the Dask scheduler at {self.address} has no worker that answers ({_reason(e)}): "
                f"start workers with `dask worker {self.address}`"
            ) from None
        problems = {
            worker: f"cannot run tts-pipeline there: {_reason(problem)}"
            if isinstance(problem, BaseException)
            else problem
            for worker, problem in sorted(found.items())
            if problem
        }
        if problems:
            worker, problem = next(iter(problems.items()))
            where = f"Dask worker {worker}"
            if len(problems) > 1:
                where = f"{len(problems)} of the {len(found)} Dask workers, e.g. {worker}"
            raise ClusterError(f"{where}: {problem}")
        crowded = sorted(w for w, n in threads.items() if n > 1)
        if crowded:
            warnings.warn(
                f"Dask worker {crowded[0]} has {threads[crowded[0]]} threads, but renders one "
                "article at a time: start workers with `--nworkers N --nthreads 1` for N cores",
                PipelineWarning,
                stacklevel=2,
            )

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, kind, error, traceback) -> None:
        from concurrent.futures import wait

        self._executor.shutdown(wait=False)  # cancels whatever is still pending
        with self._lock:
            pending = list(self._pending)
        wait(pending, timeout=CLOSE_SECONDS)  # results on their way: let them land
        self._close()

    def _close(self) -> None:
        with contextlib.suppress(Exception):  # the scheduler went away: nothing to close
            self.client.close(timeout=CLOSE_SECONDS)
        self._restore()

    def _restore(self) -> None:
        self._unlogged.__exit__(None, None, None)
        self._quiet.restore()


class _Quiet:
    """The client's own logs (a lost connection as tracebacks) kept from standard error
    until :meth:`restore`; the scheduler's and the workers' logs tell the story. distributed
    gives several of its loggers their own handler and level: each is quieted."""

    PREFIXES = ("distributed", "tornado")

    def __init__(self) -> None:
        import logging

        names = [n for n in logging.Logger.manager.loggerDict if n.startswith(self.PREFIXES)]
        loggers = [logging.getLogger(name) for name in {*names, *self.PREFIXES}]
        self.levels = {logger: logger.level for logger in loggers}
        for logger in loggers:
            logger.setLevel(logging.CRITICAL + 1)

    def restore(self) -> None:
        for logger, level in self.levels.items():
            logger.setLevel(level)


def _no_message_log():
    """Dask's setting, while the executor is open, that keeps the client from logging what it
    sends: by default its connection to the scheduler keeps the last 1000 batches of messages
    for debugging, every article's task among them (its text and voice), so the coordinator's
    memory grew with the run up to 1000 tasks. A ``dask.config.set`` to leave as a context;
    it holds for a connection made again after a lost one too."""
    import dask

    return dask.config.set({"distributed.admin.low-level-log-length": 0})


def scheduler_address(address: str | None) -> str:
    """``address``, else ``$TTS_PIPELINE_DASK_SCHEDULER``; ConfigError if neither is given."""
    import os

    address = (address or os.environ.get(SCHEDULER_VARIABLE, "")).strip()
    if not address:
        raise ConfigError(
            f"--executor dask needs the scheduler's address: --scheduler tcp://HOST:PORT, "
            f"or {SCHEDULER_VARIABLE}"
        )
    _check_address_form(address)
    return address


def _check_address_form(address: str) -> None:
    """ConfigError (a usage error) for an address no scheduler can have, such as one without
    a port, before a site is made for the run; whether a scheduler answers there is found
    when the executor connects."""
    try:
        from distributed.comm.addressing import parse_address, parse_host_port
    except ImportError:
        return  # the executor says the extra is missing
    try:
        scheme, location = parse_address(address)
        if scheme in ("tcp", "tls"):
            parse_host_port(location)
    except (ValueError, TypeError) as e:
        raise ConfigError(
            f"{address!r} is not a Dask scheduler address ({_reason(e)}): give tcp://HOST:PORT"
        ) from None


def _client_class():
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(
            "--executor dask needs the dask extra: pip install 'tts-pipeline[dask]'"
        ) from None
    return Client


def _connect(client_class, address: str):
    with _unreachable_is_one_line(address):
        _check_scheduler(address)
        return client_class(address, timeout=CONNECT_SECONDS, set_as_default=False)


def check_reachable(address: str) -> None:
    """ClusterError unless a Dask scheduler answers at ``address``: asked before a new site is
    made, so that a run that cannot render leaves no empty site behind."""
    with _unreachable_is_one_line(address):
        _check_scheduler(address)


@contextlib.contextmanager
def _unreachable_is_one_line(address: str) -> collections.abc.Iterator[None]:
    """ClusterError, one line, for a scheduler that cannot be reached or an address that
    cannot be one."""
    try:
        yield
    except (OSError, TimeoutError, asyncio.TimeoutError) as e:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address} ({_reason(e)}): is `dask scheduler` "
            "running there, and the address right?"
        ) from None
    except (ValueError, TypeError) as e:
        raise ClusterError(
            f"{address!r} is not a Dask scheduler address ({_reason(e)}): give tcp://HOST:PORT"
        ) from None


def _check_scheduler(address: str) -> None:
    """ClusterError unless what listens at a ``tcp://`` address greets us as a Dask scheduler
    within ``CONNECT_SECONDS``. distributed's client waits for ever for the greeting of a
    server that takes the connection but never speaks (another service's port), and reads a
    web server's answer (the dashboard's port) as the length of a message of exabytes. An
    address that cannot be parsed raises ValueError; one nobody listens at, OSError."""
    from distributed.comm import connect
    from distributed.comm.addressing import parse_address, parse_host_port

    scheme, location = parse_address(address)
    if scheme != "tcp":  # TLS and websockets need settings of their own: the client's to check
        return
    parse_host_port(location)

    async def greeting() -> None:
        comm = await connect(address, timeout=CONNECT_SECONDS)
        comm.abort()

    try:
        with ThreadPoolExecutor(1) as thread:  # its own event loop, whatever runs in ours
            thread.submit(asyncio.run, asyncio.wait_for(greeting(), CONNECT_SECONDS + 1)).result()
    except asyncio.TimeoutError:
        problem = "takes the connection but does not answer"
    except OSError:  # nothing listens, or the connection was closed: "cannot reach"
        raise
    except Exception:  # what a web server's answer does to the reader: MemoryError...
        problem = "answers in another protocol"
    else:
        return
    raise ClusterError(
        f"{address} is not a Dask scheduler: what listens there {problem}. Is it another "
        "port of the scheduler's machine (the dashboard's)? The scheduler's is 8786 unless "
        "`dask scheduler --port` says otherwise"
    )


def _settle(inner: Future, outer: Future) -> None:
    """Hand ``inner``'s outcome to ``outer``; a task Dask gave up on or dropped is a crash."""
    from tts_pipeline.audio.workers import WorkerCrashed

    if outer.done():
        return
    if inner.cancelled():
        error: BaseException | None = WorkerCrashed(
            "the Dask scheduler dropped it (the connection to it was lost, or it was "
            "cancelled there)"
        )
    else:
        error = inner.exception()
    if error is None:
        outer.set_result(inner.result())
        return
    if type(error).__name__ == "KilledWorker":
        error = WorkerCrashed(
            "the Dask workers rendering it died each time it was tried (inspect the "
            "workers' logs; distributed.scheduler.allowed-failures sets the tries)"
        )
    outer.set_exception(error)


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__
