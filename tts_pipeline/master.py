"""Mastering: set loudness (ITU-R BS.1770), limit true peaks, resample to the output rate.

Speech from a TTS engine has a high crest factor: raising it to podcast loudness
(-16 LUFS) pushes its peaks over full scale. A look-ahead peak limiter, working on
the 4x oversampled signal (true peak), lowers just those peaks with a smooth gain
curve; gain and limiting are repeated until the loudness sits on the target.

The K-weighted energy of every 100 ms hop is measured once; a pass scales it by
the energy-weighted mean of the squared gain over the hop, which the smooth gain
curve makes exact to a few hundredths of an LU.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tts_pipeline.assemble import Timeline
from tts_pipeline.dsp import (
    HOP_SECONDS,
    OVERSAMPLING,
    db_to_gain,
    gated_loudness,
    hop_energies,
    oversampled_abs,
    resample,
)

ENCODER_PEAK_MARGIN_DB = 2.0
"""Headroom for the overshoot MP3 encoding adds to true peaks, in dB (up to 1.2 dB seen)."""
LIMITER_LOOKAHEAD = 0.005
"""Seconds over which the limiter's gain falls before a peak."""
LIMITER_RELEASE = 0.060
"""Seconds over which the limiter's gain stays down after a peak."""
LIMITER_RESOLUTION = 0.001
"""Seconds per step of the limiter's gain curve."""
LOUDNESS_TOLERANCE_LU = 0.1
"""How close to the target the integrated loudness is brought, in LU."""
MAX_PASSES = 6


@dataclass(frozen=True)
class Mastered:
    """Audio ready to encode, and what was estimated on it."""

    pcm: bytes
    """Signed 16-bit little-endian mono PCM."""
    rate: int
    """Hertz."""
    loudness: float
    """Integrated loudness, LUFS."""
    true_peak: float
    """dBTP, estimated at the source rate oversampled 4 times."""


def master(timeline: Timeline, rate: int, target_lufs: float, true_peak_limit: float) -> Mastered:
    """Bring ``timeline`` to ``target_lufs`` with true peaks under the limit, then to ``rate`` Hz.

    Loudness and limiting work at the engine's rate (half the samples of 44.1 kHz for
    most voices); band-limited resampling afterwards keeps the true peak.
    """
    samples = np.frombuffer(timeline.pcm, dtype="<i2").astype(np.float64) / 32768.0
    source_rate = timeline.rate
    ceiling = db_to_gain(true_peak_limit - ENCODER_PEAK_MARGIN_DB)
    energies = hop_energies(samples, source_rate)
    loudness = gated_loudness(energies, source_rate)
    out, peak = samples, float(np.abs(samples).max(initial=0.0))
    if np.isfinite(loudness):
        step = max(1, int(LIMITER_RESOLUTION * source_rate))
        peaks = block_true_peaks(samples, source_rate, step)
        hop = round(HOP_SECONDS * source_rate)
        squares = _hop_sums(samples**2, hop)
        positions = np.arange(len(samples))
        centres = (np.arange(len(peaks)) + 0.5) * step
        gain_db, previous = target_lufs - loudness, None
        for _ in range(MAX_PASSES):
            gain = db_to_gain(gain_db)
            curve = limiter_gain(peaks * gain, ceiling)
            envelope = gain * np.interp(positions, centres, curve)
            out = samples * envelope
            peak = float((peaks * gain * curve).max())
            scale = _hop_sums(out**2, hop) / np.maximum(squares, 1e-30)
            loudness = gated_loudness(energies * scale, source_rate)
            if abs(loudness - target_lufs) <= LOUDNESS_TOLERANCE_LU:
                break
            slope = 1.0
            if previous is not None and gain_db != previous[0]:
                slope = min(1.0, max(0.2, (loudness - previous[1]) / (gain_db - previous[0])))
            previous = (gain_db, loudness)
            gain_db += (target_lufs - loudness) / slope
    out = resample(out, source_rate, rate)
    pcm = np.clip(np.round(out * 32768.0), -32768, 32767).astype("<i2")
    true_peak = 20 * np.log10(peak) if peak > 0 else float("-inf")
    return Mastered(pcm.tobytes(), rate, float(loudness), true_peak)


def _hop_sums(values: np.ndarray, hop: int) -> np.ndarray:
    count = len(values) // hop
    return values[: count * hop].reshape(count, hop).sum(axis=1)


def block_true_peaks(samples: np.ndarray, rate: int, step: int) -> np.ndarray:
    """The true peak of every block of ``step`` samples (the last block may be shorter)."""
    peaks = oversampled_abs(samples, rate)[: len(samples) * OVERSAMPLING]
    width = step * OVERSAMPLING
    padded = np.zeros(-(-len(peaks) // width) * width)
    padded[: len(peaks)] = peaks
    return padded.reshape(-1, width).max(axis=1)


def limiter_gain(block_peaks: np.ndarray, ceiling: float) -> np.ndarray:
    """A smooth gain per block that keeps every block's peak at or under ``ceiling``.

    The gain each block needs, held (running minimum) over look-ahead and release,
    then averaged over a window shorter than the hold: the average of values that
    are all at or under a block's need is at or under it too.
    """
    needed = np.minimum(1.0, ceiling / np.maximum(block_peaks, 1e-12))
    if needed.min(initial=1.0) >= 1.0:
        return needed
    ahead = max(1, round(LIMITER_LOOKAHEAD / LIMITER_RESOLUTION))
    release = max(1, round(LIMITER_RELEASE / LIMITER_RESOLUTION))
    held = _running_min(needed, before=ahead, after=ahead)
    held = _running_min(held, before=release - 1, after=0)  # stays down after a peak
    smooth = _moving_average(held, ahead + 1)
    return np.minimum(smooth, needed)


def _running_min(values: np.ndarray, before: int, after: int) -> np.ndarray:
    """out[i] = min(values[i - before : i + after + 1]), edges padded with 1.0 (no limiting)."""
    from numpy.lib.stride_tricks import sliding_window_view

    padded = np.concatenate([np.ones(before), values, np.ones(after)])
    return sliding_window_view(padded, before + after + 1).min(axis=1)


def _moving_average(values: np.ndarray, width: int) -> np.ndarray:
    """Centred moving average, edges padded with the edge values."""
    left = (width - 1) // 2
    padded = np.concatenate(
        [np.full(left, values[0]), values, np.full(width - 1 - left, values[-1])]
    )
    sums = np.cumsum(np.concatenate([[0.0], padded]))
    return (sums[width:] - sums[:-width]) / width
