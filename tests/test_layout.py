"""The layout holds: each part imports only the parts below it (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tts_pipeline"

SHARED = frozenset({"", "models", "errors", "resources", "files", "voices", "regex_cache"})
"""Root modules every part may use ("" is the package itself: its version, the disclosure)."""

ALLOWED: dict[str, frozenset[str]] = {
    "models": frozenset(),
    "errors": frozenset(),
    "resources": frozenset({"files"}),
    "files": frozenset({"errors"}),
    "regex_cache": frozenset({"files"}),
    "exits": frozenset({"errors", "stops"}),
    "stops": frozenset(),
    "voices": SHARED | {"engines"},
    "sources": SHARED,
    "extract": SHARED,
    "normalize": SHARED,
    "language": SHARED,
    "speech": SHARED | {"normalize"},
    "engines": SHARED,
    "audio": SHARED | {"engines", "stops"},  # a worker's stops are the parent's
    "publish": SHARED,
    "check": SHARED | {"audio"},  # listens to a finished MP3; decodes it with audio's decoder
    "pipeline": SHARED
    | {
        "sources",
        "extract",
        "language",
        "normalize",
        "speech",
        "engines",
        "audio",
        "publish",
        "check",
        "episodes",
    },
    "batch": SHARED
    | {
        "sources",
        "extract",
        "language",
        "normalize",
        "speech",
        "engines",
        "audio",
        "publish",
        "pipeline",
        "check",
    },
    "episodes": SHARED | {"audio", "engines", "publish"},
    "cli": None,  # the top: it may import anything
    "__main__": frozenset({"cli", "exits", "regex_cache"}),
    "__init__": frozenset(),
}
"""For each part (a root module or a package), the parts it may import besides itself."""

MAX_ROOT_MODULES = 12
MAX_MODULE_LINES = 400


def part_of(path: Path) -> str:
    """The part a source file belongs to: its package under the root, or its root module."""
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def imported_parts(source: str) -> set[str]:
    """Every part of tts_pipeline that ``source`` imports, at any depth (lazy imports too)."""
    parts = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == "tts_pipeline":
                # "from tts_pipeline import x" names a part when x is a module or package
                names = [f"tts_pipeline.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if name == "tts_pipeline" or name.startswith("tts_pipeline."):
                part = name.split(".")[1] if "." in name else ""
                parts.add(
                    part if (PACKAGE / part).exists() or (PACKAGE / f"{part}.py").exists() else ""
                )
    return parts


def violations(path: Path, source: str) -> list[str]:
    """The imports of ``source`` (the file at ``path``) that its part may not make."""
    part = part_of(path)
    if part not in ALLOWED:
        return [f"{path.relative_to(PACKAGE)}: part {part!r} has no import rule; add one"]
    allowed = ALLOWED[part]
    if allowed is None:
        return []
    return [
        f"{path.relative_to(PACKAGE)}: {part!r} may not import {other!r}"
        for other in sorted(imported_parts(source) - allowed - {part})
    ]


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_part_imports_only_what_its_rule_allows() -> None:
    found = [v for path in sources() for v in violations(path, path.read_text("utf-8"))]
    assert found == []


@pytest.mark.parametrize(
    ("file", "statement"),
    [
        ("extract/html.py", "from tts_pipeline.audio.encode import LAMEENC_GAIN_DB"),
        ("normalize/core.py", "    from tts_pipeline.speech.segment import split_sentences"),
        ("engines/base.py", "from tts_pipeline.extract import extract_article"),
        ("audio/render.py", "import tts_pipeline.publish.tag"),
        ("publish/tag.py", "from tts_pipeline import pipeline"),
        ("speech/script.py", "from tts_pipeline.cli import main"),
    ],
)
def test_a_forbidden_import_is_caught(file: str, statement: str) -> None:
    path = PACKAGE / file
    source = path.read_text("utf-8") + "\n\ndef _late():\n" + f"    {statement.strip()}\n"
    assert violations(path, path.read_text("utf-8")) == []
    assert len(violations(path, source)) == 1


def test_the_root_stays_small_and_modules_short() -> None:
    root_modules = [p.name for p in PACKAGE.glob("*.py")]
    assert len(root_modules) <= MAX_ROOT_MODULES, root_modules
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in sources()
        if (n := len(p.read_text("utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_every_package_says_what_it_does() -> None:
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text("utf-8")))
        assert doc and "import" in doc, (
            f"{init.relative_to(PACKAGE)}: say what the part does and may import"
        )
