"""A small newsroom on 127.0.0.1 for the feed and watch tests.

It serves article pages the project writes here, their RSS 2.0 and Atom 1.0 feeds and a news
sitemap, a robots.txt, and answers a conditional request (If-None-Match) with 304 when the
feed is unchanged. Faults on demand: an error status, a stall, a body of our choosing (XML cut
short). Every request is noted (path and headers), so a test can tell what was fetched.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

START = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)
PLACES = ["the harbour", "the old mill", "the market square", "the north bridge", "the library",
          "the railway station", "the school on Hill Street", "the river park"]  # fmt: skip
SENTENCES = [
    "Work on {place} began early on Monday, the council said in a statement.",
    "Residents had asked for the change for several years, and many came to watch.",
    "The project is expected to cost about two million pounds over three years.",
    "A spokesperson said the first part should be finished before the winter.",
    "Local shops reported more visitors than usual during the week.",
    "The mayor thanked the volunteers who helped plan the work at {place}.",
    "Some neighbours worried about noise, but most welcomed the news.",
    "A public meeting about {place} will be held at the town hall next month.",
]


@dataclass
class Story:
    """An article of the newsroom: its page, and its item in every feed."""

    number: int
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    published: datetime = START
    updated: datetime | None = None
    page_date: bool = False
    """Whether the page itself says when it was published."""
    full_text_in_feed: bool = False
    """The feed's item holds the whole article (content:encoded, Atom content)."""

    def __post_init__(self) -> None:
        place = PLACES[self.number % len(PLACES)]
        self.title = self.title or f"New plans for {place} in story {self.number}"
        if not self.paragraphs:
            said = [s.format(place=place) for s in SENTENCES]
            self.paragraphs = [" ".join(said[:4]), " ".join(said[4:])]
        self.published = self.published + timedelta(hours=self.number)

    @property
    def slug(self) -> str:
        return f"story-{self.number}"

    @property
    def guid(self) -> str:
        return f"tag:newsroom.test,2026:story-{self.number}"

    def html(self) -> str:
        date = (
            f'<meta property="article:published_time" content="{self.published.isoformat()}">'
            if self.page_date
            else ""
        )
        body = "".join(f"<p>{escape(p)}</p>" for p in self.paragraphs)
        return (
            f"<!doctype html><html><head><title>{escape(self.title)}</title>{date}</head><body>"
            f'<nav><a href="/">Home</a> <a href="/news">News</a></nav><article>'
            f"<h1>{escape(self.title)}</h1><p class=byline>By Jane Doe</p>{body}</article>"
            "<footer>Subscribe to our newsletter</footer></body></html>"
        )

    def body_html(self) -> str:
        return "".join(f"<p>{escape(p)}</p>" for p in self.paragraphs)


class Newsroom:
    """The stories, their feeds, and the server that serves them (see the module's docstring)."""

    def __init__(self) -> None:
        self.stories: list[Story] = []
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.faults: dict[str, tuple[str, object]] = {}
        """Path -> ("status", 500) | ("stall", seconds) | ("body", bytes)."""
        self.robots = "User-agent: *\nDisallow: /private/\n"
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add(self, **values) -> Story:
        story = Story(len(self.stories) + 1, **values)
        self.stories.append(story)
        return story

    def link(self, story: Story) -> str:
        return f"{self.url}/news/{story.slug}.html"

    def fetched(self, prefix: str) -> list[str]:
        """The paths requested that start with ``prefix``."""
        with self._lock:
            return [path for path, _ in self.requests if path.startswith(prefix)]

    def rss(self) -> bytes:
        items = []
        for s in self.stories:
            content = (
                f"<content:encoded><![CDATA[{s.body_html()}]]></content:encoded>"
                if s.full_text_in_feed
                else ""
            )
            items.append(
                f"<item><title>{escape(s.title)}</title><link>{self.link(s)}</link>"
                f'<guid isPermaLink="false">{s.guid}</guid>'
                f"<pubDate>{format_datetime(s.published)}</pubDate>"
                f"<description>{escape(s.paragraphs[0][:80])}…</description>{content}</item>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Newsroom</title><link>{self.url}/</link><description>News</description>"
            + "".join(items)
            + "</channel></rss>\n"
        ).encode()

    def atom(self) -> bytes:
        entries = []
        for s in self.stories:
            content = (
                f'<content type="html">{escape(s.body_html())}</content>'
                if s.full_text_in_feed
                else f"<summary>{escape(s.paragraphs[0][:80])}…</summary>"
            )
            updated = (s.updated or s.published).isoformat()
            entries.append(
                f"<entry><title>{escape(s.title)}</title><id>{s.guid}</id>"
                f'<link rel="alternate" href="{self.link(s)}"/>'
                f"<published>{s.published.isoformat()}</published><updated>{updated}</updated>"
                f"<author><name>Jane Doe</name></author>{content}</entry>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Newsroom</title><id>{self.url}/</id><updated>{START.isoformat()}</updated>"
            + "".join(entries)
            + "</feed>\n"
        ).encode()

    def sitemap(self) -> bytes:
        urls = "".join(
            f"<url><loc>{self.link(s)}</loc><lastmod>{(s.updated or s.published).isoformat()}"
            "</lastmod><news:news><news:publication><news:name>Newsroom</news:name>"
            "<news:language>en</news:language></news:publication><news:publication_date>"
            f"{s.published.isoformat()}</news:publication_date><news:title>{escape(s.title)}"
            "</news:title></news:news></url>"
            for s in self.stories
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset '
            'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>\n'
        ).encode()

    def answer(self, path: str) -> tuple[int, str, bytes]:
        """(status, content type, body) of ``path``."""
        feeds = {"/feed.rss": ("application/rss+xml", self.rss),
                 "/feed.atom": ("application/atom+xml", self.atom),
                 "/sitemap.xml": ("application/xml", self.sitemap)}  # fmt: skip
        if path in feeds:
            kind, make = feeds[path]
            return 200, kind, make()
        if path == "/robots.txt":
            return 200, "text/plain", self.robots.encode()
        for story in self.stories:
            if path == f"/news/{story.slug}.html":
                return 200, "text/html; charset=utf-8", story.html().encode()
        return 404, "text/plain", b"not found"


def _handler(room: Newsroom) -> type:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the name http.server calls
            path = self.path.split("?", 1)[0]
            with room._lock:
                room.requests.append((path, dict(self.headers)))
            kind, value = room.faults.get(path, ("", None))
            if kind == "stall":
                time.sleep(value)
                return
            status, content_type, body = room.answer(path)
            if kind == "status":
                status, body = value, b"server error"
            elif kind == "body":
                body = value
            etag = '"' + hashlib.sha1(body).hexdigest() + '"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    return Handler
