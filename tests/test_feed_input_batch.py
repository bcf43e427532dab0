"""Issue 19: a newsroom's feed as batch input, end to end with the espeak voice.

The newsroom (``newsroom.py``) serves on 127.0.0.1 pages the project writes, their RSS and
Atom feeds and a news sitemap; the site is read back by real podcast parsers.
"""

from __future__ import annotations

import json
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from tts_pipeline.batch.gather import FeedOptions
from tts_pipeline.batch.run import BatchOptions, run_batch
from tts_pipeline.sources.polite import FetchPolicy

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
LONG = [
    "The harbour board met on Tuesday to agree on a plan for the next ten years. " * 6,
    "Fishing boats will keep their moorings, and a new quay is planned for ferries. " * 6,
]
"""A full text (over 150 words), not a teaser."""


@pytest.fixture
def site(tmp_path) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "podcast.toml").write_text(CONFIG)
    return folder


def build(site: Path, inputs: list[str], **feeds) -> object:
    options = FeedOptions(fetch=FetchPolicy(delay=0, **feeds.pop("fetch", {})), **feeds)
    return run_batch(inputs, BatchOptions(site=site, jobs=1, feeds=options))


def episodes(site: Path) -> list[dict]:
    import podcastparser

    with (site / "feed.xml").open("rb") as f:
        return podcastparser.parse("https://example.com/podcast/feed.xml", f)["episodes"]


LOCAL_ONLY = """
import os, sys
def _guard(event, args):
    if event == "socket.connect" and args[1][0] != "127.0.0.1" or event == "urllib.Request" and (
        not args[0].startswith("http://127.0.0.1:")
    ):
        with open(os.environ["NETWORK_GUARD_LOG"], "a") as log:
            log.write(f"{os.getpid()} {event} {args!r}\\n")
        raise OSError("network use refused by the test")
sys.addaudithook(_guard)
"""
"""Loaded by every Python process of a run (PYTHONPATH): only the newsroom may be reached."""


def test_batch_of_an_rss_feed_url_makes_an_episode_per_item_with_its_guid(
    cli, room, site, tmp_path
):
    import feedparser

    dated = room.add(page_date=True)
    undated = room.add()
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(LOCAL_ONLY)
    log = tmp_path / "network.log"
    env = {"PYTHONPATH": str(guard), "NETWORK_GUARD_LOG": str(log)}
    args = ["batch", f"{room.url}/feed.rss", "--site", str(site), "--delay", "0", "-j", "2"]
    result = cli(*args, env=env)
    assert result.returncode == 0, result.stderr.decode()
    assert not log.exists(), log.read_text()
    assert result.stdout.decode().splitlines()[-1] == "2 new, 0 updated, 0 unchanged, 0 failed"
    found = {e["guid"]: e for e in episodes(site)}
    assert set(found) == {dated.guid, undated.guid}, "the feed's GUIDs are the episodes'"
    assert found[undated.guid]["link"] == room.link(undated)
    parsed = feedparser.parse(str(site / "feed.xml"))
    assert not parsed.bozo and len(parsed.entries) == 2
    dates = {e.id: e.published for e in parsed.entries}
    assert dates[undated.guid] == format_datetime(undated.published), "the item's date"
    assert found[dated.guid]["published"] == int(dated.published.timestamp())
    assert room.fetched("/robots.txt") == ["/robots.txt"]


def test_atom_full_text_is_used_and_a_teasers_page_is_fetched(room, site):
    full = room.add(full_text_in_feed=True, paragraphs=LONG)
    teaser = room.add()
    report = build(site, [f"{room.url}/feed.atom"])
    assert sorted(report.new) == sorted([room.link(full), room.link(teaser)]), report.failed
    assert room.fetched("/news/") == [f"/news/{teaser.slug}.html"], "the full text's page is not"
    titles = {e["guid"]: e["title"] for e in episodes(site)}
    assert titles == {full.guid: full.title, teaser.guid: teaser.title}
    transcripts = [vtt.read_text() for vtt in site.glob("*.vtt")]
    assert sum("new quay is planned for ferries" in t for t in transcripts) == 1


def test_a_news_sitemap_as_input(room, site, tmp_path):
    for _ in range(2):
        room.add()
    sitemap = tmp_path / "sitemap.xml"  # a sitemap file, its URLs on the web
    sitemap.write_bytes(room.sitemap())
    report = build(site, [str(sitemap)])
    assert len(report.new) == 2 and not report.failed
    assert sorted(e["title"] for e in episodes(site)) == sorted(s.title for s in room.stories)
    again = build(site, [str(sitemap)])
    assert (len(again.unchanged), again.new, room.fetched("/news/")[2:]) == (2, [], [])


