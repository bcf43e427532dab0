"""Shared fixtures: an isolated clip cache and a way to run the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.register_assert_rewrite("audio_helpers")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PAGE = ROOT / "samples" / "kyiv-independent-wagner-page.txt"
SAMPLE_EXPECTED = Path(__file__).resolve().parent / "kyiv-independent-wagner-page.expected.json"


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads(SAMPLE_EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own cache, in this process and in the CLIs it runs: clips and
    episodes, and (in the same folder) compiled expressions and parsed data files."""
    cache = tmp_path_factory.mktemp("clip-cache")
    monkeypatch.setenv("TTS_PIPELINE_CACHE", str(cache))
    monkeypatch.setenv("TTS_PIPELINE_CODE_CACHE", str(cache))
    return cache


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None, env=None):
    """Run ``python -m tts_pipeline`` as a user would; return the CompletedProcess (bytes)."""
    return subprocess.run(
        [sys.executable, "-m", "tts_pipeline", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=600,
    )


@pytest.fixture
def cli(tmp_path_factory):
    """``run_cli``, run by default in a folder of the test's own (never the repository: a run
    that writes ``out/`` there would share it with the tests running beside it)."""
    home = tmp_path_factory.mktemp("cwd")

    def run(*args: str, cwd: Path | None = None, **kwargs):
        return run_cli(*args, cwd=cwd or home, **kwargs)

    return run


@pytest.fixture
def room():
    """A newsroom on 127.0.0.1 serving feeds and article pages (tests/newsroom.py)."""
    from newsroom import Newsroom

    newsroom = Newsroom()
    yield newsroom
    newsroom.close()
