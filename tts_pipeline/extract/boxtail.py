"""The story's closing paragraph below a small box of related stories set inside it.

A news page may set a small box ("Read also", "Related articles") of a few teasers inside
its story, above the story's last paragraph. In a page dump that paragraph follows the
last teaser. When each teaser is a title and a one-sentence deck, the paragraph follows a
deck (a sentence below a sentence, not below a title): it is no teaser's deck but the
story's close, unless it asks the reader something (a promotion) or opens like an
author's bio. Below one or two bare titles, a paragraph may be the last teaser's deck,
unless it ends with its author's sign in brackets ("... (dfö)"), which no teaser's deck
carries; a single paragraph below three or more, none of which has a deck, is the
story's close too, and so is a paragraph below two bare titles or more (a box's teasers
share one shape: the others have no deck) when an end marker ("Comments", the copyright
line) or the story's tags stand right below it: a paragraph between two boxes may be
another story's.
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.linewalk import neighbour
from tts_pipeline.extract.names import is_name
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.signoffs import signed_end
from tts_pipeline.extract.storytags import ends_the_story

MAX_TEASERS = 4
"""Most teasers (a title and its deck) of a small box inside the story."""
ALIKE_MIN_TITLES = 3
"""Fewest bare titles of a box whose last one has no deck either (see :func:`_no_deck`)."""
CLOSING_MAX_LINES = 2
"""Most body lines of the story's close below such a box."""
UNDECKED_MIN_TITLES = 2
"""Fewest bare titles of a box whose shape says the paragraph below is none's deck, when an
end marker follows that paragraph."""
_TEASER_KINDS = (Kind.CHROME, Kind.SHORT, Kind.BODY)


def closes_the_story(lines: Sequence[Line], before: int, after: int, end: int) -> bool:
    """The body lines from ``after`` down to ``end`` are the story's close below a small
    box: between them and the body line ``before`` stand only a box marker and one to
    ``MAX_TEASERS`` teasers, each a title (no sentence end) above a deck (a sentence), or
    bare titles below which the paragraph is no deck (:func:`_no_deck`), or
    ``UNDECKED_MIN_TITLES`` bare titles or more above an end marker; they are at
    most ``CLOSING_MAX_LINES`` paragraphs, none asking the reader something or opening with
    a name and a bio's verb."""
    gap = [lines[i] for i in range(before + 1, after) if lines[i].kind is not Kind.BLANK]
    if not gap or gap[0].kind is not Kind.BOX:
        return False
    tail = [lines[i] for i in range(after, end + 1) if lines[i].kind is not Kind.BLANK]
    titles = gap[1:]
    undecked = _titles(titles) and (
        (len(titles) >= UNDECKED_MIN_TITLES and _above_an_end_marker(lines, end))
        or (bool(tail) and _no_deck(titles, tail))
    )
    return (
        (_teasers(titles) or undecked)
        and 0 < len(tail) <= CLOSING_MAX_LINES
        and all(line.kind is Kind.BODY and line.terminal for line in tail)
        and not any(_asks_or_bio(line.text) for line in tail)
    )


def _above_an_end_marker(lines: Sequence[Line], end: int) -> bool:
    """The first line below line ``end`` that is not blank is an end marker or a line of
    the story's tags."""
    below = neighbour(lines, end, 1)
    return below is not None and ends_the_story(lines, below)


def _teasers(gap: Sequence[Line]) -> bool:
    """``gap`` is one to ``MAX_TEASERS`` pairs of a title and a deck below it."""
    if not gap or len(gap) % 2 or len(gap) > 2 * MAX_TEASERS:
        return False
    titles, decks = gap[0::2], gap[1::2]
    return (
        all(line.kind in _TEASER_KINDS for line in gap)
        and not any(line.terminal for line in titles)
        and all(line.terminal for line in decks)
    )


def _titles(gap: Sequence[Line]) -> bool:
    """``gap`` is one to ``MAX_TEASERS`` bare titles (no sentence end)."""
    return 0 < len(gap) <= MAX_TEASERS and all(
        line.kind in _TEASER_KINDS and not line.terminal for line in gap
    )


def _no_deck(titles: Sequence[Line], tail: Sequence[Line]) -> bool:
    """The paragraphs below the bare ``titles`` are no decks of theirs: the last ends with
    its author's sign in brackets, which no teaser's deck carries, or a single paragraph
    follows ``ALIKE_MIN_TITLES`` titles or more, none with a deck (a box's teasers are
    alike: its last one has no deck when the others have none; two or more paragraphs may
    be the decks of its titles, set below them)."""
    if signed_end(tail[-1].text):
        return True
    return len(titles) >= ALIKE_MIN_TITLES and len(tail) == 1


def _asks_or_bio(text: str) -> bool:
    """A prompt to the reader, or a name and a bio's verb ("Jane Roe is a writer...")."""
    if patterns().prompts.search(fold(text)):
        return True
    words = text.split()
    for n in (2, 3):
        name = " ".join(words[:n]).rstrip(",")
        if is_name(name) and patterns().bio_openings.match(fold(" ".join(words[n:]))):
            return True
    return False
