"""Mastering: resample to the output rate, set loudness (ITU-R BS.1770) and limit true peaks.

Speech from a TTS engine has a high crest factor: raising it to podcast loudness
(-16 LUFS) pushes its peaks over full scale. A look-ahead peak limiter, working on
the 4x oversampled signal (true peak), lowers just those peaks with a smooth gain
curve; gain and limiting are repeated until the loudness sits on the target.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tts_pipeline.assemble import Timeline

TRUE_PEAK_OVERSAMPLING = 4
"""BS.1770 true peak: the peak of the signal oversampled 4 times."""
ENCODER_PEAK_MARGIN_DB = 1.0
"""Headroom for the overshoot MP3 encoding adds to true peaks, in dB (0.7 dB seen on speech)."""
LIMITER_LOOKAHEAD = 0.005
"""Seconds over which the limiter's gain falls before a peak."""
LIMITER_RELEASE = 0.060
"""Seconds over which the limiter's gain recovers after a peak."""
LIMITER_RESOLUTION = 0.001
"""Seconds per step of the limiter's gain curve."""
LOUDNESS_TOLERANCE_LU = 0.2
"""How close to the target the integrated loudness is brought, in LU."""
MAX_PASSES = 4


@dataclass(frozen=True)
class Mastered:
    """Audio ready to encode, and what was measured on it."""

    pcm: bytes
    """Signed 16-bit little-endian mono PCM."""
    rate: int
    """Hertz."""
    loudness: float
    """Integrated loudness, LUFS."""
    true_peak: float
    """dBTP, estimated at the engine's rate oversampled 4 times."""


def master(timeline: Timeline, rate: int, target_lufs: float, true_peak_limit: float) -> Mastered:
    """Bring ``timeline`` to ``target_lufs`` with true peaks under the limit, then to ``rate`` Hz.

    Loudness and limiting work at the engine's rate (half the samples of 44.1 kHz for
    most voices); band-limited resampling afterwards keeps the true peak. The signal is
    oversampled once: block true peaks scale with any gain applied later.
    """
    samples = np.frombuffer(timeline.pcm, dtype="<i2").astype(np.float64) / 32768.0
    source_rate = timeline.rate
    ceiling = db_to_gain(true_peak_limit - ENCODER_PEAK_MARGIN_DB)
    loudness = integrated_loudness(samples, source_rate)
    out, peak = samples, float(np.abs(samples).max(initial=0.0))
    if np.isfinite(loudness):
        step = max(1, int(LIMITER_RESOLUTION * source_rate))
        peaks = block_true_peaks(samples, step)
        centres = (np.arange(len(peaks)) + 0.5) * step
        positions = np.arange(len(samples))
        gain_db, previous = target_lufs - loudness, None
        for _ in range(MAX_PASSES):
            gain = db_to_gain(gain_db)
            curve = limiter_gain(peaks * gain, ceiling)
            out = samples * gain * np.interp(positions, centres, curve)
            peak = float((peaks * gain * curve).max())
            loudness = integrated_loudness(out, source_rate)
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


def resample(samples: np.ndarray, from_rate: int, to_rate: int) -> np.ndarray:
    """Band-limited polyphase resampling."""
    if from_rate == to_rate:
        return samples
    from math import gcd

    from scipy.signal import resample_poly

    divisor = gcd(from_rate, to_rate)
    return resample_poly(samples, to_rate // divisor, from_rate // divisor)


def integrated_loudness(samples: np.ndarray, rate: int) -> float:
    """BS.1770-4 gated integrated loudness in LUFS; -inf for silence or very short audio."""
    import pyloudnorm

    if len(samples) < int(0.4 * rate) + 1:
        return float("-inf")
    return float(pyloudnorm.Meter(rate).integrated_loudness(samples))


def oversampled_abs(samples: np.ndarray) -> np.ndarray:
    """|signal| at 4 times the rate, through the short interpolation filter BS.1770 suggests."""
    from scipy.signal import upfirdn

    return np.abs(upfirdn(_true_peak_filter(), samples, TRUE_PEAK_OVERSAMPLING))


def _true_peak_filter() -> np.ndarray:
    from scipy.signal import firwin

    taps = 12 * TRUE_PEAK_OVERSAMPLING  # 48 taps, 12 per phase, as in BS.1770-4 Annex 2
    return firwin(taps, 1.0 / TRUE_PEAK_OVERSAMPLING) * TRUE_PEAK_OVERSAMPLING


def true_peak_db(samples: np.ndarray) -> float:
    """BS.1770 true peak in dBTP."""
    if samples.size == 0:
        return float("-inf")
    peak = float(oversampled_abs(samples).max())
    return 20 * np.log10(peak) if peak > 0 else float("-inf")


def block_true_peaks(samples: np.ndarray, step: int) -> np.ndarray:
    """The true peak of every block of ``step`` samples (the last block may be shorter)."""
    peaks = oversampled_abs(samples)[: len(samples) * TRUE_PEAK_OVERSAMPLING]
    width = step * TRUE_PEAK_OVERSAMPLING
    padded = np.zeros(-(-len(peaks) // width) * width)
    padded[: len(peaks)] = peaks
    return padded.reshape(-1, width).max(axis=1)


def db_to_gain(db: float) -> float:
    return float(10 ** (db / 20))


def limiter_gain(block_peaks: np.ndarray, ceiling: float) -> np.ndarray:
    """A smooth gain per block that keeps every block's peak at or under ``ceiling``.

    The gain each block needs, held (running minimum) over look-ahead and release,
    then averaged over a window shorter than the hold: the average of values that
    are all at or under a block's need is at or under it too.
    """
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    needed = np.minimum(1.0, ceiling / np.maximum(block_peaks, 1e-12))
    if needed.min(initial=1.0) >= 1.0:
        return needed
    ahead = max(1, round(LIMITER_LOOKAHEAD / LIMITER_RESOLUTION))
    release = max(1, round(LIMITER_RELEASE / LIMITER_RESOLUTION))
    held = minimum_filter1d(needed, size=2 * ahead + 1)
    held = minimum_filter1d(held, size=release, origin=(release - 1) // 2)  # hold after peaks
    smooth = uniform_filter1d(held, size=ahead + 1)
    return np.minimum(smooth, needed)
