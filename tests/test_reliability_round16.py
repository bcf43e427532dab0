"""Round 16 of hostile input: batch, feeds and watch.

A stop asked for while a feed's server stalls, a feed file that turns into a web page, a
hand-edited feed state, titles of any length, feeds that hold the whole article. Each gets
one line and its own exit code, never an internal error; nothing published is lost, and a
stop asked for is a stop at once.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from newsroom import Newsroom
from test_reliability_round15 import HOME_PAGE, published, rss, rss_item

ROOT = Path(__file__).resolve().parent.parent


def wait_for(condition, seconds: float = 30.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


# --- a stop asked for while the feed's server stalls ---------------------------------------


@pytest.mark.parametrize("stalled", ["/feed.rss", "/news/story-1.html"])
def test_the_first_signal_to_watch_stops_a_stalled_fetch_at_once(tmp_path, stalled):
    """The first SIGTERM to ``watch`` while a server stalled waited for the fetch's time limit
    (20 s for each read, 60 s for the download) before it stopped; now it stops at once, the
    feed or article it was fetching left for the next run, not counted as a failure."""
    room = Newsroom()
    try:
        room.add()
        room.faults[stalled] = ("stall", 60)
        site = tmp_path / "site"
        command = ["watch", f"{room.url}/feed.rss", "--site", str(site), "--delay", "0"]
        watcher = subprocess.Popen(
            [sys.executable, "-m", "tts_pipeline", *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            wait_for(lambda: room.fetched(stalled))
            time.sleep(0.5)  # in the download's wait
            asked = time.monotonic()
            watcher.send_signal(signal.SIGTERM)
            _, err = watcher.communicate(timeout=10)
            took = time.monotonic() - asked
        finally:
            if watcher.poll() is None:
                watcher.kill()
                watcher.communicate()
    finally:
        room.close()
    assert watcher.returncode == 128 + signal.SIGTERM, err.decode()
    assert took < 3, f"stopped {took:.1f} s after the signal"
    assert b"Traceback" not in err and b"failed" not in err, err.decode()
    rounds = [json.loads(line) for line in (site / ".tts-pipeline" / "rounds.jsonl").open()]
    assert rounds[-1]["outcome"] == "stopped", rounds[-1]
    state = json.loads((site / ".tts-pipeline" / "feeds.json").read_text())
    feed_state = state["feeds"].get(f"{room.url}/feed.rss", {})
    assert not feed_state.get("failures"), "a stop is no failure of the feed"


# --- a feed state edited by hand ------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("etag", '"abc"\r\nX-Injected: 1'),
        ("last_modified", "Mon, 02 Nov 2026\n08:00:00 GMT"),
        ("etag", '"price-€"'),
    ],
    ids=["etag-crlf", "last-modified-lf", "etag-beyond-latin-1"],
)
def test_a_validator_no_header_can_carry_is_ignored_with_a_warning(
    cli, room, tmp_path, field, value
):
    """An ETag or Last-Modified with a line break (or a character HTTP headers cannot carry) in
    a hand-edited feeds.json made the conditional request fail ("Invalid header value") on
    every run: the feed never read again. Now such a value is damage: a warning, and the feed
    is fetched unconditionally."""
    room.add()
    feed, site = f"{room.url}/feed.rss", tmp_path / "site"
    assert cli("watch", feed, "--once", "--site", str(site), "--delay", "0").returncode == 0
    state_file = site / ".tts-pipeline" / "feeds.json"
    state = json.loads(state_file.read_text())
    state["feeds"][feed][field] = value
    state_file.write_text(json.dumps(state))
    before = len(room.fetched("/feed.rss"))
    result = cli("watch", feed, "--once", "--site", str(site), "--delay", "0")
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "Traceback" not in err and "damaged" in err and feed in err, err
    assert len(err.strip().splitlines()) == 1, err
    asked = [headers for path, headers in room.requests if path == "/feed.rss"][before:]
    assert len(asked) == 1 and "If-None-Match" not in asked[0], "fetched unconditionally"
    assert "1 unchanged" in result.stdout.decode()
    saved = json.loads(state_file.read_text())["feeds"][feed]
    assert saved["etag"] and "\n" not in saved["etag"], "the server's new ETag is kept"


# --- a feed file that turns into a web page --------------------------------------------------


def test_a_feed_file_that_turns_into_a_web_page_fails_and_keeps_its_episodes(cli, tmp_path):
    """A feed file whose content became a web page (a script that saves the feed's address,
    now sent to the home page) was read as an article: an episode of the home page. A feed
    URL that answers a page already fails; a feed file now does the same, in one line, and
    keeps the episodes it made."""
    feed, site = tmp_path / "feed.xml", tmp_path / "site"
    feed.write_text(rss(rss_item("Quay plan", "https://news.example.com/quay", "q1")))
    first = cli("batch", str(feed), "--site", str(site), "--voice", "espeak")
    assert first.returncode == 0, first.stderr.decode()
    feed.write_bytes(HOME_PAGE)
    result = cli("batch", str(feed), "--site", str(site), "--voice", "espeak", "--prune")
    err = result.stderr.decode()
    assert result.returncode == 1 and len(err.splitlines()) == 1, err
    assert "not a feed" in err and "kept" in err and str(feed) in err, err
    assert b"0 new" in result.stdout and b"1 failed" in result.stdout, result.stdout
    assert [title for title, _ in published(site)] == ["Quay plan"]
    assert len(list(site.glob("*.mp3"))) == 1


# --- a newsroom's feed that holds the whole article -----------------------------------------

BRIEF = (
    "<p>The ferry to the island will not run on Sunday, the harbour office said.</p>"
    "<p>Strong winds are expected along the coast from Saturday night. Passengers with "
    "tickets can travel on Monday at no extra cost. The office will post updates on its "
    "notice board.</p>"
)
"""A short news item, whole: four sentences, 50 words."""
LONG_DESCRIPTION = "".join(
    f"<p>The council met on Tuesday to talk about the north quay, part {n}. Members "
    "agreed to ask for new quotes from three builders before the spring. The chair said the "
    "work could start in May if the money is found. Residents who spoke at the meeting "
    "asked for a path along the water.</p>"
    for n in range(1, 5)
)
"""An article of 200 words in a feed's description, as many small sites give it."""
LEAD = (
    "The council met on Tuesday to talk about the north quay. Members agreed to ask for new "
    "quotes from three builders before the spring. The chair said the work could start in "
    "May."
)
"""A description that is the article's lead: three sentences, plainly not all of it."""


