"""Encode PCM to MP3 in process with LAME (``lameenc``): no ffmpeg needed."""

from __future__ import annotations

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


def encoder_delay(rate: int) -> float:
    """Seconds by which the decoded MP3 lags the PCM it was made from."""
    return ENCODER_DELAY_SAMPLES / rate


def encode_mp3(pcm: bytes, rate: int, bitrate: int) -> bytes:
    """MPEG-1 Layer III, mono, constant ``bitrate`` kbit/s, from 16-bit mono PCM."""
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


def decode_mp3(data: bytes, rate: int):
    """Decode an MP3 to float samples in -1..1 (numpy array) at ``rate`` Hertz, mono."""
    import miniaudio
    import numpy as np

    decoded = miniaudio.decode(
        data, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1, sample_rate=rate
    )
    return np.frombuffer(decoded.samples, dtype=np.float32).astype(np.float64)
