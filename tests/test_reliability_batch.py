"""Issue 18: what a hostile probe found in the batch, the feed and the site, kept found.

One site is built once, through the real CLI, from articles made to break it: control
characters and non-characters in every field, a ``javascript:`` canonical URL, two pages with
the same canonical URL, an article titled "Cover". Each test reads that site (or a copy of it)
the way a podcast app, a browser or a tag reader would.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import run_cli

from tts_pipeline.batch.manifest import Manifest
from tts_pipeline.batch.run import BatchOptions, run_batch
from tts_pipeline.errors import OutputError, PipelineError

pytestmark = pytest.mark.engine

CONFIG = """
title = "Probe Radio"
description = "Articles made to break a feed."
author = "Probe Desk"
owner_email = "desk@example.com"
language = "en"
category = "News"
base_url = "https://example.com/podcast/"
link = "https://example.com"
voice = "espeak"
"""
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]"
)
"""XML 1.0 forbids these (C0 controls, surrogates, U+FFFE/U+FFFF); C1 and the other
non-characters are discouraged, and HTML calls them all parse errors."""
SAME_URL = "https://example.com/news/same-story"


def _html(title: str, canonical: str, author: str, body: list[str]) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (
        f'<!doctype html><html><head><title>{title}</title><link rel="canonical" '
        f'href="{canonical}"><meta name="author" content="{author}">'
        f'<meta name="description" content="A \x03 story \ufffe told."></head><body>'
        f"<article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


ARTICLES = {
    "control.txt": "Bridge \x01 news \ufffe today\n\nBy Jane Doe\n\n"
    "Officials said on Monday that the new bridge will open next spring.\n\n"
    "The project cost five billion dollars, the city said.\n\n"
    "Work \uffff begins in April, the mayor told reporters on Monday.\n\n"
    "Traffic will be diverted \x1b for a month.\n",
    "script.html": _html(
        "Museum \x02 opens its doors",
        "javascript:alert(1)",
        "Ann \uffff Lee",
        [
            "The city museum opened its doors on Monday after two years of works.",
            "Visitors queued for hours, the director said in a statement.",
        ],
    ),
    "same-1.html": _html(
        "Harbour reopens after the storm",
        SAME_URL,
        "Kim Park",
        ["The harbour reopened on Tuesday, the port authority said.", "Ferries run again."],
    ),
    "same-2.html": _html(
        "Harbour reopening delayed by a day",
        SAME_URL,
        "Kim Park",
        ["The harbour will reopen a day later than planned, the port said.", "Ferries wait."],
    ),
    "cover.txt": "Cover\n\nThe paper's new cover design was shown to readers on Friday.\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """The probe's articles, a podcast.toml, and the site the CLI built from them."""
    root = tmp_path_factory.mktemp("probe")
    articles = root / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    config = root / "podcast.toml"
    config.write_text(CONFIG)
    site = root / "site"
    cache = {"TTS_PIPELINE_CACHE": str(root / "cache")}
    args = ("batch", str(articles), "--site", str(site), "--config", str(config), "-j", "2")
    result = run_cli(*args, env=cache)
    assert result.returncode == 0, result.stderr.decode()
    assert "5 new" in result.stdout.decode()
    return {"root": root, "articles": articles, "config": config, "site": site}


@pytest.fixture
def site_copy(built, tmp_path) -> Path:
    """A copy of the built site that a test may damage."""
    copy = tmp_path / "site"
    shutil.copytree(built["site"], copy)
    return copy


def _items(site: Path) -> list[ET.Element]:
    return ET.parse(site / "feed.xml").getroot().findall("channel/item")


