"""Where the batch's articles are rendered: here, in local worker processes, or on a Dask cluster.

Every executor renders an article with the function the coordinator hands it, the same for
all (``pipeline.render_episode``, or ``render_checked_episode`` for ``--check``), and hands
back a ``concurrent.futures`` future of its ``RenderedEpisode``; the coordinator
(``run``) alone writes the site. An executor says how many articles it renders at once
(``slots``: the coordinator keeps at most twice that many in flight), how many processes one
article may use (``article_jobs``) and where clips are cached (``cache``). A worker that dies
fails its article with ``audio.workers.WorkerCrashed`` (on Dask, once Dask has given up
retrying it elsewhere); leaving the ``with`` block on an error (Ctrl-C) stops or cancels what
is still running.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from tts_pipeline.errors import ConfigError
from tts_pipeline.pipeline import RenderedEpisode, RenderSettings
from tts_pipeline.voices import VoiceProfile

if TYPE_CHECKING:
    from tts_pipeline.batch.run import BatchOptions
    from tts_pipeline.models import Article

Render = Callable[["Article", VoiceProfile, RenderSettings], RenderedEpisode]
"""The per-article function: ``pipeline.render_episode`` or ``render_checked_episode``."""

EXECUTORS = ("local", "dask")


def check_options(options: BatchOptions) -> None:
    """ConfigError for executor options that cannot work, before any article is read."""
    if options.executor not in EXECUTORS:
        raise ConfigError(f"unknown executor {options.executor!r}: use {' or '.join(EXECUTORS)}")
    if options.executor == "dask":
        from tts_pipeline.batch.cluster import check_reachable, scheduler_address

        address = scheduler_address(options.scheduler)
        if not options.site.exists():  # a new site is made only for a cluster that answers
            check_reachable(address)
    elif options.scheduler:
        raise ConfigError("--scheduler is for --executor dask")
    cache = cache_location(options.cache) if options.use_cache else None
    if cache is not None and options.executor == "local":  # a cluster's workers check theirs
        from tts_pipeline.batch.portable import cache_problem

        problem = cache_problem(cache)
        if problem:
            raise ConfigError(problem)


def open_executor(options: BatchOptions, profile: VoiceProfile, several: bool):
    """The executor ``options`` ask for (see :func:`check_options`); ``several``: more than
    one article is to be rendered."""
    cache = cache_location(options.cache) if options.use_cache else None
    if options.executor == "dask":
        from tts_pipeline.batch.cluster import DaskExecutor

        checks = options.check or options.check_fail
        return DaskExecutor(options.scheduler, profile, cache, checks)
    return LocalExecutor(options.jobs, several, cache)


def cache_location(location: str | None) -> str | None:
    """``--cache`` as every machine must read it: a URL as given, a folder made absolute."""
    if not location:
        return None
    from pathlib import Path

    from tts_pipeline.audio.cache import is_url

    return location if is_url(location) else str(Path(location).expanduser().absolute())


class LocalExecutor:
    """``jobs`` worker processes of this machine (one per core by default), which die with
    the coordinator and leave Ctrl-C to it (see ``audio.workers``); a single article, or a
    single job, runs in this process with every core for its own work."""

    def __init__(self, jobs: int | None, several: bool, cache: str | None = None) -> None:
        from tts_pipeline.audio.synthesize import default_jobs

        jobs = jobs or default_jobs()
        self.cache = cache
        self.pool = None
        if several and jobs > 1:
            from tts_pipeline.audio.workers import WorkerPool

            self.pool = WorkerPool(jobs)
        self.slots = jobs if self.pool else 1
        self.article_jobs = 1 if self.pool else jobs

    def submit(
        self, render: Render, article: Article, profile: VoiceProfile, settings: RenderSettings
    ) -> Future:
        if self.pool is not None:
            return self.pool.submit(render, article, profile, settings)
        future: Future = Future()
        try:
            future.set_result(render(article, profile, settings))
        except Exception as e:
            future.set_exception(e)
        return future

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, kind, error, traceback) -> None:
        if self.pool is not None:
            self.pool.shutdown(kill=kind is not None)
