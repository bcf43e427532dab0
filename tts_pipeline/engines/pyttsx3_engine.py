"""The default engine: pyttsx3, which drives espeak-ng on Linux and the system voices elsewhere."""

from __future__ import annotations

import atexit
import contextlib
import io
import sys
import threading
import time
import wave
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar

from tts_pipeline.engines.base import EngineVoice
from tts_pipeline.engines.espeak_library import (
    RATE,
    current_parameter,
    give_text_its_size,
    hold_speech_parameters,
)
from tts_pipeline.errors import (
    EngineUnavailableError,
    PipelineError,
    SynthesisError,
    VoiceError,
)
from tts_pipeline.models import Clip

if TYPE_CHECKING:
    from tts_pipeline.voices import VoiceProfile

FILE_WAIT_SECONDS = 30.0
"""How long to wait for the engine to finish writing a WAV file."""
FINISH_WAIT_SECONDS = 1.0
"""How long, once the file is whole, to wait for the engine to report the utterance done."""
IDLE_WAIT_SECONDS = 5.0
"""How long to wait for espeak to end the previous utterance before starting the next (a
cancel from pyttsx3's loop that lands just after it ended would stop the next one before it
made a sound), and to take its rate and volume."""
_FIX = (
    "reinstall tts-pipeline (its espeakng-loader dependency ships espeak-ng) or install espeak-ng"
)


class Pyttsx3Engine:
    """pyttsx3 with one utterance per ``runAndWait``: queuing several writes only the last."""

    name: ClassVar[str] = "pyttsx3"
    max_chars: ClassVar[int] = 1000
    pool_min_chars: ClassVar[int] = 6_000
    """About a second of espeak's work, twice a worker's start-up."""
    synthesis_timeout: ClassVar[float] = 2 * FILE_WAIT_SECONDS

    def __init__(self) -> None:
        self._engine = None
        self._settings: tuple | None = None
        self._voices: list[EngineVoice] | None = None
        self._finished = threading.Event()

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
            if (espeak := _espeak(self._engine)) is not None:
                give_text_its_size(espeak)
            self._engine.connect("finished-utterance", lambda **_: self._finished.set())
            atexit.register(self._close)
        return self._engine

    def _close(self) -> None:
        """Let pyttsx3's driver go while the interpreter is whole: its ``__del__`` needs
        modules that are gone at the very end, and would print an error then."""
        self._engine = None

    def unavailable_reason(self, profile: VoiceProfile | None = None) -> str | None:
        try:
            self._load()
            if profile is not None:
                pick_voice(self.voices(), profile)
        except (EngineUnavailableError, VoiceError) as e:
            return str(e)
        return None

    def voices(self) -> list[EngineVoice]:
        if self._voices is None:
            engine = self._load()
            self._voices = [
                EngineVoice(v.id, v.name, tuple(_text(lang) for lang in v.languages or ()))
                for v in engine.getProperty("voices")
            ]
        return self._voices

    def identity(self, profile: VoiceProfile) -> str:
        from importlib.metadata import version

        voice = pick_voice(self.voices(), profile)
        return f"pyttsx3 {version('pyttsx3')}|{voice}|{profile.rate}|{profile.volume}"

    def _apply(self, engine, profile: VoiceProfile) -> None:
        settings = (profile.voice, profile.language, profile.rate, profile.volume)
        if settings == self._settings:
            return
        voice = pick_voice(self.voices(), profile)
        try:
            if voice:
                engine.setProperty("voice", voice)
            if _espeak(engine) is None:  # espeak's are set before each utterance instead
                engine.setProperty("rate", profile.rate)
                engine.setProperty("volume", profile.volume)
        except (ValueError, KeyError) as e:
            raise SynthesisError(f"pyttsx3 cannot use voice {voice!r}: {e}") from None
        self._settings = settings

    def synthesize(self, text: str, profile: VoiceProfile) -> Clip:
        from tts_pipeline.files import temp_file

        engine = self._load()
        self._apply(engine, profile)
        espeak = _espeak(engine)
        if espeak is not None:
            volume = _percent(profile.volume)
            hold_speech_parameters(espeak, profile.rate, volume, IDLE_WAIT_SECONDS)
        path = temp_file("speech", ".wav")
        try:
            path.unlink()  # so that "the file exists" means "the engine wrote it"
            self._finished.clear()
            # The driver prints "Audio saved to ..." once the file is written, then reports the
            # utterance finished; both can come after runAndWait returns, so wait for them here.
            with contextlib.redirect_stdout(io.StringIO()), _CallbackErrors(path) as errors:
                engine.save_to_file(text, str(path))
                engine.runAndWait()
                clip = _read_finished_wav(path, self._finished, errors)
                self._finished.wait(FINISH_WAIT_SECONDS)
            if espeak is not None:
                _check_spoken_rate(espeak, profile.rate)
            return clip
        finally:
            path.unlink(missing_ok=True)


