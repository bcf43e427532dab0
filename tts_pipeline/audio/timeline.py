"""Lay the episode out without holding its audio: where every clip and pause goes.

Each clip is read once here: trimmed to the profile's ``edge_silence`` at both ends,
faded (pydub), placed after the pause the profile asks for, and measured (the
K-weighted energy of every 100 ms and the true peak of every millisecond) so that
mastering can plan its gain without a second look. The clips stay in the clip
store; rendering reads them again, one at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from tts_pipeline.audio.dsp import HOP_SECONDS, OVERSAMPLING, KWeighting, oversampled_abs
from tts_pipeline.audio.pydub_loader import import_pydub
from tts_pipeline.models import Clip, Role, Script, Timing
from tts_pipeline.voices import DEFAULT_EDGE_SILENCE, VoiceProfile

FADE = 0.005
"""Seconds of fade in and out at the edges of each clip."""
SILENCE_THRESHOLD = 0.003
"""Amplitude (fraction of full scale) below which a sample counts as silence."""
PEAK_BLOCK_SECONDS = 0.002
"""Seconds per true-peak block: the resolution of the limiter's gain (2 ms: an hour is
1.8 million blocks)."""

ClipLoader = Callable[[str], Clip]
"""Gives a clip by its key (from the clip store) or a sound by its name, at the timeline's rate."""


@dataclass(frozen=True)
class Segment:
    """Audio placed on the timeline; silence fills the rest."""

    start: int
    """First sample on the timeline."""
    length: int
    """Samples."""
    source: str
    """A clip's key, or ``sound:intro`` / ``sound:outro``."""
    offset: int = 0
    """First sample taken from the source."""
    lead: int = 0
    """Zero samples put before the source's (when it had less silence than the edge)."""


@dataclass(frozen=True)
class Plan:
    """The whole episode laid out, with what mastering needs to know of it."""

    rate: int
    """Hertz of the timeline."""
    length: int
    """Samples."""
    segments: tuple[Segment, ...]
    timings: tuple[Timing, ...]
    """Every sentence's start and end, in seconds on the timeline."""
    hop_energies: np.ndarray
    """K-weighted energy of every 100 ms hop."""
    block_peaks: np.ndarray
    """True peak of every ``PEAK_BLOCK_SECONDS`` block."""
    block_energies: np.ndarray
    """Sum of squares (not weighted) of every ``PEAK_BLOCK_SECONDS`` block."""

    @property
    def seconds(self) -> float:
        return self.length / self.rate

    @property
    def peak_block(self) -> int:
        """Samples per true-peak block."""
        return max(1, round(PEAK_BLOCK_SECONDS * self.rate))


def prepared(clip: Clip, edge: float = DEFAULT_EDGE_SILENCE) -> tuple[int, int, int]:
    """(offset, length, lead) of ``clip`` trimmed to ``edge`` seconds of silence at each end.

    ``lead`` zeros come first when the clip had less silence before its speech than that.
    A clip with no sound at all gives a length of 0.
    """
    samples = np.frombuffer(clip.pcm, dtype="<i2")
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > SILENCE_THRESHOLD * 32767)
    if loud.size == 0:
        return 0, 0, 0
    keep = round(edge * clip.rate)
    first = max(0, int(loud[0]) - keep)
    last = min(len(samples), int(loud[-1]) + 1 + keep)
    lead = keep - (int(loud[0]) - first)
    trail = keep - (last - int(loud[-1]) - 1)
    return first, lead + (last - first) + trail, lead


def segment_audio(clip: Clip, segment: Segment) -> np.ndarray:
    """The samples (-1..1) a segment puts on the timeline: the trimmed clip, faded."""
    pydub = import_pydub()
    body = clip.pcm[2 * segment.offset : 2 * (segment.offset + segment.length - segment.lead)]
    trail = segment.length - segment.lead - len(body) // 2
    pcm = b"\0\0" * segment.lead + body + b"\0\0" * trail
    audio = pydub.AudioSegment(pcm, sample_width=2, frame_rate=clip.rate, channels=1)
    fade_ms = round(FADE * 1000)
    if len(audio) > 4 * fade_ms:
        audio = audio.fade_in(fade_ms).fade_out(fade_ms)
    samples = np.frombuffer(audio.raw_data, dtype="<i2").astype(np.float64) / 32768.0
    # pydub works in whole milliseconds: its fades may add or drop a sample at the end
    return np.pad(samples[: segment.length], (0, max(0, segment.length - len(samples))))


def lay_out(
    script: Script,
    pieces: Iterable[Sequence[str]],
    load: ClipLoader,
    profile: VoiceProfile,
    rate: int | None = None,
    sounds: frozenset[str] = frozenset(),
) -> Plan:
    """Place every sentence's clips (keys, one per piece) with the profile's pauses; measure.

    ``pieces`` may be lazy: each sentence's keys are taken when it is laid out, and the
    measuring runs on a thread of its own, beside whatever makes the next clips.
    ``rate`` is the timeline's (None: the first clip's). ``sounds`` names the sounds ``load``
    also has: ``sound:intro`` and ``sound:outro``.
    """
    with _Layout(rate, load, profile.edge_silence) as layout:
        _place_all(layout, script, pieces, profile, sounds)
        return layout.plan()


