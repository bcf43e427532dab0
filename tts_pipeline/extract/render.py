"""Render HTML as the text a browser's "select all, copy" would give: one block per line.

A streaming parser (the standard library's), so neither depth nor broken markup can
stop it: a page of 5000 nested ``<div>`` renders like any other. Paragraphs and
headings get a blank line around them, other blocks a line break, table cells a tab.
Scripts, styles, forms' options and elements hidden with ``hidden`` or an inline
``display:none`` are left out. The same pass collects what the page says about itself:
its ``<title>``, ``<meta>`` tags, canonical link, JSON-LD blocks and section headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

SKIPPED = frozenset((
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "option", "datalist", "textarea", "audio", "video", "map", "title",
))  # fmt: skip
"""Elements whose content a reader does not see as text."""
PARAGRAPHS = frozenset((
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "hr",
))  # fmt: skip
"""Blocks set apart by a blank line."""
BLOCKS = frozenset((
    "address", "article", "aside", "body", "center", "dd", "details", "dialog", "dir", "div",
    "dl", "dt", "fieldset", "figcaption", "footer", "form", "header", "hgroup", "html",
    "legend", "li", "main", "menu", "nav", "ol", "section", "summary", "table", "tbody",
    "thead", "tfoot", "tr", "ul", "caption",
))  # fmt: skip
"""Blocks that start on a line of their own."""
VOID = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
))  # fmt: skip
"""Elements without content or end tag."""
CELLS = frozenset(("td", "th"))
SECTION_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
MAX_JSON_LD_CHARS = 200_000
"""Longest JSON-LD block kept; longer ones are data dumps, not page metadata."""
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass
class Rendered:
    """The visible text of a page and what its markup says about it."""

    text: str = ""
    """One block per line, paragraphs apart."""
    title: str | None = None
    """The ``<title>``."""
    meta: dict[str, str] = field(default_factory=dict)
    """``<meta>`` contents by lower-case ``name`` or ``property`` (first one wins)."""
    canonical: str | None = None
    json_ld: list[str] = field(default_factory=list)
    """Raw JSON-LD blocks."""
    headings: set[str] = field(default_factory=set)
    """Texts of the section headings (``h2`` to ``h6``), white space normalised."""
    h1: str | None = None
    """The text of the first ``<h1>``: most often the story's headline."""


class _Renderer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.page = Rendered()
        self.skip_stack: list[str] = []
        """Open elements whose content is left out (all of the same tag)."""
        self.capture: list[str] | None = None
        """Text of the element being captured (title, JSON-LD, heading)."""
        self.capturing: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link"):
            self._head_tag(tag, dict(attrs))
        if self.skip_stack:
            if tag == self.skip_stack[-1] and tag not in VOID:
                self.skip_stack.append(tag)
            return
        if tag in SKIPPED or (tag not in VOID and hidden(attrs)):
            if tag not in VOID:
                self.skip_stack.append(tag)
                self._start_capture(tag, dict(attrs))
            return
        self._break(tag)
        if tag in SECTION_HEADINGS or tag == "h1":
            self._start_capture(tag, {})

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link"):
            self._head_tag(tag, dict(attrs))
        if not self.skip_stack:
            self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == self.capturing:
            self._end_capture()
        if self.skip_stack:
            if tag == self.skip_stack[-1]:
                self.skip_stack.pop()
            return
        self._break(tag)

    def handle_data(self, data: str) -> None:
        if self.capture is not None:
            self.capture.append(data)
        if not self.skip_stack:
            self.parts.append(data)

    def _break(self, tag: str) -> None:
        if tag in PARAGRAPHS:
            self.parts.append("\n\n")
        elif tag in BLOCKS or tag == "br":
            self.parts.append("\n")
        elif tag in CELLS:
            self.parts.append("\t")

    def _start_capture(self, tag: str, attrs: dict[str, str | None]) -> None:
        json_ld = tag == "script" and (attrs.get("type") or "").lower() == "application/ld+json"
        if tag in ("title", "h1", *SECTION_HEADINGS) or json_ld:
            self.capture, self.capturing = [], tag

    def _end_capture(self) -> None:
        text = "".join(self.capture or [])
        tag = self.capturing
        self.capture, self.capturing = None, None
        if tag == "title":
            self.page.title = self.page.title or " ".join(text.split()) or None
        elif tag == "script":
            if len(text) <= MAX_JSON_LD_CHARS:
                self.page.json_ld.append(text)
        elif tag == "h1":
            self.page.h1 = self.page.h1 or " ".join(text.split()) or None
        elif text.strip():
            self.page.headings.add(" ".join(text.split()))

    def _head_tag(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "link":
            rel = (attrs.get("rel") or "").lower().split()
            if "canonical" in rel and attrs.get("href") and not self.page.canonical:
                self.page.canonical = attrs["href"]
            return
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if key and content and content.strip():
            self.page.meta.setdefault(key, " ".join(content.split()))


def hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """The element is hidden from a reader: ``hidden``, ``aria-hidden``, ``display: none``."""
    for name, value in attrs:
        if name == "hidden" or (name == "aria-hidden" and value == "true"):
            return True
        if name == "style" and value and _HIDDEN_STYLE.search(value):
            return True
    return False


def render(html: str) -> Rendered:
    """Render ``html``: its visible text and its metadata."""
    renderer = _Renderer()
    renderer.feed(html)
    renderer.close()
    if renderer.capturing is not None:
        renderer._end_capture()
    lines = "".join(renderer.parts).split("\n")
    text = "\n".join(" ".join(line.split()) for line in lines)
    renderer.page.text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return renderer.page
