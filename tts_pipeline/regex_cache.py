"""Regular expressions compiled once per machine, not once per run.

Python's regular expression parser is pure Python. The chrome words of a language compile
to a few large alternations that cost more than cleaning a page, and the few hundred
expressions the command line's modules (ours, trafilatura's, typer's) compile as they
import cost about a sixth of a ``clean`` run. This module keeps what the parser produces
(the engine's code for each expression) in files under the program's code cache and
builds the patterns from them in the next run:

- :func:`compile_all` for a set of large expressions, a file per set, keyed by a hash of
  the expressions, their flags and the Python version;
- :func:`remember_compiled` for every expression the process compiles through :mod:`re`,
  in one file per Python version and installation (only the command line turns it on, for
  its own process; importing the package changes nothing), stored by :func:`save_remembered`.

A pattern built from the cache equals (``==``) the one :func:`re.compile` gives. The
parser's output is not a public interface, so anything unexpected (another Python, a
damaged or unwritable file) falls back to :func:`re.compile`, which is always right, only
slower.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

Spec = tuple[str, int]
"""A regular expression and its flags."""

FORMAT = 2
"""The layout of :func:`compile_all`'s files (2: the expressions compiled, and their code)."""

MAX_SETS = 64
"""Files of :func:`compile_all` kept, one per set of expressions (per set of languages a page
was read in: 0.2-1 MB each); the least recently used go first."""

MAX_REMEMBERED = 2000
"""Expressions :func:`remember_compiled` keeps at most (a run compiles about 250-450; the
bound stops a program that builds expressions from its input from growing the file, and
once it is reached a run keeps only the expressions it compiled)."""


def compile_all(
    specs: Sequence[Spec], prepare: Callable[[str], str] | None = None
) -> list[re.Pattern]:
    """The compiled patterns of ``specs``, from the cache when it holds them.

    With ``prepare``, each expression is compiled as ``prepare`` rewrites it; the cache,
    keyed by the expressions as given, ``prepare``'s name and its module's source, holds
    the rewritten ones, so that a run that finds them there does not rewrite them again.
    """
    try:
        import _sre

        path = _cache_dir() / f"{_key(specs, _sre.MAGIC, _identity(prepare))}.marshal"
        with contextlib.suppress(Exception):  # none yet, or damaged: compile anew
            expressions, parts = marshal.loads(path.read_bytes())
            compiled = _build(_with_expressions(specs, expressions), parts)
            with contextlib.suppress(OSError):
                os.utime(path)  # used now: the last to go
            return compiled
        expressions = [prepare(pattern) if prepare else pattern for pattern, _ in specs]
        prepared = _with_expressions(specs, expressions)
        parts = [_parts(pattern, flags) for pattern, flags in prepared]
        compiled = _build(prepared, parts)
    except Exception:  # the internals moved: the public way is always right
        return [re.compile(prepare(p) if prepare else p, flags) for p, flags in specs]
    with contextlib.suppress(OSError, ValueError):  # unwritable, or not marshal's types
        from tts_pipeline.files import keep_most_recent, write_cache_file

        write_cache_file(path, marshal.dumps((expressions, parts)))
        keep_most_recent(path.parent, "[0-9a-f]*.marshal", MAX_SETS)
    return compiled


def _identity(prepare: Callable[[str], str] | None) -> str:
    """``prepare``'s name and its module's source: a rewrite changed in the code must not be
    served from the cache as its earlier version wrote it."""
    if prepare is None:
        return ""
    source = Path(sys.modules[prepare.__module__].__file__ or "").read_bytes()
    return f"{prepare.__module__}.{prepare.__qualname__}:{hashlib.sha256(source).hexdigest()}"


def _with_expressions(specs: Sequence[Spec], expressions: Sequence[str]) -> list[Spec]:
    return [(expression, flags) for expression, (_, flags) in zip(expressions, specs, strict=True)]


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


def _key(specs: Sequence[Spec], magic: int, prepared_by: str = "") -> str:
    digest = hashlib.sha256(f"{sys.version}\0{magic}\0{FORMAT}\0{prepared_by}".encode())
    for pattern, flags in specs:
        digest.update(f"\0{flags}\0{pattern}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def _cache_dir() -> Path:
    """``regex`` in the program's code cache (``files.code_cache_root``)."""
    from tts_pipeline.files import code_cache_root

    return code_cache_root() / "regex"


class _Memory:
    """The engine's code of the expressions compiled so far, by (expression, flags)."""

    def __init__(self, path: Path, table: dict, compile_anew) -> None:
        self.path, self.table, self.compile_anew = path, table, compile_anew
        self.changed = False
        self.used: set[tuple] = set()

    def compile(self, pattern, flags: int = 0) -> re.Pattern:
        """``re._compiler.compile``, from the table when it holds the expression."""
        if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
            return self.compile_anew(pattern, flags)
        # lxml's XPath passes its own str subclass: the text is what counts
        key = (str(pattern) if isinstance(pattern, str) else bytes(pattern), int(flags))
        parts = self.table.get(key)
        if parts is None:
            try:
                parts = _parts(*key)
            except Exception:  # an invalid expression: re's own compiler says why
                return self.compile_anew(pattern, flags)
            self.table[key] = parts
            self.changed = True
        self.used.add(key)
        try:
            return _build([(pattern, flags)], [parts])[0]
        except Exception:  # a damaged entry: compile anew
            return self.compile_anew(pattern, flags)

    def bounded(self) -> dict:
        """The table to store: all of it while it is within :data:`MAX_REMEMBERED`, else
        the expressions this run compiled (the others are gone from the code, or were
        built in another order), at most :data:`MAX_REMEMBERED` of them."""
        if len(self.table) <= MAX_REMEMBERED:
            return self.table
        used = [(key, parts) for key, parts in self.table.items() if key in self.used]
        return dict(used[:MAX_REMEMBERED])


_memory: _Memory | None = None


def _memory_path() -> Path:
    """The file of :func:`remember_compiled`'s expressions, one per Python version and
    installation of the program (several share a machine's cache while one is developed)."""
    import _sre

    installed = str(Path(__file__).resolve().parent)
    return _cache_dir() / f"remembered-{_key((), _sre.MAGIC, installed)}.marshal"


def remember_compiled() -> None:
    """From now on, build the expressions this process compiles through :mod:`re` from the
    cache when it holds them; :func:`save_remembered` stores the new ones."""
    global _memory
    if _memory is not None:
        return
    try:
        from re import _compiler

        path = _memory_path()
        compile_anew = _compiler.compile
    except Exception:  # the internals moved: compile as usual
        return
    table: dict = {}
    with contextlib.suppress(Exception):  # none yet, or damaged: start anew
        loaded = marshal.loads(path.read_bytes())
        if isinstance(loaded, dict):
            table = loaded
    _memory = _Memory(path, table, compile_anew)
    _compiler.compile = _memory.compile


def save_remembered() -> None:
    """Store the expressions compiled since :func:`remember_compiled` that the cache did not
    hold (nothing when it held them all); never raises."""
    if _memory is None or not _memory.changed:
        return
    with contextlib.suppress(Exception):  # unwritable, or not marshal's types
        from tts_pipeline.files import write_cache_file

        write_cache_file(_memory.path, marshal.dumps(_memory.bounded()))
        _memory.changed = False
