"""Commands on one article: speak, clean, script, and check of an episode."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from tts_pipeline.cli.app import (
    SCRIPT_HELP,
    CheckOpt,
    CleanFormat,
    FormatOpt,
    InputArg,
    JobsOpt,
    LanguageOpt,
    LexiconOpt,
    VoiceOpt,
    app,
    finite,
    given_path,
    handle_errors,
    voice_line,
)


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
    jobs: JobsOpt = None,
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
    typer.echo(voice_line(episode.voice, episode.engine_voice, episode.article, voice))
    typer.echo(f"files: {', '.join(episode.files)}")
    if episode.check is not None:
        from tts_pipeline.check.table import print_verdict

        print_verdict(episode.check)


@app.command()
@handle_errors
def clean(
    input: InputArg,
    format: FormatOpt = CleanFormat.text,
    explain: Annotated[
        bool, typer.Option("--explain", help="Print every line of the page, kept or not, and why.")
    ] = False,
) -> None:
    """Print the article cleaned of the page around it."""
    if explain:
        from tts_pipeline.extract.explain import explain as explain_page
        from tts_pipeline.sources.read import read_source

        typer.echo(explain_page(read_source(input)))
        return
    from tts_pipeline.pipeline import clean_article, read_article

    if format is CleanFormat.json:
        article = read_article(input)
        typer.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo("\n\n".join(clean_article(input).paragraphs))


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
    from tts_pipeline.publish.publishable import publishable
    from tts_pipeline.voices import DEFAULT_LANGUAGE, choose_voice, load_profile

    load_lexicons(load_profile(voice), lexicon)  # a bad profile or lexicon fails first
    article = publishable(read_article(input, clean=not no_clean, language=language))
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
def check(
    episode: Annotated[Path, typer.Argument(help="The episode's MP3.", show_default=False)],
    script: Annotated[
        Path | None,
        typer.Option(
            "--script", help=SCRIPT_HELP, parser=lambda value: given_path(value, "the episode JSON")
        ),
    ] = None,
    format: FormatOpt = CleanFormat.text,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold",
            min=0,
            max=1,
            callback=finite,
            help="Similarity [default: the voice's].",
        ),
    ] = None,
) -> None:
    """Listen to an episode with offline speech recognition: is every sentence heard?"""
    from tts_pipeline.check.table import check_and_report

    check_and_report(episode, script, threshold, as_json=format is CleanFormat.json)
