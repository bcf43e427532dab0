"""Fetching URLs, against a local HTTP server on 127.0.0.1 started here (never the internet)."""

from __future__ import annotations

import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

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
