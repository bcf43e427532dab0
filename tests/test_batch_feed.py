"""The feed writer: any text in any field gives a feed that parses; a bad one is not published."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tts_pipeline.batch.config import PodcastConfig
from tts_pipeline.batch.feed import feed_problem, publish_feed, render_feed
from tts_pipeline.batch.manifest import EpisodeRecord
from tts_pipeline.errors import OutputError

CONFIG = PodcastConfig(
    title="Probe \x01 Radio \uffff",
    description="News \x1b read aloud",
    author="Desk \ufffe",
    owner_email="desk@example.com",
    language="en",
    category="News",
    base_url="https://example.com/podcast/",
    link="https://example.com/",
    copyright="© \x0c",
)
text = st.text(alphabet=st.characters(codec=None), max_size=40)
optional = st.none() | text


@st.composite
def records(draw, n: int) -> EpisodeRecord:
    slug = f"story-{n}"
    return EpisodeRecord(
        source=f"/articles/{n}.txt",
        guid=f"urn:uuid:{n}",
        slug=slug,
        input_hash="h",
        title=draw(text),
        first_seen=draw(st.sampled_from(["2024-01-01T00:00:00+00:00", "", "garbage"])),
        updated="2024-01-01T00:00:00+00:00",
        duration=draw(st.floats(0, 1e6)),
        mp3_bytes=draw(st.integers(0, 2**40)),
        files={"audio": f"{slug}.mp3", "webvtt": f"{slug}.vtt", "chapters": f"{slug}.json"},
        author=draw(optional),
        published=draw(optional),
        url=draw(optional | st.sampled_from(["javascript:alert(1)", "https://example.com/a b"])),
        description=draw(optional),
        chapters=draw(st.lists(st.tuples(st.floats(0, 1e5), text).map(list), max_size=3)),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.tuples(records(1), records(2), records(3)))
def test_any_episode_text_gives_a_feed_that_parses(episodes):
    import feedparser

    data = render_feed(CONFIG, list(episodes), "cover.jpg")
    assert feed_problem(data) is None
    assert not feedparser.parse(data).bozo
    channel = ET.fromstring(data).find("channel")
    for item in channel.iter("item"):
        link = item.findtext("link")
        assert link is None or link.startswith(("http://", "https://"))
    # no address of the feed is a script's, whatever the text fields say ("javascript:" may
    # be a title's words, escaped, which no reader follows)
    for element in channel.iter():
        addresses = [element.get("href"), element.get("url")]
        if element.tag.endswith("link"):
            addresses.append(element.text)
        assert not any(a and a.strip().lower().startswith("javascript:") for a in addresses)


def test_a_feed_problem_is_named():
    good = render_feed(CONFIG, [], "cover.jpg")
    assert feed_problem(good) is None
    assert "well-formed" in feed_problem(good.replace(b"</rss>", b""))
    assert "well-formed" in feed_problem(b"<rss><channel><title>\x01</title></channel></rss>")
    assert "RSS" in feed_problem(b"<feed/>")
    item = b"<item><guid>same</guid></item>"
    assert "same GUID" in feed_problem(b"<rss><channel>" + item * 2 + b"</channel></rss>")


def test_a_feed_that_does_not_parse_is_not_published(tmp_path):
    feed = tmp_path / "feed.xml"
    publish_feed(feed, render_feed(CONFIG, [], "cover.jpg"))
    before = feed.read_bytes()
    with pytest.raises(OutputError, match="not published"):
        publish_feed(feed, before.replace(b"</channel>", b"\x01</channel>"))
    assert feed.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["feed.xml"]


def test_an_item_always_has_a_title():
    from dataclasses import replace

    from tts_pipeline.batch.feed import episode_title

    episode = EpisodeRecord("/a/1.txt", "urn:uuid:1", "story-1", "h", "\x01 \ufffe", "", "", 1.0, 1,
                            {"audio": "story-1.mp3"})  # fmt: skip
    assert episode_title(episode) == "story-1"
    assert episode_title(replace(episode, title=" Bridge \x01  news ")) == "Bridge news"
    item = ET.fromstring(render_feed(CONFIG, [episode], "cover.jpg")).find("channel/item")
    assert item.findtext("title") == "story-1"


def test_items_written_one_at_a_time_leave_every_namespace_to_the_root():
    from dataclasses import replace

    plain = EpisodeRecord("/a/1.txt", "urn:uuid:1", "story-1", "h", "One", "2024-01-01", "", 1.0,
                          1, {"audio": "story-1.mp3"})  # fmt: skip
    full = replace(plain, source="/a/2.txt", guid="urn:uuid:2", slug="story-2",
                   first_seen="2024-01-02", chapters=[[0.0, "Two"]],
                   files={"audio": "story-2.mp3", "webvtt": "story-2.vtt"})  # fmt: skip
    data = render_feed(CONFIG, [plain, full], "cover.jpg")
    root, _, rest = data.partition(b"<channel>")
    assert b"xmlns" not in rest
    for prefix in (b"atom", b"dc", b"itunes", b"podcast", b"podcastgh", b"psc"):
        assert root.count(b"xmlns:" + prefix + b"=") == 1
    assert b"\n  </item>\n  <item>\n   <title>One</title>" in rest  # indented as one tree
    items = ET.fromstring(data).find("channel").findall("item")
    assert [item.findtext("guid") for item in items] == ["urn:uuid:2", "urn:uuid:1"]
    assert feed_problem(data) is None


def test_a_feed_is_checked_item_by_item_in_its_first_channel_only():
    def feed(*items: bytes, outside: bytes = b"") -> bytes:
        return b"<rss>" + outside + b"<channel>" + b"".join(items) + b"</channel></rss>"

    item = b"<item><guid>a</guid></item>"
    nested = b"<item><guid>b</guid><item><guid>a</guid></item></item>"
    assert feed_problem(feed(item, nested)) == "two items have the same GUID"
    assert feed_problem(feed(item, b"<x>" + item + b"</x>")) == "two items have the same GUID"
    assert feed_problem(feed(item, b"<item/>", outside=b"<item/>")) == "an item has no GUID"
    assert feed_problem(feed(item) + b"<channel>" + item) is not None
    assert (
        feed_problem(feed(item).replace(b"</rss>", b"<channel>" + item * 2 + b"</channel></rss>"))
        is None
    )
    assert feed_problem(b"<feed><channel>" + item + b"</channel></feed>") == "not an RSS channel"
