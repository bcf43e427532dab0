"""Feeds as input, without a speech engine: RSS, Atom and news sitemaps read into items, what
a run takes of them, polite fetching against a real server on 127.0.0.1, and the watch loop's
own logic (with a stand-in for the batch round)."""

from __future__ import annotations

import gzip
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from newsroom import START, Newsroom

from tts_pipeline.batch.feeds import feed_kind, is_full_text, parse_feed, select_items
from tts_pipeline.batch.feedstate import FeedState
from tts_pipeline.batch.manifest import publishable_guid
from tts_pipeline.batch.timespec import parse_duration, parse_since
from tts_pipeline.errors import FetchError, InputError, SiteLockedError
from tts_pipeline.sources.fetch import NOT_MODIFIED, USER_AGENT
from tts_pipeline.sources.polite import FEED_TYPES, FetchPolicy, PoliteFetcher, Validators

LONG = ["The new plan was shown to the council on Tuesday evening. " * 20] * 2
"""Two paragraphs of 200 words each: a full text, not a teaser."""


def test_rss_items_carry_link_guid_date_and_the_full_text_when_the_feed_has_it(room):
    room.add()
    room.add(full_text_in_feed=True, paragraphs=LONG)
    feed = parse_feed(room.rss(), f"{room.url}/feed.rss")
    assert feed.kind == "rss"
    teaser, full = feed.items
    assert teaser.link == room.link(room.stories[0]) and teaser.guid == room.stories[0].guid
    assert teaser.published == room.stories[0].published
    assert teaser.content is None, "a description is a teaser, never the article"
    assert full.content and "shown to the council" in full.content


def test_atom_entries_carry_id_alternate_link_dates_author_and_content(room):
    room.add(updated=START + timedelta(days=2))
    room.add(full_text_in_feed=True, paragraphs=LONG)
    feed = parse_feed(room.atom(), f"{room.url}/feed.atom", "application/atom+xml")
    first, second = feed.items
    assert feed.kind == "atom"
    assert (first.guid, first.link, first.author) == (
        room.stories[0].guid,
        room.link(room.stories[0]),
        "Jane Doe",
    )
    assert first.updated == START + timedelta(days=2) and first.published < first.updated
    assert first.content is None and second.content.startswith("<p>")


def test_a_news_sitemap_gives_its_urls_titles_and_dates(room):
    room.add()
    room.add()
    feed = parse_feed(room.sitemap(), f"{room.url}/sitemap.xml")
    assert feed.kind == "sitemap"
    assert [i.link for i in feed.items] == [room.link(s) for s in room.stories]
    assert [i.title for i in feed.items] == [s.title for s in room.stories]
    assert feed.items[1].published == room.stories[1].published
    assert parse_feed(gzip.compress(room.sitemap()), "x").items == feed.items


def test_a_sitemap_gzipped_in_several_members_is_read_whole(room):
    room.add()
    room.add()
    room.add()
    sitemap = room.sitemap()
    cut = len(sitemap) // 2
    members = gzip.compress(sitemap[:cut]) + gzip.compress(sitemap[cut:])
    assert parse_feed(members, "x").items == parse_feed(sitemap, "x").items
    assert feed_kind(members) == "sitemap"


@pytest.mark.parametrize(
    ("damage", "why"),
    [(lambda gz: gz[: len(gz) - 12], "cut short"), (lambda gz: gz[:20] + b"\xff" * 40, "damaged")],
    ids=["cut", "damaged"],
)
def test_a_damaged_gzipped_sitemap_is_refused_in_one_line(room, damage, why):
    room.add()
    with pytest.raises(InputError, match=why) as refused:
        parse_feed(damage(gzip.compress(room.sitemap())), "x")
    assert "\n" not in str(refused.value)


def test_a_sitemap_index_names_its_newest_sitemaps():
    entries = "".join(
        f"<sitemap><loc>https://news.test/sitemap-{day}.xml</loc>"
        f"<lastmod>2026-11-{day:02d}</lastmod></sitemap>"
        for day in range(1, 10)
    )
    index = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{entries}</sitemapindex>"
    ).encode()
    feed = parse_feed(index, "https://news.test/sitemap.xml")
    assert feed.kind == "sitemapindex" and not feed.items
    assert feed.sitemaps[:2] == (
        "https://news.test/sitemap-9.xml",
        "https://news.test/sitemap-8.xml",
    )
    assert len(feed.sitemaps) == 5


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("<p>" + "word " * 200 + "end.</p>", True),
        ("<p>" + "word " * 60 + "end.</p>", False),
        ("<p>" + "word " * 200 + '</p><p><a href="/a">Read more »</a></p>', False),
        ("<p>" + "word " * 200 + "[…]</p>", False),
        ("<p>" + "word " * 200 + "Continue reading...</p>", False),
    ],
    ids=["full", "short", "read-more", "ellipsis", "continue"],
)
def test_a_teaser_is_told_from_a_full_text(text, full):
    assert is_full_text(text) is full


