"""Chapters: one per section heading or, without headings, per group of paragraphs."""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.models import Chapter, Role, Script, Timing

PARAGRAPHS_PER_CHAPTER = 3
"""Body paragraphs per chapter when the article has no section headings."""
TITLE_WORDS = 7
"""Words of a chapter's first sentence used as its title."""


def build_chapters(
    script: Script, timings: Sequence[Timing], duration: float, title: str | None = None
) -> tuple[Chapter, ...]:
    """Chapters covering the whole episode, from 0 to ``duration`` seconds, in order."""
    starts = _chapter_blocks(script)
    block_start = {}
    for timing in timings:
        block_start.setdefault(timing.block, timing.start)
    marks: list[tuple[float, str]] = []
    for index, block_index in enumerate(starts):
        block = script.blocks[block_index]
        if index == 0:
            start = 0.0
            name = title or _words(block.sentences[0].text)
        else:
            start = block_start.get(block_index)
            if start is None:
                continue
            name = block.sentences[0].text if block.role is Role.HEADING else None
            name = name or _words(block.sentences[0].text)
        marks.append((start, name))
    if not marks:
        return (Chapter(title or "Article", 0.0, duration),)
    ends = [start for start, _ in marks[1:]] + [duration]
    return tuple(Chapter(name, start, end) for (start, name), end in zip(marks, ends, strict=True))


def _chapter_blocks(script: Script) -> list[int]:
    """Indices of the blocks that open a chapter; the first block always does."""
    if not script.blocks:
        return []
    headings = [i for i, b in enumerate(script.blocks) if b.role is Role.HEADING]
    if headings:
        return sorted({0, *headings})
    body = [i for i, b in enumerate(script.blocks) if b.role is Role.BODY]
    groups = -(-len(body) // PARAGRAPHS_PER_CHAPTER)
    if groups <= 1:
        return [0]
    size = len(body) / groups
    return [0] + [body[round(g * size)] for g in range(1, groups)]


def _words(sentence: str) -> str:
    words = sentence.split()
    text = " ".join(words[:TITLE_WORDS]).rstrip(",;:.")
    return text + ("…" if len(words) > TITLE_WORDS else "")
