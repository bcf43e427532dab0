"""An article's title, author and date made fit to name, tag and speak an episode.

A page or a feed may give a title or an author of any length (a whole paragraph taken for a
headline, a 100 KB ``<title>``, a feed item's author list of 6 KB): spoken, it made an hour
of audio before the article; as an ID3 tag, a feed's ``<title>``, a player page's heading,
it made files no app shows well. A headline is far shorter than ``MAX_TITLE_CHARS``, a
byline than ``MAX_AUTHOR_CHARS``, a page's description (written whole into the feed and the
episode's JSON) than ``MAX_DESCRIPTION_CHARS``: a longer one is cut at a word, with an
ellipsis.

A page may also give a date that is no date (``2023-02-31``, ``0000-01-01``, ``T25:99``):
it went into the ID3 date and the player's ``<time>`` as "31 February 2023". Such a date is
left out, as a page without one is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from tts_pipeline.models import Article

MAX_TITLE_CHARS = 200
"""Longest title kept whole; headlines run to about 120 characters."""
MAX_AUTHOR_CHARS = 150
"""Longest author kept whole: a byline of eight names or so."""
MAX_DESCRIPTION_CHARS = 4000
"""Longest description kept whole: what podcast apps show of an episode's summary."""
_TRAILING = " \t,;:-–—/|·(["
"""Cut off the end of a shortened title before its ellipsis."""
_ISO = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?)?)?)?(?=\D|$)")
"""The date and time an Article's ``published`` starts with (as precise as the page said)."""


def publishable(article: Article) -> Article:
    """``article`` with its title, author and description bounded (:func:`bounded_title`)
    and a date that is no real one left out (:func:`real_date`)."""
    title = bounded_title(article.title)
    author = bounded_title(article.author, MAX_AUTHOR_CHARS)
    description = bounded_title(article.description, MAX_DESCRIPTION_CHARS)
    published = article.published if real_date(article.published) else None
    fit = (title, author, description, published)
    if fit == (article.title, article.author, article.description, article.published):
        return article
    return replace(
        article, title=title, author=author, description=description, published=published
    )


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


def real_date(value: str | None) -> bool:
    """Whether ``value`` starts with a date (and time) that exists: year 1 or later, a month
    of 12, a day of its month, an hour of 24 and a minute of 60."""
    found = _ISO.match(value or "")
    if not found:
        return False
    year, month, day, hour, minute, second = (int(part) if part else None
                                              for part in found.groups())  # fmt: skip
    try:
        datetime(year, month or 1, day or 1, hour or 0, minute or 0, second or 0)
    except ValueError:
        return False
    return True
