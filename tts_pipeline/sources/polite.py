"""Polite fetching, for runs nobody watches: say who we are, wait between two requests to a
host, do what its robots.txt asks, and ask only for what changed.

One :class:`PoliteFetcher` per run. It sends the program's user agent (``fetch.USER_AGENT``),
waits ``delay`` seconds between two requests to one host (longer when the host's robots.txt
asks for it with ``Crawl-delay``, up to ``MAX_CRAWL_DELAY``), and reads each host's robots.txt
once, as RFC 9309 says: a robots.txt that is missing (any 4xx answer) allows everything; one
the server cannot give (5xx, no answer) allows nothing until it can. Given the validators of
an earlier answer (ETag, Last-Modified), it makes a conditional request, which a server
answers with 304 Not Modified and no body when nothing changed.
"""

from __future__ import annotations

import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field

from tts_pipeline.errors import FetchError
from tts_pipeline.models import Document
from tts_pipeline.sources.fetch import (
    ACCEPTED_TYPES,
    DEADLINE_SECONDS,
    MAX_PAGE_BYTES,
    PAGE_ACCEPT,
    STOP_TICK_SECONDS,
    TIMEOUT_SECONDS,
    USER_AGENT,
    Fetched,
    FetchStopped,
    ServerAnswered,
    fetch_resource,
    page_document,
)

DEFAULT_DELAY = 1.0
"""Seconds between two requests to one host."""
MAX_CRAWL_DELAY = 30.0
"""The longest ``Crawl-delay`` of a robots.txt that is honoured, in seconds."""
ROBOTS_MAX_BYTES = 512 * 1024
"""What is read of a robots.txt (RFC 9309 asks for at least 500 KiB)."""
JSON_TYPES = frozenset(("application/feed+json", "application/json"))
"""Media types of a JSON Feed (a web server gives a ``.json`` file the second)."""
FEED_TYPES = JSON_TYPES | frozenset(("application/rss+xml", "application/atom+xml",
                                     "application/rdf+xml", "application/xml", "text/xml",
                                     "application/x-rss+xml", "application/gzip",
                                     "application/x-gzip"))  # fmt: skip
"""Media types of a feed or a sitemap (a sitemap may come gzipped)."""
FEED_ACCEPT = (
    "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,"
    "text/xml;q=0.9,application/json;q=0.9,text/html;q=0.8,*/*;q=0.1"
)
ROBOTS_HINT = "if the site is yours, run with --ignore-robots"
TOO_MANY_REQUESTS = 429
"""Like a server error for robots.txt: the site asks us to wait."""


@dataclass(frozen=True)
class FetchPolicy:
    """How politely a run fetches."""

    delay: float = DEFAULT_DELAY
    """Seconds between two requests to one host."""
    robots: bool = True
    """Honour robots.txt; False only for the site's own owner."""
    timeout: float = TIMEOUT_SECONDS
    deadline: float = DEADLINE_SECONDS


@dataclass(frozen=True)
class Validators:
    """What an earlier answer said to ask again with, for a conditional request."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass
class _Host:
    last_request: float | None = None
    rules: object = None
    """urllib's RobotFileParser; ``None`` before robots.txt is read."""
    refusal: str | None = None
    """Why nothing of the host may be fetched (its robots.txt could not be read)."""
    crawl_delay: float = 0.0


