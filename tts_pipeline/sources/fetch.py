"""Fetch an article from an http(s) URL.

A clear user agent, a timeout on every network wait and a deadline for the whole
request that holds whatever the server does (the download runs on a thread of its own;
at the deadline its connections are shut down and the caller gets an error), a size
limit, a page cut short refused, a check that the answer is a page (HTML or text),
redirects followed (to http and https only), compressed answers unpacked, and the
charset the server gives honoured (else the page's own ``<meta charset>``). Nothing the
server sends reaches a message unless it is printable.

:func:`fetch_url` fetches a page; :func:`fetch_resource` is the same download for any kind
of answer (a feed, robots.txt), with extra request headers (a conditional request) and the
answer's validators (ETag, Last-Modified); a 304 Not Modified comes back without a body.
"""

from __future__ import annotations

import http.client
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from tts_pipeline import __version__
from tts_pipeline.errors import FetchError
from tts_pipeline.models import Document
from tts_pipeline.sources.connections import Connections, TrackedHTTP, TrackedHTTPS
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
PAGE_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
NOT_MODIFIED = 304
EMPTY_ANSWER = "the server answered with nothing (an empty page); try again later"
GZIP_MAGIC = b"\x1f\x8b"
STOP_TICK_SECONDS = 0.1
"""How often a download that may be stopped (``stop``) asks whether it should be."""
_TO_ENCODE = re.compile(r"[^\x00-\x7f]+| +")
"""What a browser percent-encodes in a URL's path and query: letters beyond ASCII, spaces."""
_PASSWORD = re.compile(r"^([^:/?#]+://[^/?#@:]*:)[^/?#@]*@")


@dataclass(frozen=True)
class Fetched:
    """A server's answer: the body (None for 304 Not Modified) and what its headers said."""

    url: str
    """The URL asked for."""
    final_url: str
    """After redirects."""
    status: int
    """200, or 304 (``NOT_MODIFIED``) for a conditional request whose resource is unchanged."""
    data: bytes | None
    content_type: str | None
    charset: str | None
    etag: str | None = None
    last_modified: str | None = None
    language: str | None = None
    """The Content-Language the server declared."""


class FetchStopped(FetchError):
    """A stop was asked for (a signal to ``watch``) while a download ran: it was cut off; what
    it was for waits for the next run."""


class ServerAnswered(FetchError):
    """The server answered with an error status (404, 500, ...): ``status`` says which."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


QUOTED_CHARS = 100
"""Characters of a server's words (a reason phrase, a redirect target) quoted in a message."""


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http and https URLs only, at most ``MAX_REDIRECTS``; never read
    a redirect's body (it could be endless)."""

    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):
        target = headers.get("Location") or headers.get("URI")
        if target:
            newurl = urllib.parse.urljoin(req.full_url, target.strip())
            if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
                raise FetchError(
                    f"{req.full_url}: redirected to {_printable(newurl)}, which is not a web "
                    "page (only http and https addresses are followed)"
                )
        fp.close()
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch_url(
    url: str,
    timeout: float = TIMEOUT_SECONDS,
    deadline: float = DEADLINE_SECONDS,
    max_bytes: int = MAX_PAGE_BYTES,
) -> Document:
    """Download ``url`` and decode it; raise FetchError with the reason when that fails.

    Returns or fails within ``deadline`` seconds, whatever the server does."""
    return page_document(fetch_resource(url, timeout=timeout, deadline=deadline,
                                        max_bytes=max_bytes))  # fmt: skip


def page_document(fetched: Fetched) -> Document:
    """The decoded page of a server's answer; FetchError for an empty one."""
    if not fetched.data:
        raise FetchError(f"{fetched.url}: {EMPTY_ANSWER}")
    text = decode_bytes(fetched.data, fetched.url, declared=fetched.charset)
    return Document(
        text=text,
        name=fetched.url,
        url=fetched.final_url,
        content_type=fetched.content_type,
        language=fetched.language,
    )


