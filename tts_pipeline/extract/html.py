"""Extract the article and its metadata from HTML.

Two readings of the page: trafilatura's (precision mode, with metadata), and the
text-dump cleaner's on the page rendered as a browser would copy it. Trafilatura's
paragraphs are kept, less the chrome lines it lets through (share prompts, "Also on"
links, captions); when they are a small part of the dump cleaner's story and nearly all
found in it, trafilatura has dropped part of the story and the dump cleaner's reading is
taken. When trafilatura finds nothing (a page nested too deep for lxml), the dump
cleaner's reading stands alone. Metadata: author and date from the page's JSON-LD and
``<meta>`` tags first, the rest from trafilatura first; each fills the other's gaps.
"""

from __future__ import annotations

import re
import warnings

from tts_pipeline.extract.htmlmeta import (
    PageMeta,
    author_text,
    iso_datetime,
    page_meta,
    title_without_site,
)
from tts_pipeline.extract.lines import CHROME_MAX_WORDS, Kind, describe
from tts_pipeline.extract.render import render
from tts_pipeline.extract.textdump import extract_text
from tts_pipeline.models import Article

DROPPED_KINDS = (Kind.CHROME, Kind.BOX, Kind.END, Kind.CAPTION)
"""Kinds of lines taken out of trafilatura's paragraphs."""
CONTAINED_SHARE = 0.8
"""Share of trafilatura's paragraphs found in the dump cleaner's story..."""
SMALL_SHARE = 0.6
"""...while having less than this share of its words: trafilatura dropped part of it."""
FOUND_SHARE = 0.5
"""Share of a paragraph's 4-word shingles that must occur in the other text."""
_TOKEN = re.compile(r"\w+")


def extract_html(html: str, url: str | None = None) -> Article:
    """Body paragraphs and metadata (title, author, date, site, URL, description, image)."""
    page = render(html)
    dump = extract_text(page.text, url=url)
    found = _trafilatura(html, url)
    meta = page_meta(page)
    site = _clean(found.get("sitename")) or meta.site
    page_url = meta.url or _clean(found.get("url")) or url
    title = _clean(found.get("title")) or meta.title or dump.title
    ours = _filtered(_lines(found.get("text")), title)
    paragraphs = ours if not _drops_story(ours, list(dump.paragraphs)) else list(dump.paragraphs)
    headings = tuple(i for i, p in enumerate(paragraphs) if p in page.headings)
    return Article(
        title=title_without_site(title, site, page_url),
        author=meta.author or author_text(_clean(found.get("author"))) or dump.author,
        published=_published(meta, found) or dump.published,
        site=site,
        url=page_url,
        paragraphs=tuple(paragraphs),
        headings=headings,
        description=_clean(found.get("description")) or meta.description,
        image=_clean(found.get("image")) or meta.image,
    )


def _trafilatura(html: str, url: str | None) -> dict:
    """Trafilatura's text and metadata, or an empty dict when it finds nothing."""
    import trafilatura

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = trafilatura.bare_extraction(
                html,
                url=url,
                favor_precision=True,
                include_comments=False,
                include_tables=False,
                include_images=False,
                with_metadata=True,
                date_extraction_params=_date_params(),
            )
    except (ValueError, TypeError, RecursionError, MemoryError):
        return {}
    if document is None:
        return {}
    return document if isinstance(document, dict) else document.as_dict()


def _date_params() -> dict:
    """Dates from the page's markup only: no guessing from any number that looks like one."""
    from datetime import datetime

    today = datetime.now().astimezone().strftime("%Y-%m-%d")
    return {"original_date": True, "extensive_search": False, "max_date": today}


def _lines(text: str | None) -> list[str]:
    return [p for p in (" ".join(line.split()) for line in (text or "").split("\n")) if p]


def _filtered(paragraphs: list[str], title: str | None) -> list[str]:
    """Trafilatura's paragraphs without chrome lines and without the headline."""
    kept = [
        p
        for p in paragraphs
        if len(p.split()) > CHROME_MAX_WORDS or describe(p).kind not in DROPPED_KINDS
    ]
    if kept and title and kept[0] == " ".join(title.split()):
        kept = kept[1:]
    return kept


def _drops_story(ours: list[str], dump: list[str]) -> bool:
    """Trafilatura's paragraphs are nearly all in the dump's story but a small part of it."""
    if not dump:
        return False
    if not ours:
        return True
    words = sum(len(p.split()) for p in ours) / sum(len(p.split()) for p in dump)
    if words >= SMALL_SHARE:
        return False
    in_dump = _shingles(" ".join(dump))
    contained = sum(_share_in(p, in_dump) >= FOUND_SHARE for p in ours) / len(ours)
    return contained >= CONTAINED_SHARE


def _shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return {tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))}


def _share_in(paragraph: str, shingles: set[tuple[str, ...]]) -> float:
    own = _shingles(paragraph)
    return len(own & shingles) / len(own) if own else 0.0


def _published(meta: PageMeta, found: dict) -> str | None:
    """The page's own full timestamp when it agrees with trafilatura's date."""
    date = iso_datetime(_clean(found.get("date")))
    if meta.published and (date is None or meta.published.startswith(date)):
        return meta.published
    return date or meta.published


def _clean(value: object) -> str | None:
    if not value:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None
