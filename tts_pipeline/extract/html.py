"""Extract the article and its metadata from HTML.

The page is parsed once (lxml) and rendered as a browser would copy it, one block a line,
each line with what the markup says about it (:mod:`.dom`). Trafilatura reads the same
tree; its text is the strong candidate, found line by line on the rendered page
(:mod:`.align`). The story is then put together from the lines (:mod:`.combine`): the
lines trafilatura kept, less the chrome lines and boxes our checks see, with the lead
paragraphs it may leave out of the article element; the page's JSON-LD ``articleBody``
when the page shows only a teaser of it; and the text-dump cleaner's reading when
trafilatura finds nothing. A page nested deeper than lxml parses is rendered by the
streaming renderer (:mod:`.render`) and read by the text-dump cleaner alone.

Metadata: author and date from the page's JSON-LD and ``<meta>`` tags first, the rest from
trafilatura first; each fills the other's gaps.
"""

from __future__ import annotations

import re
import warnings
from typing import TYPE_CHECKING

from tts_pipeline.extract.htmlmeta import (
    PageMeta,
    author_text,
    iso_datetime,
    page_meta,
    title_without_site,
)
from tts_pipeline.models import Article

if TYPE_CHECKING:
    from tts_pipeline.extract.combine import Story

JUSTEXT_LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian",
    "ar": "Arabic", "hi": "Hindi", "id": "Indonesian", "tr": "Turkish", "ko": "Korean",
}  # fmt: skip
"""Justext's names of the languages whose stop words it has."""


def extract_html(html: str, url: str | None = None) -> Article:
    """Body paragraphs and metadata (title, author, date, site, URL, description, image)."""
    return read_html(html, url)[0]


def read_html(html: str, url: str | None = None) -> tuple[Article, Story, tuple[str, ...]]:
    """The article, the story's reading line by line, and the languages guessed."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.language import guess_languages
    from tts_pipeline.extract.patterns import chrome_languages

    tree = parse(html)
    if tree is None:
        from tts_pipeline.extract.render import render

        page = render(html)
    else:
        page = render_tree(tree)
    languages = guess_languages(page.text)
    found = _trafilatura(tree, url, languages) if tree is not None else {}
    meta = page_meta(page)
    site = _clean(found.get("sitename")) or meta.site
    page_url = meta.url or _clean(found.get("url")) or url
    title = _clean(found.get("title")) or meta.title
    with chrome_languages(languages):
        story = story_lines(page, found.get("text") or "", meta, title, url)
    title = title or story.title
    article = Article(
        title=title_without_site(title, site, page_url),
        author=meta.author or author_text(_clean(found.get("author"))) or story.author,
        published=_published(meta, found) or story.published,
        site=site,
        url=page_url,
        paragraphs=story.paragraphs,
        headings=story.headings,
        description=_clean(found.get("description")) or meta.description,
        image=_clean(found.get("image")) or meta.image,
    )
    return article, story, languages


def _trafilatura(tree, url: str | None, languages: tuple[str, ...] = ()) -> dict:
    """Trafilatura's text and metadata, or an empty dict when it finds nothing."""
    import trafilatura

    _justext_stoplist(languages)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = trafilatura.bare_extraction(
                tree,
                url=url,
                favor_precision=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                with_metadata=True,
                date_extraction_params=_date_params(),
            )
    except (ValueError, TypeError, RecursionError, MemoryError):
        return {}
    if document is None:
        return {}
    return document if isinstance(document, dict) else document.as_dict()


def _justext_stoplist(languages: tuple[str, ...]) -> None:
    """Give trafilatura's justext fallback the stop words of the page's languages.

    Without a language, trafilatura builds the union of justext's ~100 stop-word lists on
    first use, which takes a quarter of a second: longer than all the rest of cleaning.
    The lists of the languages the page plausibly holds serve justext better and cost a
    millisecond. Nothing happens when trafilatura no longer has this hook.
    """
    from trafilatura import external

    if not hasattr(external, "JT_STOPLIST") or external.JT_STOPLIST:
        return
    import justext

    names = [JUSTEXT_LANGUAGES[code] for code in languages if code in JUSTEXT_LANGUAGES]
    available = justext.get_stoplists()
    words: set[str] = set()
    for name in names:
        if name in available:
            words |= justext.get_stoplist(name)
    if words:
        external.JT_STOPLIST = tuple(words)


def _date_params() -> dict:
    """Dates from the page's markup only: no guessing from any number that looks like one."""
    from datetime import datetime

    today = datetime.now().astimezone().strftime("%Y-%m-%d")
    return {"original_date": True, "extensive_search": False, "max_date": today}


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
