"""Round 15 of hostile input: the batch and watch of a newsroom's feed, the site they keep,
and the Dask path.

A scheduler address where another service listens (the dashboard's port), a site state file
edited by hand, an article whose address the newsroom changed under the same GUID, and a
JSON Feed. Each gets one line and its own exit code, never an internal error, and nothing
published is lost or doubled.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from test_errors import one_error_line

from tests.raw_server import RawServer, one_answer

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "articles" / "bridge.txt"
WORDS = (
    "The harbour board met on Monday and approved the plan to rebuild the north quay, which "
    "storms damaged last winter. Work starts in March and should end before the summer. "
)
BODY = f"<p>{WORDS * 3}</p><p>{WORDS * 2}</p>"
"""An article's full text as a feed may hold it: 150 words, the least that counts (short, so
that the episodes are made quickly)."""


def rss(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour News'
        "</title><link>https://news.example.com/</link><description>News</description>"
        + "".join(items)
        + "</channel></rss>\n"
    )


def rss_item(title: str, link: str, guid: str, body: str = BODY) -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link>"
        f'<guid isPermaLink="false">{guid}</guid><pubDate>Mon, 02 Nov 2026 08:00:00 GMT'
        f"</pubDate><content:encoded><![CDATA[{body}]]></content:encoded></item>"
    )


def published(site: Path) -> list[tuple[str, str]]:
    """(title, GUID) of every item of the site's feed, as a podcast app reads them."""
    import feedparser

    parsed = feedparser.parse(str(site / "feed.xml"))
    assert not parsed.bozo, parsed.get("bozo_exception")
    return [(entry.title, entry.id) for entry in parsed.entries]


# --- a Dask scheduler address where something else listens ---------------------------------


@pytest.fixture
def speaks_no_dask():
    """Servers on 127.0.0.1 that take a connection but are no Dask scheduler: one that never
    says a word, one that answers as a web server (a dashboard's port given by mistake)."""
    quiet = threading.Event()
    servers = {
        "silent": RawServer(lambda connection: quiet.wait(60)),
        "web": one_answer(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"),
    }
    yield {kind: server.url.rsplit("/", 1)[0].replace("http", "tcp") for kind, server in
           servers.items()}  # fmt: skip
    quiet.set()
    for server in servers.values():
        server.close()


@pytest.mark.parametrize("kind", ["silent", "web"])
def test_a_scheduler_address_where_no_scheduler_answers_is_one_line(
    tmp_path, monkeypatch, speaks_no_dask, kind
):
    """A port that accepts the connection but never answers made the batch wait for ever (the
    client's handshake has no time limit); a web server's answer was read as a message of
    3 EiB: 'out of memory', exit 1."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from tts_pipeline.batch import cluster
    from tts_pipeline.batch.run import BatchOptions, run_batch
    from tts_pipeline.errors import ClusterError

    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1.0)
    address = speaks_no_dask[kind]
    options = BatchOptions(site=tmp_path / "site", executor="dask", scheduler=address)
    with pytest.raises(ClusterError, match="not a Dask scheduler") as raised:
        run_batch([str(ARTICLE)], options)
    assert raised.value.exit_code == 10 and address in str(raised.value)
    assert not list((tmp_path / "site").glob("*.mp3"))


# --- the site's state edited by hand ------------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    [{"failures": 2, "failed_at": 12345}, {"etag": ["x"]}],
    ids=["time-a-number", "etag-a-list"],
)
def test_a_feed_state_of_wrong_types_is_read_anew(cli, tmp_path, damage):
    """feeds.json is a cache of work done, started anew when damaged; a value of the wrong
    type (a hand edit) was an internal error (TypeError: fromisoformat: argument must be str)."""
    feed = tmp_path / "feed.xml"
    feed.write_text(rss())
    site = tmp_path / "site"
    assert cli("watch", str(feed), "--once", "--site", str(site)).returncode == 0
    state_file = site / ".tts-pipeline" / "feeds.json"
    state = json.loads(state_file.read_text())
    state["feeds"][str(feed)].update(damage)
    state_file.write_text(json.dumps(state))
    result = cli("watch", str(feed), "--once", "--site", str(site))
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "feeds.json: damaged" in err and "internal error" not in err
    assert json.loads(state_file.read_text())["feeds"][str(feed)]["failures"] == 0


# --- an article the newsroom moved to a new address, under the same GUID ------------------


def test_an_article_moved_to_a_new_address_stays_one_episode(cli, tmp_path):
    """A newsroom that edits a headline often changes the article's address too (its slug),
    keeping the item's GUID. The second run made a second episode of the same article: the
    podcast listed it twice, under the old and the new title."""
    feed = tmp_path / "feed.xml"
    guid = "https://news.example.com/?p=4127"
    site = tmp_path / "site"
    feed.write_text(rss(rss_item("Quay plan", "https://news.example.com/quay-plan", guid)))
    first = cli("batch", str(feed), "--site", str(site), "--voice", "espeak")
    assert first.returncode == 0, first.stderr.decode()
    mp3s = sorted(p.name for p in site.glob("*.mp3"))
    renamed = rss_item("Quay plan approved", "https://news.example.com/quay-plan-approved", guid)
    feed.write_text(rss(renamed))
    second = cli("batch", str(feed), "--site", str(site), "--voice", "espeak")
    assert second.returncode == 0, second.stderr.decode()
    assert b"0 new, 1 updated" in second.stdout
    assert published(site) == [("Quay plan approved", guid)]
    assert sorted(p.name for p in site.glob("*.mp3")) == mp3s  # rewritten in place


# --- a JSON Feed ------------------------------------------------------------------------


def json_feed(*items: dict, escaped: bool = False) -> str:
    """A JSON Feed 1.1; ``escaped``: its slashes written ``\\/``, as PHP's json_encode does."""
    text = json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour News",
         "home_page_url": "https://news.example.com/", "items": list(items)}, indent=1
    )  # fmt: skip
    return text.replace("/", "\\/") if escaped else text