def feed_item(room, story, content: str | None, description: str) -> str:
    encoded = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return (
        f"<item><title>{story.title}</title><link>{room.link(story)}</link>"
        f'<guid isPermaLink="false">{story.guid}</guid>'
        f"<pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate><description><![CDATA[{description}]]>"
        f"</description>{encoded}</item>"
    )


def test_a_feed_that_holds_the_whole_article_is_read_without_a_fetch(cli, room, tmp_path):
    """A short news item whole in content:encoded (under 150 words) and an article of 200
    words in a description (no content:encoded) were fetched from their pages all the same;
    now they are read from the feed. A description that is a lead is still no article: its
    page is fetched."""
    brief, described, teased = room.add(), room.add(), room.add()
    items = [
        feed_item(room, brief, BRIEF, "The ferry will not run on Sunday."),
        feed_item(room, described, None, LONG_DESCRIPTION),
        feed_item(room, teased, None, LEAD),
    ]
    room.faults["/feed.rss"] = ("body", rss(*items).encode())
    site = tmp_path / "site"
    result = cli("batch", f"{room.url}/feed.rss", "--site", str(site), "--delay", "0",
                 "--voice", "espeak")  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    assert b"3 new" in result.stdout, result.stdout
    assert room.fetched("/news/") == [f"/news/{teased.slug}.html"]
    said = {}
    for episode in site.glob("*.episode.json"):
        record = json.loads(episode.read_text())
        said[record["title"]] = " ".join(s["text"] for s in record["sentences"])
    assert "post updates on its notice board" in said[brief.title]
    assert "north quay, part 4" in said[described.title]
    assert "Jane Doe" not in said[brief.title] + said[described.title], "not the page's"


