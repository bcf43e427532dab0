"""Encode PCM to MP3 in process with LAME (``lameenc``), and decode it (miniaudio): no ffmpeg."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tts_pipeline.errors import OutputError

ENCODER_DELAY_SAMPLES = 1105
"""Samples LAME puts before the audio (576 of encoder delay plus 529 of decoder delay).

Decoders that do not read gapless information play them, so every time measured
on the PCM lands this much later in the decoded MP3.
"""
LAMEENC_GAIN_DB = -0.4455
"""lameenc scales its input by 0.95 (20*log10(0.95) dB); measured on sine tones, all frequencies."""
LAME_QUALITY = 5
"""LAME's algorithm quality, 0 (best, slowest) to 9; 5 is fast and transparent for speech."""


SAMPLES_PER_FRAME = 1152
"""MPEG-1 Layer III."""
_BITRATES = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
"""kbit/s by the bit-rate index of an MPEG-1 Layer III frame header."""
_RATES = (44100, 48000, 32000)


@dataclass(frozen=True)
class EncodedMp3:
    """An MP3 made of independently encoded parts, and where each part's audio lands."""

    data: bytes
    rate: int
    """Hertz."""
    parts: tuple[tuple[int, int], ...]
    """(first PCM sample, first decoded sample) of each part, before the encoder delay."""

    def decoded_seconds(self, pcm_seconds: float) -> float:
        """Where a moment of the PCM plays in the decoded MP3 (delay and padding counted)."""
        sample = pcm_seconds * self.rate
        pcm_start, decoded_start = self.parts[0]
        for part in self.parts:
            if part[0] <= sample:
                pcm_start, decoded_start = part
        return (decoded_start + ENCODER_DELAY_SAMPLES + sample - pcm_start) / self.rate


class Mp3Encoder:
    """LAME fed 16-bit mono PCM chunk by chunk; LAME releases the GIL, so encoders on
    different threads run at once."""

    def __init__(self, rate: int, bitrate: int) -> None:
        import lameenc

        self._encoder = lameenc.Encoder()
        try:
            self._encoder.set_bit_rate(bitrate)
            self._encoder.set_in_sample_rate(rate)
            self._encoder.set_out_sample_rate(rate)
            self._encoder.set_channels(1)
            self._encoder.set_quality(LAME_QUALITY)
        except RuntimeError as e:
            raise OutputError(f"MP3 encoder refused the settings: {e}") from None
        self._chunks: list[bytes] = []

    def write(self, pcm: bytes) -> None:
        if pcm:
            self._chunks.append(bytes(self._encoder.encode(pcm)))

    def finish(self) -> bytes:
        self._chunks.append(bytes(self._encoder.flush()))
        return b"".join(self._chunks)


def join_parts(parts: Sequence[tuple[int, bytes]], rate: int) -> EncodedMp3:
    """One MP3 of parts encoded apart, each given with its first PCM sample."""
    starts, decoded = [], 0
    for first_sample, data in parts:
        starts.append((first_sample, decoded))
        decoded += count_frames(data) * SAMPLES_PER_FRAME
    return EncodedMp3(b"".join(data for _, data in parts), rate, tuple(starts))


def count_frames(data: bytes) -> int:
    """Frames of an MPEG-1 Layer III stream without tags (as LAME writes it)."""
    frames, position = 0, 0
    while position + 4 <= len(data):
        header = int.from_bytes(data[position : position + 4], "big")
        if header >> 21 != 0x7FF or (header >> 17) & 0xF != 0b1101:  # sync, MPEG-1, Layer III
            raise OutputError(f"MP3 encoding produced a broken frame at byte {position}")
        bitrate = _BITRATES[(header >> 12) & 0xF] * 1000
        rate = _RATES[(header >> 10) & 0x3]
        position += 144 * bitrate // rate + ((header >> 9) & 0x1)
        frames += 1
    return frames


def decoded_chunks(data: bytes, rate: int, frames: int = 1 << 16):
    """Decode an MP3 chunk by chunk: float samples in -1..1 (numpy arrays), mono, ``rate`` Hz."""
    import miniaudio
    import numpy as np

    stream = miniaudio.stream_memory(
        data, miniaudio.SampleFormat.FLOAT32, nchannels=1, sample_rate=rate, frames_to_read=frames
    )
    for chunk in stream:
        yield np.frombuffer(chunk, dtype=np.float32).astype(np.float64)
