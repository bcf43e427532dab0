"""Fault injection: a batch killed with SIGKILL at 20 random moments, each run with work to do.

Before each run one article changes, so every run reads, renders and writes an episode, saves
the manifest and writes the index and the feed; the kill lands anywhere in a run's time, start-up
included. After every kill the site must hold a well-formed feed and a manifest that loads; a
last run without a kill must then complete to the same site as one built without interruption.
``TTS_PIPELINE_KILL_SEED`` replays a run (its seed is printed when the test fails).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tts_pipeline.batch.manifest import Manifest

pytestmark = pytest.mark.engine

KILLS = 20
CONFIG = """
title = "Kill Radio"
description = "A batch killed again and again."
author = "Kill Desk"
owner_email = "desk@example.com"
language = "en"
category = "News"
base_url = "https://example.com/podcast/"
link = "https://example.com"
"""
STORIES = {
    "bridge": "The town council approved a new bridge on Monday.",
    "harvest": "Farmers reported a good harvest after a dry spring.",
    "museum": "The city museum opened a new wing for young visitors.",
}


def _write_article(folder: Path, name: str, round_: int) -> None:
    body = f"{STORIES[name]}\n\nThis is update number {round_} of the story."
    (folder / f"{name}.txt").write_text(f"{name.capitalize()} news\n\nBy Kim Park\n\n{body}\n")


def _make_site_inputs(root: Path) -> tuple[Path, Path]:
    """The articles and a podcast.toml with a cover image (no cover drawn per episode)."""
    from PIL import Image

    articles = root / "articles"
    articles.mkdir()
    for name in STORIES:
        _write_article(articles, name, 0)
    Image.new("RGB", (1400, 1400), (30, 60, 90)).save(root / "cover.jpg", quality=50)
    config = root / "podcast.toml"
    config.write_text(CONFIG + 'image = "cover.jpg"\n')
    return articles, config


def _batch(articles: Path, site: Path, config: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "tts_pipeline", "batch", str(articles), "--site", str(site)]
    command += ["--config", str(config), "--jobs", "1"]
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )


def _check_after_kill(site: Path) -> None:
    """What a podcast app and the next run find: a feed that parses, a manifest that loads."""
    import feedparser

    feed = site / "feed.xml"
    if feed.exists():
        data = feed.read_bytes()
        ET.fromstring(data)
        assert not feedparser.parse(data).bozo
    Manifest.load(site / ".tts-pipeline" / "manifest.json")


def _site_state(site: Path) -> dict:
    """What must be the same in two builds of a site: files, feed items and records."""
    items = ET.parse(site / "feed.xml").getroot().findall("channel/item")
    feed = sorted(
        (
            i.findtext("guid"),
            i.findtext("title"),
            i.find("enclosure").get("url"),
            i.find("enclosure").get("length"),
        )
        for i in items
    )
    manifest = json.loads((site / ".tts-pipeline" / "manifest.json").read_text())
    records = sorted(
        json.dumps(
            {k: v for k, v in e.items() if k not in ("first_seen", "updated", "synthesized")}
        )
        for e in manifest["episodes"]
    )
    files = sorted(p.name for p in site.iterdir() if p.name != ".tts-pipeline")
    return {"feed": feed, "records": records, "files": files}


def test_twenty_kills_leave_a_valid_feed_and_a_rerun_completes_the_site(tmp_path):
    seed = int(os.environ.get("TTS_PIPELINE_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    articles, config = _make_site_inputs(tmp_path)
    site = tmp_path / "site"
    assert _batch(articles, site, config).wait(timeout=300) == 0
    _write_article(articles, "bridge", 1)
    started = time.monotonic()
    assert _batch(articles, site, config).wait(timeout=300) == 0
    span = time.monotonic() - started  # a run with one article to remake: kills land in one
    kills, round_ = 0, 1
    while kills < KILLS:
        round_ += 1
        assert round_ <= 3 * KILLS, f"seed {seed}: runs kept finishing before the kill"
        _write_article(articles, list(STORIES)[round_ % len(STORIES)], round_)
        run = _batch(articles, site, config)
        try:
            code = run.wait(timeout=rng.uniform(0.0, span))
            assert code == 0, f"seed {seed}: {run.stderr.read().decode()}"
            continue  # done before the kill: next round
        except subprocess.TimeoutExpired:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
            run.stderr.close()
            kills += 1
        _check_after_kill(site)
    print(f"seed {seed}: {round_ - 1} runs, {kills} killed, a run {span:.2f} s")
    final = _batch(articles, site, config)
    assert final.wait(timeout=300) == 0, f"seed {seed}: {final.stderr.read().decode()}"
    reference = tmp_path / "reference"
    assert _batch(articles, reference, config).wait(timeout=300) == 0
    assert _site_state(site) == _site_state(reference), f"seed {seed}"
    assert not list(site.glob(".*.tmp")) and not list(site.glob(".tts-pipeline/.*.tmp"))
