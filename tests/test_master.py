"""Mastering logic on synthetic signals: loudness target, true-peak ceiling, smooth gain."""

from __future__ import annotations

import numpy as np
import pytest

from tts_pipeline.audio.dsp import resample
from tts_pipeline.audio.master import ENCODER_PEAK_MARGIN_DB, limiter_gain, plan_gain
from tts_pipeline.audio.render import render
from tts_pipeline.audio.timeline import lay_out, segment_audio
from tts_pipeline.models import Block, Clip, Role, Script, Sentence
from tts_pipeline.voices import VoiceProfile


def speechlike(seconds: float, rate: int, seed: int = 1) -> np.ndarray:
    """Bursts of noise with sharp peaks: a crest factor well above podcast limits."""
    rng = np.random.default_rng(seed)
    signal = rng.normal(0, 0.05, int(seconds * rate))
    envelope = (np.sin(2 * np.pi * 2 * np.arange(len(signal)) / rate) > 0).astype(float)
    signal *= envelope
    spikes = rng.choice(len(signal), 40, replace=False)
    signal[spikes] = 0.9 * np.sign(rng.normal(size=40))
    return signal


def one_paragraph(clips: list[np.ndarray], rate: int):
    """A script of one paragraph with a sentence per clip, and a loader for the clips."""
    stored = {f"k{i}": Clip((c * 32767).astype("<i2").tobytes(), rate) for i, c in enumerate(clips)}
    sentences = tuple(Sentence(f"Sentence {i}.", f"Sentence {i}.") for i in range(len(clips)))
    script = Script((Block(Role.BODY, sentences),))
    return script, [[k] for k in stored], stored.__getitem__


def timeline_audio(plan, gains, load) -> np.ndarray:
    """The mastered timeline as one array (fine for a test's few seconds)."""
    out = np.zeros(plan.length)
    for s in plan.segments:
        out[s.start : s.start + s.length] = segment_audio(load(s.source), s) * gains.envelope(
            s.start, s.length
        )
    return out


def test_planned_gain_hits_loudness_and_keeps_true_peak_under_the_ceiling():
    import pyloudnorm
    from scipy.signal import resample_poly

    rate = 22050
    script, keys, load = one_paragraph([speechlike(6, rate, seed=s) for s in range(4)], rate)
    plan = lay_out(script, keys, load, VoiceProfile(), rate)
    gains = plan_gain(plan, -18.0, -1.0)  # this noise, limited to -3 dBTP, tops out at -16.4
    audio = resample(timeline_audio(plan, gains, load), rate, 44100)  # as rendering does
    assert pyloudnorm.Meter(44100).integrated_loudness(audio) == pytest.approx(-18.0, abs=0.3)
    true_peak = 20 * np.log10(np.abs(resample_poly(audio, 4, 1)).max())
    assert true_peak <= -1.0 - ENCODER_PEAK_MARGIN_DB + 0.25  # the plan estimates within 0.25 dB
    assert gains.loudness == pytest.approx(-18.0, abs=0.15)


def test_silence_stays_silence():
    rate = 22050
    script, keys, load = one_paragraph([np.zeros(rate), np.zeros(rate)], rate)
    plan = lay_out(script, keys, load, VoiceProfile(), rate)
    assert plan.segments == ()
    gains = plan_gain(plan, -16.0, -1.0)
    assert gains.gain_db == 0.0
    audio = render(plan, gains, load, 44100, 64)
    assert audio.true_peak == float("-inf") or audio.true_peak < -80


def test_limiter_gain_never_exceeds_what_any_block_needs_and_moves_smoothly():
    rng = np.random.default_rng(3)
    peaks = np.abs(rng.normal(0, 0.5, 5000)) + 0.01
    gain = limiter_gain(peaks, 0.5, 1000)
    assert np.all(gain * peaks <= 0.5 * (1 + 1e-6))  # single precision
    assert np.all(gain <= 1.0)
    assert np.abs(np.diff(gain)).max() < 0.5
    quiet = limiter_gain(np.full(100, 0.1), 0.5, 1000)
    assert np.all(quiet == 1.0)


@pytest.mark.parametrize("rate", [16000, 22050, 44100])
def test_our_loudness_meter_agrees_with_pyloudnorm(rate):
    import pyloudnorm

    from tts_pipeline.audio.dsp import integrated_loudness

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

    from tts_pipeline.audio.dsp import true_peak_db

    rate = 44100
    t = np.arange(rate) / rate
    # a tone at a quarter of the rate, sampled off its crests: the true peak is between samples
    signal = 0.5 * np.sin(2 * np.pi * (rate / 4) * t + np.pi / 4)
    reference = 20 * np.log10(np.abs(resample_poly(signal, 4, 1)).max())
    assert 20 * np.log10(np.abs(signal).max()) < reference - 2.5
    assert true_peak_db(signal, rate) == pytest.approx(reference, abs=0.1)


@pytest.mark.parametrize("workers", [1, 3])
def test_rendering_in_parts_keeps_time(workers, monkeypatch):
    """Parts encoded apart play where the timeline put them: delay and padding counted."""
    import miniaudio

    import tts_pipeline.audio.render

    monkeypatch.setattr(tts_pipeline.audio.render, "PART_SECONDS", 2.0)  # short test audio

    rate = 22050
    clips = []
    for _ in range(6):
        clip = np.zeros(rate * 5)
        clip[rate : rate + 20] = 0.6  # a click one second into each clip
        clip[rate + 20 : rate * 4] = 0.01 * np.sin(np.arange(rate * 3 - 20))  # quiet speech
        clips.append(clip)
    script, keys, load = one_paragraph(clips, rate)
    plan = lay_out(script, keys, load, VoiceProfile(), rate)
    gains = plan_gain(plan, -30.0, -1.0)
    audio = render(plan, gains, load, 44100, 64, workers=workers)
    assert len(audio.mp3.parts) == 6
    decoded = miniaudio.decode(
        audio.mp3.data, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1, sample_rate=44100
    )
    samples = np.abs(np.frombuffer(decoded.samples, dtype=np.float32))
    assert len(samples) / 44100 == pytest.approx(audio.duration, abs=0.001)
    for segment in plan.segments:
        click = (segment.start - segment.offset + rate) / rate  # where the timeline has it
        expected = audio.mp3.decoded_seconds(click)
        start = max(0, int((expected - 0.1) * 44100))
        window = samples[start : int((expected + 0.1) * 44100)]
        found = (start + np.argmax(window > 0.5 * window.max())) / 44100
        assert found == pytest.approx(expected, abs=0.002)


def test_running_min_is_the_plain_window_minimum():
    from tts_pipeline.audio.master import _running_min

    rng = np.random.default_rng(5)
    values = rng.random(997)
    for before, after in [(0, 0), (3, 3), (59, 0), (5, 11)]:
        padded = np.concatenate([np.ones(before), values, np.ones(after)])
        plain = [padded[i : i + before + after + 1].min() for i in range(len(values))]
        assert np.array_equal(_running_min(values, before, after), plain)
