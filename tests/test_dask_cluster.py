"""The batch on a real Dask cluster: a ``distributed.LocalCluster`` of two worker processes on
127.0.0.1, driven through the CLI as a publisher would drive theirs.

One cluster serves the module (it takes seconds to start). Its workers have their own clip
cache and see the fault-injection engine (``fault_engine``), which hangs on chosen sentences
the first time it speaks them and writes down its process id: a test then kills that worker
mid-article, or stops the coordinator while a worker is busy.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from fault_engine import fault_pids, installed

pytestmark = pytest.mark.engine

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

ARTICLES = ROOT / "tests" / "articles"
CONFIG = """
title = "Cluster Radio"
description = "Local news, read aloud by a cluster."
author = "Cluster Desk"
owner_email = "desk@example.com"
language = "en"
category = "News"
base_url = "https://example.com/podcast/"
link = "https://example.com"
"""
KILLED = "The ferry waited at the quay all night long."
STOPPED = "The lighthouse keeper counted the passing boats."
"""Sentences the fault engine hangs on, the first time a worker speaks them."""
FAULT_PROFILE = 'engine = "fault"\nvoice = "beep"\nrate = 170\n'
WAIT_SECONDS = 180


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A two-worker LocalCluster (processes, one thread each) and a client to watch it."""
    from distributed import Client, LocalCluster

    root = tmp_path_factory.mktemp("dask")
    faults = root / "faults"
    faults.mkdir()
    env = {
        "TTS_PIPELINE_CACHE": str(root / "worker-cache"),
        "FAULT_PLAN": json.dumps({KILLED: "hang", STOPPED: "hang"}),
        "FAULT_STATE": str(faults),
        "FAULT_TIMES": "1",
    }
    with installed(root / "plugin") as plugin_env:  # the workers inherit sys.path
        local = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",
            env=env,
            silence_logs=50,
        )
        client = Client(local)
        try:
            yield {"address": local.scheduler_address, "client": client, "faults": faults,
                   "env": plugin_env, "root": root}  # fmt: skip
        finally:
            client.close()
            local.close()


def _articles(folder: Path, extra: dict[str, str] | None = None) -> Path:
    folder.mkdir()
    for source in ARTICLES.glob("*.txt"):
        (folder / source.name).write_text(source.read_text())
    for name, text in (extra or {}).items():
        (folder / name).write_text(text)
    return folder


def _config(tmp_path: Path, voice: str) -> Path:
    path = tmp_path / "podcast.toml"
    path.write_text(CONFIG + f'voice = "{voice}"\n')
    return path


def _batch(*args: str, env: dict | None = None) -> subprocess.Popen:
    command = [sys.executable, "-m", "tts_pipeline", "batch", *args]
    environment = {**os.environ, **(env or {})}
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment
    )


