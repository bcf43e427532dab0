"""Escaping and formatting of what the pages show: text, URLs, times and dates."""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlsplit

from tts_pipeline.publish.player.labels import Labels, labels
from tts_pipeline.publish.sanitize import for_html

ASSETS = Path(__file__).resolve().parent / "assets"
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
SAFE_SCHEMES = ("", "http", "https")
"""URL schemes a page may link to; anything else (``javascript:``, ``data:``) is refused."""


@cache
def asset(name: str) -> str:
    """A template, stylesheet or script of ``assets/``."""
    return (ASSETS / name).read_text(encoding="utf-8")


def esc(text: str | None) -> str:
    """``text`` escaped for HTML element content and quoted attribute values, cleaned of the
    code points no page may hold (:func:`sanitize.for_html`)."""
    return for_html(text)


def file_url(name: str) -> str:
    """A relative URL for a file name beside the page (spaces and ``#`` percent-encoded; a
    name's bytes that are not UTF-8, held as surrogate escapes, percent-encoded as bytes)."""
    return quote(os.fsencode(name), safe="/")


def url(value: str) -> str:
    """``value`` checked to be a relative or http(s) URL, escaped for an attribute."""
    if urlsplit(value.strip()).scheme.lower() not in SAFE_SCHEMES:
        raise ValueError(f"not a relative or http(s) URL: {value!r}")
    return esc(value)


def clock(seconds: float) -> str:
    """``95.9`` -> ``1:35``; ``3725`` -> ``1:02:05``."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def iso_duration(seconds: float) -> str:
    """``95.9`` -> ``PT1M35S``, for ``<time datetime>``."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{secs}S"


def display_date(iso: str, words: Labels | None = None) -> str:
    """``2023-11-21T21:37`` -> ``21 November 2023`` (in English; ``21.11.2023`` in German);
    other text is returned as it is."""
    match = _ISO_DATE.match(iso)
    if not match or not 1 <= int(match[2]) <= 12:
        return iso
    return (words or labels("en")).date(match[1], match[2], match[3])


def time_element(iso: str | None, words: Labels | None = None) -> str:
    """A ``<time>`` element for an ISO date, or nothing."""
    if not iso:
        return ""
    return f'<time datetime="{esc(iso)}">{esc(display_date(iso, words))}</time>'


def duration_element(seconds: float) -> str:
    return f'<time datetime="{iso_duration(seconds)}">{clock(seconds)}</time>'