@pytest.mark.parametrize(
    ("content", "full"),
    [
        (BRIEF, True),
        ("<p>" + LEAD + " Residents asked for a path along the water.</p>", True),
        ("<p>" + LEAD + " Read more</p>", False),
        ("<p>The council met on Tuesday. Members agreed. The chair said so.</p>", False),
        ("<p>" + LEAD[:-4] + " […]</p><p>The post <a href='/q'>Quay plan</a> appeared first "
         "on <a href='/'>Harbour News</a>.</p>", False),
        ("<p>" + "The plan was shown to the council. " * 40 + "</p><p>The post Quay plan "
         "appeared first on Harbour News.</p>", True),
        ("<p>" + "the plan, shown to the council, " * 10 + "and then</p>", False),
    ],
    ids=["brief", "three-sentences", "read-more", "too-few-words", "footer-teaser",
         "footer-full", "cut-off"],
)  # fmt: skip
def test_content_is_the_article_when_it_is_long_or_a_whole_brief(content, full):
    """The rule: 150 words, or three complete sentences of 40 words or more; never a
    teaser's ending, a syndication footer ("The post ... appeared first on ...") looked past."""
    from tts_pipeline.batch.fulltext import is_full_text

    assert is_full_text(content) is full


@pytest.mark.parametrize(
    ("description", "full"),
    [(LONG_DESCRIPTION, True), (LEAD, False), (LONG_DESCRIPTION + "<p>[…]</p>", False),
     (LONG_DESCRIPTION.replace("<p>", "").replace("</p>", "\n\n"), True)],
    ids=["long", "lead", "excerpt", "plain-text"],
)  # fmt: skip
def test_a_description_is_the_article_only_when_long(description, full):
    from tts_pipeline.batch.fulltext import full_description

    assert (full_description(description) is not None) is full


# --- titles of any length ---------------------------------------------------------------------

LONG_TITLE = "The harbour plan " + " ".join(["council quay builders spring money"] * 14) + " story"
"""A title of 512 characters, as a page whose headline is a paragraph gives it."""


def test_a_long_title_is_cut_at_a_word_where_it_names_tags_and_is_spoken(cli, tmp_path):
    """A title of any length was spoken whole before the article (a 100 KB one: 85 minutes
    of audio) and written whole into the ID3 tags, the episode JSON, the player page and the
    chapters. Now it is cut at a word, within 200 characters, with an ellipsis."""
    from mutagen.id3 import ID3

    body = "<p>The board met on Monday and approved the plan. Work starts in March.</p>" * 4
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>{LONG_TITLE}</title></head><body><article>"
                    f"<h1>{LONG_TITLE}</h1>{body}</article></body></html>")  # fmt: skip
    result = cli("speak", str(page), "-o", str(tmp_path / "out" / "story.mp3"), "--voice",
                 "espeak")  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    out = tmp_path / "out"
    title = str(ID3(out / "story.mp3")["TIT2"])
    assert len(title) <= 200 and title.endswith(" council…"), title
    assert LONG_TITLE.startswith(title[:-1])
    record = json.loads((out / "story.episode.json").read_text())
    assert record["title"] == title and record["sentences"][0]["text"].startswith(title[:-1])
    assert record["sentences"][0]["end"] < 20, "the title spoken is the bounded one"
    assert LONG_TITLE not in (out / "story.player.html").read_text()


def test_a_feed_items_long_title_is_bounded_in_the_sites_feed_and_index(cli, tmp_path):
    feed, site = tmp_path / "feed.xml", tmp_path / "site"
    feed.write_text(rss(rss_item(LONG_TITLE, "https://news.example.com/quay", "q1")))
    result = cli("batch", str(feed), "--site", str(site), "--voice", "espeak")
    assert result.returncode == 0, result.stderr.decode()
    ((title, _),) = published(site)
    assert len(title) <= 200 and title.endswith("…"), title
    assert LONG_TITLE not in (site / "index.html").read_text()
    (mp3,) = site.glob("*.mp3")
    assert len(mp3.name) < 100


