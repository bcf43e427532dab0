"""Checks every episode's MP3 must pass, whichever voice spoke it; shared by end-to-end tests."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from tts_pipeline import DISCLOSURE
from tts_pipeline.models import Episode, Script
from tts_pipeline.voices import VoiceProfile


def decode(path) -> tuple[np.ndarray, int]:
    import miniaudio

    decoded = miniaudio.decode_file(
        str(path), output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1
    )
    return np.frombuffer(decoded.samples, dtype=np.int16), decoded.sample_rate


def silent_gaps(samples: np.ndarray, rate: int, min_seconds: float = 0.2) -> list[float]:
    """Lengths of the runs of silence (10 ms windows below -50 dBFS) of at least min_seconds."""
    window = rate // 100
    frames = samples[: len(samples) // window * window].astype(np.float64).reshape(-1, window)
    quiet = np.sqrt((frames**2).mean(axis=1)) < 32768 * 10 ** (-50 / 20)
    gaps, run = [], 0
    for q in quiet:
        if q:
            run += 1
        else:
            if run * 0.01 >= min_seconds:
                gaps.append(run * 0.01)
            run = 0
    return gaps


def check_mp3_format(path, profile: VoiceProfile) -> None:
    """MPEG-1 Layer III, mono, at the profile's sample rate and constant bit rate."""
    from mutagen.mp3 import MP3

    info = MP3(path).info
    assert (info.version, info.layer) == (1, 3)
    assert info.sample_rate == profile.sample_rate
    assert info.channels == 1
    assert info.bitrate == profile.bitrate * 1000


def check_duration_matches_text(episode: Episode, profile: VoiceProfile, script: Script) -> None:
    """As long as the words at the profile's rate plus its pauses, and not silent."""
    samples, rate = decode(episode.mp3)
    seconds = len(samples) / rate
    assert seconds == pytest.approx(episode.duration, abs=0.1)
    words = sum(len(s.speech.split()) for s in script.sentences())
    speech_only = words / profile.rate * 60
    pauses = (len(script.sentences()) - 1) * profile.sentence_pause
    assert 0.7 * (speech_only + pauses) < seconds < 1.4 * (speech_only + pauses) + 5
    rms = np.sqrt(np.mean(samples.astype(np.float64) ** 2))
    assert rms > 300, "the MP3 is (nearly) silent"


def check_pauses(episode: Episode, profile: VoiceProfile, script: Script) -> None:
    """A pause between sentences, and longer ones between paragraphs."""
    samples, rate = decode(episode.mp3)
    gaps = silent_gaps(samples, rate)
    paragraph_breaks = len(script.blocks) - 1
    long_gaps = [g for g in gaps if g >= profile.paragraph_pause - 0.05]
    # the title pause counts among them; silences inside speech are far shorter
    assert paragraph_breaks - 1 <= len(long_gaps) <= paragraph_breaks + 1
    sentence_gaps = [g for g in gaps if g < profile.paragraph_pause - 0.05]
    assert sentence_gaps, "no pause between sentences found"
    assert min(long_gaps) > max(sentence_gaps)


def check_tags(episode: Episode, expected: dict, engine: str) -> None:
    """The article's metadata, the AI disclosure, the voice, encoder and transcript."""
    from mutagen.id3 import ID3

    tags = ID3(episode.mp3)
    assert tags.version[:2] == (2, 3)
    assert tags["TIT2"].text == [expected["title"]]
    assert tags["TPE1"].text == [expected["author"]]
    assert tags["TALB"].text[0]
    assert str(tags["TDRC"].text[0]).startswith("2023-11-21")
    assert tags["TCON"].text == ["Podcast"]
    comments = [f for f in tags.getall("COMM")]
    assert any(DISCLOSURE in str(c.text[0]) for c in comments)
    assert tags["TXXX:AI_DISCLOSURE"].text == [DISCLOSURE]
    assert engine in tags["TXXX:VOICE"].text[0]
    assert "LAME" in tags["TSSE"].text[0]
    assert tags["TENC"].text[0].startswith("tts-pipeline")
    assert int(tags["TLEN"].text[0]) == pytest.approx(episode.duration * 1000, abs=100)
    transcript = tags.getall("USLT")[0].text
    for paragraph in expected["paragraphs"]:
        assert paragraph in transcript
    for phrase in expected["must_not_contain"]:
        assert phrase not in transcript


def check_loudness_and_true_peak(path, profile: VoiceProfile) -> None:
    """The profile's loudness (within 1 LU) and true peak, measured on the decoded MP3 by
    pyloudnorm and SciPy's 4x oversampling, not by our own meters."""
    import miniaudio
    import pyloudnorm
    from scipy.signal import resample_poly

    decoded = miniaudio.decode_file(
        str(path), output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1
    )
    samples = np.frombuffer(decoded.samples, dtype=np.float32).astype(np.float64)
    loudness = pyloudnorm.Meter(decoded.sample_rate).integrated_loudness(samples)
    true_peak = 20 * np.log10(np.abs(resample_poly(samples, 4, 1)).max())
    assert loudness == pytest.approx(profile.loudness, abs=1.0)
    assert true_peak <= profile.true_peak


def vtt_cues(vtt: str) -> list[tuple[float, float, str]]:
    """(start, end, text) of every cue of a WebVTT file."""

    def seconds(clock: str) -> float:
        h, m, s = clock.split(":")
        return int(h) * 3600 + int(m) * 60 + float(s)

    out = []
    for block in vtt.strip().split("\n\n")[1:]:
        lines = block.splitlines()
        start, end = lines[1].split(" --> ")
        out.append((seconds(start), seconds(end), " ".join(lines[2:])))
    return out


def check_cues_match_the_script(episode: Episode, script: Script) -> None:
    """A WebVTT cue (and an SRT one) per spoken sentence, in order, the last ending with the
    speech."""
    from tts_pipeline.publish.episode import sidecar_paths

    samples, rate = decode(episode.mp3)
    sidecars = sidecar_paths(Path(episode.mp3))
    vtt = sidecars["webvtt"].read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT\n")
    found = vtt_cues(vtt)
    assert [c[2] for c in found] == [" ".join(s.text.split()) for s in script.sentences()]
    for (start, end, _), (next_start, _, _) in itertools.pairwise(found):
        assert start < end <= next_start
    assert found[-1][1] <= len(samples) / rate
    loud = np.flatnonzero(np.abs(samples) > 32768 * 10 ** (-40 / 20))
    assert abs(found[-1][1] - loud[-1] / rate) <= 0.3
    assert sidecars["srt"].read_text(encoding="utf-8").count(" --> ") == len(found)
