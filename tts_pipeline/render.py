"""Render the planned timeline to MP3, streaming: clip by clip, never the whole audio at once.

The timeline is cut in pauses into lanes, one per core; each lane, on its own thread,
reads its clips, applies the planned gain, resamples to the output rate (libsoxr,
streaming), encodes (LAME) and then decodes its own MP3 to measure the true peak a
listener gets. The lanes' MP3s are joined; the encoder's delay and padding of each
are counted into the sentence timings.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from math import gcd

import numpy as np

from tts_pipeline.dsp import TruePeakMeter
from tts_pipeline.encode import EncodedMp3, Mp3Encoder, decoded_chunks, join_parts
from tts_pipeline.master import GainPlan
from tts_pipeline.models import Clip
from tts_pipeline.timeline import Plan, Segment, segment_audio

CHUNK_SECONDS = 1.0
"""Longest stretch of silence emitted at once."""


@dataclass(frozen=True)
class RenderedAudio:
    mp3: EncodedMp3
    duration: float
    """Seconds of the decoded MP3."""
    true_peak: float
    """True peak of the decoded MP3, dBTP."""


@dataclass(frozen=True)
class _Lane:
    start: int
    end: int
    """Timeline samples [start, end)."""
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class _LaneResult:
    first_sample: int
    """At the output rate."""
    mp3: bytes
    peak: float
    decoded: int
    """Samples decoded."""


def render(
    plan: Plan,
    gains: GainPlan,
    load: Callable[[str], Clip],
    rate: int,
    bitrate: int,
    lanes: int = 1,
) -> RenderedAudio:
    """Encode ``plan`` with ``gains`` at ``rate`` Hz, on up to ``lanes`` threads."""
    step = plan.rate // gcd(plan.rate, rate)  # cut where both rates have a whole sample
    cuts = [c // step * step for c in plan.quiet_cuts(lanes)]
    bounds = [0, *cuts, plan.length]
    parts = [
        _Lane(a, b, tuple(s for s in plan.segments if a <= s.start < b))
        for a, b in itertools.pairwise(bounds)
    ]

    def run(lane: _Lane) -> _LaneResult:
        return _render_lane(lane, plan, gains, load, rate, bitrate)

    if len(parts) == 1:
        results = [run(parts[0])]
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(len(parts)) as pool:
            results = list(pool.map(run, parts))
    mp3 = join_parts([(r.first_sample, r.mp3) for r in results], rate)
    peak = max(r.peak for r in results)
    return RenderedAudio(
        mp3=mp3,
        duration=sum(r.decoded for r in results) / rate,
        true_peak=20 * float(np.log10(peak)) if peak > 0 else float("-inf"),
    )


def _render_lane(lane, plan, gains, load, rate, bitrate) -> _LaneResult:
    encoder = Mp3Encoder(rate, bitrate)
    resampler = _Resampler(plan.rate, rate)
    for chunk in _lane_audio(lane, plan, gains, load):
        encoder.write(_to_pcm(resampler.push(chunk)))
    encoder.write(_to_pcm(resampler.finish()))
    mp3 = encoder.finish()
    meter = TruePeakMeter(rate)
    decoded = 0
    for chunk in decoded_chunks(mp3, rate):
        meter.add(chunk)
        decoded += len(chunk)
    first = lane.start * rate // plan.rate
    return _LaneResult(first, mp3, meter.finish(), decoded)


def _lane_audio(lane: _Lane, plan: Plan, gains: GainPlan, load):
    """The lane's samples in order: silence and the gained segments."""
    position = lane.start
    longest = round(CHUNK_SECONDS * plan.rate)
    for segment in lane.segments:
        yield from _silence(segment.start - position, longest)
        clip = load(segment.source)
        audio = segment_audio(clip, segment)
        yield audio * gains.envelope(segment.start, segment.length)
        position = segment.start + segment.length
    yield from _silence(lane.end - position, longest)


def _silence(count: int, longest: int):
    while count > 0:
        size = min(count, longest)
        yield np.zeros(size)
        count -= size


def _to_pcm(samples: np.ndarray) -> bytes:
    return np.clip(np.round(samples * 32768.0), -32768, 32767).astype("<i2").tobytes()


class _Resampler:
    """Streaming band-limited resampling (libsoxr); passes samples through at equal rates."""

    def __init__(self, from_rate: int, to_rate: int) -> None:
        self._stream = None
        if from_rate != to_rate:
            import soxr

            self._stream = soxr.ResampleStream(from_rate, to_rate, 1, dtype="float64")

    def push(self, samples: np.ndarray) -> np.ndarray:
        return samples if self._stream is None else self._stream.resample_chunk(samples)

    def finish(self) -> np.ndarray:
        if self._stream is None:
            return np.zeros(0)
        return self._stream.resample_chunk(np.zeros(0), last=True)
