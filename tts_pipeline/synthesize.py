"""Turn texts into clips: from the cache when possible, else with the engine, in workers.

Workers are started with the ``spawn`` method: forking a process after espeak was
initialised hangs. Each worker loads its engine once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tts_pipeline.cache import ClipCache, clip_key
from tts_pipeline.engines import get_engine
from tts_pipeline.errors import EngineUnavailableError
from tts_pipeline.models import Clip
from tts_pipeline.voices import VoiceProfile


@dataclass(frozen=True)
class SynthesisResult:
    clips: tuple[Clip, ...]
    """One clip per input text, in order."""
    synthesized: int
    """Texts the engine spoke in this run; the rest came from the cache."""


def default_jobs() -> int:
    return os.cpu_count() or 1


def synthesize_texts(
    texts: Sequence[str],
    profile: VoiceProfile,
    cache: ClipCache | None,
    jobs: int | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> SynthesisResult:
    """One clip per text. Identical texts are synthesized once."""
    engine = get_engine(profile.engine)
    reason = engine.unavailable_reason(profile)
    if reason:
        raise EngineUnavailableError(reason)
    identity = engine.identity(profile)
    keys = [clip_key(identity, text) for text in texts]
    found: dict[str, Clip] = {}
    missing: dict[str, str] = {}
    for key, text in zip(keys, texts, strict=True):
        if key in found or key in missing:
            continue
        clip = cache.get(key) if cache else None
        if clip is not None:
            found[key] = clip
        else:
            missing[key] = text
    jobs = jobs or default_jobs()
    todo = list(missing.items())
    if jobs > 1 and len(todo) > 1 and sum(len(t) for _, t in todo) >= engine.pool_min_chars:
        made = _synthesize_in_workers(todo, profile, jobs)
    else:
        made = ((key, engine.synthesize(text, profile)) for key, text in todo)
    for key, clip in made:
        found[key] = clip
        if cache:
            cache.put(key, clip)
        if on_progress:
            on_progress(1)
    return SynthesisResult(tuple(found[k] for k in keys), synthesized=len(todo))


def _synthesize_in_workers(todo: list[tuple[str, str]], profile: VoiceProfile, jobs: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Longest first, so that no long text is left at the end for one core alone.
    todo = sorted(todo, key=lambda item: len(item[1]), reverse=True)
    context = multiprocessing.get_context("spawn")
    workers = min(jobs, len(todo))
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        keys = [k for k, _ in todo]
        texts = [t for _, t in todo]
        chunksize = max(1, len(todo) // (workers * 4))
        clips = pool.map(_worker_synthesize, texts, [profile] * len(texts), chunksize=chunksize)
        yield from zip(keys, clips, strict=True)


def _worker_synthesize(text: str, profile: VoiceProfile) -> Clip:
    return get_engine(profile.engine).synthesize(text, profile)
