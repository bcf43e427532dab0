"""Find the data files shipped with the package and the bundled voice profiles."""

from __future__ import annotations

import contextlib
import sys
from functools import cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
MAX_PARSED = 200
"""Parsed data files :func:`load_toml` keeps in the cache (the package has about 50)."""


def bundled_voices_dir() -> Path:
    """``voices/`` of a source checkout, or its copy inside an installed wheel."""
    installed = PACKAGE_DIR / "_voices"
    return installed if installed.is_dir() else PACKAGE_DIR.parent / "voices"


@cache
def load_toml(name: str) -> dict:
    """A TOML file of the package's ``data/`` folder, parsed once per machine: the parse is
    kept in the program's code cache (``files.code_cache_root``), by a hash of the file's
    bytes, in marshal's format, which loads about ten times faster than TOML parses (a
    ``clean`` reads seven files)."""
    import hashlib
    import marshal

    from tts_pipeline.files import code_cache_root, keep_most_recent, write_cache_file

    data = (DATA_DIR / name).read_bytes()
    key = hashlib.sha256(f"{sys.version_info[:2]}".encode() + b"\0" + data).hexdigest()[:32]
    path = code_cache_root() / "toml" / f"{key}.marshal"
    with contextlib.suppress(Exception):  # none yet, or damaged: parse anew
        parsed = marshal.loads(path.read_bytes())
        if isinstance(parsed, dict):
            return parsed
    parsed = tomllib.loads(data.decode("utf-8"))
    with contextlib.suppress(OSError, ValueError):  # unwritable, or not marshal's types
        write_cache_file(path, marshal.dumps(parsed))
        keep_most_recent(path.parent, "*.marshal", MAX_PARSED)
    return parsed


def language_data(code: str | None) -> dict:
    """What reading one language needs (``data/languages/<code>.toml``: its framing,
    abbreviations, dates); {} for a language without such a file."""
    if not code or not code.isalpha() or not code.islower():
        return {}
    path = DATA_DIR / "languages" / f"{code}.toml"
    return load_toml(f"languages/{code}.toml") if path.is_file() else {}


def language_name(code: str) -> str:
    """``German (de)``; the code alone for a language ``data/languages.toml`` does not name."""
    entry = load_toml("languages.toml")["names"].get(code)
    return f"{entry[0]} ({code})" if entry else code


def iso639_2(code: str | None) -> str:
    """The three-letter ISO 639-2 code of ``code`` (``deu`` of ``de``); ``und`` if unknown."""
    entry = load_toml("languages.toml")["names"].get(code or "")
    return entry[1] if entry else "und"


def read_toml(path: Path) -> dict:
    """Any TOML file; errors propagate as ``ValueError`` (``tomllib.TOMLDecodeError``) or
    ``OSError``."""
    with path.open("rb") as f:
        return parse_toml(f.read().decode("utf-8"))


def parse_toml(text: str) -> dict:
    """``text`` parsed as TOML; ValueError for bad TOML, nesting too deep for the parser
    (arrays or tables thousands deep) included."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise ValueError("arrays or tables nested too deeply") from None
