"""The signature of a post quoted in a story (an embedded tweet), which reads as a dateline
but belongs to the story around it."""

from __future__ import annotations

from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.patterns import patterns


def signs_a_post(line: Line) -> bool:
    """The dateline that signs a quoted post ("— Jane Doe (@jane) May 5, 2020", one of the
    chrome data's ``post_signatures``): the story goes on around it."""
    return line.kind is Kind.DATE and patterns().post_signatures.match(fold(line.text)) is not None
