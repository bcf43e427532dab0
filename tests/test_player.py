"""The player pages as HTML: escaping, relative URLs, no external requests, size, the index."""

from __future__ import annotations

import re

import lxml.html
import pytest

from tts_pipeline import DISCLOSURE
from tts_pipeline.models import Block, Role, Script, Sentence, Timing
from tts_pipeline.publish.episode import sidecar_paths
from tts_pipeline.publish.player import (
    Cue,
    IndexEpisode,
    Paragraph,
    PlayerEpisode,
    embed_snippet,
    index_page,
    player_page,
)
from tts_pipeline.publish.player.build import transcript
from tts_pipeline.publish.player.text import ASSETS, clock, display_date, file_url, iso_duration

HOSTILE = 'Mayor\'s <script>window.pwned = 1</script> plan & "bridge"'
EXTERNAL = re.compile(r"""(?:src|href|action|poster)\s*=\s*["']?\s*(?:[a-z]+:)?//""", re.I)


def episode(**changes) -> PlayerEpisode:
    fields = dict(
        title="Town council approves the new bridge",
        duration=95.9,
        audio="town-council.mp3",
        captions="town-council.vtt",
        cover="town-council.jpg",
        author="Jane Doe",
        published="2024-03-05T09:30",
        paragraphs=(
            Paragraph("title", (Cue(0.02, 2.5, "Town council approves the new bridge"),)),
            Paragraph(
                "body",
                (
                    Cue(3.3, 7.9, "The council voted on Monday."),
                    Cue(8.25, 12.0, "Work begins in spring."),
                ),
            ),
        ),
    )
    return PlayerEpisode(**{**fields, **changes})


def scripts(page: str) -> list[str]:
    return [s.text_content() for s in lxml.html.fromstring(page).iter("script")]


def test_player_page_has_audio_track_transcript_and_label():
    page = player_page(episode())
    doc = lxml.html.document_fromstring(page)
    audio = doc.find(".//audio")
    assert audio.get("src") == "town-council.mp3"
    track = audio.find("track")
    assert (track.get("kind"), track.get("src")) == ("captions", "town-council.vtt")
    assert DISCLOSURE in doc.text_content()
    assert doc.findtext(".//h1") == "Town council approves the new bridge"
    spans = doc.find_class("ttsp-s")
    assert [(s.get("data-start"), s.get("data-end")) for s in spans] == [
        ("0.020", "2.500"),
        ("3.300", "7.900"),
        ("8.250", "12.000"),
    ]
    assert [s.text for s in spans][1] == "The council voted on Monday."
    assert doc.xpath('//a[@download="town-council.mp3"]/@href') == ["town-council.mp3"]
    assert doc.find(".//time[@datetime='2024-03-05T09:30']").text == "5 March 2024"


def test_embed_is_a_fragment_with_the_same_player():
    snippet = embed_snippet(episode())
    assert "<html" not in snippet and "<head" not in snippet and "<body" not in snippet
    fragment = lxml.html.fragment_fromstring(snippet, create_parent="div")
    assert fragment.find(".//audio").get("src") == "town-council.mp3"
    assert len(fragment.find_class("ttsp-s")) == 3
    assert fragment.find(".//h1") is None  # the article page has its own heading


@pytest.mark.parametrize("render", [player_page, embed_snippet])
def test_article_text_is_escaped(render):
    hostile = episode(
        title=HOSTILE,
        author='<img src=x onerror="window.pwned=2">',
        paragraphs=(Paragraph("body", (Cue(1.0, 2.0, "Ends </script><script>pwned=3"),)),),
    )
    page = render(hostile)
    assert all("pwned" not in s for s in scripts(page))
    assert "<img src=x" not in page
    doc = lxml.html.fragment_fromstring(page, create_parent="div")
    assert len(doc.xpath("//script")) == 1 and not doc.xpath("//img[@onerror]")
    assert HOSTILE in doc.text_content()
    assert doc.find_class("ttsp-s")[0].text == "Ends </script><script>pwned=3"


def test_urls_are_relative_file_names():
    assert file_url("my episode #1.mp3") == "my%20episode%20%231.mp3"
    assert file_url("javascript:alert(1).mp3") == "javascript%3Aalert%281%29.mp3"
    page = player_page(episode(audio=file_url("my episode #1.mp3")))
    assert 'src="my%20episode%20%231.mp3"' in page


def test_no_external_requests_in_the_markup():
    for page in (player_page(episode()), embed_snippet(episode()), index_page("Show", [])):
        assert not EXTERNAL.search(page)
        assert "@import" not in page and "url(" not in page
        assert "fetch(" not in page and "XMLHttpRequest" not in page


def test_own_css_and_js_are_small():
    size = sum((ASSETS / name).stat().st_size for name in ("player.css", "player.js"))
    assert size < 20 * 1024
    page = player_page(episode(paragraphs=()))
    assert len(page.encode()) < 20 * 1024


