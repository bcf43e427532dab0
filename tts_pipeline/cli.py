"""Command line: parse arguments, call the pipeline, turn errors into one-line messages.

Heavy modules are imported inside the commands so that ``--help`` is instant.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import Annotated

import typer

from tts_pipeline import __version__
from tts_pipeline.check.table import check_and_report, print_verdict  # light: no recognizer

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


def _say(line: str) -> None:
    """One line on stderr; nothing if stderr is gone."""
    with contextlib.suppress(OSError, ValueError):
        typer.echo(f"tts-pipeline: {line}", err=True)


def _fail(message: str, code: int) -> None:
    from tts_pipeline.exits import one_line

    _say(f"error: {one_line(message)}")
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
            _fail(str(e), e.exit_code)
        except KeyboardInterrupt as e:  # Ctrl-C, or SIGTERM or SIGHUP (exits.Stopped)
            _fail(*exits.interruption(e))
        except BrokenPipeError:
            exits.discard_stdout()  # the reader went away (e.g. `| head`): not an error
            raise typer.Exit(0) from None
        except typer.Exit:
            raise
        except Exception as e:
            if os.environ.get("TTS_PIPELINE_DEBUG"):
                raise
            _fail(*exits.explain(e))

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tts-pipeline {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Turn a news article into a podcast-ready MP3, offline."""


@app.command()
@handle_errors
def speak(
    input: InputArg,
    output: Annotated[
        str | None,
        typer.Option(
            "-o", "--output", help="MP3 to write, or a folder for it [default: out/<title>.mp3]."
        ),
    ] = None,
    voice: VoiceOpt = "default",
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Synthesize everything anew.")
    ] = False,
    no_clean: Annotated[
        bool, typer.Option("--no-clean", help="INPUT is the article text already.")
    ] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes [default: cores].")
    ] = None,
    lexicon: LexiconOpt = None,
    language: LanguageOpt = None,
    check: Annotated[bool, CheckOpt] = False,
) -> None:
    """Turn an article into a tagged MP3 with sidecars; print its path and a summary."""
    from tts_pipeline.pipeline import SpeakOptions
    from tts_pipeline.pipeline import speak as run_speak

    options = SpeakOptions(
        output=output,
        voice=voice,
        use_cache=not no_cache,
        clean=not no_clean,
        jobs=jobs,
        lexicon=lexicon,
        language=language,
        check=check,
    )
    episode = run_speak(input, options)
    typer.echo(episode.mp3)
    minutes, seconds = divmod(episode.duration, 60)
    typer.echo(f"duration: {episode.duration:.1f} s ({int(minutes)}:{seconds:04.1f})")
    typer.echo(f"loudness: {episode.loudness:.1f} LUFS, true peak {episode.true_peak:.1f} dBTP")
    typer.echo(f"chapters: {len(episode.chapters)}")
    typer.echo(_voice_line(episode.voice, episode.engine_voice, episode.article, voice))
    typer.echo(f"files: {', '.join(episode.files)}")
    if episode.check is not None:
        print_verdict(episode.check)


def _voice_line(voice: str | None, engine_voice: str | None, article, requested: str) -> str:
    """``voice: espeak (pyttsx3 gmw/de) for German (de), detected from the text; default does
    not read it``: which voice read the article, and why."""
    from tts_pipeline.language import describe

    line = (
        f"voice: {voice} ({engine_voice}) for {describe(article.language, article.language_source)}"
    )
    asked = Path(requested).stem if requested.endswith(".toml") else requested
    return line + (f"; {asked} does not read it" if voice != asked else "")


class CleanFormat(str, Enum):
    text = "text"
    json = "json"


FormatOpt = Annotated[CleanFormat, typer.Option("--format", "-f", help="Output format.")]


@app.command()
@handle_errors
def clean(
    input: InputArg,
    format: FormatOpt = CleanFormat.text,
) -> None:
    """Print the article cleaned of the page around it."""
    from tts_pipeline.pipeline import read_article

    article = read_article(input)
    if format is CleanFormat.json:
        typer.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo("\n\n".join(article.paragraphs))


