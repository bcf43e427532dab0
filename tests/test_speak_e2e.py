"""End to end with the real engine (espeak, the fastest): the sample page becomes a measured,
tagged MP3. The default voice's own end-to-end test is test_heart_e2e.py."""

from __future__ import annotations

import pytest
from audio_helpers import check_duration_matches_text, check_mp3_format, check_pauses, check_tags
from conftest import SAMPLE_PAGE

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


@pytest.fixture(scope="module")
def episode(tmp_path_factory):
    out = tmp_path_factory.mktemp("speak") / "sample.mp3"
    return speak(str(SAMPLE_PAGE), SpeakOptions(output=out, voice="espeak", use_cache=False))


@pytest.fixture(scope="module")
def profile():
    return load_profile("espeak")


@pytest.fixture(scope="module")
def script(profile):
    return make_script(read_article(str(SAMPLE_PAGE)), profile=profile)


def test_mp3_format(episode, profile):
    check_mp3_format(episode.mp3, profile)


def test_duration_matches_the_text(episode, profile, script):
    check_duration_matches_text(episode, profile, script)


def test_pauses_between_sentences_and_longer_between_paragraphs(episode, profile, script):
    check_pauses(episode, profile, script)


def test_tags_read_back(episode, expected):
    check_tags(episode, expected, engine="pyttsx3")


def test_second_run_synthesizes_nothing(tmp_path):
    out = tmp_path / "a.mp3"
    first = speak(str(SAMPLE_PAGE), SpeakOptions(output=out, voice="espeak"))
    assert first.synthesized > 0
    second = speak(str(SAMPLE_PAGE), SpeakOptions(output=out, voice="espeak"))
    assert second.synthesized == 0
    assert second.duration == pytest.approx(first.duration, abs=0.05)
    uncached = speak(str(SAMPLE_PAGE), SpeakOptions(output=out, voice="espeak", use_cache=False))
    assert uncached.synthesized == first.synthesized


def test_a_finished_episode_comes_from_the_cache_until_something_changes(tmp_path):
    from tts_pipeline.voices import VoiceProfile

    article = read_article(str(SAMPLE_PAGE))
    profile = load_profile("espeak")
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
    result = cli("speak", str(SAMPLE_PAGE), "--voice", "espeak", cwd=tmp_path)
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
    args = ("speak", "-", "--voice", "espeak", "-o", "x.mp3")
    result = cli(*args, stdin=SAMPLE_PAGE.read_bytes(), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.mp3").stat().st_size > 100_000


def test_the_engine_prints_nothing_into_the_output(cli, tmp_path):
    """pyttsx3's driver prints "Audio saved to ..." from its callback; none of it may leak."""
    for _ in range(3):
        args = ("speak", str(SAMPLE_PAGE), "--voice", "espeak", "--no-cache")
        result = cli(*args, "-o", str(tmp_path / "x.mp3"))
        assert result.returncode == 0, result.stderr
        assert b"Audio saved" not in result.stdout + result.stderr
        assert result.stdout.decode().splitlines()[0].endswith("x.mp3")
