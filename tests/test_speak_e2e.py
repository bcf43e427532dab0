"""End to end with the real engine: the sample page becomes a measured, tagged MP3."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import SAMPLE_PAGE

from tts_pipeline import DISCLOSURE
from tts_pipeline.pipeline import (
    RenderSettings,
    SpeakOptions,
    make_script,
    read_article,
    render_episode,
    speak,
)
from tts_pipeline.voices import load_profile

pytestmark = pytest.mark.engine


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


@pytest.fixture(scope="module")
def episode(tmp_path_factory):
    out = tmp_path_factory.mktemp("speak") / "sample.mp3"
    return speak(str(SAMPLE_PAGE), SpeakOptions(output=out, use_cache=False))


def test_mp3_format(episode):
    from mutagen.mp3 import MP3

    info = MP3(episode.mp3).info
    assert (info.version, info.layer) == (1, 3)
    assert info.sample_rate == 44100
    assert info.channels == 1
    assert info.bitrate == 64000


def test_duration_matches_the_text(episode, expected):
    samples, rate = decode(episode.mp3)
    seconds = len(samples) / rate
    assert seconds == pytest.approx(episode.duration, abs=0.1)
    profile = load_profile("default")
    script = make_script(read_article(str(SAMPLE_PAGE)))
    words = sum(len(s.speech.split()) for s in script.sentences())
    speech_only = words / profile.rate * 60
    pauses = (len(script.sentences()) - 1) * profile.sentence_pause
    assert 0.7 * (speech_only + pauses) < seconds < 1.4 * (speech_only + pauses) + 5
    rms = np.sqrt(np.mean(samples.astype(np.float64) ** 2))
    assert rms > 300, "the MP3 is (nearly) silent"


def test_pauses_between_sentences_and_longer_between_paragraphs(episode):
    samples, rate = decode(episode.mp3)
    profile = load_profile("default")
    gaps = silent_gaps(samples, rate)
    script = make_script(read_article(str(SAMPLE_PAGE)))
    paragraph_breaks = len(script.blocks) - 1
    long_gaps = [g for g in gaps if g >= profile.paragraph_pause - 0.05]
    # the title pause counts among them; silences inside speech are far shorter
    assert paragraph_breaks - 1 <= len(long_gaps) <= paragraph_breaks + 1
    sentence_gaps = [g for g in gaps if g < profile.paragraph_pause - 0.05]
    assert sentence_gaps, "no pause between sentences found"
    assert min(long_gaps) > max(sentence_gaps)


def test_tags_read_back(episode, expected):
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
    assert "pyttsx3" in tags["TXXX:VOICE"].text[0]
    assert "LAME" in tags["TSSE"].text[0]
    assert tags["TENC"].text[0].startswith("tts-pipeline")
    assert int(tags["TLEN"].text[0]) == pytest.approx(episode.duration * 1000, abs=100)
    transcript = tags.getall("USLT")[0].text
    for paragraph in expected["paragraphs"]:
        assert paragraph in transcript
    for phrase in expected["must_not_contain"]:
        assert phrase not in transcript


def test_second_run_synthesizes_nothing(tmp_path):
    out = tmp_path / "a.mp3"
    first = speak(str(SAMPLE_PAGE), SpeakOptions(output=out))
    assert first.synthesized > 0
    second = speak(str(SAMPLE_PAGE), SpeakOptions(output=out))
    assert second.synthesized == 0
    assert second.duration == pytest.approx(first.duration, abs=0.05)
    uncached = speak(str(SAMPLE_PAGE), SpeakOptions(output=out, use_cache=False))
    assert uncached.synthesized == first.synthesized


def test_a_finished_episode_comes_from_the_cache_until_something_changes(tmp_path):
    from tts_pipeline.voices import VoiceProfile

    article = read_article(str(SAMPLE_PAGE))
    profile = load_profile("default")
    settings = RenderSettings(name="sample")
    first = render_episode(article, profile, settings)
    again = render_episode(article, profile, settings)
    assert again.files == first.files and again.synthesized == 0
    signed = VoiceProfile(**{**profile.to_dict(), "outro": "Thanks for listening."})
    changed = render_episode(article, signed, settings)
    assert changed.synthesized == 1 and changed.duration > first.duration
    renamed = render_episode(article, profile, RenderSettings(name="other"))
    assert renamed.files.names()["audio"] == "other.mp3"


def test_cli_speak_prints_path_and_duration(cli, tmp_path):
    result = cli("speak", str(SAMPLE_PAGE), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    path = tmp_path / lines[0]
    assert (
        path.name == "white-house-wagner-prepares-to-provide-air-defense-to-hezbollah-or-iran.mp3"
    )
    assert path.parent.name == "out" and path.stat().st_size > 100_000
    assert lines[1].startswith("duration: ")
    assert b"Audio saved to" not in result.stdout
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_speak_from_stdin(cli, tmp_path):
    result = cli("speak", "-", "-o", "x.mp3", stdin=SAMPLE_PAGE.read_bytes(), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.mp3").stat().st_size > 100_000
