"""A title's and an author's length bounded where they name and tag an episode, and are
spoken.

A page or a feed may give a title or an author of any length (a whole paragraph taken for a
headline, a 100 KB ``<title>``, a feed item's author list of 6 KB): spoken, it made an hour
of audio before the article; as an ID3 tag, a feed's ``<title>``, a player page's heading,
it made files no app shows well. A headline is far shorter than ``MAX_TITLE_CHARS``, a
byline than ``MAX_AUTHOR_CHARS``: a longer one is cut at a word, with an ellipsis.
"""

from __future__ import annotations

from dataclasses import replace

from tts_pipeline.models import Article

MAX_TITLE_CHARS = 200
"""Longest title kept whole; headlines run to about 120 characters."""
MAX_AUTHOR_CHARS = 150
"""Longest author kept whole: a byline of eight names or so."""
_TRAILING = " \t,;:-–—/|·(["
"""Cut off the end of a shortened title before its ellipsis."""


def bounded_title(title: str | None, limit: int = MAX_TITLE_CHARS) -> str | None:
    """``title`` when at most ``limit`` characters; else its first words within the limit
    and "…" (a single word longer than half the limit is cut where the limit falls)."""
    if title is None or len(title) <= limit:
        return title
    head = title[: limit - 1]
    space = max(head.rfind(" "), head.rfind("\t"), head.rfind("\n"))
    if not title[len(head)].isspace() and space >= limit // 2:  # a word cut: left out
        head = head[:space]
    return head.rstrip(_TRAILING) + "…"


def with_bounded_title(article: Article) -> Article:
    """``article`` with its title and author bounded (see :func:`bounded_title`)."""
    title = bounded_title(article.title)
    author = bounded_title(article.author, MAX_AUTHOR_CHARS)
    if (title, author) == (article.title, article.author):
        return article
    return replace(article, title=title, author=author)
