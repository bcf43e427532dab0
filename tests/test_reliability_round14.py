"""Round 14 of hostile input: kinds the earlier rounds did not try.

Option values out of any sane range (NaN, infinity, a century of days), a script that is a
device, a FIFO or JSON nested too deep, charset labels no browser knows, a compressed page
cut short, names longer than the file system allows, and standard output that is full
while ``--help`` prints. Each gets one line, its own exit code, and no internal error.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from test_errors import one_error_line

from tests.raw_server import one_answer

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "articles" / "bridge.txt"
PAGE = (ROOT / "tests" / "pages" / "news-article.html").read_bytes()


# --- check --script: never an endless read, never a crash on deep JSON --------------------


@pytest.mark.parametrize("kind", ["device", "fifo", "deep-json"])
def test_a_check_script_that_is_a_device_fifo_or_deep_json_is_refused(cli, tmp_path, kind):
    """/dev/zero was read until memory ran out, a FIFO waited for ever, and JSON nested
    100,000 deep was an internal error (RecursionError)."""
    mp3 = tmp_path / "episode.mp3"
    mp3.write_bytes(b"ID3")
    script = tmp_path / "script.json"
    if kind == "device":
        script = Path("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(script)
    else:
        script.write_text('{"sentences": ' + "[" * 100_000)
    result = cli("check", str(mp3), "--script", str(script))
    one_error_line(result, 2, str(script))


# --- charset labels no browser knows, or that cannot be right ------------------------------

STORY = (
    "<h1>Park plan approved</h1><p>The city council voted on Tuesday to approve a new park "
    "along the river, with trails and a playground for 2+2 families. Work begins in spring "
    "and costs \\x41 four million dollars, the mayor said.</p><p>Residents mostly supported "
    "the plan, though some raised concerns about parking and noise in the evenings.</p>"
)


def page_with_charset(label: str) -> bytes:
    return f'<html><head><meta charset="{label}"></head><body>{STORY}</body></html>'.encode()


@pytest.mark.parametrize(
    "label", ["undefined", "idna", "punycode", "unicode_escape", "utf-7", "utf-16", "utf-32"]
)
def test_a_charset_no_browser_knows_is_ignored(cli, tmp_path, label):
    """'undefined' and 'idna' were internal errors, 'punycode' an empty page, 'utf-7' and
    'unicode_escape' changed the words ('\\x41' became 'A'), UTF-16 and UTF-32 made CJK
    characters of an ASCII page."""
    plain = tmp_path / "plain.html"
    plain.write_bytes(page_with_charset("utf-8"))
    odd = tmp_path / "odd.html"
    odd.write_bytes(page_with_charset(label))
    expected = cli("clean", str(plain))
    result = cli("clean", str(odd))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == expected.stdout and b"\\x41 four" in result.stdout


@pytest.mark.parametrize(
    ("label", "codec", "words"),
    [
        ("iso-8859-8-i", "iso8859-8", "שלום לכולם"),
        ("windows-874", "cp874", "สวัสดีครับ"),
        ("x-mac-cyrillic", "mac-cyrillic", "Привет всем"),
        ("x-sjis", "cp932", "こんにちは"),
        ("windows-31j", "cp932", "こんにちは"),
        ("x-gbk", "gbk", "你好世界"),
    ],
)
def test_a_browser_s_other_names_of_an_encoding_are_believed(label, codec, words):
    """Labels of the WHATWG Encoding Standard that Python does not know by that name
    ('iso-8859-8-i' of Hebrew sites, 'windows-874' of Thai ones) were ignored, and the page
    read as windows-1252: letters became Latin gibberish."""
    from tts_pipeline.sources.read import decode_bytes

    page = f"<html><head><meta charset='{label}'></head><body><p>{words}</p></body></html>"
    assert words in decode_bytes(page.encode(codec), "page.html")


def http_answer(body: bytes, *headers: str) -> bytes:
    lines = ["HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def test_a_server_saying_utf16_of_an_ascii_page_is_not_believed(cli):
    server = one_answer(http_answer(PAGE).replace(b"charset=utf-8", b"charset=utf-16"))
    honest = one_answer(http_answer(PAGE))
    try:
        result, expected = cli("clean", server.url), cli("clean", honest.url)
    finally:
        server.close()
        honest.close()
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == expected.stdout


# --- a compressed page cut short ----------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compressed_page_cut_short_is_refused(cli, encoding):
    """Without a Content-Length, a gzip or deflate stream that stops half-way was read as the
    whole page: the article ended where the connection broke, and the run succeeded."""
    packed = gzip.compress(PAGE) if encoding == "gzip" else zlib.compress(PAGE)
    cut = packed[: len(packed) // 2]
    server = one_answer(http_answer(cut, f"Content-Encoding: {encoding}", "Connection: close"))
    try:
        result = cli("clean", server.url)
    finally:
        server.close()
    one_error_line(result, 2, "only part of the page")


# --- option values: NaN, infinity, too far back; usage errors in one line -------------------


@pytest.mark.parametrize(
    "args",
    [
        ["batch", "x.txt", "--site", "site", "--delay", "nan"],
        ["batch", "x.txt", "--site", "site", "--delay", "inf"],
        ["watch", "x.txt", "--once", "--site", "site", "--delay", "1e400"],
        ["check", "x.mp3", "--threshold", "nan"],
        ["speak", "x.txt", "--jobs", "0"],
        ["clean", "x.txt", "--format", "xml"],
    ],
    ids=["delay-nan", "delay-inf", "delay-overflow", "threshold-nan", "jobs-0", "format"],
)
def test_an_option_value_out_of_range_is_one_usage_line(cli, tmp_path, args):
    """--delay inf was an internal error (OverflowError) at the second request to a host,
    --delay nan no delay at all, --threshold nan a check that heard nothing (exit 8); and a
    usage error was click's block of four lines."""
    one_error_line(cli(*args, cwd=tmp_path), 2, f"'{args[-2]}'", f"{args[0]} --help")


