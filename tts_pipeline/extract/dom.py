"""Render a page parsed by lxml as a browser's "select all, copy" gives it, one block a line,
with what the markup says about each line.

The text is the same as :mod:`.render` gives (that streaming renderer remains for pages
nested deeper than libxml2 will parse), and so are the page's title, ``<meta>`` tags,
canonical link, JSON-LD blocks and section headings. Each line also gets its evidence
(:class:`Evidence`): how much of it is link text, the boilerplate container it sits in
(navigation, a footer, a sidebar, a comment section: by tag, ``role`` or class words from
``data/markup.toml``), whether it is inside the page's article element, and its tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tts_pipeline.extract.linefeatures import join_cells
from tts_pipeline.extract.render import (
    BLOCKS,
    CELLS,
    MAX_JSON_LD_CHARS,
    PARAGRAPHS,
    SECTION_HEADINGS,
    SKIPPED,
    Rendered,
    hidden,
)

MAX_DEPTH_ERROR = "ERR_RESOURCE_LIMIT"
"""libxml2's error when a page is nested deeper than it parses (about 2,000 levels)."""


CAPTION = "figcaption"
"""The element of a photo's caption."""
CAMEL_CAPTION = "camel-caption"
"""The tag a line's evidence names in a block whose class calls it a caption in camel case
(``imageCaption``): a paragraph trafilatura keeps, though it is a photo's caption."""
WRAPPER_SHARE = 0.4
"""A boilerplate-named container with more than this share of the page's text wraps the page."""


@dataclass(frozen=True)
class Evidence:
    """What the markup says about one rendered line."""

    link_share: float = 0.0
    """Share of the line's characters inside links."""
    boiler: str | None = None
    """The boilerplate container around the line (``nav``, ``footer``, ``class=sidebar``...)."""
    in_article: bool = False
    """Inside the page's article element (``itemprop=articleBody``, ``<article>``...)."""
    tag: str = ""
    """The block element the line starts in (``p``, ``li``, ``h2``, ``td``...)."""
    article: int = 0
    """Which article element the line is in (numbered from 1 down the page), 0 for none."""
    card: int = 0
    """Which list of teaser cards of other stories the line is in (:mod:`.cards`), 0 for none."""


BLANK = Evidence()


@dataclass
class Page(Rendered):
    """A rendered page with the evidence of each line (aligned with ``text.split("\\n")``)."""

    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Markup:
    """Words of ``data/markup.toml``."""

    boiler_tags: frozenset[str]
    boiler_roles: frozenset[str]
    boiler_words: re.Pattern
    article_words: re.Pattern
    builder_prefixes: re.Pattern


@lru_cache(maxsize=1)
def markup() -> Markup:
    from tts_pipeline.resources import load_toml

    data = load_toml("markup.toml")
    return Markup(
        boiler_tags=frozenset(data["boiler_tags"]),
        boiler_roles=frozenset(data["boiler_roles"]),
        boiler_words=re.compile(
            r"(?:^|[\s_-])(?:" + "|".join(data["boiler_words"]) + r")(?:$|[\s_-])"
        ),
        article_words=re.compile(
            r"(?:^|[\s_-])(?:" + "|".join(data["article_words"]) + r")(?:$|[\s_-])"
        ),
        builder_prefixes=re.compile(
            r"(?:^|(?<=\s))(?:" + "|".join(map(re.escape, data["builder_prefixes"])) + ")"
        ),
    )


def parse(html: str):
    """The page as an lxml tree, or None when libxml2 cannot give all of it (too deep, empty)."""
    from lxml import etree
    from lxml.html import HTMLParser, document_fromstring

    parser = HTMLParser(
        huge_tree=True, remove_comments=True, remove_pis=True, collect_ids=False, encoding="utf-8"
    )
    try:
        tree = document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    if any(error.type_name == MAX_DEPTH_ERROR for error in parser.error_log):
        return None
    return tree