def _place_all(layout, script, pieces, profile, sounds) -> None:
    if "sound:intro" in sounds:
        layout.place("sound:intro", trim=False)
        layout.pause(profile.paragraph_pause)
    keys = iter(pieces)
    for block_index, block in enumerate(script.blocks):
        if block_index > 0:
            previous = script.blocks[block_index - 1].role
            after_intro = previous in (Role.TITLE, Role.BYLINE)
            title_done = after_intro and block.role not in (Role.TITLE, Role.BYLINE)
            layout.pause(profile.title_pause if title_done else profile.paragraph_pause)
        for sentence_index, sentence in enumerate(block.sentences):
            if sentence_index > 0:
                layout.pause(profile.sentence_pause)
            start = layout.position
            for piece_index, key in enumerate(next(keys)):
                if piece_index > 0:
                    layout.pause(profile.piece_pause)
                layout.place(key)
            layout.timings.append(
                Timing(
                    block_index, start / layout.rate, layout.position / layout.rate, sentence.text
                )
            )
    if "sound:outro" in sounds:
        layout.pause(profile.paragraph_pause)
        layout.place("sound:outro", trim=False)


class _Layout:
    """The timeline as it is built, and the measurements taken on the way."""

    def __init__(self, rate: int | None, load: ClipLoader, edge: float) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.rate = rate
        self.load = load
        self.edge = edge
        """Seconds of silence kept at each end of a clip."""
        self.position = 0
        self.segments: list[Segment] = []
        self.timings: list[Timing] = []
        self.energies = _Bins(np.add)
        self.peaks = _Bins(np.maximum)
        self.block_energies = _Bins(np.add)
        self.measuring = ThreadPoolExecutor(1, thread_name_prefix="measure")
        self.measured: list = []

    def __enter__(self) -> _Layout:
        return self

    def __exit__(self, *exc) -> None:
        self.measuring.shutdown(wait=True, cancel_futures=True)

    @property
    def hop(self) -> int:
        return round(HOP_SECONDS * self.rate)

    @property
    def block(self) -> int:
        return max(1, round(PEAK_BLOCK_SECONDS * self.rate))

    def pause(self, seconds: float) -> None:
        if self.rate is None:
            raise ValueError("the timeline's rate is known only once a clip is placed")
        self.position += round(seconds * self.rate)

    def place(self, source: str, trim: bool = True) -> None:
        clip = self.load(source)
        if self.rate is None:
            self.rate = clip.rate
        if clip.rate != self.rate:
            raise ValueError(f"clip {source} is at {clip.rate} Hz, the timeline at {self.rate} Hz")
        if trim:
            offset, length, lead = prepared(clip, self.edge)
        else:
            offset, length, lead = 0, len(clip.pcm) // 2, 0
        if length == 0:
            return
        segment = Segment(self.position, length, source, offset, lead)
        self.measured.append(self.measuring.submit(self._measure, clip, segment))
        self.segments.append(segment)
        self.position += length

    def _measure(self, clip: Clip, segment: Segment) -> None:
        """Add the segment's K-weighted energy and true peaks to the timeline's (on the
        measuring thread, one segment after another)."""
        audio, start = segment_audio(clip, segment), segment.start
        kweighting = KWeighting(self.rate)
        weighted = np.concatenate([kweighting.process(audio), kweighting.flush()])
        self.energies.add(weighted**2, start, self.hop)
        peaks = oversampled_abs(audio, self.rate)
        self.peaks.add(peaks, start * OVERSAMPLING, self.block * OVERSAMPLING)
        self.block_energies.add(audio**2, start, self.block)

    def plan(self) -> Plan:
        for measured in self.measured:
            measured.result()  # waits; re-raises what went wrong
        if self.rate is None:
            from tts_pipeline.errors import NoArticleError

            raise NoArticleError("nothing to speak: the article has no sentences")
        blocks = -(-self.position // self.block)
        return Plan(
            self.rate,
            self.position,
            tuple(self.segments),
            tuple(self.timings),
            self.energies.values(self.position // self.hop),
            self.peaks.values(blocks),
            self.block_energies.values(blocks),
        )


class _Bins:
    """Fixed-width bins along the timeline, combined with ``ufunc`` (sum or maximum).

    Single precision: an hour has 3.6 million one-millisecond blocks."""

    def __init__(self, ufunc: np.ufunc) -> None:
        self.ufunc = ufunc
        self.data = np.zeros(1024, dtype=np.float32)

    def add(self, values: np.ndarray, start: int, width: int) -> None:
        """Fold ``values``, placed from sample ``start``, into the bins ``width`` samples wide."""
        if values.size == 0:
            return
        first = start // width
        edges = np.arange((first + 1) * width, start + len(values), width) - start
        binned = self.ufunc.reduceat(values, np.concatenate([[0], edges]).astype(np.intp))
        end = first + len(binned)
        if end > len(self.data):
            grown = np.zeros(max(end, 2 * len(self.data)), dtype=np.float32)
            grown[: len(self.data)] = self.data
            self.data = grown
        self.data[first:end] = self.ufunc(self.data[first:end], binned)

    def values(self, count: int) -> np.ndarray:
        out = np.zeros(count, dtype=np.float32)
        out[: min(count, len(self.data))] = self.data[:count]
        return out
