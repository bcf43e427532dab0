"""Round 14 of hostile input: kinds the earlier rounds did not try.

Option values out of any sane range (NaN, infinity, a century of days), a script that is a
device, a FIFO or JSON nested too deep, charset labels no browser knows, a compressed page
cut short, names longer than the file system allows, and standard output that is full
while ``--help`` prints. Each gets one line, its own exit code, and no internal error.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "articles" / "bridge.txt"
PAGE = (ROOT / "tests" / "pages" / "news-article.html").read_bytes()


def one_error_line(result, code: int, *words: str) -> str:
    """The single ``tts-pipeline: error:`` line of a failed run with exit ``code``."""
    err = result.stderr.decode("utf-8", "replace")
    lines = [line for line in err.splitlines() if line.strip()]
    assert result.returncode == code, err
    assert len(lines) == 1 and lines[0].startswith("tts-pipeline: error: "), err
    assert "internal error" not in err and "Traceback" not in err
    for word in words:
        assert word in lines[0], err
    return lines[0]


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
