"""Extract the article (title, byline, date, body paragraphs) from a page.

Public entry points: :func:`extract_article` for any input, and
:func:`article_from_text` for text that is already the article. What the input is
comes from its content, not its name (:mod:`.sniff`): HTML, a browser's text dump of
a page, or plain article text, which is returned whole.

May import only the shared root modules (models, errors, resources); never a later stage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tts_pipeline.errors import NoArticleError
from tts_pipeline.extract.sniff import looks_like_html
from tts_pipeline.models import Article, Document

__all__ = ["article_from_text", "extract_article", "looks_like_html"]

NO_CLEAN_HINT = "; if the input is the article text itself, run with --no-clean"
_URL_LINE = re.compile(r"(?:[-*•]\s*)?(?:https?://|www\.)\S+", re.IGNORECASE)


def extract_article(document: Document) -> Article:
    """Clean a page (HTML, a browser text dump, or plain article text) into an Article."""
    from tts_pipeline.extract.dates import on_the_calendar
    from tts_pipeline.extract.invisible import visible_article

    html = looks_like_html(document.text)
    if html:
        from tts_pipeline.extract.html import extract_html

        article = extract_html(document.text, url=document.url)
    else:
        _refuse_url_list(document)
        article = _extract_plain_or_dump(document)
    article = visible_article(article)
    if article.published != (published := on_the_calendar(article.published)):
        article = replace(article, published=published)
    if not article.paragraphs:
        raise NoArticleError(_nothing_found(document.name, article.title, html))
    return article


def _extract_plain_or_dump(document: Document) -> Article:
    from tts_pipeline.extract.context import in_context
    from tts_pipeline.extract.language import guess_languages, main_language
    from tts_pipeline.extract.lines import describe
    from tts_pipeline.extract.patterns import chrome_languages
    from tts_pipeline.extract.plain import is_plain, plain_article, unwrap
    from tts_pipeline.extract.textdump import extract_lines
    from tts_pipeline.extract.wrapped import join_wrapped_runs

    text = join_wrapped_runs(unwrap(document.text))
    with chrome_languages(guess_languages(text), main_language(text)):
        lines = in_context([describe(raw) for raw in text.split("\n")])
        if is_plain(lines):
            return plain_article(lines, url=document.url)
        return extract_lines(lines, url=document.url)


def _nothing_found(name: str, title: str | None, html: bool) -> str:
    """Why there is no article: a dump's lone headline, else a page without sentences."""
    if title and not html:
        return f"{name}: found only a headline ({title!r}), no article text" + NO_CLEAN_HINT
    page = f"page {title!r}" if title else "page"
    return (
        f"{name}: no article text found on this {page}: no run of sentences "
        "(a page of links, a login wall, a page that needs JavaScript or an empty page?)"
        + NO_CLEAN_HINT
    )


def _refuse_url_list(document: Document) -> None:
    """A text that is only web addresses is a list of pages to read, not an article."""
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    if lines and all(_URL_LINE.fullmatch(line) for line in lines):
        raise NoArticleError(
            f"{document.name}: a list of {len(lines)} web address"
            f"{'es' if len(lines) > 1 else ''}, not an article: give a URL itself as the "
            "input, or, for a batch, the list as @FILE (tts-pipeline batch @FILE --site DIR)"
        )


def article_from_text(document: Document) -> Article:
    """Take the input as the article itself: paragraphs separated by blank lines, nothing added
    (but invisible characters, which no reader sees)."""
    from tts_pipeline.extract.invisible import visible_article

    _refuse_url_list(document)
    paragraphs = tuple(
        " ".join(block.split()) for block in re.split(r"\n\s*\n", document.text) if block.strip()
    )
    article = visible_article(
        Article(
            title=None,
            author=None,
            published=None,
            site=None,
            url=document.url,
            paragraphs=paragraphs,
        )
    )
    if not article.paragraphs:
        raise NoArticleError(f"{document.name}: no text")
    return article
