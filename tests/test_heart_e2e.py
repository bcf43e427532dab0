"""End to end with the default voice, hibari's neural "heart": the same checks as espeak's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audio_helpers import (
    check_cues_match_the_script,
    check_duration_matches_text,
    check_loudness_and_true_peak,
    check_mp3_format,
    check_pauses,
    check_tags,
)
from conftest import SAMPLE_PAGE

from tts_pipeline.pipeline import SpeakOptions, make_script, read_article, speak
from tts_pipeline.publish.episode import sidecar_paths
from tts_pipeline.voices import load_profile

pytestmark = pytest.mark.engine


@pytest.fixture(scope="module")
def profile():
    return load_profile("default")


@pytest.fixture(scope="module")
def episode(tmp_path_factory):
    out = tmp_path_factory.mktemp("heart") / "sample.mp3"
    return speak(str(SAMPLE_PAGE), SpeakOptions(output=out, use_cache=False))


@pytest.fixture(scope="module")
def script(profile):
    return make_script(read_article(str(SAMPLE_PAGE)), profile=profile)


def test_the_default_voice_is_heart(profile, episode):
    assert (profile.engine, profile.voice) == ("hibari", "heart")
    record = json.loads(sidecar_paths(Path(episode.mp3))["episode"].read_text())
    assert record["voice"]["engine"] == "hibari"


def test_mp3_format(episode, profile):
    check_mp3_format(episode.mp3, profile)


def test_loudness_and_true_peak(episode, profile):
    check_loudness_and_true_peak(episode.mp3, profile)


def test_cues_match_the_script(episode, script):
    check_cues_match_the_script(episode, script)


def test_duration_matches_the_text(episode, profile, script):
    check_duration_matches_text(episode, profile, script)


def test_pauses_between_sentences_and_longer_between_paragraphs(episode, profile, script):
    check_pauses(episode, profile, script)


def test_tags_read_back(episode, expected):
    check_tags(episode, expected, engine="hibari")
