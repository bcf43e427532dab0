"""`batch --check` records each episode's check; `--check-fail` keeps a failing episode out
of the site, and the earlier good one stays. The damage is real (a sentence cut out of the
rendered MP3), injected for one article; the check is the real one."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROOT
from damage import cut_sentences, decode_mp3, encode_mp3

from tts_pipeline import pipeline
from tts_pipeline.batch.run import BatchOptions, run_batch
from tts_pipeline.publish.episode import EpisodeFiles

pytest.importorskip("faster_whisper", reason="needs the check extra: pip install '.[check]'")
pytestmark = pytest.mark.engine

DAMAGED_TITLE = "Town council approves the new river bridge"


def cut_the_third_sentence(render):
    """``render_episode`` that loses the third sentence of one article's MP3."""

    def damaged(article, profile, settings):
        rendered = render(article, profile, settings)
        if article.title != DAMAGED_TITLE:
            return rendered
        record = json.loads(rendered.files.files["episode"][1])
        times = [(s["start"], s["end"]) for s in record["sentences"]]
        mp3 = encode_mp3(cut_sentences(decode_mp3(rendered.files.mp3), times, [2]))
        files = {**rendered.files.files, "audio": (rendered.files.files["audio"][0], mp3)}
        return replace(rendered, files=EpisodeFiles(files))

    return damaged


def site_state(site: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in site.iterdir() if p.is_file()}


def test_check_is_recorded_and_a_failing_episode_kept_out(tmp_path, monkeypatch):
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("bridge.txt", "museum.txt"):
        shutil.copy(ROOT / "tests" / "articles" / name, articles / name)
    bridge = str(articles / "bridge.txt")
    site = tmp_path / "site"

    first = run_batch([str(articles)], BatchOptions(site=site, jobs=1, check=True))
    assert not first.failed and len(first.checks.results) == 2
    assert "2 of 2 checked passed" in first.summary()
    records = [json.loads(p.read_text()) for p in site.glob("*.episode.json")]
    assert len(records) == 2 and all(r["check"]["passed"] for r in records)
    good = site_state(site)

    # the article is edited, and this time its MP3 loses a sentence
    text = (articles / "bridge.txt").read_text()
    (articles / "bridge.txt").write_text(text.replace("three years.", "three long years."))
    monkeypatch.setattr(pipeline, "render_episode", cut_the_third_sentence(pipeline.render_episode))
    kept_out = run_batch(
        [str(articles)], BatchOptions(site=site, jobs=1, check_fail=True, check=True)
    )
    assert [source for source, _ in kept_out.failed] == [bridge]
    assert "failed its check: failed:" in kept_out.failed[0][1]
    assert "not heard: #3" in kept_out.failed[0][1]
    now = site_state(site)
    bridge_files = [name for name in good if name.startswith("town-council")]
    assert bridge_files and all(now[name] == good[name] for name in bridge_files)
    import feedparser

    feed = feedparser.parse(str(site / "feed.xml"))
    assert not feed.bozo and len(feed.entries) == 2

    # without --check-fail it is published, its check in its episode JSON
    published = run_batch([str(articles)], BatchOptions(site=site, jobs=1, check=True))
    assert not published.failed
    assert [source for source, _ in published.check_failures()] == [bridge]
    (record,) = [json.loads(p.read_text()) for p in site.glob("town-council*.episode.json")]
    assert record["check"]["passed"] is False
    assert [i for i, s in enumerate(record["check"]["sentences"]) if not s["heard"]] == [2]
