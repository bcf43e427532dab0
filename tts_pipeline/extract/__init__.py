"""Extract the article (title, byline, date, body paragraphs) from a page.

Public entry points: :func:`extract_article` for any input, and
:func:`article_from_text` for text that is already the article. What the input is
comes from its content, not its name (:mod:`.sniff`): HTML, a browser's text dump of
a page, or plain article text, which is returned whole.

May import only the shared root modules (models, errors, resources); never a later stage.
"""

from __future__ import annotations

import re

from tts_pipeline.errors import NoArticleError
from tts_pipeline.extract.sniff import looks_like_html
from tts_pipeline.models import Article, Document

__all__ = ["article_from_text", "extract_article", "looks_like_html"]


def extract_article(document: Document) -> Article:
    """Clean a page (HTML, a browser text dump, or plain article text) into an Article."""
    html = looks_like_html(document.text)
    if html:
        from tts_pipeline.extract.html import extract_html

        article = extract_html(document.text, url=document.url)
    else:
        article = _extract_plain_or_dump(document)
    if not article.paragraphs:
        raise NoArticleError(_nothing_found(document.name, article.title, html))
    return article


def _extract_plain_or_dump(document: Document) -> Article:
    from tts_pipeline.extract.context import in_context
    from tts_pipeline.extract.lines import describe
    from tts_pipeline.extract.plain import is_plain, plain_article, unwrap
    from tts_pipeline.extract.textdump import extract_lines

    lines = in_context([describe(raw) for raw in unwrap(document.text).split("\n")])
    if is_plain(lines):
        return plain_article(lines, url=document.url)
    return extract_lines(lines, url=document.url)


def _nothing_found(name: str, title: str | None, html: bool) -> str:
    """Why there is no article: a dump's lone headline, else a page without sentences."""
    if title and not html:
        return f"{name}: found only a headline ({title!r}), no article text"
    page = f"page {title!r}" if title else "page"
    return (
        f"{name}: no article text found on this {page}: no run of sentences "
        "(a page of links, a login wall or an empty page?)"
    )


def article_from_text(document: Document) -> Article:
    """Take the input as the article itself: paragraphs separated by blank lines, nothing added."""
    paragraphs = tuple(
        " ".join(block.split()) for block in re.split(r"\n\s*\n", document.text) if block.strip()
    )
    if not paragraphs:
        raise NoArticleError(f"{document.name}: no text")
    return Article(
        title=None, author=None, published=None, site=None, url=document.url, paragraphs=paragraphs
    )
