"""The default voice, heard by speech recognition, says what the script means: names hibari
misread ("Xi Jinping" was heard "side chimping", "Huawei" "you'll wait", "Kagan" "Cagan"),
a state's abbreviation the script left ("in Md. and Va." heard "in M D and vah") and a title
it left ("Ald. Ben Torres" heard "old Ben Tors"). One short episode, made and transcribed
for real; benchmarks/listen.py measures sixty such passages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tts_pipeline.check import heard_in
from tts_pipeline.check.fold import fold_words
from tts_pipeline.pipeline import SpeakOptions, speak

pytest.importorskip("faster_whisper", reason="needs the check extra: pip install '.[check]'")
pytestmark = pytest.mark.engine

TEXT = (
    "Xi Jinping met the envoy in Beijing. Huawei denied the report. Police in Md. and Va. "
    "were alerted. Ald. Ben Torres agreed with Justice Kagan.\n"
)
MEANT = ["xi", "jinping", "huawei", "maryland", "virginia", "alderman", "torres", "kagan"]


def test_the_words_heard_are_the_words_meant(tmp_path, monkeypatch):
    monkeypatch.setenv("TTS_PIPELINE_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "names.txt"
    source.write_text(TEXT, encoding="utf-8")
    episode = speak(str(source), SpeakOptions(output=tmp_path / "names.mp3", clean=False, jobs=1))
    heard = " ".join(w.text for w in heard_in(Path(episode.mp3).read_bytes()).words)
    missing = [word for word in MEANT if word not in fold_words(heard)]
    assert not missing, f"heard: {heard}"
