"""Extract the article and its metadata from HTML with trafilatura."""

from __future__ import annotations

import re

from tts_pipeline.models import Article


def extract_html(html: str, url: str | None = None) -> Article:
    """Body paragraphs and metadata (title, author, date, site, URL, description, image)."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=False,
        with_metadata=True,
        as_dict=True,
    )
    if not result:
        return Article(None, None, None, None, url, ())
    text = result.get("text") or ""
    paragraphs = tuple(p for p in (" ".join(line.split()) for line in text.split("\n")) if p)
    return Article(
        title=_clean(result.get("title")),
        author=_clean(result.get("author")),
        published=_clean(result.get("date")),
        site=_clean(result.get("sitename")),
        url=_clean(result.get("url")) or url,
        paragraphs=paragraphs,
        description=_clean(result.get("description")),
        image=_clean(result.get("image")),
    )


def _clean(value: object) -> str | None:
    if not value:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None
