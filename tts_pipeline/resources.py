"""Find the data files shipped with the package and the bundled voice profiles."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def bundled_voices_dir() -> Path:
    """``voices/`` of a source checkout, or its copy inside an installed wheel."""
    installed = PACKAGE_DIR / "_voices"
    return installed if installed.is_dir() else PACKAGE_DIR.parent / "voices"


@cache
def load_toml(name: str) -> dict:
    """A TOML file of the package's ``data/`` folder."""
    with (DATA_DIR / name).open("rb") as f:
        return tomllib.load(f)


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
    """Any TOML file; errors propagate as ``tomllib.TOMLDecodeError`` or ``OSError``."""
    with path.open("rb") as f:
        return tomllib.load(f)
