"""From the pipeline's results to the plain data the player is rendered from."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby
from pathlib import Path

from tts_pipeline.models import Article, Script, Timing
from tts_pipeline.publish.player.model import Cue, Paragraph, PlayerEpisode
from tts_pipeline.publish.player.text import file_url


def player_episode(
    article: Article,
    script: Script,
    timings: Sequence[Timing],
    duration: float,
    paths: Mapping[str, Path],
    language: str = "en",
) -> PlayerEpisode:
    """The player of the episode whose files are ``paths`` (keys as ``sidecar_paths``)."""
    return PlayerEpisode(
        title=article.title or paths["audio"].stem,
        duration=duration,
        audio=file_url(paths["audio"].name),
        captions=file_url(paths["webvtt"].name),
        cover=file_url(paths["cover"].name) if "cover" in paths else None,
        paragraphs=transcript(script, timings),
        author=article.author,
        published=article.published,
        language=language,
        download_name=paths["audio"].name,
    )


def transcript(script: Script, timings: Sequence[Timing]) -> tuple[Paragraph, ...]:
    """The timed sentences grouped by script block, each group with its block's role."""
    return tuple(
        Paragraph(
            role=script.blocks[block].role.value,
            cues=tuple(Cue(t.start, t.end, t.text) for t in group),
        )
        for block, group in groupby(timings, key=lambda t: t.block)
    )
