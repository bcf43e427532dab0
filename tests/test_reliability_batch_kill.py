"""Fault injection: a batch killed with SIGKILL again and again, each run with work to do.

Before each run one article changes to a text never seen before, so every run reads an article,
synthesizes its episode, writes it, saves the manifest and writes the index and the feed. Ten
kills land at a random moment within the shortest whole run seen. The others land before each
rename into the site in turn (in random order): the run stops itself just before its k-th
rename, with that file's temporary written and the renames before it done, and is killed there,
so every file of the site is caught mid-write. The killed runs are forked from a server that
has imported the pipeline already (multiprocessing's forkserver), so the seconds of every run
go to the batch rather than to Python's imports. After every kill the site must hold a
well-formed feed and a manifest that loads; a last run of the real CLI must then complete to
the same site as the CLI builds without interruption.
``TTS_PIPELINE_KILL_SEED`` replays a run (its seed is printed when the test fails).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tts_pipeline.batch.manifest import Manifest

pytestmark = pytest.mark.engine

TIMED_KILLS = 10
"""Kills at a random moment within the shortest whole run seen; one more kill before each rename
of a whole run into the site."""
MAX_ROUNDS = 100
"""A bound on the runs, so that a harness whose kills keep missing stops. A kill before a rename
cannot miss (the run waits for it); a timed kill misses only when a run is shorter than any
before it."""
CONFIG = """
title = "Kill Radio"
description = "A batch killed again and again."
author = "Kill Desk"
owner_email = "desk@example.com"
language = "en"
category = "News"
base_url = "https://example.com/podcast/"
link = "https://example.com"
voice = "espeak"
"""
STORIES = {
    "bridge": "The town council approved a new bridge on Monday.",
    "harvest": "Farmers reported a good harvest after a dry spring.",
    "museum": "The city museum opened a new wing for young visitors.",
}


def _write_article(folder: Path, name: str, version: int) -> None:
    body = f"{STORIES[name]}\n\nThis is version {version} of the story."
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


PRELOAD = ["tts_pipeline.batch.run", "tts_pipeline.audio.render", "tts_pipeline.audio.master",
           "tts_pipeline.audio.timeline", "tts_pipeline.audio.synthesize", "tts_pipeline.extract",
           "tts_pipeline.speech.script", "tts_pipeline.publish.episode", "mutagen.id3"]  # fmt: skip
"""Imported once by the fork server, not by every killed run."""


def _cli_batch(articles: Path, site: Path, config: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "tts_pipeline", "batch", str(articles), "--site", str(site)]
    command += ["--config", str(config), "--jobs", "1"]
    return subprocess.run(command, capture_output=True, timeout=300)


def _batch_in_child(
    articles: str, site: str, config: str, cache: str, pause_at: int, signal: str
) -> None:
    """One batch run, in a process forked from the server. It counts its renames into the site;
    with ``pause_at`` it writes the file about to be renamed to ``signal`` before that rename and
    waits to be killed, else it writes the count to ``signal.count`` when it ends."""
    from tts_pipeline.batch.run import BatchOptions, run_batch

    os.environ["TTS_PIPELINE_CACHE"] = cache
    rename, renames = os.replace, 0

    def counted_rename(source, target, *args, **kwargs):
        nonlocal renames
        if os.path.abspath(target).startswith(site):
            renames += 1
            if renames == pause_at:
                Path(f"{signal}.part").write_text(os.path.abspath(source))
                os.rename(f"{signal}.part", signal)  # the signal appears whole
                time.sleep(600)
        return rename(source, target, *args, **kwargs)

    os.replace = counted_rename  # the fault: this process only, forked for this one run
    report = run_batch([articles], BatchOptions(site=Path(site), config=Path(config), jobs=1))
    Path(f"{signal}.count").write_text(str(renames))
    sys.exit(1 if report.failed else 0)


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


def _wait_for_signal(signal: Path, run, timeout: float) -> None:
    """Return once the run has written ``signal`` (it waits amid a write) or has ended."""
    deadline = time.monotonic() + timeout
    while run.exitcode is None and not signal.exists() and time.monotonic() < deadline:
        time.sleep(0.001)


def test_kills_anywhere_and_before_every_rename_leave_a_valid_feed_and_a_rerun_completes(
    tmp_path,
):
    seed = int(os.environ.get("TTS_PIPELINE_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    articles, config = _make_site_inputs(tmp_path)
    site = tmp_path / "site"
    assert _cli_batch(articles, site, config).returncode == 0
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    warm = context.Process(target=time.sleep, args=(0,))  # starts the server: it imports
    warm.start()
    warm.join()
    fixed = (str(articles), str(site), str(config), os.environ["TTS_PIPELINE_CACHE"])
    round_, timed_kills, paused_kills = 0, 0, 0
    spans: list[float] = []  # seconds of each whole run
    positions: list[int] | None = None  # the renames still to kill before, once a run counted them
    versions: dict[str, int] = {}
    while positions is None or positions or timed_kills < TIMED_KILLS:
        round_ += 1
        assert round_ <= MAX_ROUNDS, f"seed {seed}: runs kept finishing before the kill"
        name = list(STORIES)[round_ % len(STORIES)]
        versions[name] = versions.get(name, 0) + 1  # a new text: never one the site holds
        _write_article(articles, name, versions[name])
        paused = bool(positions) and (timed_kills >= TIMED_KILLS or round_ % 2 == 0)
        pause_at = positions.pop() if paused else 0
        signal = tmp_path / f"signal-{round_}"
        run = context.Process(target=_batch_in_child, args=(*fixed, pause_at, str(signal)))
        started = time.monotonic()
        run.start()
        if positions is None:
            run.join()
        elif paused:
            _wait_for_signal(signal, run, timeout=120)
            if not signal.exists():  # this run had fewer renames: it ends by itself
                run.join(120)
        else:
            run.join(rng.uniform(0.0, min(spans)))
        if run.exitcode is None:
            run.kill()  # SIGKILL
            run.join()
        if run.exitcode == 0:  # done before the kill (or a run with fewer renames than pause_at)
            spans.append(time.monotonic() - started)
            renames = int(Path(f"{signal}.count").read_text())
            if paused:  # a run with fewer renames than the first (none seen here): again later
                positions.insert(0, pause_at)
            assert renames > 0, f"seed {seed}: a whole run renamed nothing into the site"
            if positions is None:
                positions = rng.sample(range(1, renames + 1), renames)
        else:
            assert run.exitcode == -9, f"seed {seed}: round {round_} exit code {run.exitcode}"
            _check_after_kill(site)
            if paused:
                paused_kills += 1
                source = Path(signal.read_text())
                assert source.exists(), f"seed {seed}: killed before a rename, {source} is gone"
            else:
                timed_kills += 1
        run.close()
    print(
        f"seed {seed}: {round_} runs, {timed_kills} killed at random moments, {paused_kills} "
        f"before a rename into the site; a run {min(spans):.2f} s"
    )
    assert paused_kills >= 5, f"seed {seed}: only {paused_kills} kills before a rename"
    final = _cli_batch(articles, site, config)
    assert final.returncode == 0, f"seed {seed}: {final.stderr.decode()}"
    reference = tmp_path / "reference"
    assert _cli_batch(articles, reference, config).returncode == 0
    assert _site_state(site) == _site_state(reference), f"seed {seed}"
    assert not list(site.glob(".*.tmp")) and not list(site.glob(".tts-pipeline/.*.tmp"))