def _strings(value) -> list[str]:
    """Every string of a JSON value, keys too."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_forbidden_characters_reach_no_published_file(built):
    import feedparser
    import podcastparser
    from mutagen.id3 import ID3

    site = built["site"]
    feed_bytes = (site / "feed.xml").read_bytes()
    ET.fromstring(feed_bytes)  # expat: well-formed XML 1.0
    assert not feedparser.parse(feed_bytes).bozo
    with (site / "feed.xml").open("rb") as f:
        parsed = podcastparser.parse("https://example.com/podcast/feed.xml", f)
    assert len(parsed["episodes"]) == 5
    assert "Bridge news today" in {e["title"] for e in parsed["episodes"]}
    for path in sorted(site.iterdir()):
        if path.suffix in (".xml", ".html", ".vtt", ".srt"):
            text = path.read_text(encoding="utf-8")
            assert not FORBIDDEN.search(text), path.name
        elif path.suffix == ".json":
            strings = _strings(json.loads(path.read_text(encoding="utf-8")))
            assert not [s for s in strings if FORBIDDEN.search(s)], path.name
        elif path.suffix == ".mp3":
            for frame in ID3(path).values():
                texts = [str(t) for t in getattr(frame, "text", [])]
                texts += [str(getattr(frame, "url", ""))]
                texts += [str(t) for sub in getattr(frame, "sub_frames", {}).values()
                          for t in getattr(sub, "text", [])]  # fmt: skip
                assert not [t for t in texts if FORBIDDEN.search(t)], (path.name, frame)
    chapters = [c.get("title") for c in ET.fromstring(feed_bytes).iter()
                if c.tag.endswith("}chapter")]  # fmt: skip
    assert any(t.startswith("Work begins in April") for t in chapters), chapters


def test_only_http_urls_are_published(built):
    from mutagen.id3 import ID3

    site = built["site"]
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert "javascript" not in feed
    (museum,) = [i for i in _items(site) if i.findtext("title") == "Museum opens its doors"]
    assert museum.find("link") is None
    assert museum.findtext("guid").startswith("urn:uuid:")
    slug = museum.find("enclosure").get("url").rsplit("/", 1)[1].removesuffix(".mp3")
    episode = json.loads((site / f"{slug}.episode.json").read_text(encoding="utf-8"))
    assert episode["url"] is None
    assert not ID3(site / f"{slug}.mp3").getall("WOAS")
    for path in site.glob("*.html"):
        assert "javascript:" not in path.read_text(encoding="utf-8"), path.name


def test_guids_are_unique_in_the_feed(built):
    items = _items(built["site"])
    guids = [i.findtext("guid") for i in items]
    assert len(guids) == len(set(guids)) == 5
    harbour = [i for i in items if i.findtext("title").startswith("Harbour")]
    assert {i.findtext("link") for i in harbour} == {SAME_URL}
    assert sorted(i.findtext("guid") == SAME_URL for i in harbour) == [False, True]


def test_an_article_named_cover_leaves_the_site_cover_alone(built):
    site = built["site"]
    manifest = Manifest.load(site / ".tts-pipeline" / "manifest.json")
    (record,) = [e for e in manifest.episodes.values() if e.source.endswith("cover.txt")]
    assert record.slug != "cover" and record.files["cover"] != "cover.jpg"
    drawn = (site / "cover.jpg").read_bytes()
    assert drawn != (site / record.files["cover"]).read_bytes()


def test_a_corrupt_manifest_is_refused_and_the_feed_kept(built, site_copy, tmp_path):
    state = site_copy / ".tts-pipeline"
    manifest = state / "manifest.json"
    assert (state / "manifest.json.bak").is_file(), "the previous manifest is kept as a backup"
    manifest.write_bytes(manifest.read_bytes()[:200])
    feed_before = (site_copy / "feed.xml").read_bytes()
    extra = tmp_path / "extra.txt"
    extra.write_text("Town hall opens\n\nThe town hall opens next week after long works.\n")
    result = run_cli(
        "batch", str(extra), "--site", str(site_copy), "--config", str(built["config"])
    )
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "manifest.json" in err and "manifest.json.bak" in err
    assert (site_copy / "feed.xml").read_bytes() == feed_before
    assert len(manifest.read_bytes()) == 200, "the damaged manifest is left for the user"
    os.replace(state / "manifest.json.bak", manifest)  # what the message says to do
    inputs = [str(built["articles"]), str(extra)]
    report = run_batch(inputs, BatchOptions(site=site_copy, config=built["config"]))
    assert not report.failed and len(report.unchanged) >= 4
    assert len(_items(site_copy)) == 6


def test_a_missing_manifest_does_not_forget_the_published_episodes(built, site_copy):
    (site_copy / ".tts-pipeline" / "manifest.json").unlink()
    feed_before = (site_copy / "feed.xml").read_bytes()
    with pytest.raises(PipelineError, match=r"manifest\.json"):
        run_batch([str(built["articles"] / "cover.txt")], BatchOptions(site=site_copy))
    assert (site_copy / "feed.xml").read_bytes() == feed_before


def _edit_manifest(site: Path, change) -> None:
    path = site / ".tts-pipeline" / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["episodes"][0])
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_slug_outside_the_site_is_refused(built, site_copy, tmp_path):
    victim = site_copy.parent / "victim"
    _edit_manifest(site_copy, lambda e: e.update(slug="../victim/escaped", input_hash="x"))
    with pytest.raises(PipelineError, match="outside the site"):
        run_batch([str(built["articles"])], BatchOptions(site=site_copy, config=built["config"]))
    assert not victim.exists()


def test_prune_never_deletes_outside_the_site(built, site_copy):
    precious = site_copy.parent / "victim" / "precious.txt"
    precious.parent.mkdir()
    precious.write_text("keep me")
    _edit_manifest(site_copy, lambda e: e["files"].update(extra="../victim/precious.txt"))
    with pytest.raises(PipelineError, match="outside the site"):
        run_batch([], BatchOptions(site=site_copy, config=built["config"], prune=True))
    assert precious.read_text() == "keep me"


def test_a_feed_that_does_not_parse_is_never_published(built, site_copy, monkeypatch):
    import tts_pipeline.batch.feed as feed

    feed_before = (site_copy / "feed.xml").read_bytes()
    real = feed.render_feed
    monkeypatch.setattr(feed, "render_feed", lambda *a: real(*a).replace(b"</channel>", b""))
    with pytest.raises(OutputError, match=r"feed\.xml"):
        run_batch([str(built["articles"])], BatchOptions(site=site_copy, config=built["config"]))
    assert (site_copy / "feed.xml").read_bytes() == feed_before
    assert not list(site_copy.glob(".*.tmp"))
