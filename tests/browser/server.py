"""A static file server on 127.0.0.1 that honours single byte ranges (RFC 9110, 14).

Chromium can only seek in audio that its server serves in ranges; ``http.server`` ignores the
Range header and always answers 200 with the whole file.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import threading
from collections.abc import Iterator
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """First and last byte of a single ``bytes=`` range, clipped to ``size``; None: whole file.

    Raises ValueError when the range cannot be satisfied.
    """
    match = _RANGE.match(header.strip())
    if not match or not (match[1] or match[2]):
        return None
    if not match[1]:
        length = int(match[2])
        if length == 0 or size == 0:
            raise ValueError(header)
        return max(0, size - length), size - 1
    first = int(match[1])
    last = min(int(match[2]), size - 1) if match[2] else size - 1
    if first >= size or last < first:
        raise ValueError(header)
    return first, last


class RangeRequestHandler(SimpleHTTPRequestHandler):
    """``SimpleHTTPRequestHandler`` plus 206 Partial Content for one range."""

    extensions_map = {  # noqa: RUF012 (the base class declares it so)
        **SimpleHTTPRequestHandler.extensions_map,
        ".vtt": "text/vtt",
        ".mp3": "audio/mpeg",
    }

    def log_message(self, format, *args) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        header = self.headers.get("Range")
        if not header or not path.is_file():
            return super().send_head()
        data = path.read_bytes()
        try:
            span = byte_range(header, len(data))
        except ValueError:
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{len(data)}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if span is None:
            return super().send_head()
        first, last = span
        self.send_response(HTTPStatus.PARTIAL_CONTENT)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {first}-{last}/{len(data)}")
        self.send_header("Content-Length", str(last - first + 1))
        self.send_header("Last-Modified", self.date_time_string(int(os.path.getmtime(path))))
        self.end_headers()
        return io.BytesIO(data[first : last + 1])


@contextlib.contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 at a free port; yield the base URL (ending in ``/``)."""
    handler = partial(RangeRequestHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
