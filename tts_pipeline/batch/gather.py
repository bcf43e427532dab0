"""Read a run's sources, feeds included, politely: each becomes a document to make an episode
of, or is settled without one (unchanged, deferred to the next run, failed).

- A file is read; a feed file (RSS, Atom, a sitemap) gives its items instead.
- A URL is fetched once: a page is the document; a feed gives its items. A feed read before
  is asked for with a conditional request: "304 Not Modified" means every item is as it was.
- A feed item is unchanged, and not fetched, while the feed describes it as when its episode
  was made with the same settings. Otherwise its full text comes from the feed when the feed
  holds it, else its page is fetched, at most ``max_articles`` pages a run (newest first).
- A feed that fails (down, a timeout, not well-formed) is reported and its episodes are kept;
  with a back-off base (``watch``), one that keeps failing is tried less and less often.

Every fetch goes through one :class:`PoliteFetcher` (user agent, delay, robots.txt).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from tts_pipeline.batch.feeds import (
    MAX_FEED_BYTES,
    Feed,
    FeedItem,
    content_document,
    feed_kind,
    item_source,
    parse_feed,
)
from tts_pipeline.batch.feedstate import STATE_NAME, FeedState, PollState
from tts_pipeline.batch.gathered import Gathered
from tts_pipeline.batch.manifest import Manifest
from tts_pipeline.errors import InputError, PipelineError, internal_error
from tts_pipeline.publish.publishable import bounded_title
from tts_pipeline.sources.fetch import (
    ACCEPTED_TYPES,
    EMPTY_ANSWER,
    NOT_MODIFIED,
    Fetched,
    FetchStopped,
)
from tts_pipeline.sources.polite import (
    FEED_ACCEPT,
    FEED_TYPES,
    JSON_TYPES,
    FetchPolicy,
    PoliteFetcher,
)

if TYPE_CHECKING:
    from tts_pipeline.batch.run import BatchReport

MAX_ARTICLES = 30
"""Article pages fetched from feeds in one run, by default."""
QUOTED_TITLE_CHARS = 100
"""Characters of an item's title quoted in a message."""


@dataclass(frozen=True)
class FeedOptions:
    """What bounds the work a run takes from feeds, and how it fetches."""

    limit: int | None = None
    """The newest ``limit`` items of each feed; None: all it lists."""
    since: datetime | None = None
    """Items dated before are left out (an item without a date is kept)."""
    max_articles: int = MAX_ARTICLES
    """Article pages fetched from feeds in one run at most; the rest wait for the next run."""
    fetch: FetchPolicy = field(default_factory=FetchPolicy)
    backoff: float | None = None
    """Seconds: a feed that failed is tried again after this, then twice as long after each
    further failure (see ``FeedState.retry_at``); None: always (``batch``)."""
    stop: Callable[[], bool] | None = None
    """Asked before each fetch: True leaves the rest for the next run."""


def feed_options(
    limit: int | None, since: str | None, max_articles: int, delay: float, robots: bool
) -> FeedOptions:
    """FeedOptions from the command line's values (``--since`` is parsed here)."""
    from tts_pipeline.batch.timespec import parse_since

    return FeedOptions(
        limit=limit,
        since=parse_since(since) if since else None,
        max_articles=max_articles,
        fetch=FetchPolicy(delay=delay, robots=robots),
    )


@dataclass
class _Feed:
    """A feed read this run, settled once the run is over."""

    state: FeedState
    answer: Fetched | None
    sources: list[str] = field(default_factory=list)
    digest: str | None = None