class _Lines:
    """The lines being built: text parts and their evidence, flushed at block edges."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.evidence: list[Evidence] = []
        self.parts: list[str] = []
        self.chars = self.link_chars = self.article_chars = self.card_chars = 0
        self.card = 0
        self.boiler: str | None = None
        self.tag = ""
        self.article = 0

    def add(
        self, text: str, link: bool, boiler: str | None, article: int, tag: str, card: int
    ) -> None:
        if not self.parts:
            self.tag = tag
        self.parts.append(text)
        n = len(text.strip())
        if not n:
            return
        self.chars += n
        self.link_chars += n * link
        self.card_chars += n * bool(card)
        self.card = self.card or card
        self.article_chars += n * bool(article)
        self.article = self.article or article
        self.boiler = self.boiler or boiler

    def end_line(self) -> None:
        text = join_cells("".join(self.parts))
        if text:
            self.lines.append(text)
            self.evidence.append(
                Evidence(
                    link_share=self.link_chars / self.chars if self.chars else 0.0,
                    boiler=self.boiler,
                    in_article=self.article_chars * 2 > self.chars,
                    tag=self.tag,
                    article=self.article if self.article_chars * 2 > self.chars else 0,
                    card=self.card if self.card_chars * 2 > self.chars else 0,
                )
            )
        self.parts = []
        self.chars = self.link_chars = self.article_chars = self.article = self.card_chars = 0
        self.card = 0
        self.boiler = None

    def end_paragraph(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1]:
            self.lines.append("")
            self.evidence.append(BLANK)


def render_tree(tree, stand_in=None, cards: dict | None = None) -> Page:
    """Render a parsed page: its lines with their evidence, and its metadata; ``stand_in``
    is an element to take as the article element (for a page that marks none), ``cards``
    the page's teaser cards when already found (:func:`.cards.card_elements`)."""
    from lxml import etree

    from tts_pipeline.extract.cards import card_elements

    page = Page()
    out = _Lines()
    words = markup()
    # Per open element: (link, boiler, article, skipped, card)
    stack: list[tuple[bool, str | None, int, bool, int]] = [(False, None, 0, False, 0)]
    cards = card_elements(tree) if cards is None else cards
    articles = 0
    block_tags: list[str] = ["body"]
    total = _text_length(tree)
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        link, boiler, article, skipped, card = stack[-1]
        if event == "start":
            if tag in ("meta", "link", "title", "script", "h1") or tag in SECTION_HEADINGS:
                _head(page, element, tag)
            if not skipped:
                skipped = tag in SKIPPED or not tag or hidden(element.items())
            if not skipped:
                link = link or tag == "a"
                card = card or cards.get(element, 0)
                if not article and (element is stand_in or _article(element, tag, words)):
                    articles += 1
                    article, boiler = articles, None  # a wrapper around the article is no box
                elif article and tag == "article":  # one of several in a wrapper (<main>)
                    articles += 1
                    article = articles
                boiler = boiler or _boiler(element, tag, words, article, total)
                _break(out, tag)
                if tag in PARAGRAPHS or tag in BLOCKS or tag in CELLS:
                    block_tags.append(_caption_tag(element) or tag)
                elif _caption_span(element, tag):
                    block_tags.append(CAPTION)
                if element.text:
                    out.add(element.text, link, boiler, article, _block(block_tags), card)
            stack.append((link, boiler, article, skipped, card))
            continue
        stack.pop()
        parent_link, parent_boiler, parent_article, parent_skipped, parent_card = stack[-1]
        if not skipped:
            _break(out, tag)
            if tag in PARAGRAPHS or tag in BLOCKS or tag in CELLS or _caption_span(element, tag):
                block_tags.pop()
        if element.tail and not parent_skipped:
            block = _block(block_tags)
            out.add(element.tail, parent_link, parent_boiler, parent_article, block, parent_card)
    out.end_line()
    while out.lines and not out.lines[-1]:
        out.lines.pop()
        out.evidence.pop()
    page.text = "\n".join(out.lines) + "\n"
    page.evidence = out.evidence
    return page


