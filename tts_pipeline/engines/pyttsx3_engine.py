"""The default engine: pyttsx3, which drives espeak-ng on Linux and the system voices elsewhere."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import time
import wave
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from tts_pipeline.engines.base import EngineVoice
from tts_pipeline.errors import EngineUnavailableError, SynthesisError
from tts_pipeline.models import Clip

if TYPE_CHECKING:
    from tts_pipeline.voices import VoiceProfile

FILE_WAIT_SECONDS = 30.0
"""How long to wait for the engine to finish writing a WAV file."""
_FIX = (
    "reinstall tts-pipeline (its espeakng-loader dependency ships espeak-ng) or install espeak-ng"
)


class Pyttsx3Engine:
    """pyttsx3 with one utterance per ``runAndWait``: queuing several writes only the last."""

    name: ClassVar[str] = "pyttsx3"
    max_chars: ClassVar[int] = 1000
    pool_min_chars: ClassVar[int] = 20_000

    def __init__(self) -> None:
        self._engine = None
        self._settings: tuple | None = None

    def _load(self):
        if self._engine is None:
            from tts_pipeline.engines.espeak_library import prepare_espeak

            prepare_espeak()
            try:
                import pyttsx3

                with contextlib.redirect_stdout(io.StringIO()):
                    self._engine = pyttsx3.init()
            except Exception as e:  # pyttsx3 raises bare RuntimeError/OSError
                raise EngineUnavailableError(
                    f"pyttsx3 cannot start a speech engine ({e}); {_FIX}"
                ) from None
        return self._engine

    def unavailable_reason(self) -> str | None:
        try:
            self._load()
        except EngineUnavailableError as e:
            return str(e)
        return None

    def voices(self) -> list[EngineVoice]:
        engine = self._load()
        return [
            EngineVoice(v.id, v.name, tuple(v.languages or ()))
            for v in engine.getProperty("voices")
        ]

    def identity(self, profile: VoiceProfile) -> str:
        from importlib.metadata import version

        return f"pyttsx3 {version('pyttsx3')}|{profile.voice}|{profile.rate}|{profile.volume}"

    def _apply(self, engine, profile: VoiceProfile) -> None:
        settings = (profile.voice, profile.rate, profile.volume)
        if settings == self._settings:
            return
        try:
            if profile.voice:
                engine.setProperty("voice", profile.voice)
            engine.setProperty("rate", profile.rate)
            engine.setProperty("volume", profile.volume)
        except (ValueError, KeyError) as e:
            raise SynthesisError(
                f"voice {profile.voice!r} is not available in pyttsx3: {e}"
            ) from None
        self._settings = settings

    def synthesize(self, text: str, profile: VoiceProfile) -> Clip:
        engine = self._load()
        self._apply(engine, profile)
        handle, name = tempfile.mkstemp(prefix="tts-pipeline-", suffix=".wav")
        os.close(handle)
        path = Path(name)
        try:
            path.unlink()  # so that "the file exists" means "the engine wrote it"
            with contextlib.redirect_stdout(io.StringIO()):  # the driver prints "Audio saved to"
                engine.save_to_file(text, str(path))
                engine.runAndWait()
            return _read_finished_wav(path)
        finally:
            path.unlink(missing_ok=True)


def _read_finished_wav(path: Path, timeout: float = FILE_WAIT_SECONDS) -> Clip:
    """Wait until the engine has written the whole WAV file, then read it.

    ``runAndWait`` can return before the file is written; a file is complete when
    its header's frame count matches the data that follows.
    """
    deadline = time.monotonic() + timeout
    delay = 0.001
    while True:
        clip = _try_read_wav(path)
        if clip is not None:
            return clip
        if time.monotonic() > deadline:
            raise SynthesisError(f"the speech engine wrote no audio within {timeout:g} s")
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def _try_read_wav(path: Path) -> Clip | None:
    try:
        with wave.open(str(path), "rb") as w:
            frames = w.getnframes()
            data = w.readframes(frames)
            if len(data) != frames * w.getsampwidth() * w.getnchannels():
                return None
            if w.getsampwidth() != 2:
                raise SynthesisError(f"the speech engine wrote {8 * w.getsampwidth()}-bit audio")
            if w.getnchannels() == 2:
                import audioop

                data = audioop.tomono(data, 2, 0.5, 0.5)
            return Clip(pcm=data, rate=w.getframerate())
    except (FileNotFoundError, EOFError, wave.Error):
        return None
