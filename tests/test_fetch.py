"""Fetching URLs, against a local HTTP server on 127.0.0.1 started here (never the internet)."""

from __future__ import annotations

import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.raw_server import RawServer
from tts_pipeline.errors import FetchError
from tts_pipeline.sources.fetch import USER_AGENT, fetch_url

PAGE = (Path(__file__).parent / "pages" / "news-article.html").read_bytes()
LATIN = "<html><body><p>“Smart quotes” in Zürich</p></body></html>"
CYRILLIC = '<html><head><meta charset="windows-1251"></head><body>Привет</body></html>'


def _routes(path: str, headers) -> tuple[int, dict[str, str], bytes]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    routes = {
        "/article": (200, html, PAGE),
        "/latin": (200, {"Content-Type": "text/html; charset=ISO-8859-1"}, LATIN.encode("cp1252")),
        "/meta": (200, {"Content-Type": "text/html"}, CYRILLIC.encode("cp1251")),
        "/redirect": (301, {"Location": "/article"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/to-ftp": (302, {"Location": "ftp://127.0.0.1/file"}, b""),
        "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/to-javascript": (302, {"Location": "javascript:alert(1)"}, b""),
        "/nowhere": (302, {}, b""),
        "/short": (200, {**html, "Content-Length": "5000"}, PAGE[:1000]),
        "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
        "/big": (200, {**html, "Content-Length": "5000"}, b"x" * 5000),
        "/gzip": (200, {**html, "Content-Encoding": "gzip"}, gzip.compress(PAGE)),
        "/no-type": (200, {}, b"<html><body><p>Untyped</p></body></html>"),
        "/agent": (200, {"Content-Type": "text/plain"}, headers.get("User-Agent", "").encode()),
    }  # fmt: skip
    if path == "/slow":
        time.sleep(2)
    if path == "/endless":  # no Content-Length: the size is only known while reading
        return 200, html, b"<p>" + b"x" * 5000
    return routes.get(path, (404, {"Content-Type": "text/plain"}, b"not found"))


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # the name http.server calls
        status, headers, body = _routes(self.path, self.headers)
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output quiet
        pass


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a client that stops reading is fine
        pass


@pytest.fixture(scope="module")
def server():
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetches_a_page(server):
    document = fetch_url(f"{server}/article")
    assert "Volunteers counted 1,240 nesting pairs" in document.text
    assert document.content_type == "text/html"
    assert document.url == f"{server}/article"


def test_sends_a_clear_user_agent(server):
    assert fetch_url(f"{server}/agent").text == USER_AGENT
    assert USER_AGENT.startswith("tts-pipeline/")


def test_follows_redirects_and_reports_the_final_url(server):
    document = fetch_url(f"{server}/redirect")
    assert document.url == f"{server}/article"
    assert "nesting pairs" in document.text


def test_honours_the_response_charset(server):
    assert "“Smart quotes” in Zürich" in fetch_url(f"{server}/latin").text


def test_uses_the_meta_charset_when_the_server_gives_none(server):
    assert "Привет" in fetch_url(f"{server}/meta").text


def test_unpacks_gzip(server):
    assert "nesting pairs" in fetch_url(f"{server}/gzip").text


def test_accepts_a_page_without_content_type(server):
    assert "Untyped" in fetch_url(f"{server}/no-type").text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "404"),
        ("/image", "image/png"),
        ("/loop", "too many redirects"),
        ("/to-ftp", "not a web page"),
    ],
)
def test_refuses_what_is_not_an_article_page(server, path, message):
    with pytest.raises(FetchError, match=message):
        fetch_url(f"{server}{path}")


@pytest.mark.parametrize("path", ["/big", "/endless"])
def test_size_limit(server, path):
    with pytest.raises(FetchError, match="too large"):
        fetch_url(f"{server}{path}", max_bytes=1000)


def test_a_truncated_page_is_refused(server):
    """The server says 5000 bytes, sends 1000 and closes the connection."""
    with pytest.raises(FetchError, match="sent only 1000 of the page's 5000 bytes"):
        fetch_url(f"{server}/short")


