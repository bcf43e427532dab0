"""Extract the article and its metadata from HTML.

The page is parsed once (lxml) and rendered as a browser would copy it, one block a line,
each line with what the markup says about it (:mod:`.dom`). Trafilatura reads the same
tree; its text is the strong candidate, found line by line on the rendered page
(:mod:`.align`). The story is then put together from the lines (:mod:`.combine`): the
lines trafilatura kept, less the chrome lines and boxes our checks see, with the lead
paragraph and the article element's paragraphs it may leave out; the page's JSON-LD ``articleBody``
when the page shows only a teaser of it; and the text-dump cleaner's reading when
trafilatura finds nothing. A page nested deeper than lxml parses is rendered by the
streaming renderer (:mod:`.render`) and read by the text-dump cleaner alone.

Metadata comes from the page's JSON-LD and ``<meta>`` tags (the headline: its first h1 when
the metadata's is that and the site's name), else from the text-dump cleaner's reading of
the lines above the story; trafilatura reads the text only.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

from tts_pipeline.extract.htmlmeta import (
    PageMeta,
    page_meta,
    title_headline_half,
    title_without_site,
)
from tts_pipeline.models import Article

if TYPE_CHECKING:
    from tts_pipeline.extract.combine import Story
    from tts_pipeline.extract.render import Rendered

JUSTEXT_LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian",
    "ar": "Arabic", "hi": "Hindi", "id": "Indonesian", "tr": "Turkish", "ko": "Korean",
    "fi": "Finnish", "sv": "Swedish", "el": "Greek", "vi": "Vietnamese", "cs": "Czech",
    "ro": "Romanian", "hu": "Hungarian", "da": "Danish", "he": "Hebrew", "nb": "Norwegian_Bokmal",
    "fa": "Persian",
}  # fmt: skip
"""Justext's names of the languages whose stop words it has."""
_JUSTEXT = threading.Lock()
"""Held while trafilatura reads a page with the stop words set for it."""
_ALL_STOP_WORDS: tuple[str, ...] | None = None
"""The union of justext's stop-word lists, once trafilatura has built it."""


def extract_html(html: str, url: str | None = None) -> Article:
    """Body paragraphs and metadata (title, author, date, site, URL, description, image)."""
    return read_html(html, url)[0]


def read_html(html: str, url: str | None = None) -> tuple[Article, Story, tuple[str, ...]]:
    """The article, the story's reading line by line, and the languages guessed."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.language import declared_language, guess_languages, main_language
    from tts_pipeline.extract.patterns import chrome_languages

    tree = parse(html)
    if tree is None:
        from tts_pipeline.extract.render import render

        page = render(html)
    else:
        from tts_pipeline.extract.cards import card_elements

        cards = card_elements(tree)  # trafilatura reads a copy: the tree stays as it is
        page = render_tree(tree, cards=cards)
    declared = declared_language(tree) if tree is not None else None
    languages = guess_languages(page.text, declared)
    found = _trafilatura(tree, url, languages) if tree is not None else {}
    if tree is not None and found.get("text") and not any(e.in_article for e in page.evidence):
        from tts_pipeline.extract.standin import stand_in_article, stand_in_links_out

        article = stand_in_article(tree, found["text"].split("\n"))
        if article is not None:
            page = stand_in_links_out(render_tree(tree, article, cards))

    def fuller_text() -> str:
        return _trafilatura(tree, url, languages, precise=False).get("text") or ""

    with chrome_languages(languages, main_language(page.text, declared)):
        meta = page_meta(page)
        titles = _title_candidates(page, meta)
        story = story_lines(
            page, found.get("text") or "", meta, titles, fuller_text if tree is not None else None
        )
    article = Article(
        title=_headline(meta, page.h1, url) or story.title,
        author=meta.author or story.author,
        published=meta.published or story.published,
        site=meta.site,
        url=meta.url or url,
        paragraphs=story.paragraphs,
        headings=story.headings,
        description=meta.description,
        image=meta.image,
    )
    return article, story, languages


def _trafilatura(
    tree, url: str | None, languages: tuple[str, ...] = (), precise: bool = True
) -> dict:
    """Trafilatura's text and metadata, or an empty dict when it finds nothing: its precise
    reading, or its default one."""
    from tts_pipeline.extract.trafilatura_core import extraction_core

    core = extraction_core()
    try:
        with warnings.catch_warnings(), _justext_stop_words(languages):
            warnings.simplefilter("ignore")
            document = core.bare_extraction(
                tree,
                url=url,
                favor_precision=precise,
                include_comments=False,
                include_tables=True,
                include_images=False,
                with_metadata=False,
            )
    except (ValueError, TypeError, RecursionError, MemoryError):
        return {}
    if document is None:
        return {}
    return document if isinstance(document, dict) else document.as_dict()


@contextmanager
def _justext_stop_words(languages: tuple[str, ...]) -> Iterator[None]:
    """Give trafilatura's justext fallback the stop words of this page's languages while it
    reads the page.

    The hook is a global of trafilatura's: set once, the first page's list stayed for every
    page after it, so a batch read a German page with English stop words when an English
    page came first. It is set for each page, under a lock. Without a language of justext's,
    trafilatura builds the union of its ~100 lists on first use (a quarter of a second,
    longer than all the rest of cleaning): it is kept here, built once per process. The
    lists of the languages the page plausibly holds serve justext better and cost a
    millisecond. Nothing happens when trafilatura no longer has this hook.
    """
    from trafilatura import external  # imported with the extraction core

    if not hasattr(external, "JT_STOPLIST"):
        yield
        return
    global _ALL_STOP_WORDS
    words = _stop_words(languages)
    with _JUSTEXT:
        external.JT_STOPLIST = words or _ALL_STOP_WORDS
        try:
            yield
        finally:
            if not words and external.JT_STOPLIST is not None:
                _ALL_STOP_WORDS = external.JT_STOPLIST


@lru_cache(maxsize=16)
def _stop_words(languages: tuple[str, ...]) -> tuple[str, ...]:
    """Justext's stop words of ``languages`` (none for languages it has no list of)."""
    import justext

    names = [JUSTEXT_LANGUAGES[code] for code in languages if code in JUSTEXT_LANGUAGES]
    available = justext.get_stoplists()
    words: set[str] = set()
    for name in names:
        if name in available:
            words |= justext.get_stoplist(name)
    return tuple(sorted(words))


def _headline(meta: PageMeta, h1: str | None, url: str | None) -> str | None:
    """The page's headline: its metadata's, without the site's name; its first h1 when the
    metadata's is that and a tail ("Headline | Site")."""
    title = title_without_site(meta.title, meta.site, meta.url or url)
    if h1 and (not title or (title != h1 and title.startswith(h1))):
        return h1
    return title


def _title_candidates(page: Rendered, meta: PageMeta) -> tuple[str, ...]:
    """Ways the page writes its headline, to leave it out of the story (it is spoken as the
    title): its metadata's headline, with and without the site's name, and its first h1."""
    found = [meta.title, title_without_site(meta.title, meta.site, meta.url), page.h1]
    found += [page.title, title_without_site(page.title, meta.site, meta.url)]
    found.append(title_headline_half(meta.title or page.title))
    return tuple(dict.fromkeys(t for t in found if t))
