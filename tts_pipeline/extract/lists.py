"""The lists of a page dump's story: the short items under a line that ends with a colon,
and numbered lists (1., 2., 3. ...) with the lines between their items."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line, is_label
from tts_pipeline.extract.linewalk import block_from, neighbour
from tts_pipeline.extract.rules import rules

NUMBERED_MIN_ITEMS = 3
"""Fewest items of a numbered list (a listicle's "1. ...", "2. ...")."""
_NUMBERED = re.compile(r"(\d{1,3})[.)]\s+\S")
ROWS_BELOW_MIN = 3
"""Fewest rows of the blocks right below the story that are kept with it."""
BLOCK_MIN_ROWS = 2
"""Fewest rows (no blank line between) of one such block."""
ROW_HEADING_MAX_WORDS = 4
"""Longest heading over one such block ("Results", "Robot vacuums")."""
SHORT_LIST_MIN_ITEMS = 3
"""Fewest items of a list of short phrases under a short heading amid the story."""
SHORT_ITEM_MAX_WORDS = 4
"""Longest item of such a list ("Secure fit", "Six hours of battery")."""
LONG_ITEM_MAX_WORDS = 12
"""Longest item of a list of short lines amid the story that are not all phrases."""
MENU_ITEM_WORDS = 2
"""Words of a menu's item: a list whose items have more on average is the story's."""
HEADLINE_ITEM_WORDS = 7
"""Words of a teaser's title on average: a list whose items have as many is a box of
teasers, not the story's list ("Council Approves New Budget After Late-Night Session")."""
LONG_LIST_MIN_ITEMS = 4
"""Fewest items of such a list (a recipe card's header has three: rating, buttons, times)."""
SHORT_LIST_LOWER = 0.5
"""Least share of lower-case words of each such item: a phrase, not a title-case menu item
or teaser title."""
_DIGIT = re.compile(r"\d")
_RANK = re.compile(r"\d+[^\W\d_„\"“]|\d+[„\"“]")
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d\b")
"""A time at the start of a line: a news ticker's item, not a row."""
_SCORE = re.compile(r"\d\s*[-:–]\s*\d")
"""A match's score ("2-1", "3:0")."""


def add_list_items(lines: Sequence[Line], keep: list[int]) -> list[int]:
    """Keep the short items of a list that a line ending with a colon introduces.

    The introducing line is kept too when it follows a kept line, even after the story's
    stretch: a list of short items costs more than it weighs, so it may end the stretch.
    """
    extra: list[int] = []
    kept = set(keep)
    intros = [i for i in keep if lines[i].text.endswith(":")]
    for i in keep:
        j = neighbour(lines, i, 1)
        if j is not None and j not in kept and _is_list_intro(lines, j):
            intros.append(j)
            extra.append(j)
    for i in intros:
        extra += _items_below(lines, i)
    return sorted(set(keep) | set(extra))


def _items_below(lines: Sequence[Line], intro: int) -> list[int]:
    """The short items of the list under line ``intro``, up to a paragraph apart from them
    (the story goes on) or, when the items stand one under another with no blank line
    between (a list's block), up to a block of teasers' titles apart from them
    (:func:`_teaser_titles`): a box of other stories right under the list, not more of it."""
    items: list[int] = []
    packed = False
    j = neighbour(lines, intro, 1)
    opens_block = j is not None and _first_item_of_block(lines, j)
    while j is not None and lines[j].kind in (Kind.SHORT, Kind.BODY):
        apart = lines[j - 1].kind is Kind.BLANK and not (opens_block and not items)
        if apart and (lines[j].kind is Kind.BODY or (packed and _teaser_titles(lines, j))):
            break
        packed = packed or (bool(items) and not apart)
        if lines[j].kind is Kind.SHORT:
            items.append(j)
        j = neighbour(lines, j, 1)
    return items


BLOCK_MIN_ITEMS = 2
"""Fewest short lines packed under a list's first item that make its block the list."""


def _first_item_of_block(lines: Sequence[Line], j: int) -> bool:
    """Line ``j``, right under a list's intro, is a body line that opens a block of
    ``BLOCK_MIN_ITEMS`` or more short lines packed under it (no blank line between): the
    list's first item, one that reads as a sentence ("Weighs only 90 grams!"), with the
    rest of the list under it, not the story going on below its intro."""
    block = block_from(lines, j)
    if lines[j].kind is not Kind.BODY or len(block) <= BLOCK_MIN_ITEMS:
        return False
    return all(lines[i].kind in (Kind.SHORT, Kind.BODY) for i in block) and (
        sum(lines[i].kind is Kind.SHORT for i in block) >= BLOCK_MIN_ITEMS
    )


TEASER_MIN_TITLES, TEASER_TITLE_MIN_WORDS = 2, 4
"""Fewest lines of a block of teasers' titles, and fewest words of each."""


def _teaser_titles(lines: Sequence[Line], j: int) -> bool:
    """The block from line ``j`` is ``TEASER_MIN_TITLES`` or more titles of teasers: short
    lines of ``TEASER_TITLE_MIN_WORDS`` words or more that open with a capital or a digit
    and end in no sentence end nor colon, with no web address (a list's next group opens
    with its heading, "Directions:"; code, a name and a credit's source are no titles)."""
    block = block_from(lines, j)
    return len(block) >= TEASER_MIN_TITLES and all(
        lines[i].kind is Kind.SHORT
        and lines[i].words >= TEASER_TITLE_MIN_WORDS
        and (lines[i].text[0].isupper() or lines[i].text[0].isdigit())
        and not lines[i].terminal
        and not lines[i].text.endswith(":")
        and not _WEB.search(lines[i].text)
        for i in block
    )


_WEB = re.compile(r"://|\bwww\.")


def add_numbered_items(lines: Sequence[Line], keep: list[int]) -> list[int]:
    """Keep whole a numbered list (1., 2., 3. ...) that reaches into the story: its items and
    the lines between them, and the paragraph under its last item, however short."""
    kept = set(keep)
    for items in numbered_lists(lines):
        first, last = items[0], items[-1]
        if not any(first <= i <= last for i in kept):
            continue
        end = last
        j = neighbour(lines, last, 1)
        while j is not None and lines[j].kind is Kind.BODY and not _NUMBERED.match(lines[j].text):
            end = j
            j = neighbour(lines, j, 1)
        kept.update(i for i in range(first, end + 1) if lines[i].kind in (Kind.SHORT, Kind.BODY))
    return sorted(kept)


def add_short_lists(lines: Sequence[Line], keep: list[int]) -> list[int]:
    """Keep the lists amid the story (between its first and last kept line) of a short
    heading in its own block under text ("Pros", "Cons") and ``SHORT_LIST_MIN_ITEMS`` or
    more lines of short lower-case phrases under it, no blank line between them (a review's
    pros and cons, what a product has), or ``LONG_LIST_MIN_ITEMS`` or more short lines of any
    case that are no menu (:func:`_not_a_menu`; a job offer's profile, a house's features):
    the story's, though no sentences. The list ends at a blank line or at the next
    section's heading right above its paragraph (:func:`_next_heading`)."""
    if not keep:
        return keep
    kept = set(keep)
    for i in range(min(keep) + 1, max(keep)):
        if i in kept or not _row_heading(lines[i]) or lines[i - 1].kind is not Kind.BLANK:
            continue
        above = neighbour(lines, i, -1)
        if above is None or lines[above].kind not in (Kind.BODY, Kind.SHORT):
            continue  # under "Table of contents" or a box's title: a list of links
        j = neighbour(lines, i, 1)
        items = []
        while j is not None and j < max(keep) and _item(lines[j]):
            items.append(j)
            j += 1
        heading = _next_heading(lines, items, j)
        items = items[:-1] if heading else items
        if (
            len(items) >= SHORT_LIST_MIN_ITEMS
            and j is not None
            and (lines[j].kind is Kind.BLANK or heading)
            and _not_a_menu(lines, items)
        ):
            kept.update([i, *items, *heading])
    return sorted(kept)


def _next_heading(lines: Sequence[Line], items: list[int], j: int | None) -> list[int]:
    """The last of ``items`` when it is the heading of the next section, right above its
    paragraph (line ``j``): a browser's copy packs a list and the next heading together."""
    if not items or j is None or lines[j].kind is not Kind.BODY:
        return []
    return items[-1:] if _row_heading(lines[items[-1]]) else []


def _item(line: Line) -> bool:
    """A line that may be an item of a list amid the story: short, of a dozen words at most."""
    return line.kind is Kind.SHORT and line.words <= LONG_ITEM_MAX_WORDS


def _not_a_menu(lines: Sequence[Line], items: list[int]) -> bool:
    """Short lower-case phrases, or ``LONG_LIST_MIN_ITEMS`` items or more of more than
    ``MENU_ITEM_WORDS`` words on average (a menu's items are a word or two) and less than
    ``HEADLINE_ITEM_WORDS`` (teasers' titles are headlines)."""
    if all(_phrase(lines[i]) for i in items):
        return True
    words = sum(lines[i].words for i in items)
    return len(items) >= LONG_LIST_MIN_ITEMS and MENU_ITEM_WORDS * len(
        items
    ) < words < HEADLINE_ITEM_WORDS * len(items)


def _phrase(line: Line) -> bool:
    return (
        line.kind is Kind.SHORT
        and line.words <= SHORT_ITEM_MAX_WORDS
        and line.lower is not None
        and line.lower >= SHORT_LIST_LOWER
    )


def numbered_lists(lines: Sequence[Line]) -> list[list[int]]:
    """Runs of lines numbered 1, 2, 3... (at least ``NUMBERED_MIN_ITEMS``), each a list of the
    items' indices."""
    found: list[list[int]] = []
    current: list[int] = []
    expected = None
    for i, line in enumerate(lines):
        match = _NUMBERED.match(line.text) if line.kind in (Kind.SHORT, Kind.BODY) else None
        if match is None:
            continue
        number = int(match.group(1))
        if expected is not None and number == expected:
            current.append(i)
        else:
            if len(current) >= NUMBERED_MIN_ITEMS:
                found.append(current)
            current = [i]
        expected = number + 1
    if len(current) >= NUMBERED_MIN_ITEMS:
        found.append(current)
    return found


def _is_list_intro(lines: Sequence[Line], i: int) -> bool:
    line = lines[i]
    following = neighbour(lines, i, 1)
    return (
        line.kind in (Kind.SHORT, Kind.BODY)
        and line.text.endswith(":")
        and following is not None
        and lines[following].kind is Kind.SHORT
    )


def add_rows_below(lines: Sequence[Line], keep: list[int]) -> list[int]:
    """Keep the blocks of rows right below the story's last kept line: each a short heading
    or none, then short lines with no blank line between, each with a number in it and
    some with a lower-case word, a colon or a score (a schedule, results, prices the story's lead
    introduces; a list of short lines weighs against the story's stretch, so it may end it),
    when the story so far is short, under the words of an article: below a whole article,
    such blocks are a footer's address, a news ticker, a discography. A teaser's rank glued
    to its title ("1Title") or a ticker's time ("14:06 Title") is no row."""
    body = sum(lines[i].words for i in keep if lines[i].kind is Kind.BODY)
    if not keep or body >= rules().region.min_article:
        return keep
    rows: list[int] = []
    j = neighbour(lines, max(keep), 1)
    while j is not None:
        block = [j] if _row_heading(lines[j]) else []
        k = neighbour(lines, j, 1) if block else j
        run = []
        while k is not None and k < len(lines) and _row(lines[k]):
            run.append(k)
            k += 1
        if len(run) < BLOCK_MIN_ROWS or not any(_lower_or_colon(lines[i]) for i in run):
            break
        rows += block + run
        j = neighbour(lines, run[-1], 1)
    return sorted({*keep, *rows}) if sum(_row(lines[i]) for i in rows) >= ROWS_BELOW_MIN else keep


def _row(line: Line) -> bool:
    text = line.text
    return (
        line.kind is Kind.SHORT
        and bool(_DIGIT.search(text))
        and not _RANK.match(text)
        and not _CLOCK.match(text)
    )


def _row_heading(line: Line) -> bool:
    return (
        is_label(line, ROW_HEADING_MAX_WORDS)
        and not _DIGIT.search(line.text)
        and not line.text[0].islower()
    )


def _lower_or_colon(line: Line) -> bool:
    return (line.lower or 0) > 0 or ":" in line.text or bool(_SCORE.search(line.text))


ENTRY_MIN_COUNT = 2
"""Fewest entries (a name, a line of details, a description) that make a story a listing."""
ENTRY_NAME_MAX_WORDS = 6
"""Longest name of such an entry ("Summer Jazz Evening")."""


def listing_entries(lines: Sequence[Line], start: int, end: int) -> list[int]:
    """The names and detail lines of a listing's entries amid the story (events, places,
    products): a title-case name, right under it a line of details that ends like a
    sentence (a date, a place, a price), and right under that a description; a listing
    repeats this shape, so ``ENTRY_MIN_COUNT`` entries are needed."""
    entries = []
    for i in range(max(start, 1), end):
        name, details, text = lines[i - 1], lines[i], lines[i + 1]
        if (
            name.kind is Kind.SHORT
            and not name.terminal
            and 1 <= name.words <= ENTRY_NAME_MAX_WORDS
            and not name.text[0].islower()
            and details.kind in (Kind.SHORT, Kind.BODY)
            and details.terminal
            and text.kind is Kind.BODY
        ):
            entries.append((i - 1, i))
    if len(entries) < ENTRY_MIN_COUNT:
        return []
    return [i for entry in entries for i in entry if lines[i].kind is Kind.SHORT]


def dated_items(lines: Sequence[Line], keep: list[int]) -> list[int]:
    """Keep the lines read as datelines in a block (no blank line between) with a kept short
    line or a kept line ending with a colon ("ab 1. Januar 2024 für Tabakwaren." under "ab
    1. Januar 2023 für Zigarren"): items of the same list, which give a date, not the
    article's dateline."""
    kept = set(keep)
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for i in order:
            if lines[i].kind is Kind.DATE and any(
                _holds_items(lines, kept, j) for j in (i - 1, i + 1)
            ):
                kept.add(i)
    return sorted(kept)


def _holds_items(lines: Sequence[Line], kept: set[int], j: int) -> bool:
    """Line ``j`` is kept, and a list's item or its introduction (or a dated item itself)."""
    if j not in kept:
        return False
    line = lines[j]
    return line.kind in (Kind.SHORT, Kind.DATE) or line.text.endswith(":")


PAIRED_MIN_ITEMS = 2
"""Fewest items of each of the two lists under the story (a review's pros and cons)."""


def add_paired_lists(lines: Sequence[Line], keep: list[int]) -> list[int]:
    """Keep two headed lists in one block right below the story's last kept line: a short
    heading opening the block, ``PAIRED_MIN_ITEMS`` or more lower-case phrases, a second
    short heading and its phrases, no blank line between (a review's "Pros" and "Cons"),
    up to the first line of another shape (a deals box glued below)."""
    if not keep:
        return keep
    start = neighbour(lines, max(keep), 1)
    if start is None or lines[start - 1].kind is not Kind.BLANK:
        return keep
    found: list[int] = []
    j = start
    for _ in range(2):
        if j >= len(lines) or not _row_heading(lines[j]):
            return keep
        items = []
        k = j + 1
        while k < len(lines) and _item(lines[k]) and (lines[k].lower or 0) >= SHORT_LIST_LOWER:
            items.append(k)
            k += 1
        if len(items) < PAIRED_MIN_ITEMS:
            return keep
        found += [j, *items]
        j = k
    return sorted({*keep, *found})
