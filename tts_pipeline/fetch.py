"""Fetch an article from an http(s) URL: clear user agent, timeout, size limit, type check."""

from __future__ import annotations

import re
import urllib.error
import urllib.request

from tts_pipeline import __version__
from tts_pipeline.errors import FetchError
from tts_pipeline.models import Document
from tts_pipeline.sources import MAX_INPUT_BYTES, decode_bytes

USER_AGENT = f"tts-pipeline/{__version__} (+https://pypi.org/project/tts-pipeline/)"
TIMEOUT_SECONDS = 20.0
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def fetch_url(url: str, timeout: float = TIMEOUT_SECONDS) -> Document:
    """Download ``url`` (redirects followed) and decode it with the charset the server gives."""
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            final_url = response.geturl()
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            if content_type not in ACCEPTED_TYPES:
                raise FetchError(f"{url}: not an article page (content type {content_type})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_INPUT_BYTES:
                raise FetchError(f"{url}: page too large ({int(length)} bytes)")
            data = response.read(MAX_INPUT_BYTES + 1)
    except urllib.error.HTTPError as e:
        raise FetchError(f"{url}: server answered {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise FetchError(f"{url}: cannot reach it: {e.reason}") from None
    except TimeoutError:
        raise FetchError(f"{url}: no answer within {timeout:g} s") from None
    except OSError as e:
        raise FetchError(f"{url}: cannot fetch it: {e}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise FetchError(f"{url}: page too large (over {MAX_INPUT_BYTES} bytes)")
    if charset is None and content_type != "text/plain":
        match = _META_CHARSET.search(data[:4096])
        charset = match.group(1).decode("ascii", "replace") if match else None
    text = decode_bytes(data, url, declared=charset)
    return Document(text=text, name=url, url=final_url, content_type=content_type)
