"""The fuzz script's targets (tests/fuzz/fuzz.py) run here on their seeds and on the inputs that
once broke a promise, so the script keeps working and every crash it found stays fixed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent / "fuzz" / "fuzz.py"
_spec = importlib.util.spec_from_file_location("fuzz_script", SCRIPT)
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)

FOUND = {
    # target: inputs that broke a promise: issue 18's (a control character or non-character
    # in a feed's text, a javascript: link) and any the fuzzer finds. Against the feed writer
    # without its sanitizer, atheris found in its first seconds a byte that is not UTF-8 (a
    # lone surrogate, written by ElementTree as an invalid character reference): the second.
    "feed": [
        "Bridge \x01 news\x1e\ufffe\x1e\uffff\x1ejavascript:alert(1)".encode(),
        b"\xed\xa0\x80 lone surrogate\x1e\x1e\x1e\x1e\x1e\x1e\x1e\x1e\x1e\xff",
    ],
    "clean": [
        b"Bridge \x01 news\n\nBy Jane Doe\n\nOfficials said on Monday that it opens.\n",
        b"<html><head><title>\xef\xbf\xbf</title></head><body><p>\x00\x01</p></body></html>",
    ],
    "normalize": ["\x00$5\ufffe bn".encode(), b"\xed\xb0\x80 Nov. 21 \xff"],
}


@pytest.mark.parametrize("target", list(fuzz.TARGETS))
def test_every_target_holds_on_its_seeds_and_past_crashes(target):
    seeds = fuzz.seed_inputs(target)
    assert seeds, "the fuzzing starts from the project's own pages"
    for data in [*seeds[:: max(1, len(seeds) // 6)], *FOUND[target]]:
        fuzz.TARGETS[target](data)


def test_the_script_refuses_an_unknown_target(capsys):
    with pytest.raises(SystemExit):
        fuzz.main(["nonsense"])
    assert "unknown target 'nonsense'" in capsys.readouterr().err
