"""Extract the article (title, byline, date, body paragraphs) from a page.

Public entry points: :func:`extract_article` for any input, and
:func:`article_from_text` for text that is already the article.
"""

from __future__ import annotations

import re

from tts_pipeline.errors import NoArticleError
from tts_pipeline.models import Article, Document

_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(p|div|article|span|meta|title)[\s>/]",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """Sniff the content, not the file name: HTML has markup near its start."""
    head = text[:4096].lstrip()
    if head.startswith("<"):
        return bool(_HTML_SNIFF.search(head))
    return len(_HTML_SNIFF.findall(text[:20000])) >= 3


def extract_article(document: Document) -> Article:
    """Clean a page (HTML, a browser text dump, or plain article text) into an Article."""
    if looks_like_html(document.text) or document.content_type in ("text/html",):
        from tts_pipeline.extract.html import extract_html

        article = extract_html(document.text, url=document.url)
    else:
        from tts_pipeline.extract.textdump import extract_text

        article = extract_text(document.text, url=document.url)
    if not article.paragraphs:
        raise NoArticleError(f"{document.name}: no article text found on this page")
    return article


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
