"""Pieces of the page dumps the cleaner's tests write: sentences of a story, and the
stretch of a dump found to hold it."""

from __future__ import annotations

from tts_pipeline.extract.context import in_context
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.region import best_region


def sentence(n: int, topic: str = "the new bridge") -> str:
    """Sentence ``n`` of a story about ``topic``: long enough to read as a paragraph."""
    return (
        f"Sentence {n} about {topic} goes on for a while, so that it reads like a real "
        "paragraph of a news story and not like a menu."
    )


def region_text(page: str) -> list[str]:
    """The non-blank lines of the stretch of ``page`` found to hold the story."""
    lines = in_context([describe(line) for line in page.split("\n")])
    region = best_region(lines)
    assert region is not None
    return [line.text for line in lines[region[0] : region[1] + 1] if line.text]
