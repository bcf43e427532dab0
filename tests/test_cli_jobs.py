"""``--jobs`` beyond what the machine's cores can use is capped, with a warning: hundreds of
worker processes only cost memory (a neural voice's model is loaded in each)."""

from __future__ import annotations

import importlib
import os

import pytest

app = importlib.import_module("tts_pipeline.cli.app")  # the package's `app` is the Typer


@pytest.mark.parametrize(("asked", "used"), [(None, None), (1, 1), (8, 8), (9, 8), (400, 8)])
def test_jobs_are_capped_at_four_a_core(monkeypatch, capsys, asked, used):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert app._jobs_within_reach(asked) == used
    warned = capsys.readouterr().err
    assert ("using 8" in warned) == (asked is not None and asked > 8)


def test_a_batch_with_far_too_many_jobs_warns_and_makes_every_episode(cli, tmp_path):
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(f"Story {name}\n\nA short story, number {name}.\n")
    site = tmp_path / "site"
    done = cli(
        "batch",
        str(tmp_path / "one.txt"),
        str(tmp_path / "two.txt"),
        "--site",
        str(site),
        "--voice",
        "espeak",
        "--jobs",
        "100000",
    )
    assert done.returncode == 0, done.stderr.decode()
    limit = 4 * (os.cpu_count() or 1)
    assert f"warning: --jobs 100000 is more than this machine's cores can use; using {limit}" in (
        done.stderr.decode()
    )
    assert len(list(site.rglob("*.mp3"))) == 2
