"""A tiny third-party speech engine for tts-pipeline's tests: one beep per word.

Each word is a 440 Hz tone for 80% of a word's time at the profile's rate, then
silence, so the audio's length follows the text as speech would. When
``TONE_ENGINE_LOG`` names a file, every engine instance appends its process id.
"""

from __future__ import annotations

import math
import os
from array import array

RATE = 22050
"""Hertz."""
AMPLITUDE = 8000
TONE_SHARE = 0.8
"""Share of each word's time that sounds."""


class ToneEngine:
    name = "tone"
    max_chars = 200
    pool_min_chars = 1

    def __init__(self) -> None:
        log = os.environ.get("TONE_ENGINE_LOG")
        if log:
            with open(log, "a", encoding="utf-8") as f:
                f.write(f"{os.getpid()}\n")

    def unavailable_reason(self, profile=None):
        return None

    def voices(self):
        from tts_pipeline.engines import EngineVoice

        return [EngineVoice("beep", "Beep", ("en",))]

    def identity(self, profile) -> str:
        return f"tone 1.0.0|{profile.rate}|{profile.volume}"

    def synthesize(self, text: str, profile):
        from tts_pipeline.models import Clip

        word = 60 / profile.rate
        sound = int(TONE_SHARE * word * RATE)
        level = AMPLITUDE * profile.volume
        one = array(
            "h", (int(level * math.sin(2 * math.pi * 440 * i / RATE)) for i in range(sound))
        )
        one.extend([0] * (int(word * RATE) - sound))
        return Clip(pcm=(one * len(text.split())).tobytes(), rate=RATE)
