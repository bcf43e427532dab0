"""Large regular expressions compiled once per machine, not once per run.

The chrome words of a language compile to a few large alternations, and Python's regular
expression parser is pure Python: compiling them costs more than cleaning a page. This
module keeps what the parser produces (the engine's code for each expression) in a file
under the user's cache directory, keyed by a hash of the expressions, their flags and the
Python version, and builds the patterns from it in the next run. A pattern built from the
cache equals (``==``) the one :func:`re.compile` gives. The parser's output is not a
public interface, so anything unexpected (another Python, a damaged or unwritable file)
falls back to :func:`re.compile`, which is always right, only slower.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

Spec = tuple[str, int]
"""A regular expression and its flags."""


def compile_all(specs: Sequence[Spec]) -> list[re.Pattern]:
    """The compiled patterns of ``specs``, from the cache when it holds them."""
    try:
        import _sre

        path = _cache_dir() / f"{_key(specs, _sre.MAGIC)}.marshal"
        with contextlib.suppress(Exception):  # none yet, or damaged: compile anew
            return _build(specs, marshal.loads(path.read_bytes()))
        parts = [_parts(pattern, flags) for pattern, flags in specs]
        compiled = _build(specs, parts)
    except Exception:  # the internals moved: the public way is always right
        return [re.compile(pattern, flags) for pattern, flags in specs]
    with contextlib.suppress(OSError, ValueError):  # unwritable, or not marshal's types
        _write(path, marshal.dumps(parts))
    return compiled


def _build(specs: Sequence[Spec], parts: list) -> list[re.Pattern]:
    import _sre

    return [
        _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
        for (pattern, _), (flags, code, groups, groupindex, indexgroup) in zip(
            specs, parts, strict=True
        )
    ]


def _parts(pattern: str, flags: int) -> tuple:
    """What :func:`re._compiler.compile` hands the engine, in a form marshal can store."""
    if sys.version_info >= (3, 11):
        from re import _compiler, _parser
    else:  # pragma: no cover
        import sre_compile as _compiler
        import sre_parse as _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        [int(op) for op in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _key(specs: Sequence[Spec], magic: int) -> str:
    digest = hashlib.sha256(f"{sys.version}\0{magic}".encode())
    for pattern, flags in specs:
        digest.update(f"\0{flags}\0{pattern}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def _cache_dir() -> Path:
    """``$TTS_PIPELINE_CACHE/regex`` or the user's cache directory's."""
    override = os.environ.get("TTS_PIPELINE_CACHE")
    if override:
        return Path(override) / "regex"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("tts-pipeline")) / "regex"


def _write(path: Path, data: bytes) -> None:
    from tts_pipeline.files import write_bytes_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, data)
