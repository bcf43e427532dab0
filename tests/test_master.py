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


@pytest.mark.parametrize("rate", [16000, 22050, 44100])
def test_our_loudness_meter_agrees_with_pyloudnorm(rate):
    import pyloudnorm

    from tts_pipeline.dsp import integrated_loudness

    rng = np.random.default_rng(rate)
    t = np.arange(8 * rate) / rate
    signals = {
        "speechlike": speechlike(8, rate, seed=rate),
        "low hum": 0.2 * np.sin(2 * np.pi * 45 * t),
        "tone and noise": 0.1 * np.sin(2 * np.pi * 3000 * t) + rng.normal(0, 0.02, len(t)),
        "quiet and loud": np.concatenate(
            [rng.normal(0, 0.001, 4 * rate), rng.normal(0, 0.2, 4 * rate)]
        ),
    }
    for name, signal in signals.items():
        ours = integrated_loudness(signal, rate)
        reference = pyloudnorm.Meter(rate).integrated_loudness(signal)
        assert ours == pytest.approx(reference, abs=0.05), name


def test_our_true_peak_agrees_with_scipy_oversampling():
    from scipy.signal import resample_poly

    from tts_pipeline.dsp import true_peak_db

    rate = 44100
    t = np.arange(rate) / rate
    # a tone at a quarter of the rate, sampled off its crests: the true peak is between samples
    signal = 0.5 * np.sin(2 * np.pi * (rate / 4) * t + np.pi / 4)
    reference = 20 * np.log10(np.abs(resample_poly(signal, 4, 1)).max())
    assert 20 * np.log10(np.abs(signal).max()) < reference - 2.5
    assert true_peak_db(signal, rate) == pytest.approx(reference, abs=0.1)


def test_parallel_encoding_keeps_time():
    """Parts encoded apart play where the PCM put them: the encoder's delay and padding counted."""
    import miniaudio

    from tts_pipeline.encode import encode_mp3

    rate = 44100
    pcm = np.zeros(rate * 10, dtype="<i2")
    clicks = [int(rate * s) for s in (1.0, 4.5, 7.25)]
    for c in clicks:
        pcm[c : c + 40] = 20000
    encoded = encode_mp3(pcm.tobytes(), rate, 64, cuts=[rate * 3, rate * 6])
    assert len(encoded.parts) == 3
    decoded = miniaudio.decode(
        encoded.data, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=rate
    )
    samples = np.abs(np.frombuffer(decoded.samples, dtype=np.int16).astype(int))
    for c in clicks:
        expected = encoded.decoded_seconds(c / rate)
        window = samples[int((expected - 0.2) * rate) : int((expected + 0.2) * rate)]
        found = expected - 0.2 + np.argmax(window > 8000) / rate
        assert found == pytest.approx(expected, abs=0.005)
