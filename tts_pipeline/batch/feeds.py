"""A newsroom's feed as batch input: RSS 2.0, RSS 1.0 and Atom 1.0 (read by feedparser), JSON
Feed (``jsonfeed``), and news sitemaps and sitemap indexes (read by lxml), each to a list of
:class:`FeedItem`.

Nothing here goes to the network: the caller fetches the feed and hands its bytes over (to
feedparser as a stream, never as a string it could take for a URL or a file name). A feed
that is not well-formed XML is refused whole: a feed cut short while the site wrote it must
not publish half an article; HTML's named entities (``&nbsp;``, common in feeds and not
XML) are read as their characters first.
"""

from __future__ import annotations

import hashlib
import html
import html.entities
import io
import json
import re
import zlib
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from urllib.parse import quote, urljoin

from tts_pipeline.batch.fulltext import full_description, is_full_text, text_as_html
from tts_pipeline.errors import InputError
from tts_pipeline.models import Document

MAX_FEED_BYTES = 20 * 1024 * 1024
"""Largest feed or sitemap read, unpacked (a sitemap may hold 50,000 URLs)."""
MAX_CHILD_SITEMAPS = 5
"""Sitemaps of a sitemap index that are read: the newest."""
SNIFF_BYTES = 4096
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
_ROOT = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*"
    rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)",
    re.DOTALL,
)
_KINDS = {b"rss": "rss", b"RDF": "rss", b"feed": "atom", b"urlset": "sitemap",
          b"sitemapindex": "sitemapindex"}  # fmt: skip
_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset((b"amp", b"lt", b"gt", b"quot", b"apos"))
_BENIGN_SAX = ("unbound prefix",)
"""Parse errors of feeds that are otherwise whole (a namespace prefix never declared)."""


@dataclass(frozen=True)
class FeedItem:
    """One article a feed lists."""

    link: str | None
    """The article's page (absolute, as the feed gives it)."""
    guid: str | None
    """RSS ``guid``, Atom ``id``; a sitemap has none."""
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    content: str | None = None
    """The article's full text as HTML, when the feed holds it; None for a teaser."""
    summary: str | None = None

    @property
    def date(self) -> datetime | None:
        return self.published or self.updated

    def fingerprint(self) -> str:
        """Equal while the feed says the same of the item: a new date, title or text differs."""
        fields = {k: v.isoformat() if isinstance(v, datetime) else v
                  for k, v in asdict(self).items()}  # fmt: skip
        text = json.dumps(fields, sort_keys=True, ensure_ascii=True)
        return hashlib.sha256(text.encode("ascii")).hexdigest()[:32]


@dataclass(frozen=True)
class Feed:
    kind: str
    """``rss``, ``atom``, ``json``, ``sitemap`` or ``sitemapindex``."""
    items: tuple[FeedItem, ...]
    sitemaps: tuple[str, ...] = ()
    """A sitemap index's sitemaps, newest first, at most ``MAX_CHILD_SITEMAPS``."""


def select_items(
    items: tuple[FeedItem, ...], since: datetime | None, limit: int | None
) -> list[FeedItem]:
    """The items a run takes, newest first: those dated ``since`` or later (an item without a
    date is kept, after the dated ones), at most ``limit`` of them."""
    kept = [i for i in items if since is None or i.date is None or i.date >= since]
    dated = sorted((i for i in kept if i.date), key=lambda i: i.date, reverse=True)
    chosen = dated + [i for i in kept if i.date is None]
    return chosen[:limit] if limit is not None else chosen


def feed_kind(data: bytes) -> str | None:
    """``rss``, ``atom``, ``json``, ``sitemap`` or ``sitemapindex`` when ``data`` (perhaps
    gzipped) is one, from its root element (a JSON Feed: its version); None for anything else
    (a page, text)."""
    from tts_pipeline.batch.jsonfeed import is_json_feed

    head = _gunzip(data[:SNIFF_BYTES], SNIFF_BYTES, partial=True) if _gzipped(data) else data
    if is_json_feed(head):
        return "json"
    found = _ROOT.match(head[:SNIFF_BYTES])
    return _KINDS.get(found.group(1)) if found else None


