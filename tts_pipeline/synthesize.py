"""Turn texts into stored clips: from the cache when possible, else with the engine, in workers.

Workers are started with the ``spawn`` method: forking a process after espeak was
initialised hangs. Each worker loads its engine once and writes its clips straight
into the clip store, so only keys travel between processes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from tts_pipeline.cache import ClipStore, clip_key
from tts_pipeline.engines import get_engine
from tts_pipeline.errors import EngineUnavailableError
from tts_pipeline.voices import VoiceProfile


@dataclass(frozen=True)
class SynthesisResult:
    keys: tuple[str, ...]
    """The stored clip of each input text, in order."""
    synthesized: int
    """Texts the engine spoke in this run; the rest came from the cache."""


def default_jobs() -> int:
    return os.cpu_count() or 1


def synthesize_texts(
    texts: Sequence[str],
    profile: VoiceProfile,
    store: ClipStore,
    jobs: int | None = None,
) -> SynthesisResult:
    """A stored clip for every text; identical texts are synthesized once."""
    engine = get_engine(profile.engine)
    reason = engine.unavailable_reason(profile)
    if reason:
        raise EngineUnavailableError(reason)
    identity = engine.identity(profile)
    keys = [clip_key(identity, text) for text in texts]
    todo = {key: text for key, text in zip(keys, texts, strict=True) if not store.has(key)}
    jobs = jobs or default_jobs()
    if jobs > 1 and len(todo) > 1 and sum(map(len, todo.values())) >= engine.pool_min_chars:
        _synthesize_in_workers(todo, profile, store, jobs)
    else:
        for key, text in todo.items():
            store.put(key, engine.synthesize(text, profile))
    return SynthesisResult(tuple(keys), synthesized=len(todo))


def _synthesize_in_workers(
    todo: dict[str, str], profile: VoiceProfile, store: ClipStore, jobs: int
) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Longest first, so that no long text is left at the end for one core alone.
    ordered = sorted(todo.items(), key=lambda item: len(item[1]), reverse=True)
    context = multiprocessing.get_context("spawn")
    workers = min(jobs, len(ordered))
    count = len(ordered)
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        chunksize = max(1, count // (workers * 4))
        done = pool.map(
            _worker_synthesize,
            [text for _, text in ordered],
            [key for key, _ in ordered],
            [profile] * count,
            [store] * count,
            chunksize=chunksize,
        )
        for _ in done:  # re-raises a worker's error here
            pass


def _worker_synthesize(text: str, key: str, profile: VoiceProfile, store: ClipStore) -> str:
    store.put(key, get_engine(profile.engine).synthesize(text, profile))
    return key