@pytest.mark.parametrize("path", ["/to-file", "/to-javascript"])
def test_a_redirect_to_another_scheme_is_reported_as_such(server, path):
    with pytest.raises(FetchError, match="not a web page") as failure:
        fetch_url(f"{server}{path}")
    assert "redirect loop" not in str(failure.value)


def test_a_redirect_without_a_target(server):
    with pytest.raises(FetchError, match="302 but said not where to"):
        fetch_url(f"{server}/nowhere")


@pytest.mark.parametrize(
    "url", ["http://[::1", "http://", "http://127.0.0.1:99999/", "http://127.0.0.1:9/a\x01b"]
)
def test_an_address_that_is_no_url(url):
    with pytest.raises(FetchError, match="not a valid web address"):
        fetch_url(url)


def _dribble(data: bytes, every: float = 0.2):
    def respond(connection) -> None:
        for byte in data:
            connection.sendall(bytes([byte]))
            time.sleep(every)

    return respond


HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
SLOW_HEADERS = _dribble(HEAD + b"X-Slow: " + b"x" * 40 + b"\r\nContent-Length: 2\r\n\r\nhi")


def slow_body(connection) -> None:
    connection.sendall(HEAD + b"Content-Length: 40\r\n\r\n")
    _dribble(b"y" * 40)(connection)


@pytest.mark.parametrize("respond", [SLOW_HEADERS, slow_body], ids=["headers", "body"])
def test_the_deadline_holds_whatever_the_server_does(respond):
    """One byte every 0.2 s: no single read waits long, but the whole takes 8 s or more."""
    slow = RawServer(respond)
    try:
        with pytest.raises(FetchError, match="took longer than 1 s"):
            fetch_url(slow.url, deadline=1.0)
        assert slow.client_left_early.wait(10), "the download went on after the deadline"
    finally:
        slow.close()


@pytest.mark.parametrize(
    "answer",
    ids=["binary", "bad-status", "too-many-headers"],
    argvalues=[
        b"\x89PNG\x00\x01\x1b[31mgarbage\r\n\r\n",
        b"HTTP/1.1 999999 \x1b]0;owned\x07\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 200 + b"\r\n",
    ],
)
def test_a_malformed_answer_is_one_line_without_its_bytes(cli, answer):
    broken = RawServer(lambda connection: connection.sendall(answer))
    try:
        result = cli("clean", broken.url)
    finally:
        broken.close()
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, err
    assert err.startswith("tts-pipeline: error: ") and err.count("\n") == 1
    assert all(c.isprintable() for c in err.rstrip("\n")), repr(err)


def test_a_hostile_reason_phrase_is_printed_safely(cli):
    reply = b"HTTP/1.1 404 Gone \x1b[2J\x1b]0;pwned\x07\r\nContent-Length: 0\r\n\r\n"
    hostile = RawServer(lambda connection: connection.sendall(reply))
    try:
        result = cli("clean", hostile.url)
    finally:
        hostile.close()
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2 and "404" in err
    assert "\x1b" not in err and "\x07" not in err


@pytest.mark.parametrize("url", ["http://[::1", "https://"])
def test_cli_an_address_that_is_no_url_is_input_error(cli, url):
    result = cli("clean", url)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("tts-pipeline: error: ")
    assert "internal error" not in result.stderr.decode()


def test_timeout(server):
    with pytest.raises(FetchError, match=r"no answer within 0\.5 s"):
        fetch_url(f"{server}/slow", timeout=0.5)


def test_cli_cleans_a_url(cli, server):
    result = cli("clean", f"{server}/redirect", "--format", "json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["title"] == "Volunteers count record number of swifts in the old town"
    assert article["paragraphs"][0].startswith("Volunteers counted 1,240 nesting pairs")


def test_cli_reports_a_missing_page_in_one_line(cli, server):
    result = cli("clean", f"{server}/missing")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert err.count("\n") == 1 and "404" in err and "Traceback" not in err
