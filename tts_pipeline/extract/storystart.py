"""Where a text dump's story starts: lines above the heaviest stretch that belong to it.

A page often puts a few summary points between its headline (or dateline) and the story:
short lines, each a phrase rather than a sentence, that the stretch of body text leaves
out. They are read with the story when they sit right above it, under the headline, the
byline or the dateline. A standfirst above the byline or dateline is read with the story
too (:func:`lead_above`), unless it is short and the stretch starts above that byline
(:func:`skip_lead`); so is a list of amounts right above it, a recipe's ingredients above
its steps (:func:`amounts_above`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from tts_pipeline.extract.header import Header, find_header
from tts_pipeline.extract.linefeatures import QUESTION_MARKS, Kind, Line, fold
from tts_pipeline.extract.linewalk import first_body, neighbour
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.posts import signs_a_post
from tts_pipeline.extract.titleshape import looks_like_title

LEAD_MAX_BODY_LINES, LEAD_MAX_WORDS = 2, 50
"""A standfirst this short above a byline or dateline is not part of the story (a longer
one at the stretch's top is its opening paragraph, set above the headline or byline)..."""
TEASERS_MAX_WORDS = 80
"""...but teasers above the story, each with its dateline, are skipped up to this many words."""
LEAD_GAP = (Kind.DATE, Kind.BYLINE, Kind.CAPTION, Kind.CHROME, Kind.END)
LEAD_GAP_LINES, LEAD_GAP_CHROME_LINES = 8, 30
"""...but a lead sentence right above the story's stretch, with only these kinds of lines
between, is: the stretch was found below a dateline or byline. At most ``LEAD_GAP_LINES``
of them, besides chrome, captions and end markers (share buttons, a photo gallery, a
comments link or an author box's heading: the story goes on below it), of which there may
be ``LEAD_GAP_CHROME_LINES``."""
CONTENTS_MIN_ENTRIES, CONTENTS_MAX_WORDS = 3, 12
"""A table of contents between a lead and the story has this many entries at least, each
of at most this many words."""
HEADLINE_MAX_WORDS = 20
"""Most words of a headline: a longer line that ends on a word is a standfirst."""
HEADER_KINDS = (Kind.BYLINE, Kind.DATE, Kind.CAPTION)
"""Lines next to which a short line is a credit or a caption."""
UNDER_TITLE = (Kind.BLANK, Kind.BYLINE, Kind.DATE, Kind.CHROME)
"""Lines that may stand between a headline and the standfirst right under it."""
_LEADING_NUMBER = re.compile(r"\d+")
"""The number a line starts with (an amount, or a section's number)."""
AMOUNTS_MIN_LINES = 3
"""Fewest lines starting with a number of a list of amounts above the story."""
SUMMARY_MIN_POINTS, SUMMARY_MAX_POINTS = 2, 5
"""A run of summary points above a story has this many lines..."""
SUMMARY_MIN_WORDS = 5
"""...of at least this many words each (a shorter line is a label or a menu item)..."""
SAME_OPENING_WORDS = 3
"""...that do not open with the same words (a headline repeated as a photo's text)..."""
TAG_MAX_WORDS = 3
"""...and are not lists of tags: comma-separated items of at most this many words."""
SENTENCE_TITLE_MIN_WORDS = 11
"""A line right above the story taken for its headline, of this many words or more, is the
story's standfirst (a headline is shorter): it is read with the story..."""
OVER_TITLE_SKIPPED = (Kind.BLANK, Kind.CHROME)
"""...unless the first line above it, past these, is a dateline or byline."""
CLOSING_PROMPT_MIN_WORDS = 30
"""Fewest words of a lead that ends on a call to action (see :func:`lead_ending_in_prompt`)."""
SHOWN_TWICE_MIN_WORDS, SHOWN_TWICE_MIN_APART = 12, 5
"""Fewest words of a standfirst the page shows twice (see :func:`lead_shown_twice`), and
fewest lines between its two copies (a photo's caption repeats right under its first copy)."""
_FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s|$)")


