"""Fetch an article from an http(s) URL.

A clear user agent, a timeout on every network wait and a deadline for the whole
download, a size limit, a check that the answer is a page (HTML or text), redirects
followed (to http and https only), compressed answers unpacked, and the charset the
server gives honoured (else the page's own ``<meta charset>``).
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import zlib

from tts_pipeline import __version__
from tts_pipeline.errors import FetchError
from tts_pipeline.models import Document
from tts_pipeline.sources.read import decode_bytes

USER_AGENT = f"tts-pipeline/{__version__} (+https://pypi.org/project/tts-pipeline/)"
"""Says who fetches: the program, its version and where to read about it."""
TIMEOUT_SECONDS = 20.0
"""Longest wait for the server at any one step (connecting, each read)."""
DEADLINE_SECONDS = 60.0
"""Longest time for the whole download."""
MAX_PAGE_BYTES = 10 * 1024 * 1024
"""Largest page accepted, in bytes (after decompression); a news page is far smaller."""
MAX_REDIRECTS = 10
CHUNK_BYTES = 64 * 1024
ACCEPTED_TYPES = frozenset(("text/html", "application/xhtml+xml", "text/plain"))
"""Media types of a page with an article; a missing type is accepted and sniffed."""


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http and https URLs only, at most ``MAX_REDIRECTS``."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not newurl.lower().startswith(("http://", "https://")):
            raise FetchError(f"{req.full_url}: redirected to {newurl}, which is not a web page")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(
    url: str,
    timeout: float = TIMEOUT_SECONDS,
    deadline: float = DEADLINE_SECONDS,
    max_bytes: int = MAX_PAGE_BYTES,
) -> Document:
    """Download ``url`` and decode it; raise FetchError with the reason when that fails."""
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate",
        },
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            final_url = response.geturl()
            content_type = _content_type(url, response.headers)
            charset = response.headers.get_content_charset()
            _check_length(url, response.headers.get("Content-Length"), max_bytes)
            data = _read(url, response, time.monotonic() + deadline, max_bytes)
            data = _decompress(url, data, response.headers.get("Content-Encoding"), max_bytes)
    except urllib.error.HTTPError as e:
        if 300 <= e.code < 400:
            raise FetchError(f"{url}: too many redirects (a redirect loop?)") from None
        raise FetchError(f"{url}: the server answered {e.code} {_one_line(e.reason)}") from None
    except urllib.error.URLError as e:
        raise FetchError(f"{url}: cannot reach it: {_one_line(e.reason)}") from None
    except TimeoutError:
        raise FetchError(f"{url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as e:
        raise FetchError(f"{url}: cannot fetch it: {_one_line(e)}") from None
    text = decode_bytes(data, url, declared=charset)
    return Document(text=text, name=url, url=final_url, content_type=content_type)


def _one_line(reason: object) -> str:
    return " ".join(str(reason).split())


def _content_type(url: str, headers) -> str | None:
    if headers.get("Content-Type") is None:
        return None
    content_type = headers.get_content_type()
    if content_type not in ACCEPTED_TYPES:
        raise FetchError(
            f"{url}: not an article page but {content_type}; give the URL of a web page"
        )
    return content_type


def _check_length(url: str, length: str | None, max_bytes: int) -> None:
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise FetchError(f"{url}: page too large ({int(length)} bytes, limit {max_bytes})")


def _read(url: str, response, deadline: float, max_bytes: int) -> bytes:
    """The body, in chunks, within the deadline and the size limit."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(CHUNK_BYTES):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: page too large (over {max_bytes} bytes)")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: the download took too long")
        chunks.append(chunk)
    return b"".join(chunks)


def _decompress(url: str, data: bytes, encoding: str | None, max_bytes: int) -> bytes:
    encoding = (encoding or "identity").strip().lower()
    if encoding in ("identity", ""):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"{url}: the server sent the page compressed as {encoding!r}")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(wbits)
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        try:  # some servers send raw deflate
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            out = inflater.decompress(data, max_bytes + 1)
        except zlib.error:
            raise FetchError(f"{url}: the page is not valid {encoding} data") from None
    if len(out) > max_bytes:
        raise FetchError(f"{url}: page too large (over {max_bytes} bytes unpacked)")
    return out
