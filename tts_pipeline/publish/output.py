"""Where an episode's MP3 goes: the name given, or a default name from the title; a folder
given means inside it; never a name that would replace the input article."""

from __future__ import annotations

import os
from pathlib import Path

from tts_pipeline.errors import OutputError
from tts_pipeline.models import Article
from tts_pipeline.publish.episode import sidecar_paths
from tts_pipeline.publish.slug import slugify

OTHER_AUDIO = frozenset(
    {".wav", ".wave", ".ogg", ".oga", ".opus", ".flac", ".m4a", ".m4b", ".aac", ".aif", ".aiff"}
)
"""Names of sound files of another format: an MP3 written under one would mislead players."""


def default_output(article: Article, spec: str, out_dir: Path) -> Path:
    """``out_dir/<slug of the title>.mp3`` (of the input's name when there is no title)."""
    fallback = Path(spec).stem if spec not in ("-",) and "://" not in spec else "article"
    return out_dir / f"{slugify(article.title or '', fallback=slugify(fallback))}.mp3"


def output_path(given: Path | str | None, article: Article, spec: str, out_dir: Path) -> Path:
    """The MP3 to write: ``given``, or the default name inside it when it names a folder (one
    that exists, or a name ending in a slash), or the default name in ``out_dir``."""
    if given is None:
        return default_output(article, spec, out_dir)
    text = str(given)
    if not text:  # -o "$OUT" with OUT unset: as a path it would be the current folder
        raise OutputError("-o '': the output's name is empty; give a file such as story.mp3")
    if text == "-":  # as the input's "-" is standard input; the output's would be a file "-"
        raise OutputError(
            "-o -: the MP3 is not written to standard output (its sidecars go beside it); "
            "give a file name such as story.mp3, or a folder"
        )
    if text.endswith(("/", os.sep)) or Path(text).is_dir():
        return default_output(article, spec, Path(text))
    path = Path(text)
    if path.suffix.lower() in OTHER_AUDIO:
        raise OutputError(
            f"{path}: tts-pipeline writes MP3 files; give a name ending in .mp3 "
            f"(e.g. {path.with_suffix('.mp3').name})"
        )
    return path


def refuse_overwriting_input(spec: str, output: Path) -> None:
    """Fail when a file of the episode at ``output`` would replace the input file (``spec``,
    a path; stdin and URLs have nothing to protect)."""
    try:
        source = os.stat(spec) if spec != "-" else None
    except (OSError, ValueError):
        return
    if source is None:
        return
    for target in [output, *sidecar_paths(output).values(), output.with_suffix(".png")]:
        try:
            same = os.path.samestat(os.lstat(target), source)
        except (OSError, ValueError):
            continue
        if same:
            raise OutputError(
                f"{target}: is the input article; writing the episode would replace it "
                "(give another name with -o)"
            )
