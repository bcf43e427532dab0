"""Turn texts into stored clips: from the cache when possible, else with the engine, in workers.

Clips are handed on in order as soon as each is stored, so the next stage lays out one
clip while the engine speaks the next. Workers are ``spawn`` processes (forking a process
after espeak was initialised hangs; see ``workers``); each loads its engine once and writes
its clips straight into the clip store, so only keys travel between processes.

No clip is stored or used unless it is plausible for its text (``clipcheck``). Every text
gets ``ATTEMPTS`` tries: a try fails when the engine raises, its worker dies, it returns
implausible audio, or it runs over its time limit. Then the run stops with an error that
quotes the text, never with a silent gap.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tts_pipeline.audio.cache import ClipStore, clip_key
from tts_pipeline.audio.clipcheck import SILENT, clip_problem, length_problem
from tts_pipeline.engines import discard_engine, get_engine
from tts_pipeline.errors import EngineUnavailableError, PipelineError, SynthesisError
from tts_pipeline.voices import VoiceProfile

if TYPE_CHECKING:
    from tts_pipeline.audio.workers import WorkerPool

AHEAD_PER_WORKER = 4
"""Texts handed to each worker ahead of the one the next stage waits for."""
LONGEST_FIRST_PER_WORKER = 8
"""With at most this many texts per worker, the longest go first: then the longest text
decides when the last worker ends, so it must not start last. With more, texts go in order,
so the next stage lays out the first clips while the rest are spoken."""
ATTEMPTS = 3
"""Tries per text before the run fails."""
DEFAULT_TIMEOUT_SECONDS = 120.0
"""Longest one engine call may take, unless the engine sets ``synthesis_timeout``."""
QUOTE_CHARS = 80
"""Characters of a text quoted in an error."""


@dataclass(frozen=True)
class Synthesis:
    """Clips on their way: iterate for each text's key, in order, once its clip is stored."""

    keys: tuple[str, ...]
    """The stored clip of each input text, in order."""
    synthesized: int
    """Texts the engine speaks in this run; the rest come from the cache."""
    ready: Iterator[str]

    def __iter__(self) -> Iterator[str]:
        return self.ready


def default_jobs() -> int:
    return os.cpu_count() or 1


def synthesis_timeout(engine) -> float:
    """Seconds one ``synthesize`` call of ``engine`` may take."""
    return float(getattr(engine, "synthesis_timeout", DEFAULT_TIMEOUT_SECONDS))


_early_pools: dict[str, WorkerPool] = {}
"""Worker pools started by :func:`workers_started_early`, by engine, until a synthesis
takes one."""


@contextlib.contextmanager
def workers_started_early(
    profile: VoiceProfile, texts: Sequence[str], language: str | None, jobs: int | None = None
) -> Iterator[None]:
    """Start the engine's worker processes now, each loading the voice that will read
    ``texts`` in ``language``, so that they are ready when the script made meanwhile is
    spoken: for an engine with a ``prepare`` step, on more than one core, for texts long
    enough for workers. :func:`start_synthesis` in the block takes the pool; leaving the
    block stops it."""
    from tts_pipeline.audio.workers import WorkerPool
    from tts_pipeline.voices import DEFAULT_LANGUAGE, choose_voice

    try:
        profile = choose_voice(profile, language or DEFAULT_LANGUAGE)
    except PipelineError:  # said when the article is rendered
        yield
        return
    engine = get_engine(profile.engine)
    jobs = jobs or default_jobs()
    worth = jobs > 1 and hasattr(engine, "prepare")
    worth = worth and sum(map(len, texts)) >= engine.pool_min_chars
    if not worth or engine.unavailable_reason(profile):
        yield
        return
    pool = WorkerPool(jobs)
    for _ in range(jobs):
        pool.submit(_worker_prepare, profile)
    _early_pools[profile.engine] = pool
    try:
        yield
    finally:
        if _early_pools.get(profile.engine) is pool:
            del _early_pools[profile.engine]
        pool.shutdown(kill=True)  # nothing if a synthesis took it and has stopped it


def _take_early_pool(engine: str) -> WorkerPool | None:
    return _early_pools.pop(engine, None)


def start_synthesis(
    texts: Sequence[str], profile: VoiceProfile, store: ClipStore, jobs: int | None = None
) -> Synthesis:
    """Begin making a stored clip for every text; identical texts are synthesized once."""
    engine = get_engine(profile.engine)
    reason = engine.unavailable_reason(profile)
    if reason:
        raise EngineUnavailableError(reason)
    identity = engine.identity(profile)
    keys = [clip_key(identity, text) for text in texts]
    todo: dict[str, str] = {}
    for key, text in zip(keys, texts, strict=True):
        if key not in todo and not _stored_plausibly(store, key, text, profile):
            todo[key] = text
    jobs = jobs or default_jobs()
    in_workers = jobs > 1 and len(todo) > 1
    in_workers = in_workers and sum(map(len, todo.values())) >= engine.pool_min_chars
    early = _take_early_pool(profile.engine)
    if early is not None and not in_workers:
        early.shutdown(kill=True, wait=False)
        early = None
    speaker = _Speaker(todo, profile, store, jobs if in_workers else 0, early)
    return Synthesis(tuple(keys), len(todo), speaker.in_order(keys))


def _stored_plausibly(store: ClipStore, key: str, text: str, profile: VoiceProfile) -> bool:
    """Whether a clip for ``text`` is stored and fits it; an implausible one is discarded."""
    seconds = store.seconds(key)
    if seconds is None:
        return False
    if length_problem(text, seconds, profile.rate):
        store.discard(key)
        return False
    return True


class _Hung(BaseException):
    """The engine ran over its time limit in this process (a BaseException, so that an
    engine's own ``except Exception`` does not swallow it)."""


