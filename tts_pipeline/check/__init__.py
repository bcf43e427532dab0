"""Listen to an episode before it is published: transcribe its MP3 offline, fold the words
heard and the script's the same way, align them, and report each sentence heard or not,
speech the script lacks, and long silences.

May import the shared root modules and ``audio`` (to decode the MP3); nothing else of the
pipeline. Speech recognition is the optional ``check`` extra, imported only when used.
"""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.check.expected import Expected, load_expected
from tts_pipeline.check.result import CheckResult

CHECK_FORMAT = "1"
"""Bump when what a check finds for the same audio and script changes (the cache's key)."""


def check_mp3(
    mp3: bytes, expected: Expected, threshold: float | None = None, threads: int | None = None
) -> CheckResult:
    """Check the MP3 ``mp3`` against the script ``expected``; ``threshold`` overrides the
    voice's. A result for the same audio, script and threshold comes from the cache."""
    from tts_pipeline.check.compare import compare
    from tts_pipeline.check.thresholds import threshold_for
    from tts_pipeline.check.transcribe import transcribe

    if threshold is None:
        threshold = threshold_for(expected.engine, expected.voice)
    key = _cache_key(mp3, expected, threshold)
    cached = _cached(key)
    if cached is not None:
        return cached
    result = compare(transcribe(mp3, threads), expected, threshold)
    _store(key, result)
    return result


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
        raise InputError(f"{mp3}: {'is a directory' if mp3.is_dir() else 'no such file'}")
    expected = load_expected(mp3, script)
    try:
        data = mp3.read_bytes()
    except OSError as e:
        raise InputError(f"{mp3}: cannot read it: {e.strerror or e}") from None
    try:
        return check_mp3(data, expected, threshold, threads)
    except InputError as e:  # the audio could not be decoded
        raise InputError(f"{mp3}: {e}") from None


def _cache_key(mp3: bytes, expected: Expected, threshold: float) -> str:
    import hashlib

    from tts_pipeline.check.transcribe import MODEL_NAME

    digest = hashlib.sha256()
    for part in (CHECK_FORMAT, MODEL_NAME, repr(expected), repr(threshold)):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\x00")
    digest.update(mp3)
    return digest.hexdigest()


def _cache_path(key: str) -> Path:
    from tts_pipeline.audio.cache import cache_root

    return cache_root() / "checks" / key[:2] / f"{key}.json"


def _cached(key: str) -> CheckResult | None:
    import json

    try:
        return CheckResult.from_dict(json.loads(_cache_path(key).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store(key: str, result: CheckResult) -> None:
    """Keep the result; a cache that cannot be written is skipped, never fatal."""
    import json

    from tts_pipeline.errors import OutputError
    from tts_pipeline.files import write_text_atomic

    path = _cache_path(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, json.dumps(result.to_dict()))
    except (OSError, OutputError):
        return
