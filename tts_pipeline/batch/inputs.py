"""Turn the batch command's inputs (files, folders, globs, URLs, list files) into sources."""

from __future__ import annotations

import glob
from dataclasses import dataclass, field
from pathlib import Path

from tts_pipeline.errors import InputError
from tts_pipeline.sources.read import is_url

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".text", ".md")
"""Files taken from folders; a file named directly is taken whatever its name."""
MAX_LIST_DEPTH = 5
"""List files naming list files, at most this deep."""
MAX_LIST_BYTES = 4 * 1024 * 1024
"""Largest list file read: some 50,000 inputs."""
OUR_PAGE_MARKS = (b'<meta name="generator" content="tts-pipeline ', b"made by tts-pipeline ")
"""How the pages tts-pipeline writes (player page, embed snippet, a site's index:
``publish/player/assets/``) begin; a folder's or a glob's such files are no articles."""
OUR_PAGE_HEAD_BYTES = 1024
INSIDE_SITE = "inside the site's own folder, whose files are never read as input"


def expand_inputs(specs: list[str]) -> list[str]:
    """Every article source named by ``specs``, in order, each once: paths absolute, URLs kept.

    A folder gives its article files (recursively, sorted); a glob its matches; a file
    ``@list.txt`` (or a ``.list`` file) names one input per line (``#`` starts a comment).
    An input that names nothing raises InputError.
    """
    found, failed = expand_inputs_reporting(specs)
    if failed:
        raise InputError(": ".join(failed[0]))
    return found


def expand_inputs_reporting(
    specs: list[str], exclude: Path | None = None
) -> tuple[list[str], list[tuple[str, str]]]:
    """Like :func:`expand_inputs`, but an input that names nothing is reported, not raised:
    (sources, [(input, reason)]). One bad line of a list file fails that line only, reported
    as ``list.txt:LINE`` with the line's input at the start of the reason. Files inside
    ``exclude`` (the site being built, whose pages would otherwise become articles when it
    lies in an input folder) are left out."""
    expansion = _Expansion(exclude=exclude.resolve() if exclude is not None else None)
    for spec in specs:
        expansion.add(spec, 0)
    return list(dict.fromkeys(expansion.found)), expansion.failed


@dataclass
class _Expansion:
    found: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    lists_read: set[Path] = field(default_factory=set)
    """Each list file is read once, however many lists name it (or itself)."""
    exclude: Path | None = None
    """The site's folder: its files are never sources."""

    def add(self, spec: str, depth: int) -> None:
        """Add the sources ``spec`` names; what fails, to ``failed``."""
        try:
            if spec.startswith("@") or spec.endswith(".list"):
                self._read_list(Path(spec.removeprefix("@")).expanduser(), depth)
            else:
                self.found += self._outside_site(self._not_the_site(spec))
        except InputError as e:
            self.failed.append((spec, str(e)))

    def _not_the_site(self, spec: str) -> list[str]:
        """The sources ``spec`` names; InputError when it is the site or inside it."""
        if self.exclude is not None and not is_url(spec):
            try:
                inside = Path(spec).expanduser().resolve().is_relative_to(self.exclude)
            except (OSError, RuntimeError):  # a name too long, a loop of links: said below
                inside = False
            if inside:
                raise InputError(INSIDE_SITE)
        return _sources(spec)

    def _outside_site(self, sources: list[str]) -> list[str]:
        """The sources not inside the site; InputError when the input names only such."""
        inside = self.exclude
        if inside is None:
            return sources
        kept = [s for s in sources if is_url(s) or not Path(s).is_relative_to(inside)]
        if sources and not kept:
            raise InputError(INSIDE_SITE)
        return kept

    def _read_list(self, path: Path, depth: int) -> None:
        """The inputs a list file names, one a line; a line that names nothing fails alone."""
        if depth > MAX_LIST_DEPTH:
            raise InputError("list files nest too deeply")
        if path.resolve() in self.lists_read:
            return
        self.lists_read.add(path.resolve())
        for number, entry in _list_entries(path):
            before = len(self.failed)
            self.add(entry, depth + 1)
            self.failed[before:] = [
                (f"{path}:{number}", f"{entry}: {reason}") if where == entry else (where, reason)
                for where, reason in self.failed[before:]
            ]


def _list_entries(path: Path) -> list[tuple[int, str]]:
    """(line number, input) of a list file; relative paths are relative to the list."""
    from tts_pipeline.files import read_regular_file

    try:
        text = read_regular_file(path, MAX_LIST_BYTES).decode("utf-8-sig")
    except OSError as e:
        raise InputError(f"cannot read the list: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise InputError("the list is not UTF-8 text") from None
    except ValueError as e:
        raise InputError(f"cannot read the list: {e}") from None
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        entry = line.strip() if is_url(line.strip()) else line.split("#", 1)[0].strip()
        if not entry:
            continue
        if not is_url(entry) and not entry.startswith("@") and not Path(entry).is_absolute():
            entry = str(path.parent / entry)
        elif entry.startswith("@") and not Path(entry[1:]).is_absolute():
            entry = "@" + str(path.parent / entry[1:])
        entries.append((number, entry))
    return entries


def _sources(spec: str) -> list[str]:
    """The article sources one input names: a URL, a file, a folder's files, a glob's."""
    if is_url(spec):
        return [spec]
    path = Path(spec).expanduser()
    if path.is_dir():
        files = _articles([p for p in sorted(path.rglob("*")) if _is_article_file(p)])
        if not files:
            raise InputError(f"the folder has no article files ({', '.join(ARTICLE_SUFFIXES)})")
        return files
    if path.is_file():
        return [str(path.resolve())]
    if path.exists():
        raise InputError("not a regular file or folder")
    if glob.has_magic(spec):
        matches = [Path(m) for m in sorted(glob.glob(spec, recursive=True))]
        files = _articles([m for m in matches if m.is_file()])
        if not files:
            raise InputError("no file matches this pattern")
        return files
    raise InputError("no such file, folder or URL")


def _is_article_file(path: Path) -> bool:
    return (
        path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".") and path.is_file()
    )


def _articles(files: list[Path]) -> list[str]:
    """The absolute paths of ``files`` but the pages tts-pipeline wrote; InputError when
    there were files and all are such pages."""
    articles = [str(f.resolve()) for f in files if _not_ours(f)]
    if files and not articles:
        raise InputError("only pages tts-pipeline wrote (players, a site's index), no articles")
    return articles


def _not_ours(path: Path) -> bool:
    """False for a page tts-pipeline wrote (``speak -o`` into the folder, a site in it):
    read again, its transcript would be an episode of the episode."""
    try:
        with path.open("rb") as f:
            head = f.read(OUR_PAGE_HEAD_BYTES)
    except OSError:
        return True  # reading it as an article reports why it cannot be read
    return not any(mark in head for mark in OUR_PAGE_MARKS)
