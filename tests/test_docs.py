"""The README documents the CLI as it is: every command and every option."""

from __future__ import annotations

import re

import click
import typer.main
from conftest import ROOT

from tts_pipeline.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> dict[str, click.Command]:
    group = typer.main.get_command(app)
    return dict(group.commands)


def test_every_command_is_documented():
    for name in commands():
        assert f"### `tts-pipeline {name}" in README, f"README lacks a section for {name}"


def test_every_option_is_documented():
    for name, command in commands().items():
        for param in command.params:
            if isinstance(param, click.Option) and param.name != "help":
                longest = max(param.opts, key=len)
                assert longest in README, f"README does not mention {name} {longest}"


def test_the_two_commands_and_the_help_are_there():
    assert "make demo" in README and "make test" in README
    assert re.search(r"python -m tts_pipeline", README)
