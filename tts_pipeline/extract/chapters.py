"""A show's chapters right below a dump's story: a podcast's or a video's notes.

A podcast episode's page or a video's description ends its notes with a list of what the
show covers and when, each line opened by a time into the show ("[08:30] The three
mistakes", "(1:02:10) Questions", "19:10 - Choosing a window"), under a short heading of its
own ("In this episode"), often followed in the same block by a second headed list (the
links mentioned). Its lines are short and no sentences, so the story's stretch ends above
them; they are the notes' own. A news ticker's times of day under a story count down
(latest first) and stand under a box's heading: no chapters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from tts_pipeline.extract.linefeatures import Kind, Line, is_label
from tts_pipeline.extract.linewalk import neighbour

CHAPTERS_MIN_ITEMS = 3
"""Fewest lines opened by a time that make a list of chapters."""
FIRST_CHAPTER_MAX_SECONDS = 5 * 60
"""Latest time of the first chapter: a show's list starts near its beginning (a ticker's
"08:30" is half past eight in the morning)."""
HEADING_MAX_WORDS = 4
"""Most words of the list's heading ("In this episode", "Links from the show")."""
ITEM_MAX_WORDS = 16
"""Most words of a chapter's or a link's line."""
LINKS_MIN_ITEMS = 2
"""Fewest items of a headed list under the chapters in the same block (the links)."""
_STAMP = re.compile(r"[\[(]?(?:(\d{1,2}):)?(\d{1,2}):(\d\d)[\])]?\s*[-–—:]?\s+\S")
"""A time into the show opening a line, maybe in brackets, maybe with a dash after it."""


def chapters_below(lines: Sequence[Line], keep: Sequence[int]) -> list[int]:
    """The show's chapters right below the story's last kept line (``keep``): a short heading
    opening a block, ``CHAPTERS_MIN_ITEMS`` or more lines opened by times that count up from
    under ``FIRST_CHAPTER_MAX_SECONDS`` (in the heading's block or the next), and the headed
    lists right below them in the same block, up to the first line of another shape (a
    sponsor's read); empty when none. A list set apart below the chapters may be a box of
    other episodes, and is left out."""
    start = neighbour(lines, max(keep), 1) if keep else None
    if start is None or lines[start - 1].kind is not Kind.BLANK or not _heading(lines[start]):
        return []
    first = neighbour(lines, start, 1)  # a dump made from the markup sets the heading apart
    j, times = first if first is not None else len(lines), []
    while j < len(lines) and _item(lines[j]) and (stamp := _STAMP.match(lines[j].text)):
        hours, minutes, seconds = (int(part or 0) for part in stamp.groups())
        times.append(hours * 3600 + minutes * 60 + seconds)
        j += 1
    counts_up = all(a < b for a, b in pairwise(times))
    if len(times) < CHAPTERS_MIN_ITEMS or not counts_up or times[0] > FIRST_CHAPTER_MAX_SECONDS:
        return []
    found = [start, *range(first, j)]
    while j < len(lines) and _heading(lines[j]):
        items = []
        k = j + 1
        while k < len(lines) and _item(lines[k]) and lines[k].kind is Kind.SHORT:
            items.append(k)
            k += 1
        if len(items) < LINKS_MIN_ITEMS:
            break
        found += [j, *items]
        j = k
    return found


def _heading(line: Line) -> bool:
    """A short heading: a label of a few words, no digit."""
    return is_label(line, HEADING_MAX_WORDS) and not any(c.isdigit() for c in line.text)


def _item(line: Line) -> bool:
    """A line of a list: short, a few words or a short sentence."""
    return line.kind in (Kind.SHORT, Kind.BODY) and line.words <= ITEM_MAX_WORDS
