"""Encode a WAV file to MP3 with LAME (lameenc): the baseline's encoder without ffmpeg.

    python encode_wav.py IN.wav OUT.mp3

Same format as tts-pipeline's: MPEG-1 Layer III, 44.1 kHz, mono, 64 kbit/s CBR.
"""

import sys
import wave

import lameenc


def main() -> int:
    with wave.open(sys.argv[1], "rb") as w:
        rate, pcm = w.getframerate(), w.readframes(w.getnframes())
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(64)
    encoder.set_in_sample_rate(rate)
    encoder.set_out_sample_rate(44100)
    encoder.set_channels(1)
    encoder.set_quality(5)
    with open(sys.argv[2], "wb") as f:
        f.write(encoder.encode(pcm) + encoder.flush())
    return 0


if __name__ == "__main__":
    sys.exit(main())