def test_transcript_groups_sentences_by_block_with_roles():
    script = Script(
        (
            Block(Role.TITLE, (Sentence("A title", "A title"),)),
            Block(Role.BODY, (Sentence("One.", "One."), Sentence("Two.", "Two."))),
            Block(Role.HEADING, (Sentence("Part", "Part"),)),
        )
    )
    timings = [Timing(0, 0.0, 1.0, "A title"), Timing(1, 1.5, 2.0, "One.")]
    timings += [Timing(1, 2.3, 3.0, "Two."), Timing(2, 3.8, 4.2, "Part")]
    paragraphs = transcript(script, timings)
    assert [p.role for p in paragraphs] == ["title", "body", "heading"]
    assert [len(p.cues) for p in paragraphs] == [1, 2, 1]
    assert paragraphs[1].cues[1] == Cue(2.3, 3.0, "Two.")


def test_sidecar_paths_name_the_player_files(tmp_path):
    paths = sidecar_paths(tmp_path / "story.mp3")
    assert paths["player"].name == "story.player.html"
    assert paths["embed"].name == "story.embed.html"


def test_formatting():
    assert clock(95.9) == "1:35" and clock(3725) == "1:02:05" and clock(-1) == "0:00"
    assert iso_duration(95.9) == "PT1M35S" and iso_duration(3725) == "PT1H2M5S"
    assert display_date("2023-11-21T21:37") == "21 November 2023"
    assert display_date("sometime") == "sometime"


def index_entry(title: str, published: str | None, **changes) -> IndexEpisode:
    slug = re.sub(r"\W+", "-", title.lower())
    return IndexEpisode(
        **{
            "title": title,
            "player": f"{slug}.player.html",
            "audio": f"{slug}.mp3",
            "duration": 61.0,
            "published": published,
            **changes,
        }
    )


def test_index_lists_newest_first_with_players_and_the_feed():
    entries = [
        index_entry("Old", "2024-01-02"),
        index_entry("Undated", None),
        index_entry("New", "2024-03-01T08:00"),
        index_entry("Middle", "2024-02-10", author="Jane Doe", cover="middle.jpg"),
    ]
    page = index_page("Town news", entries, description="Local stories, read aloud.")
    doc = lxml.html.document_fromstring(page)
    assert [h.text_content() for h in doc.iter("h2")] == ["New", "Middle", "Old", "Undated"]
    assert next(f.get("src") for f in doc.iter("iframe")) == "new.player.html"
    assert all(f.get("title") for f in doc.iter("iframe"))
    assert doc.xpath('//link[@rel="alternate"]/@href') == ["feed.xml"]
    assert doc.xpath('//a[@type="application/rss+xml"]/@href') == ["feed.xml"]
    assert DISCLOSURE in doc.text_content() and "Local stories" in doc.text_content()
    assert doc.xpath("//img/@src") == ["middle.jpg"]


def test_index_escapes_and_refuses_script_urls():
    page = index_page(HOSTILE, [index_entry(HOSTILE, "2024-01-01")], description=HOSTILE)
    doc = lxml.html.document_fromstring(page)
    assert not doc.xpath("//script")
    assert doc.findtext(".//title") == HOSTILE
    with pytest.raises(ValueError, match="not a relative"):
        index_page("Show", [index_entry("x", None, player="javascript:alert(1)")])
    assert "No episodes yet" in index_page("Show", [])


def test_the_players_words_are_in_the_episodes_language():
    doc = lxml.html.document_fromstring(player_page(episode(language="uk")))
    assert doc.get("lang") == "uk"
    player = doc.find_class("ttsp")[0]
    assert player.get("lang") == "uk"
    assert player.get("aria-label") == "Слухати статтю: Town council approves the new bridge"
    play = player.find_class("ttsp-play")[0]
    assert (play.get("aria-label"), play.get("data-pause")) == ("Відтворити", "Пауза")
    assert player.find_class("ttsp-label")[0].text_content() == (
        "Цей аудіозапис створено за допомогою штучного інтелекту"
    )
    byline = player.find_class("ttsp-byline")[0].text_content()
    assert byline.startswith("Автор: Jane Doe · 05.03.2024 · ")
    assert "Завантажити MP3" in player.find_class("ttsp-links")[0].text_content()
    assert doc.find_class("ttsp-title")[0].get("lang") == "uk"
    assert doc.find_class("ttsp-transcript")[0].get("lang") == "uk"
    assert doc.find(".//track").get("srclang") == "uk"


@pytest.mark.parametrize("language", ["ja", "en-GB", "xx"])
def test_a_language_without_player_words_gets_english_ones(language):
    doc = lxml.html.document_fromstring(player_page(episode(language=language)))
    player = doc.find_class("ttsp")[0]
    assert player.get("lang") == ("en-GB" if language == "en-GB" else "en")
    assert player.find_class("ttsp-play")[0].get("aria-label") == "Play"
    assert "By Jane Doe · 5 March 2024 · " in player.find_class("ttsp-byline")[0].text_content()
    assert doc.find_class("ttsp-title")[0].get("lang") == language


def test_the_site_page_speaks_the_sites_language():
    page = index_page("Podcast", [index_entry("Brücke", "2024-01-02")], language="de")
    doc = lxml.html.document_fromstring(page)
    assert "Abonnieren: Podcast-Feed (RSS)" in doc.text_content()
    assert "Diese Tonaufnahme wurde mit Hilfe künstlicher Intelligenz erstellt" in page
    assert doc.find(".//iframe").get("title") == "Player: Brücke"
    assert "Noch keine Folgen." in index_page("Podcast", [], language="de")
