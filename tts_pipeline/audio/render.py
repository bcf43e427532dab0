"""Render the planned timeline to MP3, streaming: a part at a time, never the whole audio.

The timeline is cut in pauses into parts of some seconds each; worker threads (one
per core) take the parts in turn: read the part's clips, apply the planned gain,
resample to the output rate (libsoxr), encode (LAME, which releases the GIL) and
decode the part's MP3 again to measure the true peak a listener gets. Low-bitrate
MP3 can push a peak up to 2.4 dB over what went in; where a part's decoded peak
passes the limit, the gain is lowered around that peak alone and the part encoded
again. The parts' MP3s are joined; each part's encoder delay and padding is counted
into the sentence timings (``EncodedMp3.decoded_seconds``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, wait
from dataclasses import dataclass, replace
from math import gcd

import numpy as np

from tts_pipeline.audio.dsp import OVERSAMPLING, db_to_gain
from tts_pipeline.audio.encode import (
    ENCODER_DELAY_SAMPLES,
    EncodedMp3,
    Mp3Encoder,
    decoded_chunks,
    join_parts,
)
from tts_pipeline.audio.master import GainPlan, limiter_gain
from tts_pipeline.audio.timeline import Plan, Segment, segment_audio
from tts_pipeline.models import Clip

CHUNK_SECONDS = 1.0
"""Longest stretch of silence emitted at once."""
PART_SECONDS = 5.0
"""Shortest part (except the last); parts are cut in pauses between sentences."""
MAX_ATTEMPTS = 4
"""Encodes of a part, at most, to bring its decoded true peak under the limit."""
CORRECTION_MARGIN_DB = 0.3
"""Extra lowering of a peak that came out of the encoder over the limit, dB."""


@dataclass(frozen=True)
class RenderedAudio:
    mp3: EncodedMp3
    duration: float
    """Seconds of the decoded MP3."""
    true_peak: float
    """True peak of the decoded MP3, dBTP."""
    encodes: int
    """Parts encoded, re-encodes included."""


@dataclass(frozen=True)
class _Part:
    start: int
    end: int
    """Timeline samples [start, end)."""
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class _PartResult:
    mp3: bytes
    decoded: int
    """Samples decoded."""
    peak: float
    """True peak of the decoded part, linear."""
    over: np.ndarray | None
    """Where the peak passed the limit: the decoded true peak of each of the part's limiter
    blocks; None where it did not."""


def render(
    plan: Plan,
    gains: GainPlan,
    load: Callable[[str], Clip],
    rate: int,
    bitrate: int,
    workers: int = 1,
    true_peak_limit: float = 0.0,
) -> RenderedAudio:
    """Encode ``plan`` with ``gains`` at ``rate`` Hz on ``workers`` threads, each part's
    decoded true peak brought under ``true_peak_limit`` dBTP (when the gain allows)."""
    parts = split_parts(plan, rate)
    # A part whose decoded peak passes the limit gets its gain lowered around that peak (its
    # own blocks only: parts are cut in pauses) and goes back to the queue at once.
    current = replace(gains, block_gains=gains.block_gains.copy())
    limit = db_to_gain(true_peak_limit)
    results: list[_PartResult | None] = [None] * len(parts)
    encodes = 0

    def run(index: int) -> _PartResult:
        return _render_part(parts[index], plan, current, load, rate, bitrate, limit)

    pool = _executor(workers)
    try:
        attempts = {pool.submit(run, i): (i, 1) for i in range(len(parts))}
        while attempts:
            finished, _ = wait(attempts, return_when=FIRST_COMPLETED)
            for future in finished:
                index, attempt = attempts.pop(future)
                results[index] = result = future.result()
                encodes += 1
                if result.over is not None and attempt < MAX_ATTEMPTS:
                    _lower_peaks(current.block_gains, parts[index], result.over, limit, plan)
                    attempts[pool.submit(run, index)] = (index, attempt + 1)
    finally:  # a stop or a failure: the parts not started are dropped, not waited for
        pool.shutdown(wait=True, cancel_futures=True)
    done = [r for r in results if r is not None]
    mp3 = join_parts(
        [(p.start * rate // plan.rate, r.mp3) for p, r in zip(parts, done, strict=True)], rate
    )
    peak = max(r.peak for r in done)
    return RenderedAudio(
        mp3=mp3,
        duration=sum(r.decoded for r in done) / rate,
        true_peak=20 * float(np.log10(peak)) if peak > 0 else float("-inf"),
        encodes=encodes,
    )


def split_parts(plan: Plan, rate: int) -> list[_Part]:
    """Parts of at least ``PART_SECONDS``, cut in the middle of pauses between sentences,
    where both the timeline's rate and the output rate have a whole sample."""
    step = plan.rate // gcd(plan.rate, rate)
    cuts, last = [], 0
    for before, after in itertools.pairwise(plan.timings):
        middle = round((before.end + after.start) / 2 * plan.rate) // step * step
        if middle - last >= PART_SECONDS * plan.rate and after.start > before.end:
            cuts.append(middle)
            last = middle
    bounds = [0, *cuts, plan.length]
    return [
        _Part(a, b, tuple(s for s in plan.segments if a <= s.start < b))
        for a, b in itertools.pairwise(bounds)
    ]


