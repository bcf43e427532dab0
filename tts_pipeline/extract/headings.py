"""The section subheadings of a text dump's story: short headline-shaped lines over its
body text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line, is_fragment
from tts_pipeline.extract.linewalk import neighbour, neighbour_kind, own_block
from tts_pipeline.extract.names import leading_name

HEADING_MAX_WORDS = 20
"""Longest section subheading."""


def is_heading(lines: Sequence[Line], i: int) -> bool:
    """A section subheading: a short headline-shaped line before a body line, after a body
    line, set apart by blank lines (a box may stand between it and the text above), or
    opening its block with its section glued below (as a browser copies a heading), or glued
    over or under a list's items with its section's text below; an advertisement's label
    may stand between it and its section below (glued, or one blank line apart, as a dump
    made from the markup sets each block), and so may a shop's button between them
    (glued, or one blank line apart) when the story's text stands above (a deal's name,
    "$19.90 at Amazon", its blurb)."""
    line = lines[i]
    if line.kind is not Kind.SHORT or not (1 <= line.words <= HEADING_MAX_WORDS):
        return False
    text = line.text
    if text.endswith((".", ",", ";")) and not text.endswith("..."):
        return False
    first = text[0]
    if first.islower() or _BULLET.match(text):
        return False
    if _under_a_pull_quote(lines, i):
        return False
    below = neighbour(lines, i, 1)
    if (below == i + 1 and _label(lines, below)) or _label_set_apart(lines, i, below):
        below = neighbour(lines, below, 1)  # an ad's label between it and its section
    elif below is not None and below <= i + 2 and _button(lines, below):
        return neighbour_kind(lines, i, -1) is Kind.BODY
    if below is None or lines[below].kind is not Kind.BODY:
        return (
            _over_a_heading(lines, i, below)
            or _over_a_list(lines, i)
            or _over_a_list_block(lines, i, below)
        )
    above = neighbour_kind(lines, i, -1)
    return own_block(lines, i) or above is Kind.BODY or _opens(lines, i) or _under_a_list(lines, i)


def _opens(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` opens a block (bar a line of chrome, an ad's label, set on it) whose next
    line is body text: a heading set on its paragraph (a dump renders a subheading with no
    blank line under it), whatever stands above."""
    return (i == 0 or lines[i - 1].kind in (Kind.BLANK, Kind.CHROME)) and (
        i + 1 < len(lines) and lines[i + 1].kind is Kind.BODY
    )


