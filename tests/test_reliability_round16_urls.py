"""Round 16 of hostile input: URL input, from a hostile or broken web server on 127.0.0.1.

gzip data in several members, two different lengths, an empty answer. Each gets one line
and its own exit code, or the page read whole; never a page read cut short without a word.
"""

from __future__ import annotations

import gzip

from raw_server import RawServer, one_answer
from test_errors import one_error_line
from test_reliability_round15 import published
from test_reliability_round16 import BRIEF

# --- URL input: a hostile or broken web server ---------------------------------------------

PAGE = (
    "<html><head><title>Quay plan</title></head><body><article><h1>Quay plan</h1>"
    + "<p>The harbour board met on Monday and approved the plan to rebuild the north quay. "
    "Work starts in March and should end before the summer.</p>"
    * 4
    + "<p>The last paragraph says when the work will be done.</p></article></body></html>"
).encode()


def served(headers: dict[str, str], body: bytes):
    """A server on 127.0.0.1 that answers 200 with ``headers`` and ``body``."""
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return one_answer(f"HTTP/1.1 200 OK\r\n{head}\r\n".encode() + body)


def test_a_page_gzipped_in_several_members_is_read_whole(cli):
    """gzip data may be several members one after another (RFC 1952; a server that
    compresses as it streams). Only the first was unpacked: the page was read cut short, with
    no word said (here the title and a few words of the first paragraph)."""

    body = b"".join(gzip.compress(PAGE[i : i + 150]) for i in range(0, len(PAGE), 150))
    server = served({"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip",
                     "Content-Length": str(len(body))}, body)  # fmt: skip
    try:
        result = cli("clean", server.url)
    finally:
        server.close()
    assert result.returncode == 0, result.stderr.decode()
    assert b"when the work will be done" in result.stdout


def test_a_damaged_gzip_member_after_the_first_is_refused_not_dropped(cli):

    second = bytearray(gzip.compress(PAGE[150:]))
    second[20:30] = b"\xff" * 10
    body = gzip.compress(PAGE[:150]) + bytes(second)
    server = served({"Content-Type": "text/html", "Content-Encoding": "gzip",
                     "Content-Length": str(len(body))}, body)  # fmt: skip
    try:
        result = cli("clean", server.url)
    finally:
        server.close()
    one_error_line(result, 2, "not valid gzip data")


def test_an_answer_with_two_different_lengths_is_refused_not_read_in_part(cli):
    """Two Content-Length headers that differ make an answer no one can read (RFC 9112); the
    first was taken, and the page read cut short at it without a word."""
    server = RawServer(lambda connection: connection.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 450\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(PAGE), PAGE)))  # fmt: skip
    try:
        result = cli("clean", server.url)
    finally:
        server.close()
    one_error_line(result, 2, "not valid HTTP", "two different lengths")


def test_an_empty_answer_is_said_to_be_one(cli, room, tmp_path):
    """A 200 with no body: for a page, it was "empty input"; for a feed read before, "answers
    a web page now (has the feed moved?)", which sent the newsroom looking for a move."""
    empty = served({"Content-Type": "text/html", "Content-Length": "0"}, b"")
    try:
        one_error_line(cli("clean", empty.url), 2, "answered with nothing")
    finally:
        empty.close()
    room.add(full_text_in_feed=True, paragraphs=[BRIEF.replace("<p>", "").replace("</p>", " ")])
    feed, site = f"{room.url}/feed.rss", tmp_path / "site"
    assert cli("watch", feed, "--once", "--site", str(site), "--voice", "espeak").returncode == 0
    room.faults["/feed.rss"] = ("body", b"")
    result = cli("watch", feed, "--once", "--site", str(site), "--voice", "espeak")
    err = result.stderr.decode()
    assert result.returncode == 1 and len(err.splitlines()) == 1, err
    assert "answered with nothing" in err and "kept" in err and "moved" not in err, err
    assert len(published(site)) == 1


def test_a_web_address_with_spaces_is_sent_as_a_browser_sends_it(cli):
    """A URL copied with a space in its path or query ("story 1.html") was refused as "not a
    valid web address (URL can't contain control characters)"; a browser sends the space as
    %20, and so do we now."""
    server = served({"Content-Type": "text/html", "Content-Length": str(len(PAGE))}, PAGE)
    try:
        result = cli("clean", f"{server.url} 1.html?from=front page")
    finally:
        server.close()
    assert result.returncode == 0, result.stderr.decode()
    assert b"when the work will be done" in result.stdout
    assert server.requests[0].startswith(b"GET /article%201.html?from=front%20page HTTP/1.1")