def test_a_json_feed_gives_its_items_as_an_rss_feed_does(cli, tmp_path):
    """A JSON Feed (jsonfeed.org: WordPress, Micro.blog, many static sites) was read as one
    article: an episode reading its JSON aloud, '"content_html": ...' and all."""
    feed = tmp_path / "feed.json"
    text = WORDS * 3 + "\n\n" + WORDS * 2
    feed.write_text(
        json_feed(
            {"id": "quay-1", "url": "https://news.example.com/quay", "title": "Quay plan",
             "content_html": BODY, "date_published": "2026-11-02T08:00:00Z",
             "authors": [{"name": "Ana Pereira"}]},
            {"id": 4128, "url": "/tides", "title": "Tides table", "content_text": text},
        )
    )  # fmt: skip
    site = tmp_path / "site"
    result = cli("batch", str(feed), "--site", str(site), "--voice", "espeak")
    assert result.returncode == 0, result.stderr.decode()
    assert sorted(published(site)) == [("Quay plan", "quay-1"), ("Tides table", "4128")]
    scripts = [json.loads(p.read_text()) for p in site.glob("*.episode.json")]
    assert all("content_html" not in json.dumps(s) for s in scripts)


@pytest.mark.parametrize(
    "text",
    [
        json_feed({"id": "1", "content_html": BODY})[:-40],
        '{"version": "https://jsonfeed.org/version/1"}',
    ],
    ids=["cut-short", "no-items"],
)
def test_a_json_feed_that_does_not_parse_is_refused_whole(cli, tmp_path, text):
    feed = tmp_path / "feed.json"
    feed.write_text(text)
    site = tmp_path / "site"
    result = cli("batch", str(feed), "--site", str(site))
    err = result.stderr.decode()
    assert result.returncode == 1 and "JSON feed" in err and len(err.splitlines()) == 1, err
    assert not list(site.glob("*.mp3"))


def test_speaking_a_json_feed_says_to_give_it_to_batch(cli, tmp_path):
    feed = tmp_path / "feed.json"
    feed.write_text(json_feed({"id": "1", "content_html": BODY}, escaped=True))
    one_error_line(cli("clean", str(feed)), 2, "a JSON Feed, not an article", "batch")


def test_a_json_feed_is_known_by_its_version_and_fetched_by_its_media_type(cli, tmp_path):
    from tts_pipeline.batch.feeds import feed_kind

    assert feed_kind(json_feed(escaped=True).encode()) == "json"
    assert feed_kind(b'{"version": 1, "items": []}') is None
    body = json_feed({"id": "1", "url": "/quay", "summary": "A teaser."}).encode()
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/feed+json\r\n"
    server = one_answer(answer + b"Content-Length: %d\r\n\r\n" % len(body) + body)
    try:
        result = cli("batch", server.url, "--site", str(tmp_path / "site"), "--max-articles", "0")
    finally:
        server.close()
    assert result.returncode == 0, result.stderr.decode()
    assert b"1 left for the next run" in result.stdout


def test_json_that_is_no_feed_is_not_read_aloud(cli, tmp_path):
    """An address answering JSON of an API is neither a page nor a feed."""
    body = json.dumps({"status": "ok", "message": WORDS * 5}).encode()
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    server = one_answer(answer + b"Content-Length: %d\r\n\r\n" % len(body) + body)
    try:
        result = cli("batch", server.url, "--site", str(tmp_path / "site"), "--voice", "espeak")
    finally:
        server.close()
    err = result.stderr.decode()
    assert result.returncode == 1 and "no JSON Feed" in err and len(err.splitlines()) == 1, err
    assert not list((tmp_path / "site").glob("*.mp3"))


