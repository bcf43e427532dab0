"""An element to stand for the article element on a page that has none.

Many pages mark their story with ``<article>``, ``<main>`` or ``itemprop=articleBody``;
the lines inside it are where the story's paragraphs trafilatura left out are looked for
(:mod:`.combine`, :mod:`.leads`, :mod:`.gaps`). A page without such an element still holds
its story in some element: the smallest one that holds most of the text trafilatura kept
stands for the article element there.
"""

from __future__ import annotations

from collections.abc import Iterable

STAND_IN_SHARE = 0.8
"""Share of trafilatura's words on the page that the stand-in element holds."""
MIN_CHUNK_WORDS = 4
"""Text pieces with fewer words are not matched to trafilatura's text (a "the" between two
links matches anywhere)."""
MIN_STORY_WORDS = 40
"""Trafilatura's text of fewer words found on the page gives no stand-in (a date, a notice)."""


def stand_in_article(tree, paragraphs: Iterable[str]):
    """The smallest element of ``tree`` holding at least :data:`STAND_IN_SHARE` of the words
    of the page's text pieces found in trafilatura's ``paragraphs``, or None."""
    from lxml import etree

    story = "\n".join(" ".join(p.split()) for p in paragraphs)
    if not story:
        return None
    # per open element: [element, words of trafilatura's text inside, all words inside]
    stack: list[list] = []
    found: list[tuple[int, int, object]] = []
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            counts = [element, 0, 0]
            stack.append(counts)
            _count(counts, element.text, story)
            continue
        counts = stack.pop()
        found.append((counts[1], counts[2], element))
        if stack:
            stack[-1][1] += counts[1]
            stack[-1][2] += counts[2]
            _count(stack[-1], element.tail, story)
    if not found:
        return None
    total = max(matched for matched, _, _ in found)
    if total < MIN_STORY_WORDS:
        return None
    holding = [
        (words, element) for matched, words, element in found if matched >= STAND_IN_SHARE * total
    ]
    return min(holding, key=lambda pair: pair[0])[1]


def _count(counts: list, text: str | None, story: str) -> None:
    """Add the words of ``text`` to an element's counts, and to its story words when
    trafilatura's text has it."""
    if not text:
        return
    piece = " ".join(text.split())
    words = piece.count(" ") + 1 if piece else 0
    counts[2] += words
    if words >= MIN_CHUNK_WORDS and piece in story:
        counts[1] += words


def stand_in_links_out(page):
    """``page`` with its links (lines mostly link text) outside the stand-in article
    element: a page that marks no article element may put a menu's or a teaser's links in
    the element holding its story, and a link is the story's only where a real article
    element holds it."""
    from dataclasses import replace

    from tts_pipeline.extract.storytext import LINK_SHARE

    page.evidence = [
        replace(e, in_article=False, article=0)
        if e.in_article and e.link_share >= LINK_SHARE
        else e
        for e in page.evidence
    ]
    return page
