"""Turn texts into stored clips: from the cache when possible, else with the engine, in workers.

Clips are handed on in order as soon as each is stored, so the next stage lays out one
clip while the engine speaks the next. Workers are started with the ``spawn`` method:
forking a process after espeak was initialised hangs. Each worker loads its engine once
and writes its clips straight into the clip store, so only keys travel between processes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from tts_pipeline.audio.cache import ClipStore, clip_key
from tts_pipeline.engines import get_engine
from tts_pipeline.errors import EngineUnavailableError
from tts_pipeline.voices import VoiceProfile

AHEAD_PER_WORKER = 4
"""Texts handed to each worker ahead of the one the next stage waits for."""
LONGEST_FIRST_PER_WORKER = 8
"""With at most this many texts per worker, the longest go first: then the longest text
decides when the last worker ends, so it must not start last. With more, texts go in order,
so the next stage lays out the first clips while the rest are spoken."""


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
    todo = {key: text for key, text in zip(keys, texts, strict=True) if not store.has(key)}
    jobs = jobs or default_jobs()
    if jobs > 1 and len(todo) > 1 and sum(map(len, todo.values())) >= engine.pool_min_chars:
        ready = _in_workers(keys, todo, profile, store, jobs)
    else:
        ready = _in_process(keys, todo, profile, store)
    return Synthesis(tuple(keys), len(todo), ready)


def _in_process(keys, todo: dict[str, str], profile, store: ClipStore) -> Iterator[str]:
    engine = get_engine(profile.engine)
    for key in keys:
        text = todo.pop(key, None)
        if text is not None:
            store.put(key, engine.synthesize(text, profile))
        yield key


def _in_workers(keys, todo: dict[str, str], profile, store: ClipStore, jobs: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = min(jobs, len(todo))
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    order = list(todo.items())
    if len(order) <= workers * LONGEST_FIRST_PER_WORKER:
        order.sort(key=lambda item: len(item[1]), reverse=True)
    pending = iter(order)
    futures = {}

    def submit_next() -> bool:
        item = next(pending, None)
        if item is not None:
            futures[item[0]] = pool.submit(_worker_synthesize, item[1], item[0], profile, store)
        return item is not None

    try:
        for key in keys:
            while key in todo and key not in futures and not store.has(key) and submit_next():
                pass
            while len(futures) < workers * AHEAD_PER_WORKER and submit_next():
                pass
            if key in futures:
                futures.pop(key).result()  # re-raises a worker's error here
            yield key
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _worker_synthesize(text: str, key: str, profile: VoiceProfile, store: ClipStore) -> str:
    store.put(key, get_engine(profile.engine).synthesize(text, profile))
    return key
