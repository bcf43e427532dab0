"""What reads as a story's own text on an HTML page: sentences, not links; the headline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.dom import Evidence
from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.lines import is_body
from tts_pipeline.extract.patterns import patterns

LINK_SHARE = 0.5
"""A line with more of its text in links is a link, not story text."""
_WORD = re.compile(r"\w+")


def is_sentence(line: Line, evidence: Evidence) -> bool:
    """Body text ending like a sentence, neither a link nor in a boilerplate box."""
    return line.kind is Kind.BODY and _unboxed_sentence(line, evidence)


def is_prompted_sentence(line: Line, evidence: Evidence) -> bool:
    """Running text of sentences that reads as chrome only by a prompt in it ("Share this
    story with a friend"), not a link nor in a box: a paragraph of the story with an
    invite in it."""
    folded = fold(line.text)
    return (
        line.kind is Kind.CHROME
        and _unboxed_sentence(line, evidence)
        and patterns().chrome.fullmatch(folded) is None
        and patterns().prompts.search(folded) is not None
        and is_body(folded, line.words, line.terminal, line.lower, line.wide_gaps)
    )


def _unboxed_sentence(line: Line, evidence: Evidence) -> bool:
    """The line ends like a sentence and is neither a link nor in a boilerplate box."""
    return line.terminal and not evidence.boiler and evidence.link_share < LINK_SHARE


def is_title(text: str, titles: Sequence[str]) -> bool:
    """The line is the story's headline, as the page writes it somewhere."""
    folded = " ".join(text.split()).casefold()
    return any(folded == " ".join(title.split()).casefold() for title in titles)


def spaced_words(text: str) -> str:
    """The words of ``text``, folded, one space apart and one at both ends: one text's
    holds another's (``in``) when it has all of its words in a row."""
    return f" {' '.join(_WORD.findall(text.casefold()))} "