class _Speaker:
    """Makes the clips of ``todo``: in this process (``jobs`` 0) or in worker processes,
    trying each text again when a try fails."""

    def __init__(
        self, todo: dict[str, str], profile, store: ClipStore, jobs: int, pool=None
    ) -> None:
        self.todo = todo
        self.profile = profile
        self.store = store
        self.jobs = jobs
        self.failures: dict[str, list[str]] = {}
        self.early_pool = pool
        """Workers started before (:func:`workers_started_early`), used when the pool starts."""
        self.pool = None
        self.futures: dict = {}
        self.queue: deque[str] = deque()
        """Texts still to hand to the workers, in the order they go."""

    def in_order(self, keys: Sequence[str]) -> Iterator[str]:
        try:
            if self.jobs:
                self._start_pool(self.jobs)
            for key in keys:
                while key in self.todo:
                    self._make(key)
                    if not self.todo and self.pool is not None:
                        self.pool.shutdown(wait=False)  # every clip is in: workers go now
                yield key
        finally:
            if self.pool is not None:
                self.pool.shutdown(kill=True)

    def _make(self, key: str) -> None:
        """One try at ``key``'s clip; on failure, note it (and give up after ``ATTEMPTS``)."""
        try:
            if self.pool is None:
                self._in_process(key)
            else:
                self._from_worker(key)
        except _Hung:
            # the engine of this process may be stuck for good: the rest goes to a worker
            discard_engine(self.profile.engine)
            self._failed(key, f"no answer within {self._timeout():g} s")
            self._start_pool(1)
            return
        except PipelineError as e:
            if not isinstance(e, SynthesisError):
                raise  # the engine cannot run, or the output cannot be written: no retry
            self._failed(key, str(e))
            return
        except Exception as e:  # an engine's own error, a dead worker, a time-out
            self._failed(key, _reason(e))
            return
        del self.todo[key]

    def _failed(self, key: str, reason: str) -> None:
        reasons = self.failures.setdefault(key, [])
        reasons.append(reason)
        if len(reasons) >= ATTEMPTS:
            hint = ""
            if all(reason in SILENT for reason in reasons):  # the same silence, every time
                hint = (
                    "; the voice may not read this language or script (`tts-pipeline voices` "
                    "lists the voices and the languages they read)"
                )
            raise SynthesisError(
                f"the speech engine failed {ATTEMPTS} times on {_quote(self.todo[key])}: "
                + "; ".join(dict.fromkeys(reasons))
                + hint
            )

    def _timeout(self) -> float:
        return synthesis_timeout(get_engine(self.profile.engine))

    def _in_process(self, key: str) -> None:
        engine = get_engine(self.profile.engine)
        with _time_limit(self._timeout()):
            clip = engine.synthesize(self.todo[key], self.profile)
        _check_and_store(self.todo[key], key, clip, self.profile, self.store)

    def _start_pool(self, jobs: int) -> None:
        from tts_pipeline.audio.workers import WorkerPool

        self.pool, self.early_pool = self.early_pool, None
        if self.pool is None:
            self.pool = WorkerPool(min(jobs, len(self.todo)))
        order = list(self.todo)
        if len(order) <= jobs * LONGEST_FIRST_PER_WORKER:
            order.sort(key=lambda k: len(self.todo[k]), reverse=True)
        self.queue = deque(order)

    def _submit(self, key: str) -> None:
        self.futures[key] = self.pool.submit(
            _worker_synthesize,
            self.todo[key],
            key,
            self.profile,
            self.store,
            timeout=self._timeout(),
        )

    def _from_worker(self, key: str) -> None:
        if key not in self.futures:
            self._submit(key)  # first in line, or tried again
        while len(self.futures) < self.pool_size * AHEAD_PER_WORKER and self.queue:
            ahead = self.queue.popleft()
            if ahead in self.todo and ahead not in self.futures:
                self._submit(ahead)
        added = self.futures.pop(key).result()  # re-raises the worker's error here
        if self.store.cache is not None:
            self.store.cache.added += added

    @property
    def pool_size(self) -> int:
        return max(1, min(self.jobs, len(self.todo)))


def _check_and_store(text: str, key: str, clip, profile: VoiceProfile, store: ClipStore) -> int:
    """Store ``clip`` if it is plausible for ``text``; return the bytes it added to the
    shared cache. An implausible clip raises SynthesisError."""
    problem = clip_problem(text, clip, profile.rate)
    if problem:
        raise SynthesisError(problem)
    before = store.cache.added if store.cache is not None else 0
    store.put(key, clip)
    return (store.cache.added if store.cache is not None else 0) - before


def _worker_prepare(profile: VoiceProfile) -> None:
    get_engine(profile.engine).prepare(profile)


def _worker_synthesize(text: str, key: str, profile: VoiceProfile, store: ClipStore) -> int:
    clip = get_engine(profile.engine).synthesize(text, profile)
    return _check_and_store(text, key, clip, profile, store)


@contextlib.contextmanager
def _time_limit(seconds: float):
    """Raise :class:`_Hung` in this thread after ``seconds`` (POSIX main thread only; else
    no limit: a worker process is the only way to stop an engine there)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def on_alarm(signum, frame):
        raise _Hung()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _reason(error: BaseException) -> str:
    """Why a try failed, in one line; an engine's own error with its type."""
    from tts_pipeline.audio.workers import TaskTimedOut, WorkerCrashed

    text = " ".join(str(error).split())
    if isinstance(error, WorkerCrashed | TaskTimedOut) and text:
        return text
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _quote(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > QUOTE_CHARS:
        text = text[: QUOTE_CHARS - 1].rstrip() + "…"
    return f'"{text}"'
