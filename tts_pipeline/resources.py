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


def read_toml(path: Path) -> dict:
    """Any TOML file; errors propagate as ``tomllib.TOMLDecodeError`` or ``OSError``."""
    with path.open("rb") as f:
        return tomllib.load(f)
