"""XML that is no web page (an SVG image, a feed, a sitemap) is refused as input, by name, and
so is a JSON Feed.

Such a file read as a page would come out as text with its markup, to be spoken. The root
element tells what it is (a JSON Feed: its ``version``); XHTML (root ``html``) is a page like
any other.
"""

from __future__ import annotations

import re

from tts_pipeline.errors import InputError

SNIFF_CHARS = 4096
_ROOT = re.compile(
    r"\A\ufeff?\s*(?P<decl><\?xml[^>]*\?>)?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*"
    r"|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*<(?:[A-Za-z_][\w.-]*:)?(?P<root>[A-Za-z_][\w.-]*)",
    re.DOTALL,
)
_BATCH = "give it to batch, which reads feeds: tts-pipeline batch {name} --site DIR"
_KINDS = {
    "rss": "an RSS feed, not an article: " + _BATCH,
    "rdf": "an RSS feed, not an article: " + _BATCH,
    "feed": "an Atom feed, not an article: " + _BATCH,
    "urlset": "a sitemap, not an article: " + _BATCH,
    "sitemapindex": "a sitemap index, not an article: " + _BATCH,
}
"""Roots no HTML page has, and what to say of them."""
JSON_FEED_VERSION = r'"version"\s*:\s*"https?:(?:\\?/){2}(?:www\.)?jsonfeed\.org(?:\\?/)version'
"""A JSON Feed's ``version`` key (https://jsonfeed.org), naming the spec, its slashes perhaps
escaped (``https:\\/\\/jsonfeed.org``, as PHP writes them)."""
JSON_FEED = re.compile(r"\A\ufeff?\s*\{.*?" + JSON_FEED_VERSION, re.DOTALL)
"""The start of a JSON Feed: an object with its ``version`` in its first ``SNIFF_CHARS``."""
_JSON_OBJECT = re.compile(r"\A\ufeff?\s*\{")
_JSON_FEED_VERSION = re.compile(JSON_FEED_VERSION)


def refuse_xml(text: str, name: str) -> None:
    """Raise InputError naming what ``text`` is when it is XML but not (X)HTML: an SVG
    image, an RSS or Atom feed, a sitemap, or any document declared XML whose root is not
    ``html``; and a JSON Feed. An HTML page or fragment that starts with an inline ``<svg>``
    passes."""
    if JSON_FEED.match(text[:SNIFF_CHARS]) or (
        _JSON_OBJECT.match(text) and _JSON_FEED_VERSION.search(text)  # keys sorted: it is last
    ):
        raise InputError(f"{name}: a JSON Feed, not an article: " + _BATCH.format(name=name))
    found = _ROOT.match(text[:SNIFF_CHARS])
    if found is None:
        return
    root = found.group("root").lower()
    if root == "html":
        return
    if root in _KINDS:
        raise InputError(f"{name}: " + _KINDS[root].format(name=name))
    if root == "svg" and (found.group("decl") or text.rstrip().lower().endswith("</svg>")):
        raise InputError(f"{name}: an SVG image, not an article: give the page (HTML) or its text")
    if found.group("decl"):
        raise InputError(
            f"{name}: an XML document (<{found.group('root')}>), not an article: give the page "
            "(HTML) or its text"
        )
