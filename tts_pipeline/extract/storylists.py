"""The short lines between a dump's story paragraphs: its lists, tables and subheadings.

A browser copies a list item, a table row and a heading as a line of its own with no blank
line around it, so a product's features, a recipe's steps, a course's modules or a
review's pros and cons stand in the story as a block of short lines (a dump made from the
markup alone sets a heading apart from its list by blank lines). When every line between
two of the story's kept lines is such a short line (no chrome, box marker, caption, byline
or date among them), the block is the story's own: a menu, a "Related" box or a share bar
brings lines of those kinds with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby, pairwise

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.results import named_in_story, results_list
from tts_pipeline.extract.rules import rules

BLOCK_MIN_LINES = 3
"""Fewest short lines of such a block: one alone is a heading (left to :mod:`.headings`),
two a caption and its credit or a box's heading and its one teaser."""
MENU_ITEM_WORDS = 2.0
"""Words of a menu's or a tag list's item: a block whose lines have more on average is a
list of the story's..."""
HEADLINE_ITEM_WORDS = 7.0
"""...and less than this: teasers' titles are headlines ("Council Approves New Budget After
Late-Night Session")."""
RUNNING_LOWER = 0.5
"""Least share of lower-case words of a line in the case of running text: a block with none
such is one of title-case lines, teasers' titles ("11 Weird Things People Have Swallowed")."""
CASELESS_ITEM_WORDS = 14.0
"""Most words of a list's item, on average, in a script without case (Chinese, Japanese,
Korean, Devanagari, Arabic...): no case tells its items from headlines, and a CJK
character counts half a word, so a block of such lines between two paragraphs is taken on
its length alone, under a long sentence's."""


OPENING_PARAGRAPHS = 2
"""Fewest paragraphs of the story above such a block: under a lone one (a standfirst), a
list of facts stands apart from the story below it (unless that is short:
:func:`_story_below`)."""


def lines_between(lines: Sequence[Line], keep: Sequence[int], labels: set[int]) -> list[int]:
    """The short lines that fill a gap between two consecutive paragraphs or headings of
    the story (``keep``) wholly as a :func:`list_block` (or lists under their headings),
    below ``OPENING_PARAGRAPHS`` of its paragraphs at least unless the story below is short,
    none of them a repeated label (``labels``: a teaser's section name)."""
    found: list[int] = []
    ordered = sorted(keep)
    for before, after in pairwise(ordered):
        opening = sum(lines[i].kind is Kind.BODY for i in ordered if i <= before)
        if opening < OPENING_PARAGRAPHS and _story_below(lines, ordered, after):
            continue
        gap = range(before + 1, after)
        block = [lines[i] for i in gap]
        listed = (
            list_block(block) or headed_list(block) or headed_lists(block) or results_list(block)
        )
        if listed and not labels.intersection(gap):
            found += [i for i in gap if lines[i].kind is not Kind.BLANK]
    return found


def _story_below(lines: Sequence[Line], keep: Sequence[int], after: int) -> bool:
    """The story's paragraphs from line ``after`` on have the words of an article: a list
    above them, under a lone paragraph, is a box of facts; under a short page's one opening
    paragraph and over its closing one, it is the page's own (a job offer's, an event's)."""
    words = sum(lines[i].words for i in keep if i >= after and lines[i].kind is Kind.BODY)
    return words >= rules().region.min_article


def list_block(between: Sequence[Line]) -> bool:
    """The lines ``between`` two parts of a story (blank lines at either end aside) are one
    block of short lines (no blank line between them: the items of a list or the rows of a
    table, not paragraphs of links), ``BLOCK_MIN_LINES`` of them or more, of more than
    ``MENU_ITEM_WORDS`` and less than ``HEADLINE_ITEM_WORDS`` words on average, one of them
    at least in the case of running text (``RUNNING_LOWER``); in a script without case,
    less than ``CASELESS_ITEM_WORDS``."""
    kinds = [line.kind for line in between]
    while kinds and kinds[0] is Kind.BLANK:
        kinds, between = kinds[1:], between[1:]
    while kinds and kinds[-1] is Kind.BLANK:
        kinds, between = kinds[:-1], between[:-1]
    if len(kinds) < BLOCK_MIN_LINES or any(kind is not Kind.SHORT for kind in kinds):
        return False
    words = sum(line.words for line in between) / len(between)
    if all(line.lower is None for line in between):
        return MENU_ITEM_WORDS < words < CASELESS_ITEM_WORDS
    running = any((line.lower or 0) >= RUNNING_LOWER for line in between)
    return running and MENU_ITEM_WORDS < words < HEADLINE_ITEM_WORDS


def headed_list(between: Sequence[Line]) -> bool:
    """The lines ``between`` two parts of a story are a heading set apart over a
    :func:`list_block`: a dump that keeps a heading's blank lines (one made from the markup,
    with no stylesheet: "Your benefits at a glance", a blank line, the features) sets the
    heading apart from its list."""
    lines = list(between)
    while lines and lines[0].kind is Kind.BLANK:
        lines = lines[1:]
    if len(lines) < 3 or lines[0].kind is not Kind.SHORT or lines[1].kind is not Kind.BLANK:
        return False
    return _heading(lines[0]) and list_block(lines[2:])


def _heading(line: Line) -> bool:
    """A short line that may head a list: no sentence or phrase goes on below it."""
    return line.kind is Kind.SHORT and not line.text.endswith(_SENTENCE_ENDS)


def headed_lists(between: Sequence[Line]) -> bool:
    """The lines ``between`` two parts of a story are ``HEADED_LISTS_MIN`` lists or more, each
    of two items or more under a heading set apart by blank lines (a dump made from the
    markup: a job offer's "Your tasks", "Your profile", "We offer"), their items together a
    :func:`list_block`."""
    parts = _blocks(between)
    if len(parts) < 2 * HEADED_LISTS_MIN or len(parts) % 2:
        return False
    headings, lists = parts[::2], parts[1::2]
    headed = all(len(heading) == 1 and _heading(heading[0]) for heading in headings)
    items = [line for block in lists for line in block]
    return headed and all(len(block) > 1 for block in lists) and list_block(items)


HEADED_LISTS_MIN = 2
"""Fewest headed lists of such a run: one alone is :func:`headed_list`."""


def _blocks(between: Sequence[Line]) -> list[list[Line]]:
    """The runs of lines ``between`` with no blank line in them."""
    runs = groupby(between, key=lambda line: line.kind is Kind.BLANK)
    return [list(run) for blank, run in runs if not blank]


_SENTENCE_ENDS = (".", ",", ";", ":")
"""Ends of a line that goes on into the next or ends a sentence: no heading's."""


def below_its_list(
    before: float, after: float, between: Sequence[Line], story: Sequence[Line] = ()
) -> bool:
    """A short text (both parts, weighing ``before`` and ``after``, under the words of an
    article: a course's or a product's page, mostly lists) goes on below its own list or
    table (the lines ``between`` them are a :func:`list_block`), however long; below a whole
    article, a list and a paragraph are a box and its blurb, and above one, a standfirst
    and a list of facts stand apart from the story. A last paragraph goes on below a list of
    match results (:func:`.results.results_list`) under any ``story`` that names one of
    their teams (:func:`.results.named_in_story`)."""
    short = rules().region.min_article
    results = results_list(between) and named_in_story(between, story)
    listed = list_block(between) or headed_lists(between)
    return after < short and ((before < short and listed) or results)