def test_a_304_does_no_work(room, site):
    for _ in range(2):
        room.add()
    build(site, [f"{room.url}/feed.rss"])
    files = {p.name: (p.stat().st_mtime_ns, p.stat().st_ino) for p in site.iterdir() if p.is_file()}
    asked = len(room.requests)
    report = build(site, [f"{room.url}/feed.rss"])
    assert report.summary() == "0 new, 0 updated, 2 unchanged, 0 failed"
    assert report.feeds == {f"{room.url}/feed.rss": "not modified"}
    assert report.synthesized == 0
    paths = [path for path, _ in room.requests[asked:]]
    assert paths == ["/robots.txt", "/feed.rss"], "no page is fetched"
    assert "If-None-Match" in room.requests[-1][1]
    published = {
        p.name: (p.stat().st_mtime_ns, p.stat().st_ino) for p in site.iterdir() if p.is_file()
    }
    assert published == files, "no file of the site is written again"


def test_a_changed_article_resynthesizes_only_its_changed_sentence(room, site):
    story = room.add()
    other = room.add()
    build(site, [f"{room.url}/feed.atom"])
    story.paragraphs[1] = story.paragraphs[1].replace("during the week", "during the festival")
    story.updated = story.published + timedelta(hours=5)  # as a CMS does on an edit
    report = build(site, [f"{room.url}/feed.atom"])
    assert report.updated == [room.link(story)] and report.unchanged == [room.link(other)]
    assert report.synthesized == 1
    assert room.fetched(f"/news/{other.slug}") == [f"/news/{other.slug}.html"], "fetched once"
    assert {e["guid"] for e in episodes(site)} == {story.guid, other.guid}


@pytest.mark.parametrize(
    "fault",
    [("status", 500), ("body", b'<?xml version="1.0"?><rss version="2.0"><channel><item>')],
    ids=["500", "invalid-xml"],
)
def test_a_feed_that_fails_leaves_the_site_intact_in_one_line(cli, room, site, fault):
    room.add()
    build(site, [f"{room.url}/feed.rss"])
    before = {p.name: p.read_bytes() for p in site.iterdir() if p.is_file()}
    room.add()
    room.faults["/feed.rss"] = fault
    result = cli("watch", f"{room.url}/feed.rss", "--site", str(site), "--once", "--delay", "0")
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert err.count("\n") == 1 and err.startswith(f"tts-pipeline: failed: {room.url}/feed.rss: ")
    assert ("500" if fault[0] == "status" else "not well-formed XML") in err
    assert "0 new, 0 updated, 0 unchanged, 1 failed" in result.stdout.decode()
    assert {p.name: p.read_bytes() for p in site.iterdir() if p.is_file()} == before
    assert room.fetched("/news/story-2") == []
    log = (site / ".tts-pipeline" / "rounds.jsonl").read_text().splitlines()
    last = json.loads(log[-1])
    assert last["feeds"] == {f"{room.url}/feed.rss": "failed"} and last["failed"][0]["reason"]


def test_a_feed_that_times_out_leaves_the_site_intact(room, site):
    room.add()
    build(site, [f"{room.url}/feed.rss"])
    feed = (site / "feed.xml").read_bytes()
    room.faults["/feed.rss"] = ("stall", 5)
    report = build(site, [f"{room.url}/feed.rss"], fetch={"timeout": 0.5, "deadline": 2})
    ((source, reason),) = report.failed
    assert source == f"{room.url}/feed.rss" and "no answer within 0.5 s" in reason
    assert "\n" not in reason
    assert (site / "feed.xml").read_bytes() == feed and len(episodes(site)) == 1


def test_limit_and_the_cap_on_fetches_leave_the_rest_for_later(room, site):
    for _ in range(4):
        room.add()
    newest = [room.link(s) for s in reversed(room.stories)]
    first = build(site, [f"{room.url}/feed.rss"], limit=3, max_articles=2)
    assert first.new == newest[:2] and first.deferred == [newest[2]]
    assert "1 left for the next run" in first.summary()
    second = build(site, [f"{room.url}/feed.rss"], limit=3, max_articles=2)
    assert second.new == [newest[2]] and sorted(second.unchanged) == sorted(newest[:2])
    assert len(room.fetched("/news/")) == 3, "an item the feed describes as before: no fetch"
    assert len(episodes(site)) == 3


def test_a_feed_that_keeps_failing_is_backed_off_in_watch(room, site):
    room.faults["/feed.rss"] = ("status", 503)
    feed = f"{room.url}/feed.rss"
    first = build(site, [feed], backoff=600)
    assert [source for source, _ in first.failed] == [feed]
    asked = len(room.fetched("/feed.rss"))
    second = build(site, [feed], backoff=600)  # within the next 9 minutes: not tried
    assert second.failed == [] and room.fetched("/feed.rss")[asked:] == []
    said = second.feeds[feed]
    assert said.startswith("backing off until ") and "the server answered 503" in said
    assert second.problems() == [f"{feed}: {said}"]
    room.faults.clear()
    room.add()
    third = build(site, [feed])  # batch does not back off
    assert len(third.new) == 1 and third.feeds == {feed: "1 of 1 items"}