def pick_voice(voices: list[EngineVoice], profile: VoiceProfile) -> str | None:
    """The id of the voice the profile means: its ``voice`` by id or name, else by language.

    The system voices differ between platforms (espeak-ng ids on Linux, others on macOS
    and Windows), so the profile's language picks a voice where its id does not exist:
    one of exactly that language first, else one of a regional variant (``en`` → ``en-us``).
    None: the engine's own default voice (the profile names neither).
    """
    wanted = profile.voice
    for voice in voices:
        if wanted and wanted in (voice.id, voice.name):
            return voice.id
    language = _language_tag(profile.language or "")
    if language:
        tagged = [(v, [_language_tag(t) for t in v.languages]) for v in voices]
        exact = [v for v, tags in tagged if language in tags]
        near = [v for v, tags in tagged if any(t.startswith(language + "-") for t in tags)]
        if exact or near:
            return (exact or near)[0].id
    if not wanted and not language:
        return None
    raise VoiceError(
        f"voice profile {profile.name!r}: pyttsx3 has no voice {wanted!r} and none for language "
        f"{profile.language!r} here; list them with `tts-pipeline voices --engine pyttsx3`"
    )


def _language_tag(tag: str) -> str:
    return tag.strip().lower().replace("_", "-")


def _text(value: object) -> str:
    """A language as text: some pyttsx3 drivers give bytes with a leading priority byte."""
    if isinstance(value, bytes):
        return value.lstrip(bytes(range(32))).decode("ascii", "replace")
    return str(value)


def _espeak(engine) -> ModuleType | None:
    """pyttsx3's binding of libespeak-ng when ``engine`` speaks through it, else None.

    The project gives espeak its rate and volume through this same library instance
    (``espeak_library.hold_speech_parameters`` says why pyttsx3's own way can lose the rate).
    """
    if getattr(engine, "driver_name", None) != "espeak":
        return None
    return sys.modules.get("pyttsx3.drivers._espeak")


def _percent(volume: float) -> int:
    """A profile's volume (0 to 1) as espeak's percent, rounded as pyttsx3 does."""
    return int(round(volume * 100, 2))


def _check_spoken_rate(espeak: ModuleType, rate: int) -> None:
    """SynthesisError unless espeak's rate, once the utterance ended, is the one asked for.

    espeak takes its rate when an utterance starts and ``espeak_Cancel`` puts back the rate
    of the last utterance, so a rate that differs now means the clip was (or may have been)
    spoken at another speed, such as pyttsx3's default of 200: the clip is then made again.
    A clip's length cannot tell this by itself, since the words per minute of a sentence
    vary more from one sentence to the next than 170 and 200 do.
    """
    spoken = current_parameter(espeak, RATE)
    if spoken != rate:
        raise SynthesisError(
            f"espeak spoke at {spoken} words per minute instead of the profile's {rate}"
        )


class _CallbackErrors:
    """Errors raised inside the driver's callback (which runs on espeak's thread and would
    only be printed), collected instead, for the waiting thread to raise."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.errors: list[BaseException] = []

    def __enter__(self) -> _CallbackErrors:
        self._previous = sys.unraisablehook
        sys.unraisablehook = self._collect
        return self

    def _collect(self, info) -> None:
        if isinstance(info.exc_value, KeyboardInterrupt | SystemExit):
            self._previous(info)  # a stop dropped in a finalizer: the process's hook raises it
        else:
            self.errors.append(info.exc_value)

    def __exit__(self, *exc) -> None:
        sys.unraisablehook = self._previous

    def raise_first(self) -> None:
        if not self.errors:
            return
        error = self.errors[0]
        cause = error
        while cause is not None and not isinstance(cause, OSError):
            cause = cause.__cause__ or cause.__context__
        if isinstance(cause, OSError):
            from tts_pipeline.errors import write_error

            raise write_error(self.path.parent, cause, "cannot write speech")
        if isinstance(error, PipelineError):
            raise error
        raise SynthesisError(f"the speech engine failed: {type(error).__name__}: {error}")


def _read_finished_wav(
    path: Path,
    finished: threading.Event,
    errors: _CallbackErrors,
    timeout: float = FILE_WAIT_SECONDS,
) -> Clip:
    """Wait until the engine has written the whole WAV file, then read it.

    ``runAndWait`` can return before the file is written. A file is whole when its header's
    frame count matches the data that follows, and a file of no frames only once the driver
    reported the utterance finished (some writers put a header of 0 frames first).
    """
    deadline = time.monotonic() + timeout
    delay = 0.001
    while True:
        errors.raise_first()
        clip = _try_read_wav(path)
        if clip is not None and (clip.pcm or finished.is_set()):
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
