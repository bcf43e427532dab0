"""The browser tests' file server answers byte ranges, as Chromium needs to seek audio."""

from __future__ import annotations

import urllib.request

import pytest
from browser.server import byte_range, serve


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("bytes=0-", (0, 99)),
        ("bytes=10-19", (10, 19)),
        ("bytes=90-500", (90, 99)),
        ("bytes=-30", (70, 99)),
        ("bytes=-300", (0, 99)),
        ("bytes=0-1,5-6", None),
        ("items=0-5", None),
    ],
)
def test_byte_range(header, expected):
    assert byte_range(header, 100) == expected


@pytest.mark.parametrize("header", ["bytes=100-", "bytes=20-10", "bytes=-0"])
def test_unsatisfiable_range(header):
    with pytest.raises(ValueError):
        byte_range(header, 100)


def test_server_answers_206_with_the_slice(tmp_path):
    data = bytes(range(256)) * 4
    (tmp_path / "a.mp3").write_bytes(data)
    with serve(tmp_path) as base:
        request = urllib.request.Request(base + "a.mp3", headers={"Range": "bytes=100-199"})
        with urllib.request.urlopen(request) as response:
            assert response.status == 206
            assert response.headers["Content-Range"] == f"bytes 100-199/{len(data)}"
            assert response.headers["Content-Type"] == "audio/mpeg"
            assert response.read() == data[100:200]
        with urllib.request.urlopen(base + "a.mp3") as response:
            assert response.status == 200 and response.headers["Accept-Ranges"] == "bytes"
            assert response.read() == data