# --- the podcast feed, as podcast apps read it --------------------------------------------


def test_an_episode_description_reads_as_written_in_podcast_apps():
    """RSS gives an item's description as HTML, and apps read it so: the description of an
    article saying 'x<y' or '<b>' lost words in feedparser and podcastparser ('Rates fell
    below 3% as' became 'Rates fell'), and its paragraphs ran into one."""
    import io

    import feedparser
    import podcastparser
    from lxml import html

    from tts_pipeline.batch.config import default_config
    from tts_pipeline.batch.feed import render_feed
    from tts_pipeline.batch.manifest import EpisodeRecord

    said = 'Rates fell <3% as the <b> tag & "AT&T" said x<y &amp; more'
    record = EpisodeRecord(
        source="/articles/rates.txt", guid="urn:uuid:1", slug="rates", input_hash="h",
        title="Rates & <tags>", first_seen="2026-11-02T08:00:00+00:00",
        updated="2026-11-02T08:00:00+00:00", duration=5.0, mp3_bytes=100,
        files={"audio": "rates.mp3"}, author="Ana <Pereira>", url="https://news.example.com/r?a=1&b=2",
        description=said,
    )  # fmt: skip
    data = render_feed(default_config(Path("/srv/site")), [record], "cover.jpg")
    shown = [
        feedparser.parse(data).entries[0].description,
        podcastparser.parse("https://e.com/f.xml", io.BytesIO(data))["episodes"][0][
            "description_html"
        ],
    ]
    for description in shown:
        paragraphs = [p.text_content() for p in html.fragment_fromstring(description, "div")]
        assert paragraphs[:3] == [said, "By Ana <Pereira>.", "Read the article: " + record.url]
        assert 'href="https://news.example.com/r?a=1&amp;b=2"' in description


# --- --prune with a feed: only what the newsroom took down goes -----------------------------


def test_prune_keeps_what_a_feed_still_lists_and_an_empty_feed_prunes_nothing(cli, tmp_path):
    """--prune removes the episodes whose article is no longer among the inputs; it removed
    those the feed still listed before --since (or past --limit) too, and a feed answered
    empty (a fault of the newsroom's site during a deploy) pruned every episode of the show."""
    feed, site = tmp_path / "feed.xml", tmp_path / "site"
    feed.write_text(rss(rss_item("Quay plan", "https://news.example.com/quay", "q1")))
    first = cli("batch", str(feed), "--site", str(site), "--voice", "espeak")
    assert first.returncode == 0, first.stderr.decode()
    feed.write_text(feed.read_text().replace("<description>News", "<description>Local news"))
    since = ["--since", "2026-11-03", "--prune", "--voice", "espeak"]  # after the item's date
    limited = cli("batch", str(feed), "--site", str(site), *since)
    assert limited.returncode == 0 and b"pruned" not in limited.stdout, limited.stdout
    feed.write_text(rss())
    empty = cli("batch", str(feed), "--site", str(site), "--prune", "--voice", "espeak")
    assert empty.returncode == 0 and b"pruned" not in empty.stdout, empty.stdout
    assert published(site) == [("Quay plan", "q1")]
    assert len(list(site.glob("*.mp3"))) == 1


# --- a site folder edited by hand ---------------------------------------------------------


@pytest.mark.parametrize("name", ["feed.xml", "index.html"])
def test_a_folder_where_the_site_writes_a_file_is_named_without_a_wrong_hint(cli, tmp_path, name):
    """A folder made by hand where the site writes feed.xml said 'give a file name such as
    site/feed.xml/article.mp3', the hint of speak -o, which makes no sense for a site."""
    site = tmp_path / "site"
    (site / name).mkdir(parents=True)
    line = one_error_line(cli("batch", str(tmp_path / "none.txt"), "--site", str(site)), 6, name)
    assert "folder" in line and "article.mp3" not in line


# --- check: a script that is JSON but no episode's ----------------------------------------


@pytest.mark.parametrize("text", ["[]", "null", '"sentences"'])
def test_a_json_script_that_is_no_episode_is_refused(cli, tmp_path, text):
    """A --script FILE.json holding [] or null was taken for a text of one sentence, '[]':
    the check listened and failed (exit 8) instead of naming the file (exit 2)."""
    mp3, script = tmp_path / "episode.mp3", tmp_path / "script.json"
    mp3.write_bytes(b"ID3")
    script.write_text(text)
    one_error_line(cli("check", str(mp3), "--script", str(script)), 2, "not an episode JSON")


# --- a feed's address that answers a web page now ---------------------------------------

HOME_PAGE = (
    "<!doctype html><html><head><title>Harbour News - Home</title></head><body><nav>Home "
    "News Sport</nav><main><article><h2>Top story of the day</h2><p>"
    + "The mayor opened the new bridge over the river, and hundreds came to see it. " * 5
    + "</p></article></main></body></html>"
).encode()


