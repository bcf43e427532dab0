"""Plain article text: no page around it, so it is returned whole.

Text typed or saved as plain text may be hard-wrapped (a paragraph broken into lines of
about 70 characters, paragraphs apart by blank lines): such lines are joined again.
Text is plain when its lines are paragraphs, headings and at most a byline and a
dateline at the top, with no chrome, captions or markers among them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from tts_pipeline.extract.dates import find_date
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.names import byline_author
from tts_pipeline.extract.titleshape import looks_like_title
from tts_pipeline.models import Article

WRAP_MAX_CHARS = 100
"""Longest line of hard-wrapped text."""
WRAPPED_SHARE = 0.3
"""Share of the lines that must run on into the next line (which starts in lower case,
mid-sentence) for text to count as wrapped."""
MIN_WRAPPED_LINES = 3
WRAP_MIN_CHARS = 30
"""Shortest width of hard-wrapped text: a paragraph wrapped narrower than this would hold a
word or two a line (one word a line is a list, not wrapped prose)."""
FULL_LINE_SHARE = 0.7
"""A wrapped line runs on into the next one when it fills this share of the text's width; a
shorter line ends its paragraph or is a line of its own (a menu, a heading, a footer)."""
CHROME_KINDS = (Kind.CHROME, Kind.END, Kind.BOX, Kind.CAPTION)
HEADER_KINDS = (Kind.BYLINE, Kind.DATE)
MAX_HEADER_LINES = 4
"""Title, byline and dateline lines allowed before the first paragraph."""
_RUNS_ON = re.compile(r"[\w,;\-–—]$")
_SENTENCE_END = re.compile(r"""[.!?]["'”’»)]*(?:\s|$)""")
"""The end of a sentence in a script with case (the only ones wrapped lines are joined in)."""


def unwrap(text: str) -> str:
    """Join hard-wrapped lines into paragraphs; other text comes back unchanged."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if len(filled) < MIN_WRAPPED_LINES:
        return text
    width = max(len(line.rstrip()) for line in filled)
    if max(len(line) for line in filled) > WRAP_MAX_CHARS or width < WRAP_MIN_CHARS:
        return text
    if not _SENTENCE_END.search(text):
        return text  # prose has sentences: lines of words without one are a list
    runs_on = sum(
        1
        for line, following in pairwise(lines)
        if _RUNS_ON.search(line.rstrip()) and following.strip()[:1].islower()
    )
    if runs_on < WRAPPED_SHARE * len(filled):
        return text
    full = FULL_LINE_SHARE * width
    joined: list[list[str]] = []  # each paragraph's lines, joined once at the end
    runs_on = False
    for line in lines:
        if runs_on and line.strip():
            joined[-1].append(" ".join(line.split()))
        else:
            joined.append([" ".join(line.split())])
        runs_on = len(line.rstrip()) >= full
    paragraphs = "\n".join(" ".join(parts) for parts in joined)
    return re.sub(r"\n{3,}", "\n\n", paragraphs).strip("\n")


def is_plain(lines: Sequence[Line]) -> bool:
    """Every line is a paragraph or a heading, after at most a title, byline and dateline."""
    filled = [line for line in lines if line.kind is not Kind.BLANK]
    if not any(line.kind is Kind.BODY for line in filled):
        return False
    if any(line.kind in CHROME_KINDS for line in filled):
        return False
    first_body = next(i for i, line in enumerate(filled) if line.kind is Kind.BODY)
    if first_body > MAX_HEADER_LINES:
        return False
    rest = filled[first_body:]
    return all(line.kind in (Kind.BODY, Kind.SHORT) for line in rest)


def plain_article(lines: Sequence[Line], url: str | None = None) -> Article:
    """The whole text as the article: a title, byline and dateline first when it has them."""
    filled = [line for line in lines if line.kind is not Kind.BLANK]
    first_body = next(i for i, line in enumerate(filled) if line.kind is Kind.BODY)
    head, body = filled[:first_body], filled[first_body:]
    title = next((line.text for line in head if looks_like_title(line)), None)
    author = next((a for line in head if (a := byline_author(line.text))), None)
    dates = (find_date(line.text) for line in head if line.kind in HEADER_KINDS)
    published = next((found.iso for found in dates if found), None)
    extra = [line for line in head if line.text != title and line.kind not in HEADER_KINDS]
    kept = [*extra, *body]
    headings = tuple(i for i in range(len(kept)) if _is_heading(kept, i))
    return Article(title, author, published, None, url, tuple(line.text for line in kept), headings)


def _is_heading(lines: Sequence[Line], i: int) -> bool:
    """A short line, not ending like a sentence, with a paragraph after it."""
    line = lines[i]
    return (
        line.kind is Kind.SHORT
        and not line.text.endswith((".", ",", ";", ":"))
        and i + 1 < len(lines)
        and lines[i + 1].kind is Kind.BODY
    )