def amounts_above(lines: Sequence[Line], start: int) -> list[int]:
    """The list of amounts right above a story that starts at line ``start`` (a recipe's
    ingredients above its steps): the nearest run of short lines with no blank line
    between, ``AMOUNTS_MIN_LINES`` or more of them and most starting with a number, with
    only chrome and at most ``LEAD_GAP_LINES`` other short lines (headings, a table of
    nutrients) between it and the story. Numbers that rise (1, 2, 2.1, 3) number the
    sections of a table of contents, not amounts. Empty when there is none."""
    gap = 0
    i = start - 1
    while i >= 0 and lines[i].kind in (Kind.BLANK, Kind.CHROME, Kind.SHORT):
        j = i
        while j >= 0 and lines[j].kind in (Kind.CHROME, Kind.SHORT):
            j -= 1
        items = [k for k in range(j + 1, i + 1) if lines[k].kind is Kind.SHORT]
        numbers = [int(m[0]) for k in items if (m := _LEADING_NUMBER.match(lines[k].text))]
        rising = bool(numbers) and numbers[-1] > numbers[0]
        rising = rising and all(a <= b for a, b in pairwise(numbers))
        if len(numbers) >= AMOUNTS_MIN_LINES and 2 * len(numbers) > len(items) and not rising:
            return items
        gap += len(items)
        if gap > LEAD_GAP_LINES:
            return []
        i = j if j < i else i - 1
    return []


def summary_above(lines: Sequence[Line], start: int, title: str | None) -> list[int]:
    """The summary points right above a story that starts at line ``start``: a run of
    ``SUMMARY_MIN_POINTS`` to ``SUMMARY_MAX_POINTS`` short lines of ``SUMMARY_MIN_WORDS``
    words or more, with only blank lines between them and the story, right under the
    headline ``title``, a byline or a dateline. Empty when there is none."""
    points: list[int] = []
    title_point = False
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if line.kind is Kind.BLANK:
            continue
        if line.text == title and not points and _is_point(line):
            title_point = True
        elif line.kind in (Kind.BYLINE, Kind.DATE) or line.text == title:
            return _fitting(lines, points[:-1] if title_point else points)
        elif not _is_point(line):
            return []
        points.append(i)
    return []


def _fitting(lines: Sequence[Line], points: list[int]) -> list[int]:
    """``points`` in order when they are as many as summary points are and do not open
    alike; else none. (When the headline found is the point right above the story, the
    page's headline is the topmost line of the run, and it is left out.)"""
    openings = {_opening(lines[j]) for j in points}
    fits = SUMMARY_MIN_POINTS <= len(points) <= SUMMARY_MAX_POINTS
    if fits and len(openings) == len(points):
        return sorted(points)
    return []


def _is_point(line: Line) -> bool:
    """A summary point by its own shape: a short line, long enough, not a list of tags nor
    a photo's caption ending with its labelled credit ("... Photo: Jane Roe")."""
    if line.kind is not Kind.SHORT or line.words < SUMMARY_MIN_WORDS:
        return False
    if patterns().credited_caption.fullmatch(line.text):
        return False
    items = line.text.split(",")
    return len(items) < 3 or any(len(item.split()) > TAG_MAX_WORDS for item in items)


def _opening(line: Line) -> str:
    """The first ``SAME_OPENING_WORDS`` words of a line, folded."""
    return " ".join(line.text.casefold().split()[:SAME_OPENING_WORDS])


def lead_above(lines: Sequence[Line], start: int, title: str | None = None) -> int:
    """Move the start up to a standfirst right above the story: a line of body text with
    only ``LEAD_GAP`` lines (a dateline, a byline, a caption, chrome) between, at most
    ``LEAD_GAP_LINES`` of them besides ``LEAD_GAP_CHROME_LINES`` of chrome. It need not end
    like a sentence when it is not shaped like a headline (two sentences, or more words than
    a headline has: :func:`_cut_off`). Short lines between (a credit, a caption, a
    subheading) are allowed only when the line stands right under the headline ``title``:
    otherwise it may be a teaser's text above the headline."""
    gap = chrome = 0
    short_below = short_above = stray = False
    below_contents = start
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if i >= below_contents:
            continue
        if i == start - 1 or lines[i + 1].kind is Kind.BLANK:
            below_contents = _contents_heading(lines, i)
            if below_contents < i:
                continue
        if line.kind is Kind.BODY:
            headline = (
                looks_like_title(line) and (short_below or not line.terminal) and not _cut_off(line)
            )
            if headline or (short_above and (stray or not _under_title(lines, i, title))):
                return start
            under_menu = _headline_under_menu(lines, i) and not _under_title(lines, i, title)
            return start if under_menu else i
        if line.kind is Kind.BLANK:
            continue
        if gap == LEAD_GAP_LINES:
            return start
        if line.kind is Kind.SHORT:
            short_above = True
            stray = stray or not _in_header(lines, i, start)
        elif line.kind in (Kind.BYLINE, Kind.DATE):
            short_below = short_below or short_above
            short_above = False
        elif line.kind not in LEAD_GAP:
            return start
        if line.kind in (Kind.CHROME, Kind.CAPTION, Kind.END):
            chrome += 1
            if chrome > LEAD_GAP_CHROME_LINES:
                return start
            continue
        gap += 1
    return start


