"""The language a page says it is in: ``<html lang>``, ``og:locale``, a ``content-language``
meta tag, or the server's ``Content-Language`` header, in that order."""

from __future__ import annotations

import re

from tts_pipeline.models import Document

HEAD_CHARS = 200_000
"""Only the start of a page is searched: its head and the opening of its body."""
_HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def declared_language(document: Document) -> str | None:
    """The primary language the page or its server declares (``de`` of ``de-AT``), or None."""
    head = document.text[:HEAD_CHARS]
    candidates: list[str | None] = []
    html = _HTML_TAG.search(head)
    if html:
        attributes = _attributes(html.group(0))
        candidates += [attributes.get("lang"), attributes.get("xml:lang")]
    metas = [_attributes(tag) for tag in _META_TAG.findall(head)]
    candidates += [m.get("content") for m in metas if m.get("property", "").lower() == "og:locale"]
    candidates += [
        m.get("content") for m in metas if m.get("http-equiv", "").lower() == "content-language"
    ]
    candidates.append(document.language)
    for value in candidates:
        code = primary_language(value)
        if code:
            return code
    return None


def primary_language(tag: str | None) -> str | None:
    """``de`` of ``de-AT``, ``de_DE`` or ``DE``; the first of a list (``de, en``); None for
    anything that is not a language tag."""
    if not tag:
        return None
    first = tag.split(",")[0].strip()
    if not _TAG.fullmatch(first):
        return None
    code = first.replace("_", "-").split("-")[0].lower()
    return None if code in ("und", "mul", "zxx", "xx") else code


def _attributes(tag: str) -> dict[str, str]:
    return {
        m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None)
        for m in _ATTRIBUTE.finditer(tag)
    }
