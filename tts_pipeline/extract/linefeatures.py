"""What a line of a page dump looks like: its kinds, its length in words, its case, its end.

:class:`Line` holds what :mod:`.lines` measures of a line once per page; the functions here
measure a piece of text (any script) and say whether a short line is shaped like a piece of
running text or like a label.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.rules import rules

QUESTION_MARKS = ("?", "？", "؟")
"""The question marks of the scripts of news pages."""
TERMINAL = re.compile(r"""(?<![.…])[.!?:;。！？؟۔।]["'”’“‘»›)\]」』]*$""")
"""A sentence's end, maybe inside closing quotes (German „…“ and ‚…‘ too); not an ellipsis,
which ends truncated teasers."""
_MARKS = "".join(
    c
    for block in (range(0x0590, 0x1E00), range(0xA600, 0xAC00))  # Hebrew to Mongolian...
    for c in map(chr, block)
    if unicodedata.category(c) in ("Mn", "Mc")
)
"""Combining marks of the scripts after Latin, Greek and Cyrillic (the blocks from Hebrew to
Mongolian and their extensions; a tenth of the time of a scan of the whole plane): the
vowel signs of Indic scripts are no \\w but part of their word."""
_WORD = re.compile(rf"[^\W\d_][\w'’{re.escape(_MARKS)}-]*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
"""Letters and signs of the scripts of South-East Asia written without spaces between words
(Thai, Lao, Myanmar, Khmer): about four make a word."""
UNSPACED_PER_WORD = 4
_UNSPACED_LETTER = r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"
_CLAUSE_BREAK = re.compile(rf"{_UNSPACED_LETTER} +{_UNSPACED_LETTER}")
"""A space between two letters of those scripts: where Thai and Lao, which have no full
stop, end a sentence or a clause."""
_CELL_ENDS = frozenset(",.;:!?-–—|/")
"""A cell ending in one of these needs no comma after it."""


class Kind(str, Enum):
    """What a line of a page dump is."""

    BLANK = "blank"
    CHROME = "chrome"
    """Menus, buttons, widgets, prompts: never article text."""
    END = "end"
    """A line after which the article does not go on (comments, author box, footer)."""
    BOX = "box"
    """A line opening a box of other content (related stories, newsletter)."""
    CAPTION = "caption"
    BYLINE = "byline"
    DATE = "date"
    """A dateline: a date or time and little else."""
    BODY = "body"
    """A sentence-shaped line: text of the story (or of a teaser)."""
    SHORT = "short"
    """Any other line: a headline, a subheading, a menu item, a teaser's title."""


@dataclass(frozen=True)
class Line:
    """One line of a page dump and what it looks like."""

    text: str
    """The line with its white space normalised."""
    kind: Kind
    words: float
    """Length in words; a CJK character counts as half a word, a Thai letter a quarter."""
    terminal: bool
    """Ends like a sentence (full stop, question mark, colon...)."""
    lower: float | None
    """Share of words that start lower-case; None for scripts without case."""
    wide_gaps: int = 0
    """Runs of three or more spaces inside the line (inline menus)."""


def count_words(text: str) -> float:
    """Words of ``text``; CJK characters, written without spaces, count half a word each,
    and the letters of Thai, Lao, Myanmar and Khmer (no spaces either) a quarter."""
    cjk = len(_CJK.findall(text))
    unspaced = len(_UNSPACED.findall(text))
    rest = _UNSPACED.sub(" ", _CJK.sub(" ", text)) if unspaced else _CJK.sub(" ", text)
    return len(_WORD.findall(rest)) + cjk / 2 + unspaced / UNSPACED_PER_WORD


def clauses_unmarked(text: str, words: float) -> bool:
    """A line of running text in a script that marks no sentence's end (Thai, Lao): of
    ``clause_min_words`` words or more, most of its letters in that script, and two of its
    clauses set apart by a space, as those scripts end a sentence or a clause; a menu's
    item, a title or a teaser's headline is one run of letters."""
    if words < rules().lines.clause_min_words or not _CLAUSE_BREAK.search(text):
        return False
    return len(_UNSPACED.findall(text)) * 2 >= len(_WORD_LETTERS.findall(text))


_WORD_LETTERS = re.compile(rf"[^\W\d_]|[{re.escape(_MARKS)}]")


def lower_ratio(text: str) -> float | None:
    """Share of the cased words of ``text`` that start lower-case."""
    cased = [w for w in _WORD.findall(text) if w[0].lower() != w[0].upper()]
    if len(cased) < 2:
        return None
    return sum(w[0].islower() for w in cased) / len(cased)


def join_cells(raw: str) -> str:
    """A line with its white space normalised; the cells of a table row (split by tabs, as a
    browser copies them) joined by commas, so that a voice pauses between them ("1, 16
    March, Australia") rather than reading one run of words."""
    cells = [" ".join(cell.split()) for cell in raw.split("\t")]
    text = ""
    for cell in filter(None, cells):
        text += (", " if text and text[-1] not in _CELL_ENDS else " " if text else "") + cell
    return text


def fold(text: str) -> str:
    """``text`` in lower case as the patterns are written: Turkish "İ" becomes "i", not "i"
    with a combining dot above (what ``str.lower`` gives)."""
    return text.lower().replace("i\u0307", "i")


def stop_word_share(folded: str) -> float:
    """Share of the words of a lower-cased line that are function words of its languages
    (shown by ``clean --explain``: running text is full of them, menus have none)."""
    found = _WORD.findall(folded)
    if not found:
        return 0.0
    stop = patterns().stop_words
    return sum(word in stop for word in found) / len(found)


def is_fragment(line: Line) -> bool:
    """A short line shaped like a piece of running text (a verse, a list's item, a step):
    ``fragment_min_words`` words or more, a ``fragment_lower_share`` of them lower-case;
    a headline or a menu's item is title-case."""
    r = rules().lines
    return (
        line.kind is Kind.SHORT
        and line.words >= r.fragment_min_words
        and (line.lower or 0) >= r.fragment_lower_share
    )


def is_label(line: Line, max_words: float) -> bool:
    """A short line of ``max_words`` words at most that ends no piece of a sentence (no
    full stop, comma or semicolon): a heading, a title, a step's or a row's name."""
    return (
        line.kind is Kind.SHORT
        and line.words <= max_words
        and not line.text.endswith((".", ",", ";"))
    )