def _executor(workers: int):
    from concurrent.futures import ThreadPoolExecutor

    return ThreadPoolExecutor(max(1, workers), thread_name_prefix="render")


def _render_part(
    part: _Part, plan: Plan, gains: GainPlan, load, rate: int, bitrate: int, limit: float
) -> _PartResult:
    encoder = Mp3Encoder(rate, bitrate)
    resampler = _Resampler(plan.rate, rate)
    for chunk in _part_audio(part, plan, gains, load):
        encoder.write(_to_pcm(resampler.push(chunk)))
    encoder.write(_to_pcm(resampler.finish()))
    mp3 = encoder.finish()
    peaks = _DecodedPeaks(part, plan, rate)
    for chunk in decoded_chunks(mp3, rate):
        peaks.add(chunk)
    block_peaks = peaks.finish()
    peak = float(block_peaks.max(initial=0.0))
    return _PartResult(mp3, peaks.decoded, peak, block_peaks if peak > limit else None)


class _DecodedPeaks:
    """The decoded part's true peak in each of the part's limiter blocks (timeline blocks),
    taken chunk by chunk as the MP3 is decoded."""

    def __init__(self, part: _Part, plan: Plan, rate: int) -> None:
        import soxr

        block = plan.peak_block
        first = part.start // block
        count = max(1, -(-part.end // block) - first)
        # where each block starts: timeline sample -> part PCM -> decoded -> oversampled
        starts = (np.arange(first, first + count) * block - part.start) * rate / plan.rate
        self.edges = np.round((starts + ENCODER_DELAY_SAMPLES) * OVERSAMPLING).astype(np.intp)
        self.edges[0] = 0
        self.peaks = np.zeros(count, dtype=np.float32)
        self.decoded = 0
        self._position = 0  # oversampled samples seen
        self._oversampler = soxr.ResampleStream(rate, rate * OVERSAMPLING, 1, dtype="float32")

    def add(self, chunk: np.ndarray, last: bool = False) -> None:
        self.decoded += len(chunk)
        up = np.abs(self._oversampler.resample_chunk(chunk.astype(np.float32), last=last))
        if up.size == 0:
            return
        start, end = self._position, self._position + len(up)
        first = int(np.searchsorted(self.edges, start, side="right")) - 1
        inside = self.edges[(self.edges > start) & (self.edges < end)] - start
        maxima = np.maximum.reduceat(up, np.concatenate([[0], inside]).astype(np.intp))
        stop = min(len(self.peaks), first + len(maxima))
        self.peaks[first:stop] = np.maximum(self.peaks[first:stop], maxima[: stop - first])
        self._position = end

    def finish(self) -> np.ndarray:
        self.add(np.zeros(0, dtype=np.float32), last=True)
        return self.peaks


def _lower_peaks(block_gains, part: _Part, decoded_peaks, limit: float, plan: Plan) -> None:
    """Lower the planned gain around the blocks whose decoded peak passed ``limit``."""
    first = part.start // plan.peak_block
    margin = db_to_gain(CORRECTION_MARGIN_DB)
    factor = limiter_gain(decoded_peaks * margin, limit, plan.rate / plan.peak_block)
    end = min(len(block_gains), first + len(factor))
    block_gains[first:end] *= factor[: end - first]


def _part_audio(part: _Part, plan: Plan, gains: GainPlan, load):
    """The part's samples in order: silence and the gained segments."""
    position = part.start
    longest = round(CHUNK_SECONDS * plan.rate)
    for segment in part.segments:
        yield from _silence(segment.start - position, longest)
        audio = segment_audio(load(segment.source), segment)
        yield audio * gains.envelope(segment.start, segment.length)
        position = segment.start + segment.length
    yield from _silence(part.end - position, longest)


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