def test_a_feed_that_answers_a_web_page_now_publishes_no_episode_of_it(cli, room, tmp_path):
    """A newsroom that moves its feed often sends the old address to its home page. The
    next round made an episode of the home page and published it, and made it again each
    round as the home page changed."""
    room.add()
    feed, site = room.url + "/feed.rss", tmp_path / "site"
    first = cli("watch", feed, "--once", "--site", str(site), "--voice", "espeak")
    assert first.returncode == 0, first.stderr.decode()
    room.faults["/feed.rss"] = ("body", HOME_PAGE)
    result = cli("watch", feed, "--once", "--site", str(site), "--voice", "espeak")
    err = result.stderr.decode()
    assert result.returncode == 1 and len(err.splitlines()) == 1, err
    assert "a web page" in err and "moved" in err
    assert [title for title, _ in published(site)] == [room.stories[0].title]


@pytest.mark.parametrize("name", ["feed.xml", "."])
def test_an_input_inside_the_site_is_reported_not_silently_skipped(cli, tmp_path, name):
    """The site's own files are never read as input; naming one (its feed.xml, or the site
    itself) did nothing and said '0 failed', exit 0."""
    site, empty_feed = tmp_path / "site", tmp_path / "feed.xml"
    empty_feed.write_text(rss())
    assert cli("batch", str(empty_feed), "--site", str(site)).returncode == 0
    result = cli("batch", str(site / name), "--site", str(site), "--voice", "espeak")
    assert result.returncode == 1 and b"1 failed" in result.stdout
    assert b"inside the site's own folder" in result.stderr


def test_an_episode_file_deleted_by_hand_is_made_again_while_the_feed_is_unchanged(cli, tmp_path):
    """A deleted MP3 of an article file is made again by the next run; one of a feed's item
    was not while the feed stayed the same (a 304, a feed file of the same bytes): the
    podcast kept an enclosure that led nowhere."""
    feed, site = tmp_path / "feed.xml", tmp_path / "site"
    feed.write_text(rss(rss_item("Quay plan", "https://news.example.com/quay", "q1")))
    assert cli("batch", str(feed), "--site", str(site), "--voice", "espeak").returncode == 0
    (mp3,) = site.glob("*.mp3")
    mp3.unlink()
    again = cli("batch", str(feed), "--site", str(site), "--voice", "espeak")
    assert again.returncode == 0 and b"1 updated" in again.stdout, again.stdout
    assert mp3.is_file()


# --- speak options ------------------------------------------------------------------------


def test_an_output_of_dash_is_refused_not_written_as_a_file_named_dash(cli, tmp_path):
    """'-' is standard input for INPUT; '-o -' wrote an MP3 named '-' and its sidecars
    ('-.vtt', '-.jpg'...) in the current folder, and printed '-' as its path."""
    result = cli("speak", str(ARTICLE), "-o", "-", "--voice", "espeak", cwd=tmp_path)
    one_error_line(result, 6, "standard output", "story.mp3")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["index.html", "feed.xml"])
def test_a_folder_with_someone_elses_index_or_feed_is_not_made_a_site(cli, tmp_path, name):
    """`--site ~/public_html`, or `--site .` (`--site ""` is refused, round 20): the
    first run replaced the folder's own home page or a blog's feed.xml without a word."""
    own = tmp_path / name
    own.write_text("<p>My home page</p>" if name == "index.html" else "<rss><channel/></rss>")
    result = cli("batch", str(ARTICLE), "--site", ".", "--voice", "espeak", cwd=tmp_path)
    one_error_line(result, 6, name, "not written by tts-pipeline")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


# --- a feed file whose links are relative -------------------------------------------------


@pytest.mark.parametrize("kind", ["rss", "json"])
def test_a_feed_file_s_relative_links_are_its_site_s(cli, room, tmp_path, kind):
    """A newsroom's feed saved as a file, its links relative ('/news/story-1.html'): they
    were taken relative to the file on disk (file:///news/...), and every item failed, 'the
    item has no web address'. They are its site's, as the channel's link says."""
    story = room.add()
    link = f"/news/{story.slug}.html"
    feed = tmp_path / f"feed.{kind}"
    if kind == "rss":
        text = rss(f"<item><title>{story.title}</title><link>{link}</link></item>")
        feed.write_text(text.replace("https://news.example.com/", room.url + "/"))
    else:
        feed.write_text(
            json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Harbour News",
                        "home_page_url": room.url + "/", "items": [{"id": "1", "url": link}]})
        )  # fmt: skip
    result = cli("batch", str(feed), "--site", str(tmp_path / "site"), "--max-articles", "0")
    assert result.returncode == 0, result.stderr.decode()
    assert b"1 left for the next run" in result.stdout
