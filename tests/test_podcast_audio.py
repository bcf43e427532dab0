"""Podcast-ready audio from the real engine (espeak, the fastest): loudness, joins, timings,
chapters, sidecars."""

from __future__ import annotations

import itertools
import json
import wave
from pathlib import Path

import numpy as np
import pytest
from audio_helpers import check_cues_match_the_script, check_loudness_and_true_peak
from conftest import SAMPLE_PAGE

from tts_pipeline.pipeline import SpeakOptions, make_script, read_article, speak
from tts_pipeline.publish.episode import sidecar_paths
from tts_pipeline.voices import load_profile

pytestmark = pytest.mark.engine

CHAPTERS_SCHEMA = {  # Podcasting 2.0 JSON chapters, podcastindex-org/podcast-namespace chapters.md
    "type": "object",
    "required": ["version", "chapters"],
    "properties": {
        "version": {"type": "string", "pattern": r"^1\.2\.0$"},
        "chapters": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["startTime"],
                "properties": {
                    "startTime": {"type": "number", "minimum": 0},
                    "endTime": {"type": "number", "minimum": 0},
                    "title": {"type": "string"},
                    "img": {"type": "string"},
                    "url": {"type": "string"},
                    "toc": {"type": "boolean"},
                },
                "additionalProperties": False,
            },
        },
    },
}


def decode(path) -> tuple[np.ndarray, int]:
    import miniaudio

    decoded = miniaudio.decode_file(
        str(path), output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1
    )
    return np.frombuffer(decoded.samples, dtype=np.float32).astype(np.float64), decoded.sample_rate


def dbfs(samples: np.ndarray) -> float:
    rms = np.sqrt(np.mean(samples**2)) if samples.size else 0.0
    return 20 * np.log10(rms) if rms > 0 else -200.0


@pytest.fixture(scope="module")
def episode(tmp_path_factory):
    out = tmp_path_factory.mktemp("podcast") / "sample.mp3"
    return speak(str(SAMPLE_PAGE), SpeakOptions(output=out, voice="espeak", use_cache=False))


@pytest.fixture(scope="module")
def audio(episode):
    return decode(episode.mp3)


def test_loudness_and_true_peak_measured_on_the_decoded_mp3(episode):
    check_loudness_and_true_peak(episode.mp3, load_profile("espeak"))


def test_episode_reports_what_was_measured(episode, audio):
    import pyloudnorm

    samples, rate = audio
    assert episode.loudness == pytest.approx(
        pyloudnorm.Meter(rate).integrated_loudness(samples), abs=0.3
    )
    record = json.loads(sidecar_paths(Path(episode.mp3))["episode"].read_text())
    assert record["loudness"]["integrated_lufs"] == pytest.approx(episode.loudness, abs=0.01)
    assert record["duration"] == pytest.approx(len(samples) / rate, abs=0.01)
    assert record["voice"]["engine"] == "pyttsx3"
    assert record["disclosure"] == "This audio is created with AI assistance"
    assert len(record["sentences"]) == len(episode.timings)


def test_chapters_in_id3_with_a_table_of_contents(episode):
    from mutagen.id3 import ID3

    tags = ID3(episode.mp3)
    chaps = {f.element_id: f for f in tags.getall("CHAP")}
    tocs = tags.getall("CTOC")
    assert len(tocs) == 1 and len(chaps) >= 2
    toc = tocs[0]
    assert toc.flags & 0x01 and toc.flags & 0x02  # ordered, top level
    assert sorted(toc.child_element_ids) == sorted(chaps)
    ordered = [chaps[i] for i in toc.child_element_ids]
    assert ordered[0].start_time == 0
    for before, after in itertools.pairwise(ordered):
        assert before.end_time == after.start_time
    assert abs(ordered[-1].end_time - episode.duration * 1000) < 50
    assert all(c.sub_frames["TIT2"].text[0] for c in ordered)
    assert ordered[0].sub_frames["TIT2"].text[0] == episode.article.title


def test_chapters_json_follows_podcasting_2(episode):
    import jsonschema

    data = json.loads(sidecar_paths(Path(episode.mp3))["chapters"].read_text())
    jsonschema.validate(data, CHAPTERS_SCHEMA)
    starts = [c["startTime"] for c in data["chapters"]]
    assert starts == sorted(starts) and starts[0] == 0


def test_webvtt_has_one_cue_per_spoken_sentence(episode):
    script = make_script(read_article(str(SAMPLE_PAGE)), profile=load_profile("espeak"))
    check_cues_match_the_script(episode, script)


