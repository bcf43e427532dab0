"""One sanitizer per output format: what may be written into XML, HTML, JSON, ID3 and links.

An article can carry any code point: a C0 control from a text dump, U+FFFE from a broken page,
a lone surrogate from a bad byte. XML 1.0 forbids some of them outright (a feed with one does
not parse), HTML calls them parse errors, ID3 and UTF-8 cannot encode a surrogate. Every writer
of a published file passes its text through the function for its format; links go through
:func:`web_url`, which lets only absolute http(s) URLs through.
"""

from __future__ import annotations

import html
import math
import re
from urllib.parse import quote, urlsplit, urlunsplit

_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17)
)
_CLASS = (
    "[\x00-\x08\x0b\x0c\x0e-\x1f"  # C0 controls but tab, line feed and carriage return
    "\x7f-\x9f"  # DEL and the C1 controls: discouraged in XML, parse errors in HTML
    "\ud800-\udfff"  # surrogates: no UTF-8 or UTF-16 can encode one alone
    f"{_NONCHARACTERS}]"  # U+FFFE, U+FFFF (forbidden in XML 1.0) and the other non-characters
)
UNPUBLISHABLE = re.compile(_CLASS)
"""Code points no published file gets: XML 1.0 forbids or discourages them all."""
_REMOVED = re.compile(f"(?<= ){_CLASS}+ |{_CLASS}+")
"""A run of them, with one of the spaces around it when it stands between two."""
WEB_SCHEMES = ("http", "https")
URL_SAFE = "/:@!$&'()*+,;=-._~%?#[]"
"""Characters a URL keeps as they are; anything else (spaces, quotes, non-ASCII) is
percent-encoded as UTF-8, as browsers do."""
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_HOST = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\.?")
"""A host name in ASCII (an IPv4 address is one too)."""


def clean_text(text: str) -> str:
    """``text`` without the code points no published file may hold (``a \x01 b`` -> ``a b``)."""
    return _REMOVED.sub("", text)


def for_xml(text: str) -> str:
    """Text for an XML 1.0 element or attribute (the XML writer escapes ``&``, ``<``...)."""
    return clean_text(text)


def for_html(text: str | None) -> str:
    """Text escaped for HTML element content and quoted attribute values."""
    return html.escape(clean_text(text or ""), quote=True)


def for_id3(text: str) -> str:
    """Text for an ID3 text frame: no NUL (a frame's value separator), nothing unencodable."""
    return clean_text(text)


def for_plain_text(text: str) -> str:
    """Text for a plain-text sidecar (WebVTT, SRT) that players show as it is."""
    return clean_text(text)


def for_json(value):
    """``value`` with every string (keys too) cleaned and every non-finite number null:
    ``json.dumps`` would write NaN and Infinity, which are not JSON."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {for_json(str(k)): for_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [for_json(v) for v in value]
    return value


def web_url(value: str | None) -> str | None:
    """``value`` as an absolute http(s) URL fit to publish, or None when it is not one.

    ``javascript:``, ``data:``, ``file:`` and relative URLs give None, as does a URL without a
    valid host; spaces, quotes and non-ASCII characters are percent-encoded (an international
    host name is written in IDNA).
    """
    if not isinstance(value, str):
        return None
    text = clean_text(value).strip()
    if not text or any(c in text for c in "\t\n\r"):
        return None
    try:
        parts = urlsplit(text)
        host, port = parts.hostname, parts.port  # a bad port raises ValueError
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not host:
        return None
    netloc = _netloc(parts.netloc, host, port)
    if netloc is None:
        return None
    path, query, fragment = (quote(p, safe=URL_SAFE) for p in (parts.path, parts.query,
                                                              parts.fragment))  # fmt: skip
    return urlunsplit((parts.scheme.lower(), netloc, path or "/", query, fragment))


def _netloc(netloc: str, host: str, port: int | None) -> str | None:
    """The network location with its host checked (and in IDNA); None when it is not valid."""
    userinfo = netloc.rpartition("@")[0]
    if "[" in netloc:  # an IPv6 literal: urlsplit checked it
        return quote(netloc, safe=URL_SAFE)
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return None
    if not _HOST.fullmatch(ascii_host) or len(ascii_host) > 253:
        return None
    user = quote(userinfo, safe=URL_SAFE.replace("@", "")) + "@" if userinfo else ""
    return user + ascii_host + (f":{port}" if port is not None else "")