@app.command()
@handle_errors
def script(
    input: InputArg,
    no_clean: Annotated[
        bool, typer.Option("--no-clean", help="INPUT is the article text already; add nothing.")
    ] = False,
    original: Annotated[
        bool, typer.Option("--original", help="Print sentences as written, not as spoken.")
    ] = False,
    voice: VoiceOpt = "default",
    lexicon: LexiconOpt = None,
    language: LanguageOpt = None,
) -> None:
    """Print everything that will be spoken: a sentence a line, paragraphs apart."""
    from tts_pipeline.pipeline import load_lexicons, make_script, read_article
    from tts_pipeline.voices import DEFAULT_LANGUAGE, choose_voice, load_profile

    load_lexicons(load_profile(voice), lexicon)  # a bad profile or lexicon fails first
    article = read_article(input, clean=not no_clean, language=language)
    profile = choose_voice(load_profile(voice), article.language or DEFAULT_LANGUAGE)
    words = load_lexicons(profile, lexicon)
    speech_script = make_script(article, intro=not no_clean, profile=profile, lexicon=words)
    blocks = [
        "\n".join(s.text if original else s.speech for s in block.sentences)
        for block in speech_script.blocks
    ]
    typer.echo("\n\n".join(blocks))


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
    site: Annotated[Path, typer.Option("--site", help="Folder of the podcast site to build.")],
    config: Annotated[
        Path | None,
        typer.Option("--config", help="podcast.toml [default: <site>/podcast.toml if present]."),
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes [default: cores].")
    ] = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Remove episodes whose article is no longer an input.")
    ] = False,
    voice: Annotated[
        str | None, typer.Option("--voice", help="Voice profile [default: the config's].")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Synthesize everything anew.")
    ] = False,
    language: LanguageOpt = None,
    check: Annotated[bool, CheckOpt] = False,
    check_fail: Annotated[
        bool, typer.Option("--check-fail", help="--check; keep failing episodes out of the feed.")
    ] = False,
) -> None:
    """Build or update a podcast site: an episode per article, feed.xml and index.html."""
    from tts_pipeline import exits
    from tts_pipeline.batch.run import BatchOptions, run_batch

    options = BatchOptions(
        site=site,
        config=config,
        jobs=jobs,
        prune=prune,
        voice=voice,
        use_cache=not no_cache,
        language=language,
        check=check,
        check_fail=check_fail,
    )
    with _progress_bar("Speaking") as progress:
        report = run_batch(inputs, options, progress=progress)
    for source, reason in [*report.failed, *report.check_failures()]:
        _say(f"failed: {exits.one_line(f'{source}: {reason}')}")
    for source, article, chosen, requested in report.other_voices:
        line = _voice_line(chosen.name, f"{chosen.engine} {chosen.voice}", article, requested)
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


@app.command()
@handle_errors
def voices(
    engine: Annotated[
        str | None,
        typer.Option("--engine", help="List the voices this engine offers here instead."),
    ] = None,
) -> None:
    """List the voice profiles: engine, language, and whether each can run here."""
    if engine is not None:
        _print_engine_voices(engine)
        return
    from tts_pipeline.resources import bundled_voices_dir
    from tts_pipeline.voices import profile_statuses

    rows = [("NAME", "ENGINE", "LANGUAGE", "STATUS", "FROM", "DESCRIPTION")]
    reasons = {}
    for status in profile_statuses():
        profile = status.profile
        rows.append(
            (
                status.name,
                profile.engine if profile else "?",
                profile.language if profile else "?",
                "ready" if status.problem is None else "unavailable",
                "built-in" if status.source.parent == bundled_voices_dir() else "user",
                profile.description if profile else "",
            )
        )
        reasons[len(rows) - 1] = status.problem
    _print_table(rows, notes=reasons)


def _print_engine_voices(name: str) -> None:
    from tts_pipeline.engines import get_engine
    from tts_pipeline.errors import EngineUnavailableError

    engine = get_engine(name)
    reason = engine.unavailable_reason()
    if reason:
        raise EngineUnavailableError(reason)
    rows = [("VOICE", "NAME", "LANGUAGES")]
    rows += [(v.id, v.name, ",".join(v.languages)) for v in engine.voices()]
    _print_table(rows)


def _print_table(rows: list[tuple[str, ...]], notes: dict[int, str | None] | None = None) -> None:
    """Columns padded to their widest cell; a row's note, if any, indented below it."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for index, row in enumerate(rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        typer.echo("  ".join([*cells, row[-1]]).rstrip())
        if notes and notes.get(index):
            typer.echo(f"    {notes[index]}")


@app.command()
@handle_errors
def check(
    episode: Annotated[Path, typer.Argument(help="The episode's MP3.", show_default=False)],
    script: Annotated[Path | None, typer.Option("--script", help=SCRIPT_HELP)] = None,
    format: FormatOpt = CleanFormat.text,
    threshold: Annotated[
        float | None,
        typer.Option("--threshold", min=0, max=1, help="Similarity [default: the voice's]."),
    ] = None,
) -> None:
    """Listen to an episode with offline speech recognition: is every sentence heard?"""
    check_and_report(episode, script, threshold, as_json=format is CleanFormat.json)


def main() -> None:
    """Console-script entry point.

    Once a command has returned, every output is written, renamed and closed; the process
    then ends without the interpreter's teardown of numpy, espeak and the rest, which costs
    40 to 60 ms of every run and does nothing a user can see.
    """
    from tts_pipeline import exits
    from tts_pipeline.audio.memory import keep_large_arrays_mapped

    keep_large_arrays_mapped()
    exits.stop_on_signals()
    exits.show_warnings(_say)
    try:
        app()
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except BrokenPipeError:  # stdout's reader went away outside a command (`--help | head`)
        code = 0
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # gone (`| head`, >&-)
            stream.flush()
    os._exit(code)
