"""`espeak-ng -w OUT.wav -f TEXT` for machines without the espeak-ng program.

The benchmark's baseline: the bundled libespeak-ng (from espeakng-loader) speaks a text
file into a WAV file through the library's own API, as the espeak-ng program does,
with nothing of tts-pipeline.

    python espeak_wav.py TEXT_FILE OUT.wav [VOICE] [WORDS_PER_MINUTE]
"""

import ctypes
import sys
import wave
from pathlib import Path

import espeakng_loader

AUDIO_OUTPUT_SYNCHRONOUS = 0x02
CHARS_UTF8 = 1
RATE = 1
SYNTH_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


def main() -> int:
    text_file, out = sys.argv[1], sys.argv[2]
    voice = sys.argv[3] if len(sys.argv) > 3 else "en-us"
    rate = int(sys.argv[4]) if len(sys.argv) > 4 else 170
    lib = ctypes.CDLL(espeakng_loader.get_library_path())
    data = str(Path(espeakng_loader.get_data_path()).parent).encode()
    sample_rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, data, 0)
    lib.espeak_SetVoiceByName(voice.encode())
    lib.espeak_SetParameter(RATE, rate, 0)
    chunks: list[bytes] = []

    @SYNTH_CALLBACK
    def collect(samples, count, events):
        if count > 0:
            chunks.append(ctypes.string_at(samples, count * 2))
        return 0

    lib.espeak_SetSynthCallback(collect)
    text = Path(text_file).read_bytes() + b"\0"
    lib.espeak_Synth(text, len(text), 0, 0, 0, CHARS_UTF8, None, None)
    lib.espeak_Synchronize()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(b"".join(chunks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