@pytest.mark.parametrize(
    "args",
    [
        ["batch", "x.txt", "--site", "site", "--since", "99999999999d"],
        ["batch", "x.txt", "--site", "site", "--since", "800000d"],
        ["watch", "x.txt", "--site", "site", "--every", "9" * 400 + "d"],
    ],
    ids=["since-overflow", "since-before-year-1", "every-infinite"],
)
def test_a_duration_too_long_is_input_error(cli, tmp_path, args):
    """--since 800000d was an internal error (OverflowError: date value out of range)."""
    one_error_line(cli(*args, cwd=tmp_path), 2, args[-2])
    assert not (tmp_path / "site").exists()


def test_a_file_named_like_an_option_gets_a_hint(cli, tmp_path):
    (tmp_path / "-draft.txt").write_bytes(ARTICLE.read_bytes())
    one_error_line(cli("clean", "-draft.txt", cwd=tmp_path), 2, "./NAME")
    assert cli("clean", "./-draft.txt", cwd=tmp_path).returncode == 0


# --- standard output full while help prints ----------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["--help"], ["--version"], ["batch", "--help"]])
def test_help_to_a_full_disk_is_one_line(args):
    """--help and --version printed outside any command: a full standard output was a
    traceback (OSError: No space left on device)."""
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "tts_pipeline", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    one_error_line(result, 6, "no space left")


# --- names longer than the file system allows, links that lead nowhere ---------------------

LONG_NAME = "n" * 300


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["clean", LONG_NAME + ".txt"], 2),
        (["speak", str(ARTICLE), "-o", LONG_NAME + ".mp3"], 6),
        (["batch", str(ARTICLE), "--site", LONG_NAME], 6),
    ],
    ids=["input", "output", "site"],
)
def test_a_name_too_long_is_its_kind_of_error(cli, tmp_path, args, code):
    """A name over 255 bytes was 'unexpected error' (exit 1), whether input or output."""
    one_error_line(cli(*args, cwd=tmp_path), code, "too long")


def test_a_loop_of_links_is_named_as_such(cli, tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    one_error_line(cli("clean", str(tmp_path / "a.txt")), 2, "loop of links")


# --- TOML nested thousands deep -----------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "code"), [("--lexicon", 4), ("--voice", 4), ("--config", 2)], ids=str
)
@pytest.mark.parametrize("nesting", ["a = " + "[" * 100_000, "a = " + "{b = " * 5_000])
def test_toml_nested_too_deep_is_its_kind_of_error(cli, tmp_path, option, code, nesting):
    """A lexicon, voice profile or podcast.toml of arrays or inline tables nested thousands
    deep was an internal error (RecursionError in the TOML parser)."""
    deep = tmp_path / "deep.toml"
    deep.write_text(nesting + "\n")
    command = ["batch", str(ARTICLE), "--site", "site"] if option == "--config" else ["script"]
    args = [*command, str(ARTICLE)] if command == ["script"] else command
    one_error_line(cli(*args, option, str(deep), cwd=tmp_path), code, "nested too deeply")


