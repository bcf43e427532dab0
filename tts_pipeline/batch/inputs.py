"""Turn the batch command's inputs (files, folders, globs, URLs, list files) into sources."""

from __future__ import annotations

import glob
from pathlib import Path

from tts_pipeline.errors import InputError
from tts_pipeline.sources.read import is_url

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".text", ".md")
"""Files taken from folders; a file named directly is taken whatever its name."""


def expand_inputs(specs: list[str]) -> list[str]:
    """Every article source named by ``specs``, in order, each once: paths absolute, URLs kept.

    A folder gives its article files (recursively, sorted); a glob its matches; a file
    ``@list.txt`` (or a ``.list`` file) names one input per line (``#`` starts a comment).
    An input that names nothing raises InputError.
    """
    found, failed = expand_inputs_reporting(specs)
    if failed:
        raise InputError(failed[0][1])
    return found


def expand_inputs_reporting(specs: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Like :func:`expand_inputs`, but an input that names nothing is reported, not raised."""
    found: list[str] = []
    failed: list[tuple[str, str]] = []
    for spec in specs:
        try:
            found += _expand(spec, depth=0)
        except InputError as e:
            failed.append((spec, str(e)))
    return list(dict.fromkeys(found)), failed


def _expand(spec: str, depth: int) -> list[str]:
    if is_url(spec):
        return [spec]
    if spec.startswith("@") or spec.endswith(".list"):
        return _read_list(Path(spec.removeprefix("@")), depth)
    path = Path(spec).expanduser()
    if path.is_dir():
        files = [p for p in sorted(path.rglob("*")) if p.is_file() and _is_article_file(p)]
        return [str(p.resolve()) for p in files]
    if path.is_file():
        return [str(path.resolve())]
    if glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        return [str(Path(m).resolve()) for m in matches if Path(m).is_file()]
    raise InputError(f"{spec}: no such file, folder or URL")


def _is_article_file(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".")


def _read_list(path: Path, depth: int) -> list[str]:
    if depth > 5:
        raise InputError(f"{path}: list files nest too deeply")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as e:
        raise InputError(f"{path}: cannot read the list: {e.strerror or e}") from None
    found: list[str] = []
    for line in lines:
        entry = line.split("#", 1)[0].strip() if not is_url(line.strip()) else line.strip()
        if not entry:
            continue
        if not is_url(entry) and not Path(entry).is_absolute():
            entry = str(path.parent / entry)
        found += _expand(entry, depth + 1)
    return found
