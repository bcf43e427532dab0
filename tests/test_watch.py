"""Issue 19: ``watch``, unattended, through the real CLI and the espeak voice, against a
newsroom on 127.0.0.1 (``newsroom.py``)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pausing import pause_after

pytestmark = pytest.mark.engine

CONFIG = """
title = "Newsroom Radio"
description = "The newsroom's articles, read aloud."
author = "Newsroom"
owner_email = "desk@example.com"
language = "en"
category = "News"
base_url = "https://example.com/podcast/"
link = "https://example.com"
voice = "espeak"
"""


@pytest.fixture
def site(tmp_path) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "podcast.toml").write_text(CONFIG)
    return folder


def feed_entries(site: Path) -> list:
    import feedparser

    parsed = feedparser.parse(str(site / "feed.xml"))
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed.entries


def rounds(site: Path) -> list[dict]:
    lines = (site / ".tts-pipeline" / "rounds.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines]


def test_a_new_item_and_watch_once_adds_exactly_one_episode(cli, room, site):
    for _ in range(2):
        room.add()
    feed = f"{room.url}/feed.rss"
    first = cli("watch", feed, "--site", str(site), "--once", "--delay", "0", "-j", "1")
    assert first.returncode == 0, first.stderr.decode()
    assert len(feed_entries(site)) == 2
    new = room.add()
    pages = len(room.fetched("/news/"))
    second = cli("watch", feed, "--site", str(site), "--once", "--delay", "0", "-j", "1")
    assert second.returncode == 0 and second.stderr == b"", second.stderr.decode()
    assert second.stdout.decode().rstrip().endswith("1 new, 0 updated, 2 unchanged, 0 failed")
    assert room.fetched("/news/")[pages:] == [f"/news/{new.slug}.html"], "only the new page"
    entries = feed_entries(site)
    assert len(entries) == 3 and entries[0].id == new.guid
    last = rounds(site)[-1]
    assert last["new"] == [room.link(new)] and last["unchanged"] == 2
    assert last["outcome"] == "done" and last["failed"] == [] and last["synthesized"] > 0
    assert last["feeds"] == {feed: "3 of 3 items"}


def test_sigterm_mid_round_leaves_a_valid_feed_and_the_next_round_finishes(room, site, tmp_path):
    """SIGTERM comes while the run waits just after its first episode's MP3 (a pause of the
    test's own, not a race: however slow the machine, five articles are still to come)."""
    for _ in range(6):
        room.add()
    feed = f"{room.url}/feed.rss"
    command = [sys.executable, "-m", "tts_pipeline", "watch", feed, "--site", str(site)]
    command += ["--every", "1h", "--delay", "0", "-j", "1"]
    pausing, pause = pause_after(tmp_path, "*.mp3")  # the first episode's MP3 is in
    env = {**os.environ, **pausing}
    watching = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        deadline = time.monotonic() + 300  # a guard against a hang only
        while not pause.exists() and watching.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert pause.exists() and list(site.glob("*.mp3")), "no episode was made"
        os.kill(watching.pid, signal.SIGTERM)
        Path(f"{pause}.go").touch()
        out, err = watching.communicate(timeout=300)
    finally:
        if watching.poll() is None:
            watching.kill()
            watching.wait()
    assert watching.returncode == 143, err.decode()
    assert err.decode() == "tts-pipeline: error: stopped by SIGTERM\n"
    assert "left for the next run" in out.decode()
    done = len(feed_entries(site))
    assert 1 <= done < 6, "stopped between articles, the finished ones published"
    assert len(list(site.glob("*.mp3"))) == done
    assert not list(site.rglob("*.tmp"))
    assert rounds(site)[-1]["outcome"] == "stopped"
    again = subprocess.run([*command, "--once"], capture_output=True, timeout=600)
    assert again.returncode == 0, again.stderr.decode()
    summary = again.stdout.decode().rstrip()
    assert summary.endswith(f"{6 - done} new, 0 updated, {done} unchanged, 0 failed"), summary
    assert {e.id for e in feed_entries(site)} == {s.guid for s in room.stories}
