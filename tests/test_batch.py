"""Batch: a podcast site from several articles, read back by real podcast parsers."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_PAGE
from pausing import pause_after

from tts_pipeline.batch.run import BatchOptions, run_batch

pytestmark = pytest.mark.engine

ARTICLES = ROOT / "tests" / "articles"
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
CONFIG = """
title = "Test Town Radio"
description = "Local news, read aloud."
author = "Test Town Gazette"
owner_name = "Gazette Desk"
owner_email = "desk@example.com"
language = "en"
category = "News"
subcategory = "Daily News"
explicit = false
base_url = "https://example.com/podcast"
link = "https://example.com"
voice = "espeak"
"""


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for source in ARTICLES.glob("*.txt"):
        shutil.copy(source, folder / source.name)
    return folder


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "podcast.toml"
    path.write_text(CONFIG)
    return path


def build(inputs, site, config, **options):
    return run_batch([str(i) for i in inputs], BatchOptions(site=site, config=config, **options))


def parse_both(feed: Path):
    import feedparser
    import podcastparser

    with feed.open("rb") as f:
        gpodder = podcastparser.parse("https://example.com/podcast/feed.xml", f)
    return gpodder, feedparser.parse(str(feed))


def mp3_seconds(path: Path) -> float:
    from mutagen.mp3 import MP3

    return MP3(path).info.length


def test_feed_read_by_two_podcast_parsers(articles, config, tmp_path):
    site = tmp_path / "site"
    report = build([articles, SAMPLE_PAGE], site, config, jobs=2)
    assert len(report.new) == 4 and not report.failed
    gpodder, feedparsed = parse_both(site / "feed.xml")
    assert not feedparsed.bozo
    assert len(gpodder["episodes"]) == len(feedparsed.entries) == 4
    for episode, entry in zip(gpodder["episodes"], feedparsed.entries, strict=True):
        (enclosure,) = episode["enclosures"]
        mp3 = site / enclosure["url"].rsplit("/", 1)[1]
        assert enclosure["url"].startswith("https://example.com/podcast/")
        assert enclosure["file_size"] == mp3.stat().st_size
        assert enclosure["mime_type"] == "audio/mpeg"
        assert episode["total_time"] == round(mp3_seconds(mp3))
        assert episode["guid"] == entry.id
        assert "This audio is created with AI assistance" in episode["description"]
        assert episode["transcript_url"].endswith(".vtt")
        assert episode["chapters_json_url"].endswith(".chapters.json")
        assert episode["chapters"] and episode["chapters"][0]["start"] == 0
        assert entry.enclosures[0].href == enclosure["url"]
        assert int(entry.enclosures[0].length) == mp3.stat().st_size
        assert int(entry.itunes_duration) == episode["total_time"]
        assert entry.podcast_transcript["url"].endswith(".vtt")
        assert entry.podcast_chapters["url"].endswith(".chapters.json")
        assert entry.psc_chapters["chapters"]
        for name in ("vtt", "srt", "chapters.json", "jpg"):
            assert mp3.with_name(mp3.stem + "." + name).is_file()
    published = [e["published"] for e in gpodder["episodes"]]
    assert published == sorted(published, reverse=True), "items must be newest first"
    assert gpodder["episodes"][0]["title"] == "Farmers report a good harvest after a dry spring"
    assert gpodder["itunes_owner"] == {"name": "Gazette Desk", "email": "desk@example.com"}
    assert (site / "index.html").is_file() and (site / "cover.jpg").is_file()


def test_apple_required_channel_and_item_elements(articles, config, tmp_path):
    site = tmp_path / "site"
    build([articles], site, config, jobs=1)
    channel = ET.parse(site / "feed.xml").getroot().find("channel")
    for tag in ("title", "description", "language", "link"):
        assert channel.findtext(tag)
    assert channel.find(f"{ITUNES}image").get("href").endswith("cover.jpg")
    category = channel.find(f"{ITUNES}category")
    assert category.get("text") == "News"
    assert category.find(f"{ITUNES}category").get("text") == "Daily News"
    assert channel.findtext(f"{ITUNES}explicit") == "false"
    assert channel.findtext(f"{ITUNES}author") == "Test Town Gazette"
    for item in channel.findall("item"):
        assert item.findtext("title") and item.findtext("guid") and item.findtext("pubDate")
        enclosure = item.find("enclosure")
        assert enclosure.get("type") == "audio/mpeg" and int(enclosure.get("length")) > 0


def test_rerun_with_nothing_changed_does_no_work(articles, config, tmp_path):
    site = tmp_path / "site"
    build([articles], site, config, jobs=2)
    before = {p.name: (p.stat().st_mtime_ns, p.stat().st_ino) for p in site.glob("*.mp3")}
    guids = [e["guid"] for e in parse_both(site / "feed.xml")[0]["episodes"]]
    report = build([articles], site, config, jobs=2)
    assert len(report.unchanged) == 3 and not (report.new or report.updated)
    assert report.synthesized == 0
    after = {p.name: (p.stat().st_mtime_ns, p.stat().st_ino) for p in site.glob("*.mp3")}
    assert after == before
    assert [e["guid"] for e in parse_both(site / "feed.xml")[0]["episodes"]] == guids


def test_editing_one_sentence_resynthesizes_that_sentence_only(articles, config, tmp_path):
    site = tmp_path / "site"
    build([articles], site, config, jobs=1)
    guids = {e["title"]: e["guid"] for e in parse_both(site / "feed.xml")[0]["episodes"]}
    museum = articles / "museum.txt"
    museum.write_text(museum.read_text().replace("a café", "a small café"))
    report = build([articles], site, config, jobs=1)
    assert [Path(s).name for s in report.updated] == ["museum.txt"]
    assert len(report.unchanged) == 2
    assert report.synthesized == 1
    episodes = parse_both(site / "feed.xml")[0]["episodes"]
    assert {e["title"]: e["guid"] for e in episodes} == guids


def test_removed_article_stays_unless_pruned(articles, config, tmp_path):
    site = tmp_path / "site"
    build([articles], site, config, jobs=1)
    (articles / "harvest.txt").unlink()
    build([articles], site, config, jobs=1)
    assert len(parse_both(site / "feed.xml")[0]["episodes"]) == 3
    report = build([articles], site, config, jobs=1, prune=True)
    assert [Path(s).name for s in report.pruned] == ["harvest.txt"]
    assert len(parse_both(site / "feed.xml")[0]["episodes"]) == 2
    assert not list(site.glob("farmers-*"))


def test_a_failed_article_does_not_stop_the_others(cli, articles, config, tmp_path):
    (articles / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (articles / "empty.txt").write_text("  \n")
    site = tmp_path / "site"
    result = cli("batch", str(articles), "--site", str(site), "--config", str(config))
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "broken.txt" in err and "binary" in err and "empty.txt" in err
    assert "Traceback" not in err
    assert "3 new, 0 updated, 0 unchanged, 2 failed" in result.stdout.decode()
    assert len(parse_both(site / "feed.xml")[0]["episodes"]) == 3


def test_a_second_run_on_a_locked_site_is_refused(cli, articles, config, tmp_path):
    from tts_pipeline.batch.sitelock import site_lock

    site = tmp_path / "site"
    with site_lock(site / ".tts-pipeline"):
        result = cli("batch", str(articles), "--site", str(site), "--config", str(config))
    assert result.returncode != 0
    assert "another batch run" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_missing_config_field_is_a_clear_error(cli, articles, tmp_path):
    config = tmp_path / "podcast.toml"
    config.write_text(CONFIG.replace('owner_email = "desk@example.com"\n', ""))
    result = cli("batch", str(articles), "--site", str(tmp_path / "s"), "--config", str(config))
    assert result.returncode == 2
    assert "missing required field(s) owner_email" in result.stderr.decode()


def test_killed_run_is_finished_by_the_next_and_the_feed_is_always_valid(
    articles, config, tmp_path
):
    import feedparser

    site = tmp_path / "site"
    build([articles / "museum.txt"], site, config, jobs=1)
    more = tmp_path / "more"
    more.mkdir()
    for i in range(6):
        text = (ARTICLES / "bridge.txt").read_text().replace("river bridge", f"bridge number {i}")
        (more / f"bridge{i}.txt").write_text(text)
    command = [sys.executable, "-m", "tts_pipeline", "batch", str(articles), str(more)]
    command += ["--site", str(site), "--config", str(config), "--jobs", "1"]
    # the run waits after its second bridge-number MP3 and is killed there: four to go
    pausing, pause = pause_after(tmp_path, "*bridge-number-*.mp3", nth=2)
    env = {**os.environ, **pausing}
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    checks, deadline = 0, time.monotonic() + 300  # a guard against a hang only
    try:
        while not pause.exists() and run.poll() is None and time.monotonic() < deadline:
            feed = feedparser.parse(str(site / "feed.xml"))
            assert not feed.bozo and len(feed.entries) >= 1
            checks += 1
            time.sleep(0.02)
    finally:
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    assert pause.exists(), "the run did not reach its second bridge-number episode"
    assert len(list(site.glob("*bridge-number-*.mp3"))) == 2
    assert checks > 5
    assert len(feedparser.parse(str(site / "feed.xml")).entries) == 1  # written last: not yet
    report = build([articles, more], site, config, jobs=2)
    assert not report.failed
    assert len(report.unchanged) >= 3  # museum and the episodes finished before the kill
    episodes = feedparser.parse(str(site / "feed.xml")).entries
    assert len(episodes) == 9
    assert not list(site.glob(".*.tmp"))


def test_progress_bar_only_on_a_terminal(articles, config, tmp_path):
    import pty

    site = tmp_path / "site"
    command = [sys.executable, "-m", "tts_pipeline", "batch", str(articles / "museum.txt")]
    command += ["--site", str(site), "--config", str(config)]
    quiet = subprocess.run(command, capture_output=True)
    assert quiet.returncode == 0 and quiet.stderr == b""
    leader, follower = pty.openpty()
    (articles / "museum.txt").write_text((articles / "museum.txt").read_text() + "\nMore text.\n")
    shown = subprocess.run(command, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    drawn = os.read(leader, 65536).decode(errors="replace")
    os.close(leader)
    assert shown.returncode == 0
    assert "Speaking" in drawn and "100%" in drawn


@pytest.fixture
def article_server(articles):
    """The test articles served on 127.0.0.1, as a news site would serve them."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(articles))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_urls_and_list_files_as_inputs(article_server, config, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"# from the web\n{article_server}/harvest.txt\n")
    site = tmp_path / "site"
    inputs = [f"{article_server}/bridge.txt", f"@{listing}"]
    report = build(inputs, site, config, jobs=2)
    assert len(report.new) == 2 and not report.failed
    episodes = {e["title"]: e for e in parse_both(site / "feed.xml")[0]["episodes"]}
    bridge = episodes["Town council approves the new river bridge"]
    assert bridge["guid"] == f"{article_server}/bridge.txt"
    assert bridge["link"] == f"{article_server}/bridge.txt"
    again = build(inputs, site, config, jobs=2)
    assert len(again.unchanged) == 2


