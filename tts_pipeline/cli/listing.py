"""The voices command: the voice profiles, or the voices an engine offers here."""

from __future__ import annotations

from typing import Annotated

import typer

from tts_pipeline.cli.app import (
    app,
    handle_errors,
)


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