def test_cue_boundaries_fall_in_silence_and_speech_follows(episode, audio):
    samples, rate = audio
    window = int(0.02 * rate)
    for timing in episode.timings[::3]:
        for edge in (timing.start, timing.end):
            i = int(edge * rate)
            assert dbfs(samples[max(0, i - window) : i + window]) < -45, f"speech at {edge:.3f} s"
        inside = samples[int((timing.start + 0.03) * rate) : int((timing.start + 0.3) * rate)]
        assert dbfs(inside) > -40, f"no speech just after the cue start {timing.start:.3f} s"


def test_no_clicks_at_joins(episode, audio):
    samples, rate = audio
    jumps = np.abs(np.diff(samples))
    speech = np.zeros(len(jumps), dtype=bool)
    for t in episode.timings:
        speech[int(t.start * rate) + int(0.05 * rate) : int(t.end * rate) - int(0.05 * rate)] = True
    inside_speech = jumps[speech].max()
    margin = int(0.01 * rate)
    for t in episode.timings:
        for edge in (t.start, t.end):
            i = int(edge * rate)
            assert jumps[max(0, i - margin) : i + margin].max() <= inside_speech


def test_cover_is_embedded_and_square(episode):
    import io

    from mutagen.id3 import ID3
    from PIL import Image

    pictures = ID3(episode.mp3).getall("APIC")
    assert len(pictures) == 1 and pictures[0].type == 3
    image = Image.open(io.BytesIO(pictures[0].data))
    assert image.mode == "RGB"
    assert image.size[0] == image.size[1] and 1400 <= image.size[0] <= 3000


def test_intro_and_outro_from_the_profile(tmp_path):
    rate = 44100
    tone = (0.3 * np.sin(2 * np.pi * 440 * np.arange(2 * rate) / rate) * 32767).astype("<i2")
    with wave.open(str(tmp_path / "jingle.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(tone.tobytes())
    profile = tmp_path / "show.toml"
    profile.write_text(
        'engine = "pyttsx3"\nintro_disclosure = true\noutro = "Thanks for listening."\n'
        'intro_music = "jingle.wav"\noutro_music = "jingle.wav"\n'
    )
    article = tmp_path / "a.txt"
    article.write_text(
        "Town council approves the new bridge\n\nBy Jane Doe\n\n"
        "The town council approved the construction of a new bridge over the river on Monday, "
        "ending a debate that lasted for more than three years.\n\n"
        "Work is expected to begin in the spring, and the bridge should open to traffic "
        "before the end of next year, the mayor told reporters after the vote.\n"
    )
    episode = speak(
        str(article), SpeakOptions(output=tmp_path / "a.mp3", voice=str(profile), clean=True)
    )
    texts = [t.text for t in episode.timings]
    assert "This audio is created with AI assistance." in texts
    assert texts[-1] == "Thanks for listening."
    assert episode.timings[0].start > 2.0  # after the jingle
    samples, sr = decode(episode.mp3)
    assert dbfs(samples[int(0.5 * sr) : int(1.5 * sr)]) > -30  # the jingle plays
    assert len(samples) / sr > episode.timings[-1].end + 2.0


def test_non_wav_music_without_ffmpeg_is_a_clear_error(tmp_path, monkeypatch):
    import shutil

    from tts_pipeline.audio.sounds import load_sound
    from tts_pipeline.errors import InputError

    music = tmp_path / "theme.mp3"
    music.write_bytes(b"ID3\x03\x00" + bytes(500))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(InputError, match="needs ffmpeg"):
        load_sound(music, 44100)


@pytest.mark.parametrize("kind", ["device", "folder", "missing"])
def test_a_sound_that_is_not_a_file_is_one_clear_error(tmp_path, kind):
    from tts_pipeline.audio.sounds import load_sound
    from tts_pipeline.errors import InputError

    path = {"device": Path("/dev/zero"), "folder": tmp_path, "missing": tmp_path / "no.wav"}[kind]
    with pytest.raises(
        InputError, match=r"sound file .*(not a regular file|no such file|Is a directory)"
    ):
        load_sound(path, 44100)


def test_a_sound_over_the_size_bound_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from tts_pipeline.audio import sounds
    from tts_pipeline.errors import InputError

    music = tmp_path / "long.wav"
    music.write_bytes(b"RIFF" + bytes(4096))
    monkeypatch.setattr(sounds, "MAX_SOUND_BYTES", 1024)
    with pytest.raises(InputError, match="larger than"):
        sounds.load_sound(music, 44100)