def test_site_index_lists_every_episode_newest_first_with_its_player(articles, config, tmp_path):
    site = tmp_path / "site"
    build([articles], site, config, jobs=2)
    index = (site / "index.html").read_text(encoding="utf-8")
    titles = [e["title"] for e in parse_both(site / "feed.xml")[0]["episodes"]]
    positions = [index.index(title) for title in titles]
    assert positions == sorted(positions), "the index lists the newest first, as the feed does"
    for player in site.glob("*.player.html"):
        assert f'src="{player.name}"' in index or f'href="{player.name}"' in index
    assert 'href="feed.xml"' in index
    assert "This audio is created with AI assistance" in index


def test_gathering_holds_no_files_text_and_a_file_gone_before_its_turn_fails_alone(
    articles, tmp_path
):
    """Files are read in their turn, not all at once (the coordinator's memory stays bounded
    on a run of many files), so a file removed after gathering fails alone, with its name."""
    from tts_pipeline.batch.gather import Gathering, feed_options
    from tts_pipeline.batch.manifest import Manifest
    from tts_pipeline.batch.run import BatchReport
    from tts_pipeline.errors import InputError
    from tts_pipeline.sources.read import read_source

    files = sorted(str(p) for p in articles.iterdir())
    site = tmp_path / "site"
    site.mkdir()
    options = feed_options(None, None, 10, 0.0, True)
    manifest = Manifest(site / "manifest.json", {})
    reading = Gathering.start(site, manifest, "settings", options, BatchReport())
    gathered = reading.read(files)
    assert [source for source, _ in gathered.documents] == files
    assert all(document is None for _, document in gathered.documents)
    first = gathered.read(files[0], None)
    assert first.text.strip() and first.text == read_source(files[0]).text
    Path(files[-1]).unlink()
    with pytest.raises(InputError, match="no such file"):
        gathered.read(files[-1], None)