def _block(block_tags: list[str]) -> str:
    """The tag a line's evidence names: its innermost block, or ``figcaption`` for any line
    of a photo's caption (a paragraph in it too)."""
    if CAPTION in block_tags:
        return CAPTION
    return CAMEL_CAPTION if CAMEL_CAPTION in block_tags else block_tags[-1]


_CAPTION_CLASS = re.compile(
    r"(?:^|\s)(?!(?:has|no|with|show|hide)[_-])[\w-]*?(?:fig)?caption(?:[_-]{1,2}(?:text|credit))?(?:$|\s)"
)
_CAMEL_CAPTION = re.compile(r"[a-z]Caption(?:$|[\s_-])")


def _caption_tag(element) -> str | None:
    """``figcaption`` for a block whose class names it a caption (``<p class="caption">``,
    ``wp-caption-text``), ``CAMEL_CAPTION`` for a class word in camel case that ends in
    "Caption" (``<p class="imageCaption">``)."""
    names = element.get("class") or ""
    if _CAMEL_CAPTION.search(names):
        return CAMEL_CAPTION
    return CAPTION if _CAPTION_CLASS.search(names.lower()) else None


def _caption_span(element, tag: str) -> bool:
    """A ``<span>`` whose class names it a caption next to a photo (its parent holds an
    ``<img>``): the photo's caption, though not a block of its own."""
    if tag != "span" or _caption_tag(element) is None:
        return False
    parent = element.getparent()
    return parent is not None and next(parent.iter("img"), None) is not None


def _break(out: _Lines, tag: str) -> None:
    if tag in PARAGRAPHS:
        out.end_paragraph()
    elif tag in BLOCKS or tag == "br":
        out.end_line()
    elif tag in CELLS:
        out.parts.append("\t")


def _head(page: Page, element, tag: str) -> None:
    """Collect the page's title, meta tags, canonical link, JSON-LD and headings."""
    if tag == "title":
        page.title = page.title or " ".join((element.text_content() or "").split()) or None
    elif tag == "meta":
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        content = element.get("content")
        if key and content and content.strip():
            page.meta.setdefault(key.lower(), " ".join(content.split()))
    elif tag == "link":
        rel = (element.get("rel") or "").lower().split()
        if "canonical" in rel and element.get("href") and not page.canonical:
            page.canonical = element.get("href")
    elif tag == "script":
        if (element.get("type") or "").lower() == "application/ld+json":
            text = element.text or ""
            if len(text) <= MAX_JSON_LD_CHARS:
                page.json_ld.append(text)
    elif tag == "h1":
        page.h1 = page.h1 or " ".join(element.text_content().split()) or None
    else:
        text = " ".join(element.text_content().split())
        if text:
            page.headings.add(text)


def _boiler(element, tag: str, words: Markup, in_article: bool, total: int) -> str | None:
    """The kind of boilerplate container ``element`` is, if it is one: not one that holds
    much of the page's text (a wrapper named "menu-wrapper" or "navigation" around it all)."""
    found = None
    if tag in words.boiler_tags and not (in_article and tag in ("header", "footer")):
        found = tag
    elif (role := (element.get("role") or "").lower()) in words.boiler_roles:
        found = f"role={role}"
    else:
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        names = words.builder_prefixes.sub(" ", names)
        match = words.boiler_words.search(names) if names.strip() else None
        found = f"class={match.group(0).strip(' _-')}" if match else None
    if found and _text_length(element) > WRAPPER_SHARE * total:
        return None
    return found


def _text_length(element) -> int:
    return sum(len(text.strip()) for text in element.itertext())


def _article(element, tag: str, words: Markup) -> bool:
    """The element holds the article: ``itemprop=articleBody``, ``<article>``, ``<main>``..."""
    if tag in ("article", "main"):
        return True
    if (element.get("itemprop") or "").lower() in ("articlebody", "text"):
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return bool(names.strip()) and bool(words.article_words.search(names))
