"""The podcast feed: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces.

Apple Podcasts requires, per channel: title, description, itunes:image, language,
itunes:category, itunes:explicit; per item: title, enclosure (url, length, type),
guid. We also give what apps use: itunes:duration, pubDate, transcripts, chapters, and
each item's language (``dc:language``), which differs from the show's for an article in
another language.

The Podcasting 2.0 elements are written under their official namespace URI and,
for the transcript and chapters, repeated under the GitHub URI that some parsers
still expect (gPodder's podcastparser); Podlove Simple Chapters are written inline
too, so every parser finds every chapter it can read.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

from tts_pipeline import DISCLOSURE, __version__
from tts_pipeline.batch.config import PodcastConfig
from tts_pipeline.batch.manifest import EpisodeRecord
from tts_pipeline.errors import OutputError
from tts_pipeline.publish.sanitize import for_html, for_xml, web_url

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
PODCAST_GITHUB = "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md"
PSC = "http://podlove.org/simple-chapters"
ATOM = "http://www.w3.org/2005/Atom"
DC = "http://purl.org/dc/elements/1.1/"
"""Dublin Core: ``dc:language`` gives each item its language (RSS 2.0 has only the show's)."""
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
"""Podcasting 2.0: a show's podcast:guid is a UUIDv5 of its feed URL in this namespace."""
TRANSCRIPT_TYPES = {"srt": "application/x-subrip", "webvtt": "text/vtt"}
"""In feed order: parsers that keep one transcript keep the last, so WebVTT comes last."""
FEED_NAME = "feed.xml"

for _prefix, _uri in (
    ("itunes", ITUNES),
    ("podcast", PODCAST),
    ("podcastgh", PODCAST_GITHUB),
    ("psc", PSC),
    ("atom", ATOM),
    ("dc", DC),
):
    ET.register_namespace(_prefix, _uri)


def render_feed(config: PodcastConfig, episodes: Sequence[EpisodeRecord], cover_name: str) -> bytes:
    """The feed as UTF-8 XML, items newest first.

    Each item's element tree is built, written out and dropped in turn, so a feed of many
    thousand episodes never holds them all as elements (some 10 KB each), only as text.
    """
    items: list[bytes] = []
    namespaces: set[str] = set()
    for episode in sorted(episodes, key=publication_time, reverse=True):
        item = _item(config, episode)
        ET.indent(item, space=" ", level=2)
        namespaces |= _namespaces(item)
        items.append(_without_declarations(item))
    rss = _channel(config, cover_name)
    if items:  # where the items go; it declares their namespaces on the root, as they need
        attributes = {f"{{{uri}}}_": "" for uri in sorted(namespaces)}
        ET.SubElement(rss.find("channel"), _ITEMS, attributes)
    ET.indent(rss, space=" ")
    text = ET.tostring(rss, encoding="utf-8", xml_declaration=True) + b"\n"
    if not items:
        return text
    start = text.index(b"<" + _ITEMS.encode())
    end = text.index(b"/>", start) + 2
    return b"".join((text[:start], b"\n  ".join(items), text[end:]))


_ITEMS = "tts-pipeline-items"
"""The element that stands for the items while the channel is written (text never holds
``<``: it is escaped)."""


def _namespaces(element: ET.Element) -> set[str]:
    """The namespace URIs of the tags and attributes of ``element`` and its descendants."""
    names = [e.tag for e in element.iter()] + [k for e in element.iter() for k in e.attrib]
    return {name[1:].split("}", 1)[0] for name in names if name.startswith("{")}


def _without_declarations(item: ET.Element) -> bytes:
    """``item`` as XML, its namespaces' prefixes used but not declared (the root does)."""
    wrapper = ET.Element("wrapper")
    wrapper.append(item)
    text = ET.tostring(wrapper, encoding="utf-8")
    return text[text.index(b">") + 1 : -len(b"</wrapper>")]


def _channel(config: PodcastConfig, cover_name: str) -> ET.Element:
    """The feed's root with its channel's elements, but no item."""
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    feed_url = config.base_url + FEED_NAME
    _text(channel, "title", config.title)
    _text(channel, "link", config.link)
    _text(channel, "description", config.description)
    _text(channel, "language", config.language)
    _text(channel, "generator", f"tts-pipeline {__version__}")
    _text(channel, "lastBuildDate", format_datetime(datetime.now(timezone.utc)))
    if config.copyright:
        _text(channel, "copyright", config.copyright)
    _element(
        channel,
        f"{{{ATOM}}}link",
        {"href": feed_url, "rel": "self", "type": "application/rss+xml"},
    )
    image_url = config.base_url + quote(cover_name)
    image = ET.SubElement(channel, "image")
    _text(image, "url", image_url)
    _text(image, "title", config.title)
    _text(image, "link", config.link)
    _text(channel, f"{{{ITUNES}}}author", config.author)
    owner = ET.SubElement(channel, f"{{{ITUNES}}}owner")
    _text(owner, f"{{{ITUNES}}}name", config.owner)
    _text(owner, f"{{{ITUNES}}}email", config.owner_email)
    _element(channel, f"{{{ITUNES}}}image", {"href": image_url})
    category = _element(channel, f"{{{ITUNES}}}category", {"text": config.category})
    if config.subcategory:
        _element(category, f"{{{ITUNES}}}category", {"text": config.subcategory})
    _text(channel, f"{{{ITUNES}}}explicit", "true" if config.explicit else "false")
    _text(channel, f"{{{ITUNES}}}type", "episodic")
    _text(channel, f"{{{ITUNES}}}summary", config.description)
    _text(channel, f"{{{PODCAST}}}guid", str(podcast_guid(feed_url)))
    _text(channel, f"{{{PODCAST}}}locked", "no", owner=config.owner_email)
    return rss


def _item(config: PodcastConfig, e: EpisodeRecord) -> ET.Element:
    def url(key: str) -> str:
        return config.base_url + quote(e.files[key])

    item = ET.Element("item")
    title = episode_title(e)
    _text(item, "title", title)
    _text(item, "description", episode_description(e))
    language = e.language or config.language
    _text(item, f"{{{DC}}}language", language)
    link = web_url(e.url)
    if link:  # only http(s): never javascript:, data: or file:
        _text(item, "link", link)
    _text(item, "guid", e.guid, isPermaLink="false")
    _text(item, "pubDate", format_datetime(publication_time(e)))
    _element(
        item, "enclosure", {"url": url("audio"), "length": str(e.mp3_bytes), "type": "audio/mpeg"}
    )
    _text(item, f"{{{ITUNES}}}title", title)
    if e.author:
        _text(item, f"{{{ITUNES}}}author", e.author)
    _text(item, f"{{{ITUNES}}}duration", str(round(e.duration)))
    _text(item, f"{{{ITUNES}}}explicit", "true" if config.explicit else "false")
    _text(item, f"{{{ITUNES}}}episodeType", "full")
    if "cover" in e.files:
        _element(item, f"{{{ITUNES}}}image", {"href": url("cover")})
    for namespace in (PODCAST, PODCAST_GITHUB):
        for key, mime in TRANSCRIPT_TYPES.items():
            if key in e.files:
                attributes = {"url": url(key), "type": mime, "language": language}
                if key == "webvtt":
                    attributes["rel"] = "captions"
                _element(item, f"{{{namespace}}}transcript", attributes)
        if "chapters" in e.files:
            _element(
                item,
                f"{{{namespace}}}chapters",
                {"url": url("chapters"), "type": "application/json+chapters"},
            )
    if e.chapters:
        psc = _element(item, f"{{{PSC}}}chapters", {"version": "1.2"})
        for start, title in e.chapters:
            _element(psc, f"{{{PSC}}}chapter", {"start": _npt(start), "title": title})
    return item


def episode_title(e: EpisodeRecord) -> str:
    """The episode's title as published; its file name when cleaning leaves nothing of it
    (Apple Podcasts refuses an item without a title)."""
    return " ".join(for_xml(e.title).split()) or e.slug


def episode_description(e: EpisodeRecord) -> str:
    """The item's description: the article's, its author, a link to it, and the AI-assistance
    disclosure, a paragraph each. HTML, as RSS and podcast apps take it: text written as it
    is there would lose its ``<`` and what follows ("x<y", "<b>")."""
    paragraphs = [for_html(e.description or episode_title(e))]
    if e.author:
        paragraphs.append(for_html(f"By {e.author}."))
    link = web_url(e.url)
    if link:
        paragraphs.append(f'Read the article: <a href="{for_html(link)}">{for_html(link)}</a>')
    paragraphs.append(for_html(f"{DISCLOSURE}."))
    return "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def publication_time(e: EpisodeRecord) -> datetime:
    """The article's date (UTC when the page gave no zone), else when it was first made."""
    for value in (e.published, e.first_seen):
        if not value:
            continue
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            continue
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime.fromtimestamp(0, timezone.utc)


def podcast_guid(feed_url: str) -> uuid.UUID:
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return uuid.uuid5(PODCAST_GUID_NAMESPACE, bare)


def _npt(seconds: float) -> str:
    """Normal play time, as Podlove Simple Chapters write it: HH:MM:SS.mmm."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _element(parent: ET.Element, tag: str, attributes: dict[str, str]) -> ET.Element:
    """A child element; every attribute value cleaned for XML 1.0."""
    return ET.SubElement(parent, tag, {k: for_xml(v) for k, v in attributes.items()})


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    """A child element holding ``text``, cleaned for XML 1.0."""
    element = _element(parent, tag, attributes)
    element.text = for_xml(text)
    return element


def feed_problem(data: bytes) -> str | None:
    """Why ``data`` is not a feed fit to publish (None if it is): it must parse as XML 1.0
    (expat), be an RSS channel, and give every item a GUID of its own. Read as a stream:
    each item is dropped once checked, so a long feed is never held whole as elements."""
    import io

    check = _ItemCheck()
    try:
        for event, element in ET.iterparse(io.BytesIO(data), events=("start", "end")):
            check.see(event, element)
    except ET.ParseError as e:
        return f"not well-formed XML: {e}"
    return check.problem()


class _ItemCheck:
    """What :func:`feed_problem` learns of a feed as it is parsed, element by element."""

    def __init__(self) -> None:
        self.path: list[ET.Element] = []
        """The elements open, from the root."""
        self.root = ""
        """The root's tag."""
        self.channel: ET.Element | None = None
        """The root's first ``channel``."""
        self.guids: set[str] = set()
        self.missing = self.repeated = False

    def see(self, event: str, element: ET.Element) -> None:
        if event == "start":
            if not self.path:
                self.root = self.root or element.tag
            elif len(self.path) == 1 and element.tag == "channel" and self.channel is None:
                self.channel = element
            self.path.append(element)
            return
        self.path.pop()
        if element.tag != "item" or self.channel is None or self.channel not in self.path:
            return
        guid = element.findtext("guid")
        self.missing |= not guid
        self.repeated |= guid in self.guids
        if guid:
            self.guids.add(guid)
        self.path[-1].remove(element)  # checked: dropped

    def problem(self) -> str | None:
        if self.root != "rss" or self.channel is None:
            return "not an RSS channel"
        if self.missing:
            return "an item has no GUID"
        if self.repeated:
            return "two items have the same GUID"
        return None


def publish_feed(path: Path, data: bytes) -> None:
    """Write the feed at ``path``, renamed into place only once it parses back from the disk:
    a feed that does not parse is never published, and the previous one stays."""
    from tts_pipeline.files import staged_outputs

    with staged_outputs() as stage:
        problem = feed_problem(stage.write(path, data).read_bytes())
        if problem:
            raise OutputError(
                f"{path}: the new feed is not valid ({problem}); it was not published and the "
                "previous feed is unchanged (please report this)"
            )