@pytest.mark.parametrize(
    "damage",
    [
        lambda rss: rss[: len(rss) * 2 // 3],  # cut short while the site wrote it
        lambda rss: rss.replace(b"</title>", b"</titel>", 1),
        lambda rss: b"<rss><channel><item>\x00</item></channel></rss>",
    ],
    ids=["truncated", "mismatched", "garbage"],
)
def test_a_feed_that_is_not_well_formed_is_refused_whole(room, damage):
    room.add(full_text_in_feed=True, paragraphs=LONG)
    room.add()
    with pytest.raises(InputError, match="not well-formed") as refused:
        parse_feed(damage(room.rss()), "https://news.test/feed.rss")
    assert "\n" not in str(refused.value)


def test_html_entities_and_an_undeclared_prefix_are_no_reason_to_refuse(room):
    room.add(title="Caf&eacute; opens&nbsp;again")
    rss = room.rss().replace(
        b"Caf&amp;eacute; opens&amp;nbsp;again", b"Caf&eacute; opens&nbsp;again"
    )
    rss = rss.replace(b"</item>", b'<media:thumbnail url="https://news.test/a.jpg"/></item>')
    (item,) = parse_feed(rss, "https://news.test/feed.rss").items
    assert item.title == "Café opens\xa0again" or item.title == "Café opens again"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b'<?xml version="1.0"?>\n<!-- a feed --><rss version="2.0"><channel/></rss>', "rss"),
        (b'\xef\xbb\xbf<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "atom"),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', "rss"),
        (gzip.compress(b"<urlset></urlset>"), "sitemap"),
        (b"<!doctype html><html><body><p>An article.</p></body></html>", None),
        (b"Menu\nHome News\nTown council approves the bridge", None),
    ],
    ids=["rss", "atom", "rdf", "gzipped-sitemap", "html", "text"],
)
def test_a_feed_is_told_from_a_page_by_its_root_element(data, kind):
    assert feed_kind(data) == kind


def test_since_and_limit_take_the_newest_items(room):
    for _ in range(4):
        room.add()
    items = parse_feed(room.rss(), "x").items
    newest_two = select_items(items, since=None, limit=2)
    assert [i.guid for i in newest_two] == [room.stories[3].guid, room.stories[2].guid]
    since = room.stories[1].published
    assert [i.guid for i in select_items(items, since, None)] == [
        s.guid for s in reversed(room.stories[1:])
    ]
    undated = replace(items[0], published=None, updated=None)
    assert select_items((undated,), since=START + timedelta(days=9), limit=None) == [undated]


@pytest.mark.parametrize(
    ("guid", "published"),
    [
        ("tag:newsroom.test,2026:story-1", True),
        ("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427", True),
        ("https://news.test/?p=123", True),
        ("123456", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html,hi", False),
        ("two words", False),
        ("x" * 600, False),
        ("bad\x01guid", False),
    ],
)
def test_a_feeds_guid_is_published_unless_it_is_unsafe(guid, published):
    assert publishable_guid(guid) is published


def test_the_fetcher_waits_between_requests_to_one_host_only(room):
    room.add()
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(round(seconds, 3))
        now[0] += seconds

    fetcher = PoliteFetcher(FetchPolicy(delay=2.0), clock=lambda: now[0], sleep=sleep)
    fetcher.fetch(room.link(room.stories[0]))  # robots.txt first, then the page: one wait
    fetcher.fetch(room.link(room.stories[0]))
    assert waits == [2.0, 2.0]
    other = Newsroom()  # another host (another port)
    try:
        fetcher.fetch(f"{other.url}/robots.txt", types=None)
    finally:
        other.close()
    assert waits == [2.0, 2.0, 2.0], "only its own robots.txt before it waits"
    assert fetcher.requests == 5


def test_the_fetcher_says_who_it_is_and_honours_robots_txt(room):
    room.add()
    room.robots = "User-agent: tts-pipeline\nDisallow: /news/\nCrawl-delay: 3\n"
    fetcher = PoliteFetcher(FetchPolicy(delay=0))
    with pytest.raises(FetchError, match=r"robots\.txt does not let tts-pipeline") as refused:
        fetcher.page(room.link(room.stories[0]))
    assert "--ignore-robots" in str(refused.value)
    assert room.fetched("/news/") == [], "a page robots.txt forbids is never asked for"
    assert all(headers["User-Agent"] == USER_AGENT for _, headers in room.requests)
    owner = PoliteFetcher(FetchPolicy(delay=0, robots=False))
    assert "story 1" in owner.page(room.link(room.stories[0])).text
    assert room.fetched("/robots.txt") == ["/robots.txt"], "read once per host, not for the owner"


def test_a_crawl_delay_is_honoured_up_to_a_bound(room):
    room.robots = "User-agent: *\nCrawl-delay: 5\n"
    now, waits = [0.0], []
    fetcher = PoliteFetcher(FetchPolicy(delay=1), clock=lambda: now[0], sleep=waits.append)
    fetcher.fetch(f"{room.url}/feed.rss", types=FEED_TYPES)
    assert waits == [5.0]


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (403, True), (503, False)])
def test_robots_txt_that_cannot_be_read(room, status, allowed):
    """RFC 9309: a robots.txt that is missing allows all; one the server fails to give, none."""
    room.faults["/robots.txt"] = ("status", status)
    fetcher = PoliteFetcher(FetchPolicy(delay=0))
    if allowed:
        assert fetcher.fetch(f"{room.url}/feed.rss", types=FEED_TYPES).status == 200
    else:
        with pytest.raises(FetchError, match=f"robots.txt cannot be read .*{status}"):
            fetcher.fetch(f"{room.url}/feed.rss", types=FEED_TYPES)
        assert room.fetched("/feed.rss") == []


