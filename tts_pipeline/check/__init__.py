"""Listen to an episode before it is published: transcribe its MP3 offline, fold the words
heard and the script's the same way, align them, and report each sentence heard or not,
speech the script lacks, and long silences.

May import the shared root modules and ``audio`` (to decode the MP3); nothing else of the
pipeline. Speech recognition is the optional ``check`` extra, imported only when used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tts_pipeline.check.expected import Expected, load_expected
from tts_pipeline.check.result import CheckResult

if TYPE_CHECKING:
    from tts_pipeline.check.transcribe import Transcript


def check_mp3(
    mp3: bytes, expected: Expected, threshold: float | None = None, threads: int | None = None
) -> CheckResult:
    """Check the MP3 ``mp3`` against the script ``expected``; ``threshold`` overrides the
    voice's. What was heard in the same audio before comes from the cache."""
    from tts_pipeline.check.compare import compare
    from tts_pipeline.check.thresholds import threshold_for

    if threshold is None:
        threshold = threshold_for(expected.engine, expected.voice)
    unheard = unheard_language(expected.language)
    if unheard:
        from tts_pipeline.check.transcribe import MODEL_NAME

        return CheckResult((), (), (), threshold, 0.0, 0.0, MODEL_NAME, not_checked=unheard)
    return compare(heard_in(mp3, threads), expected, threshold)


def unheard_language(language: str | None) -> str:
    """Why an episode in ``language`` cannot be checked, or "" when the recognizer hears it."""
    from tts_pipeline.check.transcribe import MODEL_LANGUAGE, MODEL_NAME

    primary = (language or MODEL_LANGUAGE).lower().replace("_", "-").split("-")[0]
    if primary == MODEL_LANGUAGE:
        return ""
    from tts_pipeline.resources import language_name

    return f"{MODEL_NAME} hears English only, and the episode is in {language_name(primary)}"


def heard_in(mp3: bytes, threads: int | None = None) -> Transcript:
    """The MP3's transcript, made once per audio content (cached on disk)."""
    import hashlib
    import json

    from tts_pipeline.check import transcribe

    digest = hashlib.sha256(f"{transcribe.TRANSCRIPT_FORMAT}\0{transcribe.MODEL_NAME}\0".encode())
    digest.update(mp3)
    key = digest.hexdigest()
    path = _cache_dir() / key[:2] / f"{key}.json"
    try:
        return transcribe.Transcript.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    transcript = transcribe.transcribe(mp3, threads)
    _store(path, json.dumps(transcript.to_dict()))
    return transcript


def check_file(
    mp3: Path,
    script: Path | None = None,
    threshold: float | None = None,
    threads: int | None = None,
) -> CheckResult:
    """Check the episode at ``mp3`` against ``script`` or the episode JSON beside it."""
    from tts_pipeline.check.transcribe import ensure_available
    from tts_pipeline.errors import InputError

    ensure_available()
    if not mp3.is_file():
        raise InputError(f"{mp3}: {_not_a_file(mp3)}")
    expected = load_expected(mp3, script)
    try:
        data = mp3.read_bytes()
    except OSError as e:
        raise InputError(f"{mp3}: cannot read it: {e.strerror or e}") from None
    try:
        return check_mp3(data, expected, threshold, threads)
    except InputError as e:  # the audio could not be decoded
        raise InputError(f"{mp3}: {e}") from None


def _cache_dir() -> Path:
    from tts_pipeline.files import cache_root

    return cache_root() / "transcripts"


def _store(path: Path, text: str) -> None:
    """Keep a cache entry; a cache that cannot be written is skipped, never fatal."""
    from tts_pipeline.errors import OutputError
    from tts_pipeline.files import write_text_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text)
    except (OSError, OutputError):
        return


def _not_a_file(path: Path) -> str:
    """What ``path`` is instead of a regular file, for the error."""
    if path.is_dir():
        return "is a directory"
    if path.exists():
        return "is not a regular file (a device, a FIFO or a socket): give the episode's MP3"
    return "no such file"