MENU_MIN_ITEMS, MENU_ITEM_MAX_WORDS = 3, 3
"""A site's menu: a block of this many short lines or chrome at least, each of at most this
many words."""


def _headline_under_menu(lines: Sequence[Line], i: int) -> bool:
    """Line ``i``, body text over a byline or dateline, stands right under the site's menu
    (blank lines aside) and is no longer than a headline: the post's headline, written as
    sentences ("We tried a screen-free summer. Here's what happened."), not a lead (a lead
    stands under its headline)."""
    above = neighbour(lines, i, -1)
    if above is None or lines[i].words > HEADLINE_MAX_WORDS:
        return False
    first = above
    while first > 0 and lines[first - 1].kind is not Kind.BLANK:
        first -= 1
    menu = range(first, above + 1)
    return len(menu) >= MENU_MIN_ITEMS and all(
        lines[j].kind in (Kind.SHORT, Kind.CHROME) and lines[j].words <= MENU_ITEM_MAX_WORDS
        for j in menu
    )


def _contents_heading(lines: Sequence[Line], last: int) -> int:
    """Index of the heading of a table of contents whose last entry is line ``last``: a
    run of ``CONTENTS_MIN_ENTRIES`` or more short lines (of at most ``CONTENTS_MAX_WORDS``
    words) with no blank line between, under a chrome line ("Table of contents"). It may
    stand between a lead and the story. ``last`` + 1 when there is none."""
    i = last
    while i >= 0 and lines[i].kind in (Kind.SHORT, Kind.BODY):
        if lines[i].words > CONTENTS_MAX_WORDS:
            return last + 1
        i -= 1
    heading = neighbour(lines, i + 1, -1)
    if last - i < CONTENTS_MIN_ENTRIES or heading is None or lines[heading].kind is not Kind.CHROME:
        return last + 1
    return heading


def _cut_off(line: Line) -> bool:
    """A line longer than a headline that ends on a word, not on a stop or a bracket: a
    standfirst without its full stop (a caption ends on its credit in brackets)."""
    return line.words > HEADLINE_MAX_WORDS and line.text[-1].isalnum()


def _in_header(lines: Sequence[Line], i: int, start: int) -> bool:
    """The short line ``i`` belongs with the byline and the photo: a credit or a caption
    next to a byline, dateline or caption, or a subheading right above the story's start
    (a short line before chrome is a box's heading: a newsletter's, a share bar's)."""
    below = neighbour(lines, i, 1)
    above = neighbour(lines, i, -1)
    return (
        below == start
        or (below is not None and lines[below].kind in HEADER_KINDS)
        or (above is not None and lines[above].kind in HEADER_KINDS)
    )


def _under_title(lines: Sequence[Line], i: int, title: str | None) -> bool:
    """Line ``i`` stands right under the headline ``title`` (past bylines, datelines and
    chrome)."""
    above = neighbour(lines, i, -1, UNDER_TITLE)
    return title is not None and above is not None and lines[above].text == title


def header_around_lead(
    lines: Sequence[Line], lead: int, start: int, end: int, below: Header
) -> Header:
    """The header above a story whose standfirst (line ``lead``) stands above its byline
    or dateline: the headline above the standfirst, the byline and date from either.
    ``below`` is the header found above line ``start``, the story's start without it."""
    if lead == start:
        return below
    header = find_header(lines, lead, end)
    return replace(
        header,
        author=header.author or below.author,
        published=header.published or below.published,
    )


def skip_lead(lines: Sequence[Line], start: int, end: int) -> int:
    """Move the start past a byline or dateline that follows a short standfirst (not past
    the dateline that signs a quoted post: the story goes on around it). A lead of more
    than ``LEAD_MAX_WORDS`` words is the story's opening paragraph, unless the lines it
    would be skipped with hold more than one byline or dateline: teasers, each stamped,
    with up to ``TEASERS_MAX_WORDS`` words."""
    teasers = _past_lead(lines, start, end, TEASERS_MAX_WORDS)
    stamps = [i for i in range(start, teasers) if _stamp(lines[i])]
    return teasers if len(stamps) > 1 else _past_lead(lines, start, end, LEAD_MAX_WORDS)


def _stamp(line: Line) -> bool:
    """A byline or a dateline, not one that signs a quoted post."""
    return line.kind in (Kind.BYLINE, Kind.DATE) and not signs_a_post(line)


