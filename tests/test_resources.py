"""The package's data files, parsed once per machine."""

from __future__ import annotations

import pytest

from tts_pipeline import resources
from tts_pipeline.resources import DATA_DIR

tomllib = resources.tomllib  # or tomli, before Python 3.11
DATA_FILES = sorted(str(p.relative_to(DATA_DIR)) for p in DATA_DIR.rglob("*.toml"))
parse = resources.load_toml.__wrapped__  # without the per-process memo


def test_every_data_file_reads_as_tomllib_parses_it(isolated_cache):
    assert len(DATA_FILES) > 20
    for name in DATA_FILES:
        expected = tomllib.loads((DATA_DIR / name).read_text("utf-8"))
        assert parse(name) == expected, name  # parsed, and stored
        assert parse(name) == expected, name  # from the cache
    assert len(list((isolated_cache / "toml").iterdir())) == len(DATA_FILES)


def test_a_stored_parse_is_not_parsed_again(isolated_cache, monkeypatch):
    first = parse("cleaner.toml")
    monkeypatch.setattr(resources.tomllib, "loads", pytest.fail)
    assert parse("cleaner.toml") == first


def test_a_damaged_cache_file_is_parsed_anew(isolated_cache):
    first = parse("cleaner.toml")
    (stored,) = (isolated_cache / "toml").iterdir()
    stored.write_bytes(b"\x00damaged")
    assert parse("cleaner.toml") == first
    assert parse("dates.toml") == tomllib.loads((DATA_DIR / "dates.toml").read_text("utf-8"))


def test_an_unwritable_cache_still_parses(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("TTS_PIPELINE_CODE_CACHE", str(blocker))
    assert parse("cleaner.toml") == tomllib.loads((DATA_DIR / "cleaner.toml").read_text("utf-8"))
