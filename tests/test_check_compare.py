"""Comparing a transcript with the script (a transcript made by hand: the logic alone)."""

from __future__ import annotations

import json

import pytest

from tts_pipeline.check.align import align
from tts_pipeline.check.compare import compare
from tts_pipeline.check.expected import Expected, ExpectedSentence, load_expected
from tts_pipeline.check.thresholds import threshold_for
from tts_pipeline.check.transcribe import Transcript, Word
from tts_pipeline.errors import InputError

SENTENCES = [
    "The harbour festival returned on Saturday after a break of three years.",
    "Organisers counted twelve thousand five hundred visitors on the waterfront.",
    "Local bakers sold more than four thousand pastries before noon.",
    "A brass band from the neighbouring town played until midnight.",
    "Tickets for next year will cost fifteen dollars.",
]
HEARD = [  # what a recognizer writes for them: digits, US spellings, a misheard word
    "The harbor festival returned on Saturday after a brake of three years.",
    "Organizers counted 12,500 visitors on the waterfront.",
    "Local bakers sold more than 4,000 pastries before noon.",
    "A brass band from the neighboring town played until midnight.",
    "Tickets for next year will cost $15.",
]
PAUSE = 0.5


def expected() -> Expected:
    sentences, at = [], 0.0
    for text in SENTENCES:
        sentences.append(ExpectedSentence(text, text, at, at + len(text.split()) * 0.4))
        at += len(text.split()) * 0.4 + PAUSE
    return Expected(tuple(sentences), "pyttsx3", "gmw/en-us")


def transcript(parts: list[str], silences=()) -> Transcript:
    """Words 0.4 s apart, ``PAUSE`` between the parts."""
    words, at = [], 0.0
    for part in parts:
        for word in part.split():
            words.append(Word(word, at, at + 0.35))
            at += 0.4
        at += PAUSE
    return Transcript(tuple(words), tuple(silences), at)


def test_everything_heard_passes():
    result = compare(transcript(HEARD), expected(), threshold=0.8)
    assert result.passed and result.missing == [] and result.unexpected == ()
    assert min(s.similarity for s in result.sentences) > 0.9
    assert result.sentences[1].transcript == HEARD[1]
    assert result.summary() == "passed: 5 of 5 sentences heard"


def test_a_missing_sentence_is_named_with_where_it_should_be():
    heard = HEARD[:2] + HEARD[3:]
    result = compare(transcript(heard), expected(), threshold=0.8)
    assert result.missing == [2] and not result.passed
    missing = result.sentences[2]
    assert missing.similarity == 0.0 and missing.transcript == ""
    assert result.sentences[1].end <= missing.start <= missing.end <= result.sentences[3].start
    assert "not heard: #3" in result.summary()
    assert result.unexpected == ()


def test_speech_not_in_the_script_is_named_with_its_time():
    foreign = "Scientists found a new species of frog in Peru."
    result = compare(transcript([*HEARD[:3], foreign, *HEARD[3:]]), expected(), threshold=0.8)
    assert result.missing == []
    assert len(result.unexpected) == 1
    passage = result.unexpected[0]
    assert passage.text == foreign
    assert result.sentences[2].end < passage.start < passage.end < result.sentences[3].start
    assert "speech not in the script at" in result.summary() and not result.passed


def test_a_stray_word_at_a_sentence_edge_is_not_speech_of_its_own():
    heard = list(HEARD)
    heard[3] = "But " + heard[3]
    result = compare(transcript(heard), expected(), threshold=0.8)
    assert result.passed


def test_a_garbled_sentence_is_not_heard():
    heard = list(HEARD)
    heard[1] = "Oh my goodness what a strange noise that was."
    result = compare(transcript(heard), expected(), threshold=0.8)
    assert result.missing == [1]


def test_words_inside_a_long_silence_are_the_recognizers_invention():
    parts = transcript(HEARD)
    gap_start = parts.duration + 1.0
    invented = (
        Word("Thank", gap_start + 0.5, gap_start + 0.8),
        Word("you.", gap_start + 0.8, gap_start + 1.1),
    )
    quiet = ((gap_start, gap_start + 3.0),)
    padded = Transcript(parts.words + invented, quiet, gap_start + 3.0)
    result = compare(padded, expected(), threshold=0.8)
    assert result.passed
    assert [(p.start, p.end) for p in result.silences] == [quiet[0]]


def test_only_silences_longer_than_every_planned_pause_are_reported():
    quiet = ((1.0, 1.0 + PAUSE), (3.0, 3.0 + PAUSE + 1.2))
    result = compare(transcript(HEARD, quiet), expected(), threshold=0.8)
    assert result.long_silence == 1.5
    assert [(p.start, p.end) for p in result.silences] == [quiet[1]]
    assert result.passed  # a silence alone does not fail the check


def test_nothing_heard_fails_every_sentence():
    result = compare(Transcript((), ((0.0, 20.0),), 20.0), expected(), threshold=0.5)
    assert result.missing == [0, 1, 2, 3, 4]
    assert all((s.start, s.end) == (0.0, 20.0) for s in result.sentences)