def _wait_for_fault(faults: Path, text: str, run: subprocess.Popen) -> int:
    """The id of the worker process hanging on ``text``, once it hangs there."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline and run.poll() is None:
        pids = [pid for pid in fault_pids(faults, text) if pid]
        if pids:
            return pids[0]
        time.sleep(0.05)
    run.kill()
    raise AssertionError(f"no worker reached {text!r}: {run.communicate()[1].decode()[-2000:]}")


def _wait_for_two_workers(client) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while len(client.nthreads()) < 2:
        assert time.monotonic() < deadline, "the cluster did not get its two workers back"
        time.sleep(0.1)


def _feed_items(site: Path) -> list[dict]:
    """The feed as two podcast parsers read it, one dict per episode."""
    import feedparser
    import podcastparser

    data = (site / "feed.xml").read_bytes()
    parsed = feedparser.parse(data)
    assert not parsed.bozo, parsed.bozo_exception
    import io

    episodes = podcastparser.parse("https://example.com/podcast/feed.xml", io.BytesIO(data))
    assert len(episodes["episodes"]) == len(parsed.entries)
    for episode in episodes["episodes"]:
        (enclosure,) = episode["enclosures"]
        mp3 = site / enclosure["url"].rsplit("/", 1)[1]
        assert enclosure["file_size"] == mp3.stat().st_size
    return episodes["episodes"]


def _cues(vtt: Path) -> list[tuple[float, float, str]]:
    """(start, end, text) of every cue of a WebVTT file."""
    stamp = r"(\d+):(\d\d):(\d\d)\.(\d{3})"
    found = []
    for block in vtt.read_text(encoding="utf-8").split("\n\n"):
        lines = block.strip().splitlines()
        for i, line in enumerate(lines):
            times = re.match(rf"{stamp} --> {stamp}", line)
            if times:
                h1, m1, s1, f1, h2, m2, s2, f2 = map(int, times.groups())
                start = h1 * 3600 + m1 * 60 + s1 + f1 / 1000
                end = h2 * 3600 + m2 * 60 + s2 + f2 / 1000
                found.append((start, end, "\n".join(lines[i + 1 :])))
    return found


def _episode(site: Path, item: dict) -> dict:
    """What must match between two builds of one episode, times as numbers."""
    from mutagen.mp3 import MP3

    mp3 = site / item["enclosures"][0]["url"].rsplit("/", 1)[1]
    chapters = json.loads(mp3.with_suffix(".chapters.json").read_text())["chapters"]
    return {
        "fields": {k: item[k] for k in ("guid", "title", "link", "published", "description")},
        "file": mp3.name,
        "duration": MP3(mp3).info.length,
        "chapters": [(c["startTime"], c["title"]) for c in chapters],
        "cues": _cues(mp3.with_suffix(".vtt")),
    }


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.05


def test_the_cluster_builds_the_same_site_as_local_workers(cluster, tmp_path, isolated_cache):
    from tts_pipeline.batch.run import BatchOptions, run_batch

    articles = _articles(tmp_path / "articles")
    # The fault engine's beeps, not espeak: one process in about ten keeps espeak at its own
    # 200 words a minute whatever the profile says (seen on main without Dask too), which
    # two builds in two processes cannot be compared through.
    voice = tmp_path / "voice" / "council.toml"  # a profile with a lexicon beside it
    voice.parent.mkdir()
    voice.write_text(FAULT_PROFILE + 'lexicon = "words.toml"\n')
    (voice.parent / "words.toml").write_text('"council" = "council, the town council,"\n')
    config = _config(tmp_path, str(voice))
    local = tmp_path / "local"
    report = run_batch([str(articles)], BatchOptions(site=local, config=config, jobs=1))
    assert len(report.new) == 3 and not report.failed
    shared = tmp_path / "shared-clips"
    site = tmp_path / "cluster"
    run = _batch(str(articles), "--site", str(site), "--config", str(config), "--executor",
                 "dask", "--scheduler", cluster["address"], "--cache", shared.as_uri(),
                 env=cluster["env"])  # fmt: skip
    out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err.decode()
    assert "3 new, 0 updated, 0 unchanged, 0 failed" in out.decode()
    assert err == b""
    ours, theirs = _feed_items(local), _feed_items(site)
    assert len(ours) == len(theirs) == 3
    for mine, other in zip(ours, theirs, strict=True):
        a, b = _episode(local, mine), _episode(site, other)
        assert a["fields"] == b["fields"] and a["file"] == b["file"]
        assert _close(a["duration"], b["duration"]), (a["duration"], b["duration"])
        assert [t for _, t in a["chapters"]] == [t for _, t in b["chapters"]]
        for (x, _), (y, _) in zip(a["chapters"], b["chapters"], strict=True):
            assert _close(x, y), (x, y)
        assert [c[2] for c in a["cues"]] == [c[2] for c in b["cues"]] and a["cues"]
        for x, y in zip(a["cues"], b["cues"], strict=True):
            assert _close(x[0], y[0]) and _close(x[1], y[1]), (x, y)
    assert any("town council" in c[2].lower() for e in ours for c in _episode(local, e)["cues"])
    clips = {p.name for p in (isolated_cache / "clips").rglob("*.wav")}
    assert clips and {p.name for p in shared.rglob("*.wav")} == clips  # the cluster's --cache
    assert not {p.name for p in (cluster["root"] / "worker-cache").rglob("*.wav")} & clips
    assert sorted(p.name for p in site.iterdir()) == sorted(p.name for p in local.iterdir())


def test_a_worker_killed_mid_article_leaves_the_batch_complete(cluster, tmp_path):
    story = f"Ferry news\n\nBy Kim Park\n\n{KILLED}\n\nThe harbour reopened on Tuesday.\n"
    articles = _articles(tmp_path / "articles", {"ferry.txt": story})
    voice = tmp_path / "fault.toml"
    voice.write_text(FAULT_PROFILE)
    config = _config(tmp_path, str(voice))
    site = tmp_path / "site"
    env = {**cluster["env"], "TTS_PIPELINE_DASK_SCHEDULER": cluster["address"]}
    args = ["--site", str(site), "--config", str(config), "--executor", "dask"]
    run = _batch(str(articles), *args, env=env)
    worker = _wait_for_fault(cluster["faults"], KILLED, run)
    assert worker != run.pid
    os.kill(worker, signal.SIGKILL)  # the worker dies mid-article; Dask tries it elsewhere
    out, err = run.communicate(timeout=WAIT_SECONDS)
    assert run.returncode == 0, err.decode()
    assert "4 new, 0 updated, 0 unchanged, 0 failed" in out.decode()
    episodes = _feed_items(site)
    assert "Ferry news" in [e["title"] for e in episodes] and len(episodes) == 4
    assert len(fault_pids(cluster["faults"], KILLED)) == 1  # the second try spoke it
    _wait_for_two_workers(cluster["client"])  # the nanny restarts the one killed


def test_ctrl_c_cancels_the_work_and_leaves_a_valid_site(cluster, tmp_path):
    from tts_pipeline.batch.manifest import Manifest

    articles = _articles(tmp_path / "articles")
    voice = tmp_path / "fault.toml"
    voice.write_text(FAULT_PROFILE)
    config = _config(tmp_path, str(voice))
    site = tmp_path / "site"
    args = ["--site", str(site), "--config", str(config), "--executor", "dask"]
    args += ["--scheduler", cluster["address"]]
    env = cluster["env"]
    first = _batch(str(articles / "bridge.txt"), *args, env=env)
    assert first.wait(timeout=WAIT_SECONDS) == 0, first.stderr.read().decode()
    story = f"Lighthouse news\n\nBy Kim Park\n\n{STOPPED}\n\nNo ship was lost this year.\n"
    for n in range(6):
        (articles / f"light-{n}.txt").write_text(story.replace("Lighthouse", f"Lighthouse {n}"))
    run = _batch(str(articles), *args, env=env)
    worker = _wait_for_fault(cluster["faults"], STOPPED, run)
    try:
        run.send_signal(signal.SIGINT)
        _, err = run.communicate(timeout=60)  # a hung worker must not hold the run
    finally:
        os.kill(worker, signal.SIGKILL)
    assert run.returncode == 130
    assert err.decode().strip() == "tts-pipeline: error: interrupted", err.decode()
    episodes = _feed_items(site)  # the feed of the first run, still valid
    assert [e["title"] for e in episodes] == ["Town council approves the new river bridge"]
    assert Manifest.load(site / ".tts-pipeline" / "manifest.json").episodes
    assert not list(site.glob(".*.tmp"))
    client = cluster["client"]
    deadline = time.monotonic() + WAIT_SECONDS
    while client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)):
        assert time.monotonic() < deadline, "the scheduler still holds the run's tasks"
        time.sleep(0.1)
    _wait_for_two_workers(client)
