"""Stitch clips into one timeline with pydub: trimmed edges, fades, measured pauses.

Each clip keeps ``EDGE_SILENCE`` of silence at both ends after trimming, so every
join has the same shape; fades remove clicks; nothing crossfades, so no speech is
lost. The start and end of every sentence are recorded as they fall.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tts_pipeline.audio import import_pydub
from tts_pipeline.models import Clip, Role, Script, Timing
from tts_pipeline.voices import VoiceProfile

EDGE_SILENCE = 0.03
"""Seconds of silence kept before and after the speech of each clip."""
FADE = 0.005
"""Seconds of fade in and out at the edges of each clip."""
SILENCE_THRESHOLD = 0.003
"""Amplitude (fraction of full scale) below which a sample counts as silence."""
PIECE_PAUSE = 0.15
"""Seconds between the pieces of a sentence that was too long for the engine."""
MIN_CUT_PAUSE = 0.2
"""Seconds of pause, at least, where the audio may be cut to encode its parts in parallel."""
MIN_CUT_SECONDS = 20.0
"""Seconds of audio per part, at least, for parallel encoding to be worth it."""


@dataclass(frozen=True)
class Timeline:
    """The whole episode's audio, before encoding."""

    pcm: bytes
    """Signed 16-bit little-endian mono PCM."""
    rate: int
    """Hertz."""
    timings: tuple[Timing, ...]
    """Every sentence's start and end, in seconds from the start of ``pcm``."""

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.rate

    def quiet_cuts(self, parts: int, rate: int) -> list[int]:
        """Up to ``parts - 1`` sample positions at ``rate`` that split the audio into parts of
        about equal length, each in the middle of a pause between sentences."""
        pauses = [
            (a.end + b.start) / 2
            for a, b in zip(self.timings, self.timings[1:], strict=False)
            if b.start - a.end >= MIN_CUT_PAUSE
        ]
        if parts < 2 or not pauses or self.seconds < MIN_CUT_SECONDS * parts:
            return []
        chosen = {
            min(pauses, key=lambda p: abs(p - self.seconds * k / parts)) for k in range(1, parts)
        }
        return sorted(round(p * rate) for p in chosen)


def trim(clip: Clip, edge: float = EDGE_SILENCE) -> Clip:
    """Cut leading and trailing silence down to ``edge`` seconds."""
    import numpy as np

    samples = np.frombuffer(clip.pcm, dtype="<i2")
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > SILENCE_THRESHOLD * 32767)
    if loud.size == 0:
        return Clip(b"", clip.rate)
    keep = int(edge * clip.rate)
    first = max(0, loud[0] - keep)
    last = min(len(samples), loud[-1] + 1 + keep)
    body = samples[first:last]
    pad_before = keep - (loud[0] - first)
    pad_after = keep - (last - loud[-1] - 1)
    out = np.concatenate([np.zeros(pad_before, "<i2"), body, np.zeros(pad_after, "<i2")])
    return Clip(out.tobytes(), clip.rate)


def assemble(
    script: Script,
    clips: Sequence[Sequence[Clip]],
    profile: VoiceProfile,
    intro_sound: Clip | None = None,
    outro_sound: Clip | None = None,
) -> Timeline:
    """Lay out the clips of every sentence (one list of pieces per sentence) with pauses.

    All clips and sounds must share one sample rate, which the timeline keeps.
    """
    pydub = import_pydub()
    AudioSegment = pydub.AudioSegment
    rate = next((c.rate for group in clips for c in group), profile.sample_rate)
    parts: list[bytes] = []
    timings: list[Timing] = []
    position = 0  # samples at ``rate``
    sentence_clips = iter(clips)
    fade_ms = int(FADE * 1000)

    def silence(seconds: float) -> None:
        nonlocal position
        count = round(seconds * rate)
        parts.append(b"\x00\x00" * count)
        position += count

    def add(clip: Clip) -> None:
        nonlocal position
        if clip.rate != rate:
            raise ValueError("clips of one episode must share a sample rate")
        segment = AudioSegment(clip.pcm, sample_width=2, frame_rate=rate, channels=1)
        if len(segment) > 4 * fade_ms:
            segment = segment.fade_in(fade_ms).fade_out(fade_ms)
        parts.append(segment.raw_data)
        position += len(segment.raw_data) // 2

    if intro_sound is not None:
        add(intro_sound)
        silence(profile.paragraph_pause)

    for block_index, block in enumerate(script.blocks):
        if block_index > 0:
            previous = script.blocks[block_index - 1].role
            if previous in (Role.TITLE, Role.BYLINE) and block.role not in (
                Role.TITLE,
                Role.BYLINE,
            ):
                silence(profile.title_pause)
            else:
                silence(profile.paragraph_pause)
        for sentence_index, sentence in enumerate(block.sentences):
            if sentence_index > 0:
                silence(profile.sentence_pause)
            start = position
            for piece_index, piece in enumerate(next(sentence_clips)):
                if piece_index > 0:
                    silence(PIECE_PAUSE)
                add(trim(piece))
            timings.append(Timing(block_index, start / rate, position / rate, sentence.text))
    if outro_sound is not None:
        silence(profile.paragraph_pause)
        add(outro_sound)
    return Timeline(b"".join(parts), rate, tuple(timings))