def test_the_result_survives_json():
    foreign = "Scientists found a new species of frog in Peru."
    heard = [*HEARD[:2], HEARD[3], foreign, HEARD[4]]
    result = compare(transcript(heard), expected(), threshold=0.8)
    data = json.loads(json.dumps(result.to_dict()))
    assert data["passed"] is False and data["summary"] == result.summary()
    assert [s["heard"] for s in data["sentences"]] == [True, True, False, True, True]
    assert data["sentences"][2]["similarity"] == 0.0 and data["sentences"][3]["similarity"] > 0.9
    (passage,) = data["unexpected_speech"]
    assert passage["text"].startswith("Scientists") and passage["start"] < passage["end"]


def test_alignment_pairs_alike_words_and_skips_the_rest():
    script = ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"]
    heard = ["the", "quick", "brawn", "fox", "uh", "jumps", "over", "lazy", "dog"]
    pairs = align(script, heard)
    assert [heard[p] if p is not None else None for p in pairs] == [
        "the", "quick", "brawn", "fox", "jumps", "over", None, "lazy", "dog",
    ]  # fmt: skip


def test_thresholds_by_voice_then_engine_then_default(monkeypatch):
    from tts_pipeline.check import thresholds

    table = {"default": 0.4, "engine": {"piper": 0.7}, "voice": {"piper:joe": 0.9}}
    monkeypatch.setattr(thresholds, "load_toml", lambda name: table)
    assert threshold_for("piper", "joe") == 0.9
    assert threshold_for("piper", "amy") == 0.7
    assert threshold_for("other", None) == 0.4


def test_every_bundled_voice_has_a_measured_threshold():
    from tts_pipeline.resources import load_toml
    from tts_pipeline.voices import available_profiles, load_profile

    data = load_toml("check/thresholds.toml")
    for name, path in available_profiles().items():
        profile = load_profile(str(path))
        assert (
            profile.engine in data["engine"] or f"{profile.engine}:{profile.voice}" in data["voice"]
        ), f"voice {name}: no threshold for its engine or voice"


def test_the_script_from_an_episode_json_or_a_text_file(tmp_path):
    mp3 = tmp_path / "story.mp3"
    with pytest.raises(InputError, match=r"no story\.episode\.json beside it; give .* --script"):
        load_expected(mp3)
    record = {
        "voice": {"engine": "piper", "voice": "joe"},
        "sentences": [
            {"start": 0.0, "end": 1.5, "text": "Nov. 2.", "speech": "November second."},
            {"start": 2.0, "end": 3.0, "text": "Old record."},
        ],
    }
    (tmp_path / "story.episode.json").write_text(json.dumps(record))
    loaded = load_expected(mp3)
    assert (loaded.engine, loaded.voice) == ("piper", "joe")
    assert [s.speech for s in loaded.sentences] == ["November second.", "Old record."]
    assert loaded.planned_pauses() == [0.5]
    lines = tmp_path / "script.txt"
    lines.write_text("Title here\n\nFirst sentence.\nSecond one.\n")
    assert [s.speech for s in load_expected(mp3, lines).sentences] == [
        "Title here", "First sentence.", "Second one.",
    ]  # fmt: skip
    broken = tmp_path / "broken.json"
    broken.write_text('{"title": "no sentences"}')
    with pytest.raises(InputError, match="not an episode JSON"):
        load_expected(mp3, broken)


def test_the_episode_json_name_is_the_one_publish_writes():
    from tts_pipeline.check.expected import EPISODE_SUFFIX
    from tts_pipeline.publish.episode import SIDECAR_SUFFIXES

    assert SIDECAR_SUFFIXES["episode"] == EPISODE_SUFFIX


def test_a_sentence_said_twice_in_the_script_does_not_pull_the_alignment_out_of_place():
    repeated = "Stay calm and carry on said the mayor."
    script = [SENTENCES[0], repeated, SENTENCES[1], SENTENCES[2], repeated, SENTENCES[3]]
    heard = [HEARD[0], repeated, HEARD[1], HEARD[2], HEARD[3]]  # the second one is lost
    sentences = tuple(ExpectedSentence(text, text) for text in script)
    result = compare(transcript(heard), Expected(sentences), threshold=0.8)
    assert result.missing == [4]


def test_a_long_episode_with_whole_stretches_repeated_still_aligns():
    script = [f"{text} This was part {n}." for n in range(1, 41) for text in SENTENCES]
    heard = [f"{text} This was part {n}." for n in range(1, 41) for text in HEARD]
    lost = {7, 93, 150}
    sentences = tuple(ExpectedSentence(text, text) for text in script)
    kept = [text for index, text in enumerate(heard) if index not in lost]
    result = compare(transcript(kept), Expected(sentences), threshold=0.8)
    assert result.missing == sorted(lost) and result.unexpected == ()