@dataclass
class PoliteFetcher:
    """Fetches as a well-behaved crawler does; ``clock`` and ``sleep`` may be replaced in tests."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    stop: Callable[[], bool] | None = None
    """Asked while waiting and downloading: True cuts the wait or the download short
    (FetchStopped), so that a stop asked for does not wait for a stalled server."""
    requests: int = 0
    """Requests sent so far (robots.txt included)."""
    _hosts: dict[str, _Host] = field(default_factory=dict)

    def page(self, url: str) -> Document:
        """An article page, decoded (as ``fetch.fetch_url`` gives it)."""
        return page_document(self.fetch(url))

    def fetch(
        self,
        url: str,
        *,
        types: frozenset[str] | None = ACCEPTED_TYPES,
        accept: str = PAGE_ACCEPT,
        what: str = "an article page",
        validators: Validators | None = None,
        max_bytes: int = MAX_PAGE_BYTES,
    ) -> Fetched:
        """``url`` once robots.txt allows it and the host's delay has passed; a conditional
        request when ``validators`` are given (the answer's status is then 304 if unchanged)."""
        host = self._host(url)
        self._check_robots(url, host)
        return self._request(url, host, types=types, accept=accept, what=what,
                             headers=validators.headers() if validators else None,
                             max_bytes=max_bytes)  # fmt: skip

    def _request(self, url: str, host: _Host, **options) -> Fetched:
        delay = max(self.policy.delay, host.crawl_delay)
        if host.last_request is not None:
            wait = host.last_request + delay - self.clock()
            if wait > 0:
                self._pause(url, wait)
        host.last_request = self.clock()
        self.requests += 1
        return fetch_resource(url, timeout=self.policy.timeout, deadline=self.policy.deadline,
                              stop=self.stop, **options)  # fmt: skip

    def _pause(self, url: str, seconds: float) -> None:
        """Wait ``seconds`` before a request; FetchStopped as soon as a stop is asked for."""
        if self.stop is None:
            self.sleep(seconds)
            return
        end = self.clock() + seconds
        while (left := end - self.clock()) > 0:
            if self.stop():
                raise FetchStopped(f"{url}: stopped before it was fetched")
            self.sleep(min(left, STOP_TICK_SECONDS))

    def _host(self, url: str) -> _Host:
        parts = urllib.parse.urlsplit(url)
        return self._hosts.setdefault(f"{parts.scheme.lower()}://{parts.netloc.lower()}", _Host())

    def _check_robots(self, url: str, host: _Host) -> None:
        """FetchError when the host's robots.txt does not let us fetch ``url``."""
        if not self.policy.robots:
            return
        if host.rules is None and host.refusal is None:
            self._read_robots(url, host)
        if host.refusal:
            raise FetchError(f"{url}: {host.refusal}; {ROBOTS_HINT}")
        if not host.rules.can_fetch(USER_AGENT, url):
            raise FetchError(f"{url}: the site's robots.txt does not let tts-pipeline fetch it; "
                             f"{ROBOTS_HINT}")  # fmt: skip

    def _read_robots(self, url: str, host: _Host) -> None:
        from urllib.robotparser import RobotFileParser

        parts = urllib.parse.urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        rules = RobotFileParser(robots_url)
        try:
            answer = self._request(robots_url, host, types=None, accept="text/plain,*/*;q=0.1",
                                   what="robots.txt", max_bytes=ROBOTS_MAX_BYTES)  # fmt: skip
            rules.parse((answer.data or b"").decode("utf-8", "replace").splitlines())
        except ServerAnswered as e:
            if e.status >= 500 or e.status == TOO_MANY_REQUESTS:
                host.refusal = (
                    f"the site's robots.txt cannot be read (the server answered {e.status}), "
                    "so nothing of the site is fetched until it can"
                )
                return
            rules.allow_all = True  # no robots.txt: everything is allowed
        except FetchStopped:
            raise  # robots.txt is read again by the next run
        except FetchError as e:
            host.refusal = f"the site's robots.txt cannot be read ({_reason(e)})"
            return
        rules.modified()
        delay = rules.crawl_delay(USER_AGENT)
        host.crawl_delay = min(float(delay), MAX_CRAWL_DELAY) if delay else 0.0
        host.rules = rules


def _reason(error: Exception) -> str:
    """A fetch error's message without the URL it starts with."""
    text = str(error)
    return text.split(": ", 1)[1] if ": " in text else text
