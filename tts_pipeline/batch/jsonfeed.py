"""A newsroom's JSON Feed (https://jsonfeed.org, versions 1 and 1.1) as batch input: its items
as :class:`FeedItem`, as an RSS or Atom feed's are.

Like an XML feed, one that does not parse is refused whole. A relative ``url`` is taken
relative to the feed's address (as feedparser does for RSS and Atom), or for a feed file to
its ``home_page_url`` (as a channel's ``link`` for RSS). A value of the wrong type is read as
missing, and an ``id`` that is a number (common, though the spec says text) as its digits.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin

from tts_pipeline.batch.feeds import FeedItem, w3c_time
from tts_pipeline.batch.fulltext import is_full_text, text_as_html
from tts_pipeline.errors import InputError
from tts_pipeline.sources.xmlkind import JSON_FEED, JSON_FEED_VERSION

SNIFF_BYTES = 4096
"""What is read of the start of a feed for its ``version``."""


_OBJECT = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\{")
_VERSION = re.compile(JSON_FEED_VERSION.encode())
"""A JSON Feed's ``version`` anywhere: a feed written with its keys sorted (``jq -S``,
Python's ``sort_keys``, Go's maps) has it last, below its items."""


def is_json_feed(data: bytes) -> bool:
    """Whether ``data`` (a file's or an answer's bytes, or their first KB) is a JSON Feed:
    its ``version`` near the start, or, in a JSON object, anywhere."""
    if JSON_FEED.match(data[:SNIFF_BYTES].decode("utf-8", "replace")) is not None:
        return True
    return _OBJECT.match(data) is not None and _VERSION.search(data) is not None


def file_head(path: Path, limit: int) -> bytes:
    """The start of the file at ``path`` to tell its kind by: its first ``SNIFF_BYTES``, or up
    to ``limit`` bytes when it starts a JSON object (a JSON Feed's version may come last)."""
    from tts_pipeline.files import read_regular_file

    head = read_regular_file(path, SNIFF_BYTES, truncate=True)
    return read_regular_file(path, limit, truncate=True) if _OBJECT.match(head) else head


def parse_json_feed(data: bytes, url: str) -> tuple[FeedItem, ...]:
    """The items of the JSON Feed ``data`` fetched from ``url``; InputError saying why when
    it is not valid JSON or holds no list of items."""
    try:
        feed = json.loads(data.decode("utf-8-sig"))
    except json.JSONDecodeError as e:
        raise InputError(
            f"{url}: the JSON feed is not valid JSON (line {e.lineno}: {e.msg})"
        ) from None
    except UnicodeDecodeError:
        raise InputError(f"{url}: the JSON feed is not UTF-8 text, as JSON must be") from None
    except ValueError as e:  # a number of more digits than Python converts
        raise InputError(f"{url}: the JSON feed is not valid JSON ({e})") from None
    except RecursionError:
        raise InputError(f"{url}: the JSON feed is nested too deeply to be a feed") from None
    if not isinstance(feed, dict) or not isinstance(feed.get("items"), list):
        raise InputError(f"{url}: the JSON feed has no list of items")
    base = url  # a feed file's relative links are its site's (home_page_url), not the disk's
    if url.startswith("file:"):
        base = _text(feed.get("home_page_url")) or ""
    return tuple(_item(entry, base) for entry in feed["items"] if isinstance(entry, dict))


def _item(entry: dict, base: str) -> FeedItem:
    content = _raw(entry.get("content_html"))
    if content is None and _raw(entry.get("content_text")):
        content = text_as_html(entry["content_text"])
    link = _text(entry.get("url"))
    return FeedItem(
        link=urljoin(base, link) if link else None,
        guid=_guid(entry.get("id")),
        title=_text(entry.get("title")),
        author=_author(entry),
        published=w3c_time(_text(entry.get("date_published"))),
        updated=w3c_time(_text(entry.get("date_modified"))),
        content=content if content and is_full_text(content) else None,
        summary=_text(entry.get("summary")),
    )


def _author(entry: dict) -> str | None:
    """Version 1.1's ``authors`` (every name), else version 1's ``author``."""
    people = entry.get("authors")
    if not isinstance(people, list):
        people = [entry.get("author")]
    names = [_text(p.get("name")) for p in people if isinstance(p, dict)]
    return ", ".join(name for name in names if name) or None


def _guid(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _text(value)


def _raw(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _text(value: object) -> str | None:
    """A value of text, its spaces made single; None for anything else or nothing."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