def test_a_pages_long_description_is_bounded_where_it_is_published():
    """A 100 KB meta description went whole into the feed and the episode's JSON."""
    from tts_pipeline.extract import extract_article
    from tts_pipeline.models import Document
    from tts_pipeline.publish.publishable import MAX_DESCRIPTION_CHARS, publishable

    long = "The quay plan, told at length. " * 3300
    body = "<p>The board met on Monday and approved the plan. Work starts in March.</p>" * 3
    page = (f'<html><head><title>Quay plan</title><meta name="description" content="{long}">'
            f"</head><body><article><h1>Quay plan</h1>{body}</article></body></html>")  # fmt: skip
    article = extract_article(Document(text=page, name="p"))
    assert len(article.description) > 90_000
    described = publishable(article).description
    assert len(described) <= MAX_DESCRIPTION_CHARS and described.endswith("at length.…")
    assert long.startswith(described[:-1]) and publishable(article).paragraphs


def test_a_title_is_bounded_on_words():
    from tts_pipeline.publish.publishable import bounded_title

    assert bounded_title("Short title") == "Short title"
    assert bounded_title("a" * 200) == "a" * 200
    assert bounded_title("one, two, " * 30, 20) == "one, two, one, two…"
    assert bounded_title("x" * 50, 20) == "x" * 19 + "…"
    assert bounded_title(None) is None


# --- a bug met by one article or one feed ---------------------------------------------------


def test_a_bug_in_cleaning_one_article_does_not_stop_the_others(tmp_path, monkeypatch):
    """The batch catches a bug in one article's rendering; one in its cleaning (run by the
    coordinator) ended the whole run with an internal error, the other articles not made."""
    from tts_pipeline import extract
    from tts_pipeline.batch.run import BatchOptions, run_batch

    real = extract.extract_article

    def cleaner_with_a_bug(document):
        if "museum" in document.name:
            raise RecursionError("maximum recursion depth exceeded")
        return real(document)

    monkeypatch.setattr(extract, "extract_article", cleaner_with_a_bug)
    articles = [str(ROOT / "tests" / "articles" / f"{n}.txt") for n in ("bridge", "museum")]
    report = run_batch(articles, BatchOptions(site=tmp_path / "site", voice="espeak", jobs=1))
    assert report.new == [articles[0]]
    ((source, reason),) = report.failed
    assert source == articles[1] and reason.startswith("internal error: RecursionError")


def test_a_bug_in_reading_one_feed_does_not_stop_the_others(tmp_path, monkeypatch):
    from tts_pipeline.batch import gather
    from tts_pipeline.batch.run import BatchOptions, run_batch

    real = gather.parse_feed

    def parser_with_a_bug(data, url, *args):
        if "broken" in url:
            raise AttributeError("'NoneType' object has no attribute 'get'")
        return real(data, url, *args)

    monkeypatch.setattr(gather, "parse_feed", parser_with_a_bug)
    feeds = [tmp_path / "broken.xml", tmp_path / "good.xml"]
    for feed in feeds:
        feed.write_text(rss(rss_item(f"Quay plan {feed.stem}", f"https://news.example.com/"
                                     f"{feed.stem}", feed.stem)))  # fmt: skip
    report = run_batch([str(f) for f in feeds], BatchOptions(site=tmp_path / "site",
                                                              voice="espeak", jobs=1))  # fmt: skip
    assert len(report.new) == 1 and "good" in report.new[0]
    ((source, reason),) = report.failed
    assert source == str(feeds[0]) and reason.startswith("internal error: AttributeError")