def _past_lead(lines: Sequence[Line], start: int, end: int, max_words: int) -> int:
    """The first body line past the last byline or dateline that follows at most
    ``LEAD_MAX_BODY_LINES`` body lines of at most ``max_words`` words from ``start``."""
    body_lines, body_words = 0, 0.0
    new_start = start
    for i in range(start, end + 1):
        line = lines[i]
        if _stamp(line):
            new_start = i + 1
        elif line.kind is Kind.BODY:
            body_lines += 1
            body_words += line.words
            if body_lines > LEAD_MAX_BODY_LINES or body_words > max_words:
                break
    return first_body(lines, new_start, end + 1)


def standfirst_as_title(lines: Sequence[Line], start: int, title: str | None) -> int | None:
    """Index of the line right above a story that starts at line ``start`` (one blank line
    between) when the header finder took it for the headline ``title`` but it is as long as
    a sentence (``SENTENCE_TITLE_MIN_WORDS`` words or more): the story's standfirst, with
    the headline (if any) above it. A line right under a dateline or byline (chrome such as
    share buttons between) is the headline after all, and so is a line over a story that
    opens with its standfirst over the byline or dateline (the line at ``start``, a blank
    line at most between). None when there is no such line."""
    above = start - 2
    if not title or above < 0 or lines[start - 1].kind is not Kind.BLANK:
        return None
    below = neighbour(lines, start, 1)
    if below is not None and lines[below].kind in (Kind.DATE, Kind.BYLINE):
        return None
    line = lines[above]
    if line.kind is not Kind.SHORT or line.text != title:
        return None
    if line.words < SENTENCE_TITLE_MIN_WORDS:
        return None
    over = next(
        (lines[i] for i in range(above - 1, -1, -1) if lines[i].kind not in OVER_TITLE_SKIPPED),
        None,
    )
    return None if over is not None and over.kind in (Kind.DATE, Kind.BYLINE) else above


def lead_ending_in_prompt(lines: Sequence[Line], start: int) -> int:
    """Index of a lead that ends on a call to action ("Read on to find out", "Follow us on
    Twitter"), which the stretch of body text left out as a prompt: a line of
    ``CLOSING_PROMPT_MIN_WORDS`` words or more right above the story (a subheading at most
    between) whose first sentence asks nothing of the reader. ``start`` when there is none."""
    i = neighbour(lines, start, -1)
    if i is not None and lines[i].kind is Kind.SHORT and looks_like_title(lines[i]):
        i = neighbour(lines, i, -1)
    if i is None or lines[i].kind not in (Kind.BODY, Kind.CHROME):
        return start
    if lines[i].words < CLOSING_PROMPT_MIN_WORDS:
        return start
    text = fold(lines[i].text)
    first = _FIRST_SENTENCE.match(text)
    if first is None or first.end() == len(text):
        return start
    prompts = patterns().prompts
    asks = prompts.search(text, first.end())
    return i if asks and not prompts.search(first[0]) else start


def lead_shown_twice(lines: Sequence[Line], start: int, title: str | None) -> int:
    """Index of a standfirst the page shows twice, once in a teaser or product box near the
    top and once between the headline ``title`` and the story: the nearest line above the
    story, past ``LEAD_GAP_LINES`` short lines, bylines and datelines at most and
    ``LEAD_GAP_CHROME_LINES`` of chrome, that the reading of repeats took for chrome because
    an earlier body line says the same (:func:`_a_standfirst_shown_before`). It has
    ``SHOWN_TWICE_MIN_WORDS`` words or more. ``start`` when there is none."""
    gap = chrome = 0
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if line.kind in (Kind.BODY, Kind.BOX, Kind.END) or line.text == title:
            return start
        if line.kind is Kind.CHROME and line.words >= SHOWN_TWICE_MIN_WORDS:
            copies = [j for j, other in enumerate(lines) if other.text == line.text]
            if len(copies) == 2 and _a_standfirst_shown_before(lines, copies, line):
                return i
        if line.kind is Kind.CHROME:
            chrome += 1
        elif line.kind in (Kind.SHORT, Kind.BYLINE, Kind.DATE):
            gap += 1
        if gap > LEAD_GAP_LINES or chrome > LEAD_GAP_CHROME_LINES:
            return start
    return start


def _a_standfirst_shown_before(lines: Sequence[Line], copies: list[int], line: Line) -> bool:
    """The first of the two ``copies`` of ``line`` is body text well above the second, and
    the line asks nothing of the reader (no prompt, no question: "Like it? Add it to...")."""
    first, second = copies
    return (
        lines[first].kind is Kind.BODY
        and second - first >= SHOWN_TWICE_MIN_APART
        and not patterns().prompts.search(fold(line.text))
        and not any(mark in line.text for mark in QUESTION_MARKS)
    )
