"""A page's text as the benchmark's text dumps give it ("flat" dumps), from its HTML.

The benchmarks' text dumps (``shared/eval/cleaning/{data,phrases}/text/``) are not a
browser's copy: CSS from stylesheets is not applied, so menus, mobile copies of the
navigation, modals and cookie boxes hidden by a class stay in. This module imitates them
from the markup alone, so that any probe page can be read the way a held-out dump of it
would be. On the development pages it reproduces the given dumps byte for byte on 54 of
54 ``data/`` pages and 987 of 989 ``phrases/`` pages.

The format: scripts, styles, ``<noscript>``, ``<template>``, form controls, media and
``<picture>`` give no text; elements hidden inline (``hidden``, ``display:none``,
``visibility:hidden``) and the body of a closed ``<details>`` neither. Block elements
start and end a line, paragraphs and headings a blank line too (the largest break of a
run wins); table cells are joined by a tab; white space collapses within each text node
(``<pre>`` keeps it); no-break spaces become spaces; lines are stripped, and lines of
white space only turn blank.

usage: python -m tests.tools.flat_dump PAGE.html [OUT.txt]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import lxml.html
from lxml import etree

NO_TEXT = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "iframe",
        "svg",
        "math",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "select",
        "datalist",
        "textarea",
        "input",
        "output",
        "picture",
        "progress",
        "meter",
    ]
)
BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "details",
        "dialog",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "menu",
        "summary",
        "legend",
        "caption",
        "option",
        "optgroup",
        "body",
        "html",
        "frameset",
        "frame",
        "dir",
        "listing",
        "plaintext",
        "xmp",
    ]
)
BLANK_AROUND = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6"])
KEEPS_SPACES = frozenset(["pre", "textarea", "listing", "xmp", "plaintext"])
SPACES = re.compile(r"[ \t\n\r\f\v\xa0]+")
AROUND_TAB = re.compile(r"[ \t]*\t[ \t]*")


class Kept(str):
    """Text whose white space stays as it is (inside ``<pre>``, or a ``<br>``)."""


def inline_style(el: etree._Element) -> dict[str, str]:
    """The element's ``style`` attribute as {property: value}."""
    found = {}
    for part in (el.get("style") or "").split(";"):
        if ":" in part:
            key, value = part.split(":", 1)
            found[key.strip().lower()] = value.lower().replace("!important", "").strip()
    return found


def hidden(el: etree._Element) -> bool:
    """Whether the markup itself hides the element (no stylesheet is read)."""
    if el.get("hidden") is not None:
        return True
    style = inline_style(el)
    return style.get("display") == "none" or style.get("visibility") == "hidden"


def _text(text: str | None, out: list, keep: bool) -> None:
    if text:
        out.append(Kept(text) if keep else SPACES.sub(" ", text))


def _walk(el: etree._Element, out: list, keep: bool) -> None:
    """Append the pieces of ``el`` and its tail: strings, and ints for line breaks."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag and tag not in NO_TEXT and not hidden(el):
        if tag == "br":
            out.append(Kept("\n"))
        elif tag != "img":
            breaks = 2 if tag in BLANK_AROUND else 1 if tag in BLOCKS else 0
            out.append(breaks)
            if tag in ("td", "th"):
                out.append("\t")
            closed = tag == "details" and el.get("open") is None
            inner = keep or tag in KEEPS_SPACES
            if not closed:
                _text(el.text, out, inner)
            for child in el:
                if closed and not (isinstance(child.tag, str) and child.tag.lower() == "summary"):
                    continue
                _walk(child, out, inner)
            out.append(breaks)
    _text(el.tail, out, keep)


def _join(pieces: list) -> str:
    """Join the pieces: a run of breaks gives its largest; white space opening a line goes."""
    text: list[str] = []
    pending = 0
    line_start = True
    for piece in pieces:
        if isinstance(piece, int):
            if text:
                pending = max(pending, piece)
            continue
        if (pending or line_start) and not isinstance(piece, Kept):
            piece = piece.lstrip(" \t")
        if not piece:
            continue
        if pending and text:
            text.append("\n" * pending)
        pending = 0
        text.append(piece)
        line_start = piece.endswith("\n")
    lines = []
    for line in "".join(text).replace("\xa0", " ").split("\n"):
        line = AROUND_TAB.sub("\t", line).strip(" \t")
        lines.append(line if line.strip() else "")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def flat_dump(html: str | bytes) -> str:
    """The benchmark-style text dump of a page's HTML (bytes are read as UTF-8)."""
    data = html.encode("utf-8") if isinstance(html, str) else html
    parser = lxml.html.HTMLParser(encoding="utf-8")
    doc = lxml.html.document_fromstring(data, parser=parser)
    etree.strip_tags(doc, etree.Comment, etree.ProcessingInstruction)
    pieces: list = []
    _walk(doc, pieces, False)
    return _join(pieces) + "\n"


def main(argv: list[str]) -> None:
    page = Path(argv[0]).read_bytes()
    text = flat_dump(page.decode("utf-8", "replace"))
    if len(argv) > 1:
        Path(argv[1]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