@dataclass
class Gathering:
    """One run's reading of its sources (see the module's docstring)."""

    site: Path
    manifest: Manifest
    settings: str
    """Digest of everything besides the text that shapes an episode."""
    options: FeedOptions
    report: BatchReport
    """The run's report: failed, unchanged, deferred, feeds and stopped are filled in."""
    fetcher: PoliteFetcher
    state: PollState
    out: Gathered = field(default_factory=Gathered)
    feeds: dict[str, _Feed] = field(default_factory=dict)
    fetches_left: int = 0

    @classmethod
    def start(cls, site: Path, manifest: Manifest, settings: str, options: FeedOptions,
              report: BatchReport) -> Gathering:  # fmt: skip
        """A run's reading, with the site's feed state and a fetcher of its own."""
        from tts_pipeline.batch.site import STATE_DIR

        state = PollState.load(site / STATE_DIR / STATE_NAME)
        fetcher = PoliteFetcher(options.fetch, stop=options.stop)
        return cls(site, manifest, settings, options, report, fetcher, state,
                   fetches_left=options.max_articles)  # fmt: skip

    def read(self, sources: list[str]) -> Gathered:
        for source in sources:
            if self._stopping():
                self.report.deferred.append(source)
                continue
            try:
                self._read(source)
            except FetchStopped:  # a stop cut the download short: the next run reads it
                self.report.stopped = True
                self.report.deferred.append(source)
            except PipelineError as e:
                self.report.failed.append((source, str(e)))
            except Exception as e:  # a bug met by one input must not stop the others
                self.out.whole = False
                self.report.failed.append((source, internal_error(e)))
        return self.out

    def _stopping(self) -> bool:
        if self.options.stop is None or not self.options.stop():
            return False
        self.report.stopped = True
        return True

    def _read(self, source: str) -> None:
        from tts_pipeline.sources.read import is_url

        if is_url(source):
            self._url(source)
        else:
            self._file(source)

    def _url(self, url: str) -> None:
        known = self.state.feeds.get(url)
        if known is not None and self._backing_off(url, known):
            return
        validators = None
        if known is not None and known.settings == self.settings and self._intact(known):
            from tts_pipeline.sources.polite import Validators

            validators = Validators(known.etag, known.last_modified)
        # read as a feed before: an item made, or the feed settled (its items all failed)
        is_feed = known is not None and (bool(known.items) or known.settings is not None)
        try:
            answer = self.fetcher.fetch(
                url, types=ACCEPTED_TYPES | FEED_TYPES, accept=FEED_ACCEPT,
                what="an article page or a feed", validators=validators, max_bytes=MAX_FEED_BYTES,
            )  # fmt: skip
            if answer.status == NOT_MODIFIED:
                self._not_modified(url, known or FeedState())
                return
            if not answer.data and is_feed:  # a fault of the server's, not a page
                raise InputError(f"{url}: {EMPTY_ANSWER}; its episodes are kept")
            if feed_kind(answer.data or b"") is None:
                from tts_pipeline.sources.fetch import page_document

                if is_feed:  # moved, its old address sent to the home page: no episode of it
                    raise InputError(
                        f"{url}: answers a web page now, not the feed it was (has the feed "
                        "moved?); its episodes are kept"
                    )
                if answer.content_type in JSON_TYPES:  # an API's answer, not to be read aloud
                    raise InputError(f"{url}: JSON that is no JSON Feed: not a page or a feed")

                self.state.feeds.pop(url, None)  # a page (now), not a feed
                self.out.documents.append((url, page_document(answer)))
                self.out.listed.add(url)
                return
            is_feed = True
            feed = parse_feed(answer.data or b"", answer.final_url, answer.content_type)
            items = self._with_children(feed)
        except FetchStopped:
            self._keep_as_before(known)
            raise
        except PipelineError as e:
            self._failed(url, known, str(e), is_feed)
            raise
        self._feed(url, known, answer, items)

    def _with_children(self, feed: Feed) -> tuple[FeedItem, ...]:
        """A sitemap index's items: those of its newest sitemaps (a child that fails, fails
        alone)."""
        items = list(feed.items)
        for child in feed.sitemaps:
            try:
                answer = self.fetcher.fetch(child, types=None, accept=FEED_ACCEPT,
                                            max_bytes=MAX_FEED_BYTES)  # fmt: skip
                items += parse_feed(answer.data or b"", answer.final_url).items
            except FetchStopped:
                raise
            except PipelineError as e:
                self.report.failed.append((child, str(e)))
                self.out.whole = False
        return tuple(items)

    def _file(self, path: str) -> None:
        from tts_pipeline.batch.jsonfeed import file_head
        from tts_pipeline.files import read_regular_file
        from tts_pipeline.sources.read import read_source

        try:
            head = file_head(Path(path), MAX_FEED_BYTES)
        except (OSError, ValueError):
            head = b""
        known = self.state.feeds.get(path)
        if feed_kind(head) is None:
            if known is not None:  # a feed before: what is there now makes no episode
                self._keep_as_before(known)
            if not head:
                read_source(path)  # an empty or unreadable file fails here, with its reason
            if known is not None:
                raise InputError(f"{path}: not a feed now (a web page?), though it was one; "
                                 "its episodes are kept")  # fmt: skip
            self.out.documents.append((path, None))
            self.out.listed.add(path)
            return
        try:
            data = read_regular_file(Path(path), MAX_FEED_BYTES)
        except (OSError, ValueError) as e:
            raise InputError(f"{path}: cannot read the feed: {e}") from None
        digest = hashlib.sha256(data).hexdigest()
        unchanged = known and known.digest == digest and known.settings == self.settings
        if unchanged and self._intact(known):
            self._not_modified(path, known)
            return
        feed = parse_feed(data, Path(path).as_uri())
        self._feed(path, known, None, self._with_children(feed), digest)

    def _intact(self, known: FeedState) -> bool:
        """Whether the episode of every item made from the feed is in the site, files and all:
        one deleted by hand is made again, so the feed must be read, not taken as before."""
        from tts_pipeline.batch.site import files_exist

        episodes = self.manifest.episodes
        return all(s in episodes and files_exist(self.site, episodes[s]) for s in known.items)

    def _backing_off(self, url: str, known: FeedState) -> bool:
        """Whether a feed that failed is left for a later round (its episodes kept)."""
        if self.options.backoff is None:
            return False
        retry = known.retry_at(self.options.backoff)
        if retry is None or datetime.now(timezone.utc) >= retry:
            return False
        self.report.feeds[url] = (
            f"backing off until {retry.isoformat(timespec='minutes')} after {known.failures} "
            f"failures (last: {known.reason})"
        )
        self._keep_as_before(known)
        return True

    def _not_modified(self, url: str, known: FeedState) -> None:
        """A feed as it was when all its items were made: nothing to do."""
        self.report.feeds[url] = "not modified"
        known.failures, known.failed_at, known.reason = 0, None, None
        self.report.unchanged.extend(s for s in known.items if s not in self.out.listed)
        self.out.listed.update(known.items)

    def _keep_as_before(self, known: FeedState | None) -> None:
        self.out.whole = False
        if known is not None:
            self.out.listed.update(known.items)

    def _failed(self, url: str, known: FeedState | None, reason: str, is_feed: bool) -> None:
        """A URL that could not be read: its episodes stay; it is backed off in ``watch``."""
        self._keep_as_before(known)
        if is_feed:
            self.report.feeds[url] = "failed"
        state = self.state.feeds.setdefault(url, known or FeedState())
        state.failed(reason, datetime.now(timezone.utc))

    def _feed(self, url: str, known, answer, items, digest: str | None = None) -> None:
        from tts_pipeline.batch.feeds import select_items

        chosen = select_items(items, self.options.since, self.options.limit)
        read = _Feed(known or FeedState(), answer, digest=digest)
        self.feeds[url] = read
        self.report.feeds[url] = f"{len(chosen)} of {len(items)} items"
        if not items:  # a newsroom's site answering empty during a fault: nothing to prune
            self.out.whole = False
            self.report.feeds[url] += " (an empty feed: its episodes are kept)"
        self.out.in_feeds.update(filter(None, (item_source(i, url) for i in items)))
        gone = set(read.state.items) - {item_source(item, url) for item in items}
        for item in chosen:
            source = item_source(item, url)
            if source is None:
                name = bounded_title(item.title or item.guid or "?", QUOTED_TITLE_CHARS)
                where = f"{url}: item {name!r}"
                self.report.failed.append((where, "the item has no web address"))
                continue
            if source in self.out.listed:
                continue
            self._follow_move(source, item, gone)
            self.out.listed.add(source)
            self.out.items[source] = item
            read.sources.append(source)
            self._item(source, item, read.state)

    def _follow_move(self, source: str, item: FeedItem, gone: set[str]) -> None:
        """An item at a new address under the GUID of an episode made from this feed at an
        address it no longer lists (a headline edited, the address's slug with it) is that
        episode's article moved: its record follows, so it is updated, not made twice."""
        episodes = self.manifest.episodes
        if source in episodes or not item.guid:
            return
        moved = next((s for s in gone if s in episodes and episodes[s].guid == item.guid), None)
        if moved is not None:
            gone.discard(moved)
            episodes[source] = replace(episodes.pop(moved), source=source)

    def _item(self, source: str, item: FeedItem, known: FeedState) -> None:
        from tts_pipeline.batch.site import files_exist

        record = self.manifest.episodes.get(source)
        if (
            known.settings == self.settings
            and known.items.get(source) == item.fingerprint()
            and record is not None
            and files_exist(self.site, record)
        ):
            self.report.unchanged.append(source)
        elif self._stopping():
            self.report.deferred.append(source)
        elif item.content:
            self.out.documents.append((source, content_document(item, source)))
        elif self.fetches_left <= 0:
            self.report.deferred.append(source)
        else:
            self.fetches_left -= 1
            try:
                self.out.documents.append((source, self.fetcher.page(source)))
            except FetchStopped:
                self.report.stopped = True
                self.report.deferred.append(source)
            except PipelineError as e:
                self.report.failed.append((source, str(e)))

    def settle(self) -> None:
        """Remember what this run did with each feed it read, once the run is over: the
        fingerprints of the items made, and the validators of a feed whose items all were."""
        report = self.report
        done = set(report.new) | set(report.updated) | set(report.unchanged)
        for url, read in self.feeds.items():
            state = read.state
            state.items = {s: self.out.items[s].fingerprint() for s in read.sources if s in done}
            whole = len(state.items) == len(read.sources) and not report.stopped
            answer = read.answer
            state.etag = answer.etag if whole and answer else None
            state.last_modified = answer.last_modified if whole and answer else None
            state.digest = read.digest if whole else None
            state.settings = self.settings
            state.failures, state.failed_at, state.reason = 0, None, None
            self.state.feeds[url] = state
        self.state.save()
