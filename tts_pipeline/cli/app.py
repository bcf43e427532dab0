"""The command-line application: the typer app, its shared options, and the one place where
errors become one-line messages and exit codes.

Heavy modules are imported inside the commands so that ``--help`` is instant.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
from collections.abc import Callable
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import Annotated

import typer

from tts_pipeline import __version__

app = typer.Typer(
    name="tts-pipeline",
    help="Turn a news article (a web page, its text, or HTML) into a podcast-ready MP3, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

InputArg = Annotated[
    str,
    typer.Argument(help="A file, '-' for standard input, or an http(s) URL.", show_default=False),
]
VoiceOpt = Annotated[
    str, typer.Option("--voice", help="Voice profile name or a profile's .toml path.")
]
CheckOpt = typer.Option("--check", help="Listen to the MP3s made: see the check command.")
SCRIPT_HELP = "Episode JSON, or sentences a line [default: the one beside the MP3]."
LexiconOpt = Annotated[
    Path | None,
    typer.Option(
        "--lexicon",
        help='Pronunciation lexicon: a TOML file of word = "respelling", or a shipped '
        "one by name (news); applied over the voice profile's.",
        parser=lambda value: given_path(value, "a lexicon file or name"),
        show_default=False,
    ),
]


LanguageOpt = Annotated[
    str | None,
    typer.Option(
        "--language",
        help="The article's language, an ISO 639-1 code such as de [default: detected].",
        show_default=False,
    ),
]


class CleanFormat(str, Enum):
    text = "text"
    json = "json"


FormatOpt = Annotated[CleanFormat, typer.Option("--format", "-f", help="Output format.")]

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="podcast.toml [default: <site>/podcast.toml if present].",
        parser=lambda value: given_path(value, "the podcast's TOML file"),
    ),
]
JOBS_PER_CORE = 4
"""More worker processes than this many a core only cost memory (a neural voice's model is
loaded in each): ``--jobs`` is capped there, with a warning."""


def _jobs_within_reach(jobs: int | None) -> int | None:
    """``--jobs`` capped at ``JOBS_PER_CORE`` a core; a warning says so."""
    limit = JOBS_PER_CORE * (os.cpu_count() or 1)
    if jobs is None or jobs <= limit:
        return jobs
    say(f"warning: --jobs {jobs} is more than this machine's cores can use; using {limit}")
    return limit


JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        callback=_jobs_within_reach,
        help=f"Worker processes [default: cores; at most {JOBS_PER_CORE} a core].",
    ),
]


def given_path(value: str, wanted: str) -> Path:
    """A path option's value, refused when empty: ``--config "$CONFIG"`` with CONFIG unset
    would name the current folder."""
    if not value.strip():
        raise typer.BadParameter(f"is empty: give {wanted}")
    return Path(value).expanduser()


def site_folder(value: str) -> Path:
    """``--site``'s folder; refused when empty (``--site "$SITE"`` with SITE unset would be
    the current folder) or the root of the file system (``--site "$SITE/"``)."""
    folder = given_path(value, "the site's folder")
    absolute = Path(os.path.abspath(folder))  # no lookup: a loop of links fails later, in one line
    if absolute.parent == absolute:
        raise typer.BadParameter(
            f"{value} is the root of the file system: give a folder of its own"
        )
    return folder


def site_option(help: str):
    """The ``--site`` option of ``batch`` and ``watch``."""
    return typer.Option("--site", help=help, parser=site_folder, metavar="DIR", show_default=False)


SiteVoiceOpt = Annotated[
    str | None, typer.Option("--voice", help="Voice profile [default: the config's].")
]
LimitOpt = Annotated[
    int | None, typer.Option("--limit", min=1, help="Take the newest N items of each feed.")
]
SinceOpt = Annotated[
    str | None,
    typer.Option("--since", help="Leave out items dated before: 2024-05-01, or 2d (days ago)."),
]
MaxArticlesOpt = Annotated[
    int, typer.Option("--max-articles", min=0, help="Pages fetched from feeds per run, at most.")
]
MAX_DELAY_SECONDS = 3600.0
"""Longest ``--delay``: an hour between two requests to one host is already no crawl."""


def finite(value: float | None) -> float | None:
    """A number option's value, refused when it is NaN or infinite (a range lets NaN by)."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter(f"{value} is not a number")
    return value