def fetch_resource(
    url: str,
    *,
    accept: str = PAGE_ACCEPT,
    types: frozenset[str] | None = ACCEPTED_TYPES,
    what: str = "an article page",
    headers: dict[str, str] | None = None,
    timeout: float = TIMEOUT_SECONDS,
    deadline: float = DEADLINE_SECONDS,
    max_bytes: int = MAX_PAGE_BYTES,
    stop: Callable[[], bool] | None = None,
) -> Fetched:
    """Download ``url`` as :func:`fetch_url` does, without decoding it: an answer whose media
    type is not among ``types`` (None: any) is refused as not ``what``; ``headers`` are sent
    besides ours (If-None-Match...). Returns or fails within ``deadline`` seconds; raises
    FetchStopped within ``STOP_TICK_SECONDS`` of ``stop()`` turning true."""
    _check_url(url)
    connections = Connections()
    outcome: dict[str, object] = {}
    request = _Request(accept, types, what, headers or {})

    def download() -> None:
        try:
            outcome["answer"] = _download(url, timeout, max_bytes, connections, request)
        except BaseException as e:
            outcome["error"] = e

    worker = threading.Thread(target=download, name="fetch", daemon=True)
    try:
        worker.start()
        _wait(worker, deadline, stop)
        if worker.is_alive() and stop is not None and stop():
            raise FetchStopped(f"{url}: stopped before the download ended")
        if worker.is_alive():
            raise FetchError(
                f"{url}: the server took longer than {deadline:g} s to send the page; "
                "try again later"
            )
    finally:
        if worker.is_alive():
            connections.abort()  # the download ends at once, and its thread with it
        connections.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["answer"]


def _wait(worker: threading.Thread, deadline: float, stop: Callable[[], bool] | None) -> None:
    """Until ``worker`` ends, ``deadline`` seconds pass or ``stop()`` is true."""
    if stop is None:
        worker.join(deadline)
        return
    end = time.monotonic() + deadline
    while worker.is_alive() and not stop() and (left := end - time.monotonic()) > 0:
        worker.join(min(left, STOP_TICK_SECONDS))


@dataclass(frozen=True)
class _Request:
    accept: str
    types: frozenset[str] | None
    what: str
    headers: dict[str, str]


def _check_url(url: str) -> None:
    """FetchError for an address that cannot be an http(s) URL (no host, a broken port)."""
    shown = _printable(_PASSWORD.sub(r"\1***@", url, count=1))  # said in logs: no password
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018  (raises for a port that is not a number in range)
    except ValueError as e:
        raise FetchError(f"{shown}: not a valid web address ({e})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{shown}: not a valid web address (no host name)")
    if parts.username is not None or parts.password is not None:
        raise FetchError(f"{shown}: a web address with a user name or password "
                         "is not supported; save the page and give the file")  # fmt: skip


def _as_uri(url: str) -> str:
    """``url`` as a browser sends it: letters beyond ASCII and spaces in path and query
    percent-encoded."""
    parts = urllib.parse.urlsplit(url)
    path, query = (_TO_ENCODE.sub(lambda m: urllib.parse.quote(m[0]), p) for p in parts[2:4])
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def _download(
    url: str, timeout: float, max_bytes: int, connections: Connections, asked: _Request
) -> Fetched:
    """The answer of ``url``; FetchError when that fails."""
    opener = urllib.request.build_opener(
        _HttpOnlyRedirects(), TrackedHTTP(connections), TrackedHTTPS(connections)
    )
    try:
        request = urllib.request.Request(
            _as_uri(url),
            headers={
                **asked.headers,
                "User-Agent": USER_AGENT,
                "Accept": asked.accept,
                "Accept-Encoding": "gzip, deflate",
            },
        )
        with opener.open(request, timeout=timeout) as response:
            final_url = response.geturl()
            content_type = _content_type(url, response.headers, asked)
            language = response.headers.get("Content-Language")
            charset = response.headers.get_content_charset()
            length = _content_length(url, response.headers)
            _check_length(url, length, max_bytes)
            data = _read(url, response, max_bytes)
            _check_complete(url, data, length)
            data = _decompress(url, data, response.headers.get("Content-Encoding"), max_bytes)
            validators = _validators(response.headers)
    except urllib.error.HTTPError as e:
        if e.code == NOT_MODIFIED:
            return Fetched(url, e.geturl() or url, NOT_MODIFIED, None, None, None,
                           *_validators(e.headers))  # fmt: skip
        if 300 <= e.code < 400 and "infinite loop" in str(e.msg):
            raise FetchError(f"{url}: too many redirects (a redirect loop?)") from None
        if 300 <= e.code < 400:
            raise FetchError(f"{url}: the server answered {e.code} but said not where to") from None
        raise ServerAnswered(
            f"{url}: the server answered {e.code} {_printable(e.reason)}", e.code
        ) from None
    except urllib.error.URLError as e:
        raise FetchError(f"{url}: cannot reach it: {_printable(e.reason)}") from None
    except TimeoutError:
        raise FetchError(f"{url}: no answer within {timeout:g} s") from None
    except http.client.IncompleteRead:
        raise FetchError(f"{url}: the server sent only part of the page") from None
    except http.client.RemoteDisconnected:
        raise FetchError(f"{url}: the server closed the connection without answering") from None
    except http.client.InvalidURL as e:
        raise FetchError(f"{_printable(url)}: not a valid web address ({_printable(e)})") from None
    except http.client.HTTPException as e:
        raise FetchError(
            f"{url}: the server's answer is not valid HTTP ({type(e).__name__})"
        ) from None
    except (OSError, ValueError, OverflowError) as e:
        raise FetchError(f"{url}: cannot fetch it: {_printable(e)}") from None
    return Fetched(url, final_url, 200, data, content_type, charset, *validators, language)


