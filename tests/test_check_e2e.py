"""`check` end to end: real episodes, real speech recognition, MP3s damaged three ways.

One article, spoken by the default voice and by espeak; each episode is checked
intact (every sentence heard) and damaged: one sentence cut out, one replaced by silence,
and a sentence of another text spliced in; the check names exactly those.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from damage import (
    cut_sentences,
    decode_mp3,
    encode_mp3,
    sentence_times,
    silence_sentences,
    speech_only,
    splice_after,
)

from tts_pipeline.check import check_file, check_mp3
from tts_pipeline.check.expected import load_expected
from tts_pipeline.pipeline import SpeakOptions, speak
from tts_pipeline.voices import DEFAULT_VOICE

pytest.importorskip("faster_whisper", reason="needs the check extra: pip install '.[check]'")
pytestmark = pytest.mark.engine

ARTICLE = """Harbour festival returns with a record crowd

By Sam Rivers

The harbour festival returned on Saturday after a break of three years, drawing 12,500 \
visitors to the waterfront.

The weather held until the evening, the organisers said. A short shower then sent families \
into the covered market.

Local bakers sold more than 4,000 pastries before noon, and the queue for the ferry rides \
stretched past the lighthouse. The mayor thanked the volunteers who had cleaned the beach \
at dawn.

A brass band from the neighbouring town played until midnight. Tickets for next year will \
go on sale in March, at $15 for adults. Children under twelve will enter free of charge.
"""
FOREIGN = "Scientists have discovered a new species of frog in the mountain forests of Peru."
CUT, SILENCED, SPLICED_AFTER = 3, 5, 7
"""Sentence indices: the title is 0, the byline 1."""

VOICES = [DEFAULT_VOICE, "espeak"]


@pytest.fixture(scope="module", params=VOICES)
def voice(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def folder(tmp_path_factory, voice) -> Path:
    return tmp_path_factory.mktemp(f"check-{voice}")


@pytest.fixture(scope="module")
def episode(folder, voice):
    """The article spoken with ``speak --check`` (caches in ``folder``)."""
    source = folder / "harbour.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TTS_PIPELINE_CACHE", str(folder / "cache"))
        options = SpeakOptions(output=folder / "harbour.mp3", voice=voice, check=True)
        return speak(str(source), options)


@pytest.fixture(scope="module")
def damaged(folder, voice, episode) -> Path:
    """The episode with sentence CUT cut out, SILENCED silent and FOREIGN after SPLICED_AFTER."""
    source = folder / "foreign.txt"
    source.write_text(FOREIGN + "\n", encoding="utf-8")
    other = speak(
        str(source), SpeakOptions(output=folder / "foreign.mp3", voice=voice, clean=False)
    )
    foreign = speech_only(
        decode_mp3(Path(other.mp3).read_bytes()), sentence_times(_json(other.mp3))
    )
    mp3 = Path(episode.mp3)
    times = sentence_times(_json(mp3))
    samples = decode_mp3(mp3.read_bytes())
    samples = splice_after(samples, times, {SPLICED_AFTER: foreign})
    samples = silence_sentences(samples, times, [SILENCED])  # before the splice: times hold
    samples = cut_sentences(samples, times, [CUT])
    out = folder / "damaged.mp3"
    out.write_bytes(encode_mp3(samples))
    return out


def _json(mp3) -> Path:
    return Path(mp3).with_name(Path(mp3).stem + ".episode.json")


def test_the_intact_episode_passes_with_every_sentence_heard(episode):
    assert episode.check is not None, "speak --check records the check"
    record = json.loads(_json(episode.mp3).read_text(encoding="utf-8"))
    assert record["check"] == episode.check
    check = episode.check
    assert check["passed"], check["summary"]
    assert len(check["sentences"]) == len(record["sentences"]) == 10
    assert all(s["heard"] for s in check["sentences"])
    assert check["unexpected_speech"] == [] and check["long_silences"] == []
    for sentence, timing in zip(check["sentences"], record["sentences"], strict=True):
        assert abs(sentence["start"] - timing["start"]) < 1.0, sentence


def test_the_check_names_exactly_the_damaged_sentences_and_the_foreign_speech(damaged, episode):
    result = check_file(damaged, script=_json(episode.mp3))
    assert not result.passed
    assert result.missing == [CUT, SILENCED], result.summary()
    times = sentence_times(_json(episode.mp3))
    cut_seconds = times[CUT + 1][0] - times[CUT][0]
    (spliced,) = result.unexpected
    assert "frog" in spliced.text.lower()
    heard_before, heard_after = result.sentences[SPLICED_AFTER], result.sentences[SPLICED_AFTER + 1]
    assert heard_before.end <= spliced.start + 0.5 and spliced.end <= heard_after.start + 0.5
    silent_start, silent_end = times[SILENCED][0] - cut_seconds, times[SILENCED][1] - cut_seconds
    assert any(p.start <= silent_start + 0.3 and p.end >= silent_end - 0.3 for p in result.silences)
    assert result.sentences[CUT].similarity < result.threshold / 2


def test_the_same_audio_is_transcribed_once(episode, folder, monkeypatch):
    from tts_pipeline.check import transcribe

    monkeypatch.setenv("TTS_PIPELINE_CACHE", str(folder / "cache"))

    def deaf(*args, **kwargs):
        raise AssertionError("transcribed again")

    monkeypatch.setattr(transcribe, "transcribe", deaf)
    expected = load_expected(Path(episode.mp3))
    again = check_mp3(Path(episode.mp3).read_bytes(), expected)
    assert again.passed and again.summary() == episode.check["summary"]
    strict = check_mp3(Path(episode.mp3).read_bytes(), expected, threshold=1.0)
    assert strict.threshold == 1.0 and not strict.passed  # compared again, not transcribed
