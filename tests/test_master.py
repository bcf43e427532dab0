"""Mastering logic on synthetic signals: loudness target, true-peak ceiling, smooth gain."""

from __future__ import annotations

import numpy as np
import pytest

from tts_pipeline.assemble import Timeline
from tts_pipeline.master import limiter_gain, master


def speechlike(seconds: float, rate: int, seed: int = 1) -> np.ndarray:
    """Bursts of noise with sharp peaks: a crest factor well above podcast limits."""
    rng = np.random.default_rng(seed)
    signal = rng.normal(0, 0.05, int(seconds * rate))
    envelope = (np.sin(2 * np.pi * 2 * np.arange(len(signal)) / rate) > 0).astype(float)
    signal *= envelope
    spikes = rng.choice(len(signal), 40, replace=False)
    signal[spikes] = 0.9 * np.sign(rng.normal(size=40))
    return signal


def to_timeline(signal: np.ndarray, rate: int) -> Timeline:
    return Timeline((signal * 32767).astype("<i2").tobytes(), rate, ())


def test_master_hits_loudness_and_keeps_true_peak_under_the_ceiling():
    import pyloudnorm
    from scipy.signal import resample_poly

    rate = 22050
    mastered = master(to_timeline(speechlike(20, rate), rate), 44100, -16.0, -1.0)
    out = np.frombuffer(mastered.pcm, dtype="<i2") / 32768
    assert mastered.rate == 44100 and len(out) == pytest.approx(40 * rate, abs=4)
    assert pyloudnorm.Meter(44100).integrated_loudness(out) == pytest.approx(-16.0, abs=0.3)
    true_peak = 20 * np.log10(np.abs(resample_poly(out, 4, 1)).max())
    assert true_peak <= -1.0


def test_silence_stays_silence():
    rate = 22050
    mastered = master(to_timeline(np.zeros(rate * 2), rate), 22050, -16.0, -1.0)
    assert not np.frombuffer(mastered.pcm, dtype="<i2").any()


def test_limiter_gain_never_exceeds_what_any_block_needs_and_moves_smoothly():
    rng = np.random.default_rng(3)
    peaks = np.abs(rng.normal(0, 0.5, 5000)) + 0.01
    gain = limiter_gain(peaks, 0.5)
    assert np.all(gain * peaks <= 0.5 + 1e-12)
    assert np.all(gain <= 1.0)
    quiet = limiter_gain(np.full(100, 0.1), 0.5)
    assert np.all(quiet == 1.0)
