"""End to end in other languages, with the real engines: a German page spoken by espeak's
German voice and tagged as German; a mixed batch (English, German, Ukrainian) whose feed says
each episode's language; a language no voice reads is one clear line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.engine

PAGES = Path(__file__).resolve().parent / "pages" / "languages"
CONFIG = """
title = "Europe Aloud"
description = "News from around Europe, read aloud."
author = "Desk"
owner_email = "desk@example.com"
language = "en"
category = "News"
base_url = "https://example.com/podcast/"
link = "https://example.com"
"""


def tags(mp3: Path) -> tuple[str, str]:
    from mutagen.id3 import ID3

    found = ID3(mp3)
    return found.getall("TLAN")[0].text[0], found.getall("USLT")[0].lang


def test_a_german_page_is_read_and_tagged_in_german(cli, tmp_path):
    result = cli("speak", str(PAGES / "de-mietgesetz.html"), "-o", "de.mp3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert (
        "voice: espeak (pyttsx3 gmw/de) for German (de), as the page and its text say; "
        "default does not read it"
    ) in out.splitlines()
    episode = json.loads((tmp_path / "de.episode.json").read_text("utf-8"))
    assert episode["language"] == "de"
    assert (episode["voice"]["profile"], episode["voice"]["voice"]) == ("espeak", "gmw/de")
    assert tags(tmp_path / "de.mp3") == ("deu", "deu")
    assert (tmp_path / "de.vtt").read_text("utf-8").startswith("WEBVTT\nLanguage: de\n\n")
    player = (tmp_path / "de.player.html").read_text("utf-8")
    assert '<html lang="de">' in player
    assert re.search(r'<div class="ttsp-transcript" lang="de"', player)
    assert 'srclang="de"' in player
    assert "Von Moritz Bachmann." in player  # the byline as said, in the read-along


def test_an_arabic_article_is_never_read_by_the_english_voice(cli, tmp_path):
    result = cli("script", str(PAGES / "ar-jafaf.txt"))
    assert result.returncode == 0, result.stderr
    said = result.stdout.decode()
    assert not re.search(r"[A-Za-z]", said)  # no English word, no Latin letter at all
    result = cli("speak", str(PAGES / "ar-jafaf.txt"), "-o", "ar.mp3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    episode = json.loads((tmp_path / "ar.episode.json").read_text("utf-8"))
    assert (episode["language"], episode["voice"]["voice"]) == ("ar", "sem/ar")


def test_a_language_no_voice_reads_is_one_line_naming_it(cli):
    result = cli("script", str(PAGES / "en-bridge.txt"), "--language", "tlh")
    assert result.returncode == 4
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "no installed voice reads the language tlh" in lines[0]


def test_a_mixed_batch_gives_each_episode_its_language_and_voice(tmp_path):
    import feedparser
    import podcastparser

    from tts_pipeline.batch.run import BatchOptions, run_batch

    (tmp_path / "podcast.toml").write_text(CONFIG)
    inputs = [str(PAGES / n) for n in ("en-bridge.txt", "de-mietgesetz.html", "uk-povin.txt")]
    site = tmp_path / "site"
    report = run_batch(inputs, BatchOptions(site=site, config=tmp_path / "podcast.toml", jobs=1))
    assert len(report.new) == 3 and not report.failed
    others = sorted((a.language, v.name, asked) for _, a, v, asked in report.other_voices)
    assert others == [("de", "espeak", "default"), ("uk", "espeak", "default")]
    feed = feedparser.parse(str(site / "feed.xml"))
    assert not feed.bozo and feed.feed.language == "en"
    by_title = {entry.title: entry for entry in feed.entries}
    expected = {
        "City reopens the old river bridge after repairs": ("en", "default", "eng"),
        "Bundestag beschließt Mietpreisgrenze für Großstädte": ("de", "espeak", "deu"),
        "Уряд виділив кошти на ремонт мостів після весняної повені": ("uk", "espeak", "ukr"),
    }
    assert set(by_title) == set(expected)
    with (site / "feed.xml").open("rb") as f:
        gpodder = podcastparser.parse("https://example.com/podcast/feed.xml", f)
    assert len(gpodder["episodes"]) == 3
    for title, (language, voice, tlan) in expected.items():
        entry = by_title[title]
        assert entry.language == language
        stem = Path(entry.enclosures[0].href).stem
        episode = json.loads((site / f"{stem}.episode.json").read_text("utf-8"))
        assert (episode["language"], episode["voice"]["profile"]) == (language, voice)
        assert episode["voice"]["language"] == language
        assert tags(site / f"{stem}.mp3") == (tlan, tlan)
        transcript = (site / f"{stem}.vtt").read_text("utf-8")
        assert transcript.startswith(f"WEBVTT\nLanguage: {language}\n")