def test_a_feed_items_long_author_is_bounded_where_it_is_spoken_and_tagged(cli, tmp_path):
    """A feed item's author of 6 KB (a list of every reporter) was spoken whole as the byline:
    13 minutes of audio before the article."""
    author = " ".join(f"Reporter{n} Name{n}," for n in range(300))
    item = rss_item("Quay plan", "https://news.example.com/quay", "q1").replace(
        "<guid", f"<author>{author}</author><guid"
    )
    feed, site = tmp_path / "feed.xml", tmp_path / "site"
    feed.write_text(rss(item))
    result = cli("batch", str(feed), "--site", str(site), "--voice", "espeak")
    assert result.returncode == 0, result.stderr.decode()
    (episode,) = site.glob("*.episode.json")
    record = json.loads(episode.read_text())
    assert len(record["author"]) <= 150 and record["author"].endswith("…"), record["author"]
    byline = record["sentences"][1]
    assert byline["text"].startswith("By Reporter0") and byline["end"] - byline["start"] < 20


def test_a_stop_cuts_the_polite_wait_between_two_requests_short(room):
    """The wait between two requests to one host (``--delay``, a robots.txt's Crawl-delay of
    up to 30 s) did not look for a stop either."""
    import threading

    from tts_pipeline.sources.fetch import FetchStopped
    from tts_pipeline.sources.polite import FEED_TYPES, FetchPolicy, PoliteFetcher

    stop = threading.Event()
    fetcher = PoliteFetcher(FetchPolicy(delay=30, robots=False), stop=stop.is_set)
    fetcher.fetch(f"{room.url}/feed.rss", types=FEED_TYPES)
    threading.Timer(0.3, stop.set).start()
    asked = time.monotonic()
    with pytest.raises(FetchStopped):
        fetcher.fetch(f"{room.url}/feed.rss", types=FEED_TYPES)
    assert time.monotonic() - asked < 2
    assert len(room.fetched("/feed.rss")) == 1


def test_a_feed_none_of_whose_items_was_made_still_refuses_to_become_a_page(cli, room, tmp_path):
    """A feed URL that answers a web page now fails (has the feed moved?), but only when an
    episode had been made of one of its items: a feed whose every item had failed (a page
    gone, robots.txt) had its address's home page made an episode."""
    story = room.add()
    room.faults[f"/news/{story.slug}.html"] = ("status", 404)
    feed, site = f"{room.url}/feed.rss", tmp_path / "site"
    first = cli("watch", feed, "--once", "--site", str(site), "--voice", "espeak")
    assert first.returncode == 1 and b"404" in first.stderr, first.stderr.decode()
    room.faults["/feed.rss"] = ("body", HOME_PAGE)
    result = cli("watch", feed, "--once", "--site", str(site), "--voice", "espeak")
    err = result.stderr.decode()
    assert result.returncode == 1 and "a web page" in err and "moved" in err, err
    assert not list(site.glob("*.mp3"))


@pytest.mark.parametrize("date", ["2023-02-31", "0000-01-01", "2023-11-31T21:00"])
def test_a_date_that_is_no_date_is_left_out_of_tags_and_player(cli, tmp_path, date):
    """A page's date that does not exist went into the ID3 date and the player page as
    "31 February 2023" (the feed already fell back to when the episode was made)."""
    from mutagen.id3 import ID3

    body = "<p>The board met on Monday and approved the plan. Work starts in March.</p>" * 3
    page = tmp_path / "page.html"
    page.write_text(f'<html><head><title>Quay plan</title><meta property="article:published_'
                    f'time" content="{date}"></head><body><article><h1>Quay plan</h1>{body}'
                    "</article></body></html>")  # fmt: skip
    out = tmp_path / "out"
    result = cli("speak", str(page), "-o", str(out / "story.mp3"), "--voice", "espeak")
    assert result.returncode == 0, result.stderr.decode()
    assert "TDRC" not in ID3(out / "story.mp3")
    assert json.loads((out / "story.episode.json").read_text())["published"] is None
    assert date not in (out / "story.player.html").read_text()


def test_only_real_dates_are_published():
    from tts_pipeline.publish.publishable import real_date

    assert all(map(real_date, ["2024-02-29T10:00:00+02:00", "2023-11-21T21:37Z", "2023-11"]))
    assert not any(map(real_date, ["2023-02-29", "2023-11-21T24:00", "0000-05-01", "", None]))
