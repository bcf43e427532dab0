"""What a run's reading of its sources gives (:class:`Gathered`): the documents to make
episodes of, the feed items they came from, and every source the inputs name."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from tts_pipeline.batch.feeds import FeedItem, iso_time
from tts_pipeline.models import Article, Document


@dataclass
class Gathered:
    """A run's sources, read: documents to make episodes of, and what the feeds said."""

    documents: list[tuple[str, Document | None]] = field(default_factory=list)
    """None for a local file: read when its turn comes (:meth:`read`), so that a run of many
    files holds a few of them at a time, never all."""
    items: dict[str, FeedItem] = field(default_factory=dict)
    """Source -> the feed item it came from."""
    listed: set[str] = field(default_factory=set)
    """Every source the inputs name this run (feeds not read: the sources they had)."""
    in_feeds: set[str] = field(default_factory=set)
    """Every source the feeds read this run list, those it leaves alone (past ``--limit``,
    before ``--since``) too: still among the inputs, so never pruned."""
    whole: bool = True
    """Every feed was read (none failed or was left to back off): pruning is safe."""

    def complete(self, source: str, article: Article) -> Article:
        """The article with what the page did not say taken from its feed item."""
        from tts_pipeline.publish.sanitize import web_url

        item = self.items.get(source)
        if item is None:
            return article
        return replace(
            article,
            title=article.title or item.title,
            author=article.author or item.author,
            published=article.published or iso_time(item.date),
            url=article.url or web_url(item.link),
        )

    @staticmethod
    def read(source: str, document: Document | None) -> Document:
        """The source's document: as gathered, or read from its file now."""
        from tts_pipeline.sources.read import read_source

        return document if document is not None else read_source(source)

    def guid(self, source: str) -> str | None:
        """The GUID its feed gives the source's item, if any."""
        item = self.items.get(source)
        return item.guid if item else None
