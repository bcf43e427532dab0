"""What a page says about itself: JSON-LD and ``<meta>`` tags, read into Article fields."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from tts_pipeline.extract.dates import find_date, is_calendar_date
from tts_pipeline.extract.render import Rendered

ARTICLE_TYPES = re.compile(r"(?:\w*Article|BlogPosting|Report|LiveBlogPosting|WebPage)$")
"""JSON-LD ``@type`` values that describe the page's story."""
RECIPE_TYPE = "Recipe"
"""JSON-LD ``@type`` of a recipe, whose ``recipeIngredient`` lists its ingredients."""
META_KEYS = {
    "title": ("og:title", "twitter:title", "headline", "dc.title"),
    "author": ("author", "article:author", "dc.creator", "byl", "parsely-author",
               "sailthru.author", "twitter:creator"),
    "published": ("article:published_time", "datepublished", "og:published_time",
                  "publishdate", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date",
                  "dc.date.issued", "date"),
    "site": ("og:site_name", "application-name", "twitter:site"),
    "url": ("og:url", "twitter:url"),
    "description": ("og:description", "description", "twitter:description", "dc.description"),
    "image": ("og:image", "og:image:url", "twitter:image", "twitter:image:src", "image"),
}  # fmt: skip
"""``<meta>`` names and properties for each field, best first."""
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_BY = re.compile(r"^by\s+", re.IGNORECASE)


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    author: str | None = None
    published: str | None = None
    """ISO 8601."""
    site: str | None = None
    url: str | None = None
    description: str | None = None
    image: str | None = None
    body: str | None = None
    """The JSON-LD ``articleBody``, its line breaks kept."""
    ingredients: tuple[str, ...] = ()
    """The ``recipeIngredient`` items of the page's JSON-LD ``Recipe``."""


def page_meta(page: Rendered) -> PageMeta:
    """Fields from the page's JSON-LD first, then from its ``<meta>`` tags."""
    ld = _json_ld_article(page.json_ld)
    meta = {key: _first_meta(page.meta, names) for key, names in META_KEYS.items()}
    author = author_text(_names(ld.get("author")) or _author_meta(meta["author"]))
    published = iso_datetime(_text(ld.get("datePublished")) or meta["published"])
    return PageMeta(
        title=_text(ld.get("headline")) or meta["title"] or page.title,
        author=author,
        published=published,
        site=_names(ld.get("publisher")) or meta["site"],
        url=page.canonical
        or meta["url"]
        or _url(ld.get("mainEntityOfPage"))
        or _text(ld.get("url")),
        description=_text(ld.get("description")) or meta["description"],
        image=_url(ld.get("image")) or meta["image"],
        body=_body(ld.get("articleBody")),
        ingredients=_ingredients(page.json_ld),
    )


def iso_datetime(value: str | None) -> str | None:
    """``2019-11-19T08:03:00-05:00`` -> ``2019-11-19T08:03-05:00``; other dates via find_date."""
    if not value:
        return None
    match = _ISO.search(value)
    if match:
        year, month, day, hour, minute, zone = match.groups()
        if not is_calendar_date(int(year), int(month), int(day)):
            return None
        iso = f"{year}-{month}-{day}"
        if hour is not None and not (int(hour) < 24 and int(minute) < 60):
            return iso
        if hour is not None and not (hour == minute == "00" and not zone):
            iso += f"T{hour}:{minute}"
            if zone:
                iso += "Z" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
        return iso
    found = find_date(value)
    return found.iso if found else None


def author_text(value: str | None) -> str | None:
    """An author credit without "By" and without a date run into it."""
    if not value:
        return None
    value = _BY.sub("", " ".join(value.split()))
    found = find_date(value)
    if found:
        value = value[: found.span[0]]
    return value.strip(" ,;|-–—") or None


_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


def title_without_site(title: str | None, site: str | None, url: str | None) -> str | None:
    """ "Headline | Site" -> "Headline", when the tail names the site or its domain; and
    "Site - Headline" -> "Headline", as old sites write it, when the head does."""
    if not title:
        return None
    names = {n.lower() for n in (site, _domain(url)) if n}
    for separator in _SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and tail.strip().lower() in names:
            return head.strip()
        if head and names and any(tail.strip().lower() in n or n in tail.lower() for n in names):
            return head.strip()
    for separator in _SEPARATORS:
        head, _, tail = title.partition(separator)
        if tail and _names_site(head, site, url):
            return tail.strip()
    return title