def parse_feed(data: bytes, url: str, content_type: str | None = None) -> Feed:
    """The items of the feed or sitemap ``data`` fetched from ``url``; InputError saying why
    when it is not one, or not well-formed."""
    if _gzipped(data):
        data = _gunzip(data, MAX_FEED_BYTES)
    kind = feed_kind(data)
    if kind is None:
        raise InputError(f"{url}: not a feed (RSS, Atom, JSON Feed) or a sitemap")
    if kind == "json":
        from tts_pipeline.batch.jsonfeed import parse_json_feed

        return Feed(kind, parse_json_feed(data, url))
    data = _ENTITY.sub(_numeric_entity, data)
    if kind.startswith("sitemap"):
        return _parse_sitemap(data, url, kind)
    return Feed(kind, _parse_syndication(data, url, content_type))


def _parse_syndication(data: bytes, url: str, content_type: str | None) -> tuple[FeedItem, ...]:
    import feedparser
    from feedparser.exceptions import ThingsNobodyCaresAboutButMe, UndeclaredNamespace

    local = url.startswith("file:")  # a feed file's relative links are its site's, not the disk's
    base = "" if local else url
    headers = {"content-location": base, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    problem = parsed.get("bozo_exception")
    benign = isinstance(problem, (ThingsNobodyCaresAboutButMe, UndeclaredNamespace))
    message = problem.getMessage() if hasattr(problem, "getMessage") else str(problem)
    if parsed.get("bozo") and not benign and message not in _BENIGN_SAX:
        raise InputError(f"{url}: the feed is not well-formed XML ({_where(problem)})")
    if not parsed.get("version"):
        raise InputError(f"{url}: not an RSS or Atom feed")
    site = _text(parsed.feed.get("link")) if local else None
    return tuple(_item(entry, site) for entry in parsed.entries)


def _item(entry, site: str | None = None) -> FeedItem:
    """An entry as a FeedItem; its link, when relative, taken relative to ``site`` (the
    channel's link, for a feed read from a file)."""
    content = next((c for c in entry.get("content", []) if c.get("value")), None)
    if content is not None:
        text = content["value"]
        if content.get("type") == "text/plain":
            text = text_as_html(text)
        text = text if is_full_text(text) else None
    else:  # a description may be the whole article (see fulltext)
        summary = entry.get("summary")
        text = full_description(summary) if isinstance(summary, str) else None
    link = _text(entry.get("link"))
    return FeedItem(
        link=urljoin(site, link) if site and link else link,
        guid=_text(entry.get("id")),
        title=_text(entry.get("title")),
        author=_text(entry.get("author")),
        published=_parsed_time(dict.get(entry, "published_parsed")),  # no fallback of one to
        updated=_parsed_time(dict.get(entry, "updated_parsed")),  # the other (feedparser's)
        content=text,
        summary=_text(entry.get("summary")),
    )


def _parse_sitemap(data: bytes, url: str, kind: str) -> Feed:
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as e:
        raise InputError(f"{url}: the sitemap is not well-formed XML ({_where(e)})") from None
    entries = [_fields(node) for node in root if _local(node.tag) in ("url", "sitemap")]
    if kind == "sitemapindex":
        children = [e for e in entries if e.get("loc")]
        children.sort(key=lambda e: w3c_time(e.get("lastmod")) or _EPOCH, reverse=True)
        return Feed(kind, (), tuple(e["loc"] for e in children[:MAX_CHILD_SITEMAPS]))
    items = tuple(
        FeedItem(
            link=e["loc"],
            guid=None,
            title=e.get("news:title"),
            published=w3c_time(e.get("news:publication_date")),
            updated=w3c_time(e.get("lastmod")),
        )
        for e in entries
        if e.get("loc")
    )
    return Feed(kind, items)


def _fields(node) -> dict[str, str]:
    """The text of an ``url`` or ``sitemap`` element's children (``news:`` ones prefixed)."""
    found: dict[str, str] = {}
    for child in node.iter():
        if child is node or not isinstance(child.tag, str) or not (child.text or "").strip():
            continue
        name = _local(child.tag)
        found.setdefault(f"news:{name}" if NEWS_NS in child.tag else name, child.text.strip())
    return found


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_EPOCH = datetime.fromtimestamp(0, timezone.utc)
_W3C = re.compile(
    r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d\d:?\d\d)?)?)?)?"
)


