"""espeak speaks every clip at the profile's rate (issue 18: now and then a whole run came out
at pyttsx3's default of 200 words per minute instead of the profile's 170).

The cause is a race inside libespeak-ng that no test can trigger at will, so the faults are
injected into the real espeak (its rate changed behind pyttsx3's back, as the race leaves it)
and the real clips are measured: espeak says a text at a rate in the same time to within a
few milliseconds, and about 15% faster at 200 words per minute than at 170.
"""

from __future__ import annotations

import sys

import pytest

from tts_pipeline.engines.espeak_library import RATE, current_parameter, wait_until_idle
from tts_pipeline.errors import SynthesisError
from tts_pipeline.voices import load_profile

TEXT = "The harbour board met on Tuesday to agree on a plan for the next ten years."
DEFAULT_RATE = 200
"""pyttsx3's own rate, which its espeak driver sets when it starts."""
SAME_LENGTH = 0.02
"""Two clips of the same text at the same rate differ by less than this fraction."""

pytestmark = pytest.mark.engine


@pytest.fixture
def espeak_engine():
    """A pyttsx3 engine on espeak, the profile, and pyttsx3's binding of libespeak-ng."""
    from tts_pipeline.engines.pyttsx3_engine import Pyttsx3Engine

    engine, profile = Pyttsx3Engine(), load_profile("espeak")
    if engine.unavailable_reason(profile) or engine._load().driver_name != "espeak":
        pytest.skip("pyttsx3 does not speak through espeak here")
    assert profile.rate != DEFAULT_RATE
    return engine, profile, sys.modules["pyttsx3.drivers._espeak"]


def _lose_the_rate(espeak) -> None:
    """What the race leaves: espeak back at pyttsx3's default rate, pyttsx3 none the wiser."""
    espeak.SetParameter(RATE, DEFAULT_RATE, 0)
    wait_until_idle(espeak, 5.0)
    assert current_parameter(espeak, RATE) == DEFAULT_RATE


def test_a_lost_rate_is_given_back_before_the_next_clip(espeak_engine):
    engine, profile, espeak = espeak_engine
    right = engine.synthesize(TEXT, profile)
    _lose_the_rate(espeak)
    again = engine.synthesize(TEXT, profile)
    assert current_parameter(espeak, RATE) == profile.rate
    assert again.seconds == pytest.approx(right.seconds, rel=SAME_LENGTH)


def test_a_clip_spoken_at_another_rate_is_refused(espeak_engine, monkeypatch):
    """The rate changes after it was set, just before espeak starts the utterance: the clip
    comes out at 200 words per minute and the engine says so instead of handing it back."""
    engine, profile, espeak = espeak_engine
    right = engine.synthesize(TEXT, profile)
    driver = engine._load().proxy._driver
    start = driver._start_synthesis

    def start_at_the_default_rate(text):
        _lose_the_rate(espeak)
        start(text)

    monkeypatch.setattr(driver, "_start_synthesis", start_at_the_default_rate)
    with pytest.raises(SynthesisError, match=f"spoke at {DEFAULT_RATE} words per minute"):
        engine.synthesize(TEXT, profile)
    monkeypatch.undo()
    assert engine.synthesize(TEXT, profile).seconds == pytest.approx(right.seconds, rel=SAME_LENGTH)