def title_headline_half(title: str | None) -> str | None:
    """The longer half of a page's title parted by its one separator ("Site - Headline"),
    when both halves have words: the headline (a site's name is the shorter half, and a line
    of it at the page's top is no headline); None when no separator parts it in two."""
    for separator in _SEPARATORS if title else ():
        parts = [part.strip() for part in title.split(separator)]
        if len(parts) == 2 and all(parts):
            return max(parts, key=lambda part: len(part.split()))
    return None


SITE_NAME_MIN_LETTERS = 5
"""Fewest letters of a site's name or domain label to match the head of a page's title."""
ARTICLE_MAX_LETTERS = 3
"""Most letters before a domain's label in a title's head that names the site ("The" of "The
Pine Ridge Gazette"); a head that only holds the name ("Reuters reporters detained") is the
headline's."""


def _names_site(head: str, site: str | None, url: str | None) -> bool:
    """The head of a page's title is the site's name, or its domain's letters ("The Pine
    Ridge Gazette" for pineridgegazette.example), not a sentence that names it."""
    letters = _letters(head)
    if len(letters) < SITE_NAME_MIN_LETTERS:
        return False
    if site and _letters(site) == letters:
        return True
    domain = _domain(url) or ""
    labels = [_letters(label) for label in domain.split(".")[:-1]]
    return any(
        len(label) >= SITE_NAME_MIN_LETTERS
        and letters.endswith(label)
        and len(letters) - len(label) <= ARTICLE_MAX_LETTERS
        for label in labels
    )


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _domain(url: str | None) -> str | None:
    match = re.match(r"https?://(?:www\.)?([^/:]+)", url or "")
    return match.group(1) if match else None


def _first_meta(meta: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((meta[name] for name in names if meta.get(name)), None)


def _author_meta(value: str | None) -> str | None:
    if not value or value.startswith(("http://", "https://", "@")):
        return None
    return _BY.sub("", value).strip() or None


def _json_ld_article(blocks: list[str]) -> dict:
    """The first JSON-LD object of an article type, or an empty dict."""
    for block in blocks:
        try:
            data = json.loads(block.strip().removeprefix("<!--").removesuffix("-->"))
            items = _items(data)
        except (ValueError, RecursionError):
            continue
        for item in items:
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and ARTICLE_TYPES.search(k) for k in kinds):
                return item
    return {}


def _ingredients(blocks: list[str]) -> tuple[str, ...]:
    """The ingredients of the first JSON-LD ``Recipe`` that lists some."""
    for block in blocks:
        if RECIPE_TYPE not in block:
            continue
        try:
            items = _items(json.loads(block.strip().removeprefix("<!--").removesuffix("-->")))
        except (ValueError, RecursionError):
            continue
        for item in items:
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            found = item.get("recipeIngredient")
            if RECIPE_TYPE in kinds and isinstance(found, list):
                return tuple(" ".join(i.split()) for i in found if isinstance(i, str) and i.strip())
    return ()


def _items(data: object) -> list[dict]:
    """The objects of a JSON-LD document, ``@graph`` members included."""
    if isinstance(data, list):
        return [item for entry in data for item in _items(entry)]
    if not isinstance(data, dict):
        return []
    graph = data.get("@graph")
    return [data, *_items(graph)] if graph is not None else [data]


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _body(value: object) -> str | None:
    """An ``articleBody``: text, its paragraphs kept apart (some sites put HTML in it)."""
    if isinstance(value, list):
        value = "\n".join(v for v in value if isinstance(v, str))
    if not isinstance(value, str) or not value.strip():
        return None
    if "<" in value and ">" in value:
        value = re.sub(r"<(?:/p|br\s*/?|/h\d|/li|/div)\s*>", "\n", value, flags=re.IGNORECASE)
        value = html.unescape(re.sub(r"<[^>]+>", " ", value))
    lines = (" ".join(line.split()) for line in value.split("\n"))
    return "\n".join(line for line in lines if line) or None


def _names(value: object) -> str | None:
    """``"Jane Doe"``, ``{"name": ...}`` or a list of those, joined with commas."""
    values = value if isinstance(value, list) else [value]
    names = []
    for entry in values:
        name = entry.get("name") if isinstance(entry, dict) else entry
        if (name := _text(name)) and not name.startswith(("http://", "https://")):
            names.append(name)
    return ", ".join(dict.fromkeys(names)) or None


def _url(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id")
    text = _text(value)
    return text if text and text.startswith(("http://", "https://", "/")) else None