DelayOpt = Annotated[
    float,
    typer.Option(
        "--delay",
        min=0,
        max=MAX_DELAY_SECONDS,
        callback=finite,
        help="Seconds between two requests to one host.",
    ),
]
IgnoreRobotsOpt = Annotated[
    bool, typer.Option("--ignore-robots", help="Ignore robots.txt (only for your own site).")
]
MAX_ARTICLES = 30
"""As ``batch.gather.MAX_ARTICLES`` (not imported: ``--help`` stays light)."""
DELAY_SECONDS = 1.0


def feed_options(
    limit: int | None, since: str | None, max_articles: int, delay: float, ignore_robots: bool
):
    """The batch's FeedOptions from the feed options' values (``--since`` parsed)."""
    from tts_pipeline.batch.gather import feed_options as make

    return make(limit, since, max_articles, delay, not ignore_robots)


def say(line: str) -> None:
    """One line on stderr; nothing if stderr is gone."""
    with contextlib.suppress(OSError, ValueError):
        typer.echo(f"tts-pipeline: {line}", err=True)


def fail(message: str, code: int) -> None:
    from tts_pipeline.exits import one_line

    say(f"error: {one_line(message)}")
    raise typer.Exit(code)


def handle_errors(command: Callable) -> Callable:
    """Turn every error into one line on stderr and a non-zero exit code."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        from tts_pipeline import exits
        from tts_pipeline.errors import PipelineError

        try:
            return command(*args, **kwargs)
        except PipelineError as e:
            fail(str(e), e.exit_code)
        except KeyboardInterrupt as e:  # Ctrl-C, or SIGTERM or SIGHUP (exits.Stopped)
            fail(*exits.interruption(e))
        except BrokenPipeError:
            exits.discard_stdout()  # the reader went away (e.g. `| head`): not an error
            raise typer.Exit(0) from None
        except typer.Exit:
            raise
        except Exception as e:
            if os.environ.get("TTS_PIPELINE_DEBUG"):
                raise
            fail(*exits.explain(e))

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tts-pipeline {__version__}")
        raise typer.Exit()


def voice_line(voice: str | None, engine_voice: str | None, article, requested: str) -> str:
    """``voice: espeak (pyttsx3 gmw/de) for German (de), detected from the text; default does
    not read it``: which voice read the article, and why."""
    from tts_pipeline.language import describe

    line = (
        f"voice: {voice} ({engine_voice}) for {describe(article.language, article.language_source)}"
    )
    asked = Path(requested).stem if requested.endswith(".toml") else requested
    return line + (f"; {asked} does not read it" if voice != asked else "")


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Turn a news article into a podcast-ready MP3, offline."""


def usage_errors_in_one_line() -> None:
    """Make a bad option or argument (``--jobs 0``, an unknown option) one line on stderr,
    as every other error, instead of click's usage block."""
    # typer carries its own copy of click (typer._click): its UsageError is found through a
    # public class of typer's rather than by that private module's name
    usage_error = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")

    def show(error, file=None) -> None:
        from tts_pipeline.exits import one_line

        command = error.ctx.command_path if error.ctx is not None else "tts-pipeline"
        hint = f"see {command} --help"
        if error.format_message().startswith("No such option"):
            hint += "; a file whose name starts with '-': write ./NAME"
        say(f"error: {one_line(error.format_message())} ({hint})")

    usage_error.show = show


def main() -> None:
    """Console-script entry point.

    Once a command has returned, every output is written, renamed and closed; the process
    then ends without the interpreter's teardown of numpy, espeak and the rest, which costs
    40 to 60 ms of every run and does nothing a user can see.
    """
    from tts_pipeline import exits
    from tts_pipeline.audio.memory import keep_large_arrays_mapped
    from tts_pipeline.regex_cache import save_remembered

    keep_large_arrays_mapped()
    usage_errors_in_one_line()
    exits.stop_on_signals()
    exits.show_warnings(say)
    try:
        app()
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except BrokenPipeError:  # stdout's reader went away outside a command (`--help | head`)
        code = 0
    except OSError as e:  # outside a command: `--help` or `--version` to a full disk
        message, code = exits.explain(e)
        say(f"error: {exits.one_line(message)}")
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # gone (`| head`, >&-)
            stream.flush()
    save_remembered()
    os._exit(code)
