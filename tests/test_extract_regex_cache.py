"""Large regular expressions compiled once per machine: the same patterns as re.compile."""

from __future__ import annotations

import re

import pytest

from tts_pipeline.extract import regex_cache
from tts_pipeline.extract.regex_cache import compile_all

SPECS = [
    (r"(?:read more|related (?:stories|articles))|(?:share on \w+)", 0),
    (r"^(?:by|von|por)\b\s*:?\s*(?P<rest>.+)$", re.IGNORECASE),
    (r"(?P<day>[0-3]?\d)(?P<sep>[/.])(?P<month>[01]?\d)(?P=sep)(?P<year>\d{4})", 0),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TTS_PIPELINE_CACHE", str(tmp_path))
    return tmp_path / "regex"


def expected() -> list[re.Pattern]:
    return [re.compile(pattern, flags) for pattern, flags in SPECS]


def test_patterns_built_from_the_cache_equal_compiled_ones(cache, monkeypatch):
    first = compile_all(SPECS)
    assert [p.name for p in cache.iterdir()] != []

    parsed = []
    monkeypatch.setattr(regex_cache, "_parts", lambda *spec: parsed.append(spec))
    again = compile_all(SPECS)
    assert parsed == []  # read from the cache, not parsed again
    assert first == expected() and again == expected()
    match = again[1].fullmatch("BY: Ana Souza")
    assert match is not None and match["rest"] == "Ana Souza"
    assert again[2].fullmatch("03/04/2024") and not again[2].fullmatch("03/04.2024")


def test_a_damaged_cache_file_is_compiled_anew(cache):
    compile_all(SPECS)
    (written,) = cache.iterdir()
    written.write_bytes(b"\x00not marshal data")
    assert compile_all(SPECS) == expected()
    assert compile_all(SPECS[:2]) == expected()[:2]  # other expressions: another file


def test_an_unwritable_cache_still_compiles(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("TTS_PIPELINE_CACHE", str(blocker))
    assert compile_all(SPECS) == expected()