def test_a_conditional_request_gets_304_and_no_body(room):
    room.add()
    fetcher = PoliteFetcher(FetchPolicy(delay=0, robots=False))
    first = fetcher.fetch(f"{room.url}/feed.rss", types=FEED_TYPES)
    assert first.etag and first.data
    again = fetcher.fetch(
        f"{room.url}/feed.rss", types=FEED_TYPES, validators=Validators(first.etag)
    )
    assert (again.status, again.data) == (NOT_MODIFIED, None)
    assert room.requests[-1][1]["If-None-Match"] == first.etag
    room.add()
    changed = fetcher.fetch(
        f"{room.url}/feed.rss", types=FEED_TYPES, validators=Validators(first.etag)
    )
    assert changed.status == 200 and changed.etag != first.etag


PARSE_HOSTILE = r"""
import sys
log = []
def guard(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "urllib.Request", "open") and (
        event != "open" or "/etc/hostname" in str(args[0])
    ):
        log.append(event)
        raise OSError("refused by the test: " + event)
sys.addaudithook(guard)
from tts_pipeline.batch.feeds import parse_feed
external = (b'<!DOCTYPE x [<!ENTITY net SYSTEM "http://203.0.113.9/e">'
            b'<!ENTITY disk SYSTEM "file:///etc/hostname">]>')
rss = (b'<?xml version="1.0"?>' + external.replace(b"x [", b"rss [") + b'<rss version="2.0">'
       b"<channel><title>t</title><item><title>A &net; B &disk; C</title>"
       b"<link>https://news.test/a</link></item></channel></rss>")
sitemap = (b'<?xml version="1.0"?>' + external.replace(b"x [", b"urlset [") +
           b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
           b"<loc>https://news.test/&disk;&net;b</loc></url></urlset>")
titles = []
for data in (rss, sitemap, b"http://203.0.113.9/feed.xml", b"/etc/hostname"):
    try:
        titles += [i.title or i.link for i in parse_feed(data, "https://news.test/f").items]
    except Exception as e:
        titles.append(type(e).__name__)
print(repr(titles), log)
"""


def test_reading_a_hostile_feed_never_reaches_the_network_or_the_disk():
    """External entities and DTDs, and a body that reads like a URL or a path, which
    feedparser fetches or opens when handed a string: none of it is followed."""
    result = subprocess.run([sys.executable, "-c", PARSE_HOSTILE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    titles, log = result.stdout.rsplit("] ", 1)
    assert log.strip() == "[]", result.stdout
    control = PARSE_HOSTILE.replace(  # the guard sees feedparser fetch a string it takes for a URL
        "from tts_pipeline.batch.feeds import parse_feed",
        "import contextlib, feedparser\nwith contextlib.suppress(Exception):\n"
        "    feedparser.parse('http://203.0.113.9/feed.xml')\n"
        "from tts_pipeline.batch.feeds import parse_feed",
    )
    caught = subprocess.run([sys.executable, "-c", control], capture_output=True, text=True)
    assert "urllib.Request" in caught.stdout.rsplit("] ", 1)[1], caught.stdout + caught.stderr
    hostname = Path("/etc/hostname").read_text().strip() if sys.platform == "linux" else "\x00"
    assert hostname not in titles
    assert "InputError" in titles  # the URL and the path are no feed


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90", 90), ("90s", 90), ("10m", 600), ("1h30m", 5400), ("2d", 172800), ("0.5m", 30)],
)
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "ten minutes", "10x", "0", "-5m"])
def test_a_duration_that_is_none_is_one_clear_error(text):
    with pytest.raises(InputError, match="--every"):
        parse_duration(text)


