"""Mastering: plan the gain that sets loudness (ITU-R BS.1770) and keeps true peaks down.

Speech from a TTS engine has a high crest factor: raising it to podcast loudness
(-16 LUFS) pushes its peaks over full scale. A look-ahead peak limiter, planned on
the true peak of every millisecond, lowers just those peaks with a smooth gain
curve; gain and limiting are repeated until the loudness sits on the target.

Everything here works on the timeline's measurements (``timeline.Plan``), never on
its audio: the loudness after a pass is the K-weighted energy of every 100 ms hop,
scaled by the energy-weighted mean of the squared gain over the hop.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tts_pipeline.audio.dsp import db_to_gain, gated_loudness
from tts_pipeline.audio.timeline import Plan

ENCODER_PEAK_MARGIN_DB = 2.0
"""Headroom for the overshoot MP3 encoding (at 64 kbit/s) adds to true peaks, in dB. Up to
2.4 dB is seen on speech; the few parts that go over are corrected and encoded again (about
one in seven at 2.0 dB, where the loudness still reaches -16 LUFS). The pipeline passes the
voice profile's ``headroom`` instead: voices differ in how far encoding pushes their peaks."""
LIMITER_LOOKAHEAD = 0.005
"""Seconds over which the limiter's gain falls before a peak."""
LIMITER_RELEASE = 0.060
"""Seconds over which the limiter's gain stays down after a peak."""
LOUDNESS_TOLERANCE_LU = 0.1
"""How close to the target the planned loudness is brought, in LU."""
MAX_PASSES = 6


@dataclass(frozen=True)
class GainPlan:
    """The gain of every moment of the timeline."""

    gain_db: float
    """Overall gain, dB."""
    block_gains: np.ndarray
    """The limiter's gain (linear, at most 1) of every true-peak block."""
    block: int
    """Samples per block."""
    loudness: float
    """Integrated loudness the plan gives, LUFS."""
    true_peak: float
    """True peak the plan gives, dBTP (before encoding)."""

    def envelope(self, start: int, length: int) -> np.ndarray:
        """The linear gain of samples ``start`` to ``start + length``, interpolated between
        block centres."""
        first = max(0, start // self.block - 1)
        last = min(len(self.block_gains), (start + length) // self.block + 2)
        centres = (np.arange(first, last) + 0.5) * self.block
        positions = np.arange(start, start + length)
        curve = np.interp(positions, centres, self.block_gains[first:last])
        return db_to_gain(self.gain_db) * curve


def plan_gain(
    plan: Plan, target_lufs: float, true_peak_limit: float, margin: float = ENCODER_PEAK_MARGIN_DB
) -> GainPlan:
    """The gain that brings ``plan`` to ``target_lufs`` with true peaks under
    ``true_peak_limit - margin`` dBTP."""
    ceiling = db_to_gain(true_peak_limit - margin)
    block, peaks = plan.peak_block, plan.block_peaks
    hop_blocks = round(plan.rate * 0.1) / block
    loudness = gated_loudness(plan.hop_energies, plan.rate)
    curve = np.ones(len(peaks), dtype=np.float32)
    if not np.isfinite(loudness):
        return GainPlan(0.0, curve, block, loudness, _db(float(peaks.max(initial=0.0))))

    def attempt(gain_db: float) -> tuple[np.ndarray, float]:
        gain = db_to_gain(gain_db)
        curve = limiter_gain(peaks * gain, ceiling, plan.rate / block)
        scale = _hop_scale(curve**2, plan.block_energies, hop_blocks, len(plan.hop_energies))
        return curve, gated_loudness(plan.hop_energies * scale * gain**2, plan.rate)

    gain_db, previous = target_lufs - loudness, None
    for _ in range(MAX_PASSES):
        curve, loudness = attempt(gain_db)
        if abs(loudness - target_lufs) <= LOUDNESS_TOLERANCE_LU:
            break
        slope = 1.0
        if previous is not None and gain_db != previous[0]:
            slope = min(1.0, max(0.2, (loudness - previous[1]) / (gain_db - previous[0])))
        previous = (gain_db, loudness)
        gain_db += (target_lufs - loudness) / slope
    else:
        curve, loudness = attempt(gain_db)
    true_peak = _db(float((peaks * db_to_gain(gain_db) * curve).max(initial=0.0)))
    return GainPlan(gain_db, curve, block, loudness, true_peak)


def _hop_scale(gains_sq: np.ndarray, energies: np.ndarray, hop_blocks: float, hops: int):
    """Per 100 ms hop: the mean of the squared gain, weighted by each block's energy."""
    if hops == 0:
        return np.ones(0)
    edges = np.minimum(np.round(np.arange(hops) * hop_blocks).astype(np.intp), len(energies) - 1)
    weighted = np.add.reduceat(gains_sq * energies, edges, dtype=np.float64)
    total = np.add.reduceat(energies, edges, dtype=np.float64)
    return np.where(total > 0, weighted / np.maximum(total, 1e-30), 1.0)


def _db(linear: float) -> float:
    return 20 * float(np.log10(linear)) if linear > 0 else float("-inf")


def limiter_gain(block_peaks: np.ndarray, ceiling: float, blocks_per_second: float) -> np.ndarray:
    """A smooth gain per block that keeps every block's peak at or under ``ceiling``.

    The gain each block needs, held (running minimum) over look-ahead and release,
    then averaged over a window shorter than the hold: the average of values that
    are all at or under a block's need is at or under it too.
    """
    needed = np.minimum(1.0, ceiling / np.maximum(block_peaks, 1e-12)).astype(np.float32)
    if needed.min(initial=1.0) >= 1.0:
        return needed
    ahead = max(1, round(LIMITER_LOOKAHEAD * blocks_per_second))
    release = max(1, round(LIMITER_RELEASE * blocks_per_second))
    held = _running_min(needed, before=ahead, after=ahead)
    held = _running_min(held, before=release - 1, after=0)  # stays down after a peak
    smooth = _moving_average(held, ahead + 1)
    return np.minimum(smooth, needed)


def _running_min(values: np.ndarray, before: int, after: int) -> np.ndarray:
    """out[i] = min(values[i - before : i + after + 1]), edges padded with 1.0 (no limiting).

    Van Herk / Gil-Werman: minima accumulated forward and backward within blocks as wide
    as the window, so the cost does not grow with the window.
    """
    width = before + after + 1
    whole = -(-(len(values) + before + after) // width) * width
    padded = np.ones(whole, dtype=values.dtype)
    padded[before : before + len(values)] = values
    blocks = padded.reshape(-1, width)
    forward = np.minimum.accumulate(blocks, axis=1).ravel()
    backward = np.minimum.accumulate(blocks[:, ::-1], axis=1)[:, ::-1].ravel()
    return np.minimum(backward[: len(values)], forward[width - 1 : width - 1 + len(values)])


def _moving_average(values: np.ndarray, width: int) -> np.ndarray:
    """Centred moving average, edges padded with the edge values."""
    left = (width - 1) // 2
    padded = np.pad(values, (left, width - 1 - left), mode="edge")
    return np.convolve(padded, np.full(width, 1 / width, dtype=values.dtype), mode="valid")
