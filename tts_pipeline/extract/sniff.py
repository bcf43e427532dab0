"""Tell HTML from text by the content, not the file name."""

from __future__ import annotations

import re

SNIFF_CHARS = 4096
"""How much of the start of the input decides, when it starts with markup."""
SCAN_CHARS = 200_000
"""How much is scanned for tags when the input does not start with one (a long inline
style sheet or script can come before them)."""
MIN_TAGS = 3
"""Distinct structural tags a text must hold to be HTML when it does not start with one."""
_TAG = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s/>]|<title[\s>]"
    r"|</?(?:p|div|article|span|section|table|ul|li|h[1-6]|a|br|img)[\s/>]",
    re.IGNORECASE,
)
_LEADING_ELEMENT = re.compile(
    r"<(?:!--|(?:style|script|link|noscript|header|nav|main|form|svg|iframe|template)[\s>])",
    re.IGNORECASE,
)
"""Elements a saved page or fragment may start with before any structural tag."""


def looks_like_html(text: str) -> bool:
    """HTML has markup at its start, or several tags early on (a fragment after a preamble)."""
    head = text[:SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    if head.startswith("<") and (_TAG.search(head) or _LEADING_ELEMENT.match(head)):
        return True
    tags = {m.group(0).lower().strip("</> \t\n") for m in _TAG.finditer(text[:SCAN_CHARS])}
    return len(tags) >= MIN_TAGS