def _label(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is a lone chrome line of words (an ad's label, "Advertisement"; not a
    time) with a blank line (or the page's end) below it."""
    if lines[j].kind is not Kind.CHROME or _DIGIT.search(lines[j].text):
        return False
    return j + 1 >= len(lines) or lines[j + 1].kind is Kind.BLANK


_DIGIT = re.compile(r"\d")

AD_LABEL_MAX_WORDS = 3
"""Most words of an ad's label ("Advertisement", "Publicidad", "广告") set apart by blank
lines under a subheading..."""
SET_APART_HEADING_WORDS = 8
"""...and of that subheading, with no colon: a longer line over a label is a caption
("Jane Roe still does her weekly shop at the same market"), one with a colon a recipe's
fields."""


def _label_set_apart(lines: Sequence[Line], i: int, below: int | None) -> bool:
    """Line ``i``, a short heading with no colon under body text, has an ad's short label
    one blank line below it (a dump made from the markup sets each block apart by blank
    lines); over the story, a line and a label are a promotion ("Latest issue", "Subscribe
    now")."""
    return (
        below == i + 2
        and neighbour_kind(lines, i, -1) is Kind.BODY
        and lines[i].words <= SET_APART_HEADING_WORDS
        and ":" not in lines[i].text
        and lines[below].words <= AD_LABEL_MAX_WORDS
        and _label(lines, below)
    )


def _button(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is a line of chrome (a shop's button: "$19.90 at Amazon") over a body line:
    glued to it, or one blank line apart with a price in it (:data:`_PRICE`; a dump that
    sets each paragraph apart; a lone label of words there is an ad's, "Advertisement")."""
    below = neighbour(lines, j, 1)
    if lines[j].kind is not Kind.CHROME or below is None or lines[below].kind is not Kind.BODY:
        return False
    return below == j + 1 or (below == j + 2 and _PRICE.search(lines[j].text) is not None)


_PRICE = re.compile(r"[$€£¥₹]\s?\d|\d\s?[$€£¥₹]|\b(?:USD|EUR|GBP|CHF)\b")
"""A price in a shop's button ("$19.90 at Amazon", "12,99 € bei Otto"): not a time of day
("14:52") over a live blog's update."""


_BULLET = re.compile(r"[*•·▪►]\s")
"""A list item's bullet ("* ", "• "): a link in a list, not a heading."""

_QUOTED = re.compile(r"[\"“”„«»‘’'].+[\"“”„«»‘’']")
"""A line that is a quotation from end to end (a pull quote)."""


def _under_a_pull_quote(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a name, with an age or a role after a comma ("Jane Roe, 17"), under a
    line quoted from end to end: the pull quote's attribution, not a heading."""
    above = neighbour(lines, i, -1)
    name, comma, _ = lines[i].text.partition(",")
    return (
        above is not None
        and _QUOTED.fullmatch(lines[above].text) is not None
        and bool(comma)
        and leading_name(name) == name.strip()
    )


_FIRST_ITEM = re.compile(r"(?:#\s?)?1[.)]?\s")
"""The first item of a numbered list ("1. ...", "#1 ...")."""


def _over_a_heading(lines: Sequence[Line], i: int, below: int | None) -> bool:
    """A section heading whose section opens with a subheading of its own: in a block of its
    own under body text, over a heading, and asking a question ("Why a bridge?") or over the
    first item of a numbered list ("Our top 10", then "1. The old ferry")."""
    if below is None or not own_block(lines, i) or neighbour_kind(lines, i, -1) is not Kind.BODY:
        return False
    if lines[below].kind is not Kind.SHORT or not is_heading(lines, below):
        return False
    return lines[i].text.endswith("?") or _FIRST_ITEM.match(lines[below].text) is not None


LIST_MIN_ITEMS = 2
"""Fewest items of a list a heading glued to it stands over or under."""


def _item(lines: Sequence[Line], j: int) -> bool:
    """Line ``j`` is shaped like a list's item amid running text (:func:`is_fragment`)."""
    return 0 <= j < len(lines) and is_fragment(lines[j])


def _over_a_list(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` opens its block over ``LIST_MIN_ITEMS`` list items or more, with body text
    further down the same block (a browser's copy sets a heading, its list and the next
    section with no blank line between)."""
    if i > 0 and lines[i - 1].kind is not Kind.BLANK:
        return False
    j = i + 1
    while _item(lines, j):
        j += 1
    while 0 <= j < len(lines) and lines[j].kind is Kind.SHORT:
        j += 1
    items = sum(_item(lines, k) for k in range(i + 1, j))
    return items >= LIST_MIN_ITEMS and j < len(lines) and lines[j].kind is Kind.BODY


def _over_a_list_block(lines: Sequence[Line], i: int, below: int | None) -> bool:
    """Line ``i``, in a block of its own under the story's body text, stands over a block of
    ``LIST_MIN_ITEMS`` list items or more with body text in the next block: a fact box's
    title over its items ("At a glance", its facts) as a dump made from the markup sets
    each block apart."""
    if below is None or not own_block(lines, i) or neighbour_kind(lines, i, -1) is not Kind.BODY:
        return False
    j = below
    while _item(lines, j):
        j += 1
    items = j - below
    while j < len(lines) and lines[j].kind is Kind.SHORT:
        j += 1
    after = neighbour(lines, j - 1, 1) if j > below else None
    return (
        items >= LIST_MIN_ITEMS
        and j < len(lines)
        and lines[j].kind is Kind.BLANK
        and after is not None
        and lines[after].kind is Kind.BODY
    )


def _under_a_list(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` stands glued under ``LIST_MIN_ITEMS`` list items or more, over its section's
    body text: the heading of the section after the list."""
    return all(_item(lines, i - k) for k in range(1, LIST_MIN_ITEMS + 1))