def _validators(headers) -> tuple[str | None, str | None]:
    """(ETag, Last-Modified) of an answer, when they are short printable text."""
    found = []
    for name in ("ETag", "Last-Modified"):
        value = (headers.get(name) or "").strip() if headers is not None else ""
        found.append(value if value and value.isprintable() and len(value) <= 256 else None)
    return found[0], found[1]


def _printable(text: object, limit: int = QUOTED_CHARS) -> str:
    """Words a server chose, safe to print: one line, no control characters, not too long."""
    line = "".join(c if c.isprintable() else "?" for c in " ".join(str(text).split()))
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _content_type(url: str, headers, asked: _Request) -> str | None:
    if headers.get("Content-Type") is None:
        return None
    content_type = headers.get_content_type()
    if asked.types is not None and content_type not in asked.types:
        raise FetchError(f"{url}: not {asked.what} but {content_type}; give the URL of a web page")
    return content_type


def _content_length(url: str, headers) -> str | None:
    """The answer's Content-Length; FetchError when it gives two that differ (RFC 9112: the
    answer cannot be read, not a page to take whichever length comes first)."""
    lengths = {value.strip() for value in headers.get_all("Content-Length") or ()}
    if len(lengths) > 1:
        raise FetchError(f"{url}: the server's answer is not valid HTTP (it gives "
                         "two different lengths)")  # fmt: skip
    return lengths.pop() if lengths else None


def _check_length(url: str, length: str | None, max_bytes: int) -> None:
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise FetchError(f"{url}: page too large ({int(length)} bytes, limit {max_bytes})")


def _read(url: str, response, max_bytes: int) -> bytes:
    """The body, in chunks, within the size limit."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(CHUNK_BYTES):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: page too large (over {max_bytes} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def _check_complete(url: str, data: bytes, length: str | None) -> None:
    """FetchError when the server sent fewer bytes than its Content-Length said."""
    if length and length.strip().isdigit() and len(data) < int(length):
        raise FetchError(
            f"{url}: the server sent only {len(data)} of the page's {int(length)} bytes "
            "(the connection was cut); try again"
        )


def _decompress(url: str, data: bytes, encoding: str | None, max_bytes: int) -> bytes:
    encoding = (encoding or "identity").strip().lower()
    if encoding in ("identity", ""):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"{url}: the server sent the page compressed as {encoding!r}")
    gzipped = "gzip" in encoding
    out, rest = b"", data
    while True:  # gzip members one after another (RFC 1952) are one page: all are unpacked
        inflater = _inflate(url, rest, encoding, max_bytes + 1 - len(out), first=not out)
        out += inflater.out
        if len(out) > max_bytes:
            raise FetchError(f"{url}: page too large (over {max_bytes} bytes unpacked)")
        if not inflater.eof:  # the stream stops before its end: the page is cut short
            raise FetchError(f"{url}: the server sent only part of the page (its {encoding} "
                             "data ends early); try again")  # fmt: skip
        rest = inflater.unused_data
        if not (gzipped and rest.startswith(GZIP_MAGIC)):
            return out  # other bytes after the data are ignored, as browsers do


@dataclass(frozen=True)
class _Inflated:
    out: bytes
    eof: bool
    unused_data: bytes


def _inflate(url: str, data: bytes, encoding: str, limit: int, first: bool) -> _Inflated:
    """One zlib or gzip stream at the start of ``data`` unpacked, at most ``limit`` bytes; the
    first may be raw deflate instead (some servers send it so)."""
    modes = [16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS]
    for wbits in modes + ([-zlib.MAX_WBITS] if first else []):
        inflater = zlib.decompressobj(wbits)
        try:
            out = inflater.decompress(data, limit)
        except zlib.error:
            continue
        return _Inflated(out, inflater.eof, inflater.unused_data)
    raise FetchError(f"{url}: the page is not valid {encoding} data")
