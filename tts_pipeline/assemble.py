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


def assemble(script: Script, clips: Sequence[Sequence[Clip]], profile: VoiceProfile) -> Timeline:
    """Lay out the clips of every sentence (one list of pieces per sentence) with pauses."""
    pydub = import_pydub()
    AudioSegment = pydub.AudioSegment
    rate = clips[0][0].rate if clips and clips[0] else profile.sample_rate
    parts: list[bytes] = []
    timings: list[Timing] = []
    position = 0  # samples at the engine's rate
    sentence_clips = iter(clips)

    def silence(seconds: float) -> None:
        nonlocal position
        count = round(seconds * rate)
        parts.append(b"\x00\x00" * count)
        position += count

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
                if piece.rate != rate:
                    raise ValueError("clips of one episode must share a sample rate")
                if piece_index > 0:
                    silence(PIECE_PAUSE)
                trimmed = trim(piece)
                segment = AudioSegment(trimmed.pcm, sample_width=2, frame_rate=rate, channels=1)
                fade_ms = int(FADE * 1000)
                if len(segment) > 4 * fade_ms:
                    segment = segment.fade_in(fade_ms).fade_out(fade_ms)
                parts.append(segment.raw_data)
                position += len(segment.raw_data) // 2
            timings.append(Timing(block_index, start / rate, position / rate, sentence.text))
    whole = AudioSegment(b"".join(parts), sample_width=2, frame_rate=rate, channels=1)
    if rate != profile.sample_rate:
        whole = whole.set_frame_rate(profile.sample_rate)
    return Timeline(whole.raw_data, profile.sample_rate, tuple(timings))
