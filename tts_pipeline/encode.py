"""Encode PCM to MP3 in process with LAME (``lameenc``): no ffmpeg needed."""

from __future__ import annotations

import itertools
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


def encode_mp3(pcm: bytes, rate: int, bitrate: int, cuts: Sequence[int] = ()) -> EncodedMp3:
    """MPEG-1 Layer III, mono, constant ``bitrate`` kbit/s, from 16-bit mono PCM.

    With ``cuts`` (sample positions, best in silence), the parts between them are
    encoded at once on separate threads (LAME releases the GIL) and joined: each
    part brings its own encoder delay and frame padding, which ``parts`` records.
    """
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(pcm) // 2), len(pcm) // 2]
    pieces = [pcm[2 * a : 2 * b] for a, b in itertools.pairwise(bounds)]
    if len(pieces) == 1:
        encoded = [_encode(pieces[0], rate, bitrate)]
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(len(pieces)) as pool:
            encoded = list(pool.map(lambda piece: _encode(piece, rate, bitrate), pieces))
    parts, decoded = [], 0
    for start, data in zip(bounds, encoded, strict=False):
        parts.append((start, decoded))
        decoded += count_frames(data) * SAMPLES_PER_FRAME
    return EncodedMp3(b"".join(encoded), rate, tuple(parts))


def _encode(pcm: bytes, rate: int, bitrate: int) -> bytes:
    import lameenc

    encoder = lameenc.Encoder()
    try:
        encoder.set_bit_rate(bitrate)
        encoder.set_in_sample_rate(rate)
        encoder.set_out_sample_rate(rate)
        encoder.set_channels(1)
        encoder.set_quality(LAME_QUALITY)
        data = encoder.encode(pcm)
        data += encoder.flush()
    except RuntimeError as e:
        raise OutputError(f"MP3 encoding failed: {e}") from None
    return bytes(data)


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


def decode_mp3(data: bytes, rate: int):
    """Decode an MP3 to float samples in -1..1 (numpy array) at ``rate`` Hertz, mono."""
    import miniaudio
    import numpy as np

    decoded = miniaudio.decode(
        data, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1, sample_rate=rate
    )
    return np.frombuffer(decoded.samples, dtype=np.float32).astype(np.float64)
