"""The watch command: the batch round after round over a newsroom's feeds, unattended."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tts_pipeline.cli.app import (
    DELAY_SECONDS,
    MAX_ARTICLES,
    ConfigOpt,
    DelayOpt,
    IgnoreRobotsOpt,
    JobsOpt,
    LimitOpt,
    MaxArticlesOpt,
    SinceOpt,
    SiteVoiceOpt,
    app,
    feed_options,
    handle_errors,
    say,
    site_option,
)


@app.command()
@handle_errors
def watch(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Feed or sitemap URLs or files (any batch input).", show_default=False),
    ],
    site: Annotated[Path, site_option("Folder of the podcast site.")],
    every: Annotated[
        str, typer.Option("--every", help="Time between the starts of rounds: 90s, 10m, 1h.")
    ] = "10m",
    once: Annotated[
        bool, typer.Option("--once", help="One round, then exit (for cron and systemd timers).")
    ] = False,
    config: ConfigOpt = None,
    jobs: JobsOpt = None,
    voice: SiteVoiceOpt = None,
    limit: LimitOpt = None,
    since: SinceOpt = None,
    max_articles: MaxArticlesOpt = MAX_ARTICLES,
    delay: DelayOpt = DELAY_SECONDS,
    ignore_robots: IgnoreRobotsOpt = False,
) -> None:
    """Run the batch again and again: new or changed articles of the feeds become episodes."""
    from tts_pipeline import exits
    from tts_pipeline.batch.run import BatchOptions
    from tts_pipeline.batch.timespec import parse_duration
    from tts_pipeline.batch.watch import watch as watch_feeds

    feeds = feed_options(limit, since, max_articles, delay, ignore_robots)
    options = BatchOptions(site=site, config=config, jobs=jobs, voice=voice, feeds=feeds)

    def show(report) -> None:
        for line in report.problems():
            say(exits.one_line(line))
        typer.echo(f"{report.started} {report.summary()}")

    result = watch_feeds(
        inputs,
        options,
        parse_duration(every),
        once,
        on_round=show,
        on_error=lambda message: say(f"error: {exits.one_line(message)}"),
    )
    if result.signum is not None:
        raise exits.stopped_by(result.signum)  # the stop asked for, said as for any command
    raise typer.Exit(1 if result.failed else 0)