def test_since_takes_dates_times_and_durations_back():
    now = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
    assert parse_since("2026-11-30", now) == datetime(2026, 11, 30, tzinfo=timezone.utc)
    assert parse_since("2026-11-30T10:00+02:00", now).hour == 10
    assert parse_since("2026-11-30T10:00Z", now) == datetime(2026, 11, 30, 10, tzinfo=timezone.utc)
    assert parse_since("2d", now) == now - timedelta(days=2)
    with pytest.raises(InputError, match="--since 'yesterday': not a date"):
        parse_since("yesterday", now)


@pytest.mark.parametrize("text", ["2026-12-02", "2062-05-01T10:00Z", "2026-12-01T13:00"])
def test_a_since_still_to_come_is_one_clear_error_not_an_empty_run(text):
    now = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
    with pytest.raises(InputError, match="still to come"):
        parse_since(text, now)


def test_a_failing_feed_is_backed_off_twice_as_long_each_time_up_to_six_hours():
    state = FeedState()
    failed = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
    assert state.retry_at(600) is None
    waits = []
    for _ in range(12):
        state.failed("the server answered 500", failed)
        waits.append((state.retry_at(600) - failed).total_seconds())
    assert waits[:4] == [540, 1140, 2340, 4740]  # the next round, then 2, 4, 8 rounds on
    assert max(waits) == 6 * 3600 - 60


class _Rounds:
    """A stand-in for the batch: records each round; raises or stops on cue."""

    def __init__(self, clock, plan) -> None:
        self.clock, self.plan, self.calls = clock, plan, []

    def __call__(self, inputs, options):
        from tts_pipeline.batch.run import BatchReport

        self.calls.append(self.clock())
        step = self.plan[len(self.calls) - 1] if len(self.calls) <= len(self.plan) else "ok"
        if step == "locked":
            raise SiteLockedError("site: another batch run (process 1) is writing this site")
        if step == "stop":
            options.feeds.stop.signum = 15
        report = BatchReport()
        if step == "fail":
            report.failed.append(("https://news.test/feed.rss", "the server answered 500"))
        return report


def test_watch_rounds_are_every_interval_and_survive_a_locked_site():
    from tts_pipeline.batch.run import BatchOptions
    from tts_pipeline.batch.watch import watch

    now = [0.0]
    rounds = _Rounds(lambda: now[0], ["ok", "locked", "fail", "ok", "stop"])

    def sleep(seconds):
        now[0] += seconds

    errors, reports = [], []
    options = BatchOptions(site=None)
    result = watch(["feed"], options, every=600, on_round=reports.append, on_error=errors.append,
                   run=rounds, sleep=sleep, clock=lambda: now[0])  # fmt: skip
    assert rounds.calls == [0, 600, 1200, 1800, 2400]
    assert len(errors) == 1 and "another batch run" in errors[0]
    assert result.signum == 15 and result.rounds == 5
    assert [bool(r.failed) for r in reports] == [False, True, False, False]


def test_watch_once_is_one_round_and_says_whether_it_failed():
    from tts_pipeline.batch.run import BatchOptions
    from tts_pipeline.batch.watch import watch

    rounds = _Rounds(lambda: 0.0, ["fail"])
    result = watch(["feed"], BatchOptions(site=None), every=600, once=True, run=rounds)
    assert (result.rounds, result.failed, result.signum) == (1, True, None)
    with pytest.raises(SiteLockedError):
        watch(["feed"], BatchOptions(site=None), 600, once=True, run=_Rounds(lambda: 0, ["locked"]))


def test_the_round_log_is_one_line_a_round_and_survives_a_torn_line(tmp_path, monkeypatch):
    from tts_pipeline.batch import roundlog

    log = tmp_path / "rounds.jsonl"
    roundlog.append_line(log, {"outcome": "done", "new": ["a \x01 b"]})
    with log.open("a") as f:
        f.write('{"outcome": "do')  # a crash in the middle of a line
    roundlog.append_line(log, {"outcome": "stopped"})
    entries = roundlog.read_log(log)
    assert entries == [{"outcome": "done", "new": ["a b"]}, {"outcome": "stopped"}]
    monkeypatch.setattr(roundlog, "MAX_LOG_BYTES", 10)
    roundlog.append_line(log, {"outcome": "done"})
    assert roundlog.read_log(log) == [{"outcome": "done"}]
    assert len(roundlog.read_log(log.with_name("rounds.jsonl.1"))) == 2
