"""Read the project's own case tables in ``tests/cases/`` (tab-separated, '#' comments)."""

from __future__ import annotations

from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"


def load_cases(name: str) -> list[tuple[str, str]]:
    """(given, expected) pairs of ``cases/<name>``, each with its line number as an id."""
    pairs = []
    for line in (CASES / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            given, expected = line.split("\t")
            pairs.append((given, expected))
    return pairs
