"""The batch command: a podcast site from many articles, with a progress bar."""

from __future__ import annotations

import contextlib
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from tts_pipeline.cli.app import (
    DELAY_SECONDS,
    MAX_ARTICLES,
    CheckOpt,
    ConfigOpt,
    DelayOpt,
    IgnoreRobotsOpt,
    JobsOpt,
    LanguageOpt,
    LimitOpt,
    MaxArticlesOpt,
    SinceOpt,
    SiteVoiceOpt,
    app,
    feed_options,
    handle_errors,
    say,
    site_option,
    voice_line,
)


class Executor(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
@handle_errors
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders, globs, http(s) URLs, or @list.txt naming one input per line.",
            show_default=False,
        ),
    ],
    site: Annotated[Path, site_option("Folder of the podcast site to build.")],
    config: ConfigOpt = None,
    jobs: JobsOpt = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Remove episodes whose article is no longer an input.")
    ] = False,
    voice: SiteVoiceOpt = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Synthesize everything anew.")
    ] = False,
    language: LanguageOpt = None,
    executor: Annotated[
        Executor, typer.Option(help="Render here, or on a Dask cluster.")
    ] = Executor.local,
    scheduler: Annotated[
        str | None, typer.Option(help="tcp://HOST:PORT [default: $TTS_PIPELINE_DASK_SCHEDULER].")
    ] = None,
    cache: Annotated[
        str | None, typer.Option(help="Clip cache for every worker: a folder or an fsspec URL.")
    ] = None,
    check: Annotated[bool, CheckOpt] = False,
    check_fail: Annotated[
        bool, typer.Option("--check-fail", help="--check; keep failing episodes out of the feed.")
    ] = False,
    limit: LimitOpt = None,
    since: SinceOpt = None,
    max_articles: MaxArticlesOpt = MAX_ARTICLES,
    delay: DelayOpt = DELAY_SECONDS,
    ignore_robots: IgnoreRobotsOpt = False,
) -> None:
    """Build or update a podcast site: an episode per article (per item of a feed or sitemap),
    feed.xml and index.html."""
    from tts_pipeline import exits
    from tts_pipeline.batch.run import BatchOptions, failure_line, run_batch

    options = BatchOptions(
        site=site,
        config=config,
        jobs=jobs,
        prune=prune,
        voice=voice,
        use_cache=not no_cache,
        language=language,
        executor=executor.value,
        scheduler=scheduler,
        cache=cache,
        check=check,
        check_fail=check_fail,
        feeds=feed_options(limit, since, max_articles, delay, ignore_robots),
    )
    with _progress_bar("Speaking") as progress:
        report = run_batch(inputs, options, progress=progress)
    for source, reason in [*report.failed, *report.check_failures()]:
        say(exits.one_line(failure_line(source, reason)))
    for line in report.waiting():
        say(exits.one_line(line))
    for source, article, chosen, requested in report.other_voices:
        line = voice_line(chosen.name, f"{chosen.engine} {chosen.voice}", article, requested)
        typer.echo(exits.one_line(f"{source}: {line}"))
    typer.echo(f"{report.feed}")
    typer.echo(report.summary())
    if report.failed or report.check_failures():
        raise typer.Exit(1 if report.failed else 8)  # 8: CheckFailedError


@contextlib.contextmanager
def _progress_bar(label: str):
    """A progress callback drawing a bar on stderr when it is a terminal, else nothing."""
    if not sys.stderr.isatty():
        yield None
        return
    state = {"bar": None, "done": 0}

    def update(done: int, total: int) -> None:
        if state["bar"] is None:
            state["bar"] = typer.progressbar(length=total, label=label, file=sys.stderr)
            state["bar"].__enter__()
        state["bar"].update(done - state["done"])
        state["done"] = done

    try:
        yield update
    finally:
        if state["bar"] is not None:
            state["bar"].__exit__(None, None, None)