# --- an output name whose bytes are not UTF-8 ---------------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes: Linux")
def test_an_output_name_that_is_not_utf8_is_written(cli, tmp_path):
    """-o 'story\\xff.mp3' was an internal error (UnicodeEncodeError) when the player page
    linked to the MP3 by its name."""
    output = os.fsdecode(bytes(tmp_path) + b"/story\xff.mp3")
    result = cli("speak", str(ARTICLE), "-o", output)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    player = Path(output).with_name(Path(output).stem + ".player.html").read_text()
    assert 'src="story%FF.mp3"' in player


# --- web addresses as a browser's address bar shows them ----------------------------------


def test_a_web_address_with_letters_beyond_ascii_is_sent_encoded(cli):
    """'/wiki/Zürich' was 'cannot fetch it: 'ascii' codec can't encode character'."""
    server = one_answer(http_answer(PAGE))
    try:
        result = cli("clean", server.url.replace("/article", "/wiki/Zürich?q=Straße"))
    finally:
        server.close()
    assert result.returncode == 0, result.stderr.decode()
    assert server.requests[0].startswith(b"GET /wiki/Z%C3%BCrich?q=Stra%C3%9Fe HTTP/1.1")


def test_a_web_address_with_a_password_is_refused_before_any_lookup(cli):
    """'http://user:secret@host/' was looked up as a host name ('Name or service not
    known')."""
    server = one_answer(http_answer(PAGE))
    try:
        result = cli("clean", server.url.replace("//", "//user:secret@"))
    finally:
        server.close()
    one_error_line(result, 2, "user name or password")
    assert not server.requests


@pytest.mark.parametrize(
    "url",
    ["http://user:s3cret-pw@example.invalid/story", "http://user:s3cret-pw@example.invalid:99999/"],
)
def test_a_refused_web_address_does_not_repeat_its_password(cli, url):
    """The refusal of an address with user:password@ (or of one that is no web address)
    names it with its password hidden: an error line ends up in logs and terminals."""
    line = one_error_line(cli("clean", url), 2, "user:***@example.invalid")
    assert "s3cret-pw" not in line


# --- standard input that is a terminal ----------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_reading_from_a_terminal_says_how_to_end(tmp_path):
    """`clean -` at a terminal waited in silence for an end of file a person may not know
    to type; it now says so first, then reads the article as from a pipe."""
    import pty
    import select

    leader, follower = pty.openpty()
    run = subprocess.Popen(
        [sys.executable, "-m", "tts_pipeline", "clean", "-"],
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    os.close(follower)
    try:
        ready, _, _ = select.select([run.stderr], [], [], 30)
        assert ready, "no word on standard error while waiting for the terminal"
        assert b"Ctrl-D" in os.read(run.stderr.fileno(), 4096)
        os.write(leader, ARTICLE.read_bytes().replace(b"\n", b"\r") + b"\r\x04")
        out, _ = run.communicate(timeout=60)
    finally:
        run.kill()
        os.close(leader)
    assert run.returncode == 0 and b"bridge" in out


@pytest.mark.parametrize("in_the_way", ["file", "loop"])
def test_an_output_folder_that_is_a_file_or_a_loop_says_so(cli, tmp_path, in_the_way):
    """-o notes.txt/story.mp3 said 'cannot create the folder: File exists'."""
    blocker = tmp_path / "notes.txt"
    if in_the_way == "file":
        blocker.write_text("my notes")
    else:
        blocker.symlink_to(blocker)
    result = cli("speak", str(ARTICLE), "-o", str(blocker / "story.mp3"))
    one_error_line(result, 6, "is in the way")


# --- an output named as another sound format -----------------------------------------------


@pytest.mark.parametrize("name", ["story.wav", "story.OGG", "story.flac"])
def test_an_output_named_as_another_sound_format_is_refused_before_any_work(cli, tmp_path, name):
    """``-o story.wav`` wrote MP3 bytes under a WAV name without a word."""
    output = tmp_path / name
    result = cli("speak", str(ARTICLE), "-o", str(output), "--no-cache")
    assert "story.mp3" in one_error_line(result, 6, str(output), ".mp3")
    assert not output.exists()
    assert list(tmp_path.iterdir()) == []


def test_checking_a_device_says_it_is_no_regular_file(cli):
    """``check /dev/zero`` said "no such file"."""
    line = one_error_line(cli("check", "/dev/zero"), 2, "/dev/zero")
    assert "not a regular file" in line and "no such file" not in line