def w3c_time(value: str | None) -> datetime | None:
    """A sitemap's W3C date (``2024``, ``2024-05-01``, ``2024-05-01T10:00:00+02:00``) in UTC."""
    found = _W3C.fullmatch((value or "").strip())
    if not found:
        return None
    year, month, day, hour, minute, second, zone = found.groups()
    try:
        moment = datetime(int(year), int(month or 1), int(day or 1), int(hour or 0),
                          int(minute or 0), int(second or 0))  # fmt: skip
        if zone and zone != "Z":
            moment = datetime.fromisoformat(f"{moment.isoformat()}{zone[:3]}:{zone[-2:]}")
    except ValueError:
        return None
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _parsed_time(value) -> datetime | None:
    """feedparser's UTC ``struct_time`` as a datetime."""
    try:
        return datetime(*value[:6], tzinfo=timezone.utc) if value else None
    except (TypeError, ValueError):
        return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _where(error: object) -> str:
    """A parser's complaint as a short phrase, with its line and column when it has them."""
    line = getattr(error, "getLineNumber", lambda: None)() or getattr(error, "lineno", None)
    message = getattr(error, "getMessage", lambda: None)() or getattr(error, "msg", None)
    text = " ".join(str(message or error or "it does not parse").split())[:120]
    return f"line {line}: {text}" if line else text


def _numeric_entity(found: re.Match) -> bytes:
    """``&nbsp;`` -> ``&#160;``: HTML's named entities, which XML does not know."""
    name = found.group(1)
    if name in _XML_ENTITIES:
        return found.group(0)
    point = html.entities.name2codepoint.get(name.decode("ascii"))
    return b"&#%d;" % point if point else found.group(0)


def _gzipped(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def _gunzip(data: bytes, limit: int, partial: bool = False) -> bytes:
    """A gzipped sitemap (``sitemap.xml.gz``) unpacked, at most ``limit`` bytes of it: every
    member of a file gzipped in several (RFC 1952; ``cat a.gz b.gz``), as ``gunzip`` reads it.
    ``partial`` reads the head of a file: what unpacks, no error."""
    out, rest = b"", data
    while _gzipped(rest):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, limit + 1 - len(out))
        except zlib.error:
            if partial:
                return out
            raise InputError("the gzipped feed is damaged") from None
        if len(out) > limit:
            if partial:
                return out[:limit]
            raise InputError(f"the feed is larger than {limit // (1024 * 1024)} MB unpacked")
        if not inflater.eof:
            if partial:
                return out
            raise InputError("the gzipped feed is cut short (its data ends early)")
        rest = inflater.unused_data
    return out


def item_source(item: FeedItem, feed: str) -> str | None:
    """The source of a feed item's episode: its page's URL; for an item whose full text is in
    the feed but which has no page, the feed's address with its GUID."""
    from tts_pipeline.publish.sanitize import web_url

    link = web_url(item.link)
    if link:
        return link
    if item.content and item.guid:
        return f"{feed}#{quote(item.guid, safe='')}"
    return None


def content_document(item: FeedItem, source: str) -> Document:
    """A page holding an item's full text as the feed gives it, with its title, author, date
    and link, for the cleaner to read as it reads any page."""
    from tts_pipeline.publish.sanitize import for_html, web_url

    link = web_url(item.link)
    head = [f"<title>{for_html(item.title)}</title>" if item.title else ""]
    if item.author:
        head.append(f'<meta name="author" content="{for_html(item.author)}">')
    if item.date:
        head.append(f'<meta property="article:published_time" content="{iso_time(item.date)}">')
    if link:
        head.append(f'<link rel="canonical" href="{for_html(link)}">')
    title = f"<h1>{for_html(item.title)}</h1>" if item.title else ""
    page = (
        f'<!doctype html><html><head><meta charset="utf-8">{"".join(head)}</head>'
        f"<body><article>{title}{item.content}</article></body></html>"
    )
    return Document(text=page, name=source, url=link, content_type="text/html")


def iso_time(moment: datetime | None) -> str | None:
    """A feed's time as the cleaner writes a page's: ``2024-05-01T09:30Z``."""
    if moment is None:
        return None
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M") + "Z"
