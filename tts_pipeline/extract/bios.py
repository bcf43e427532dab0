"""Author boxes at the end of a text dump's story.

A blog or a magazine closes its article with a box about its author: the author's name
alone on a line, then a few sentences about them ("Jane Doe is a senior writer...",
"Schreibt seit 2008 für...", "Als Redakteurin betreue ich..."). In a page dump the box
reads as more of the story: its sentences are body text, the name a short line. A name
alone on a line near the story's end, with no more than a short paragraph or two below it,
closes the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.lines import Kind, Line
from tts_pipeline.extract.names import is_name

BOX_MAX_BODY_LINES = 2
"""Most body lines below the author's name in an author box."""
BOX_MAX_WORDS = 120
"""Most words of the body lines of an author box."""
STORY_MIN_WORDS = 100
"""Fewest words of the story above the author's name for the name to close it."""


def cut_name_box(lines: Sequence[Line], start: int, end: int) -> int:
    """The story's last line, above an author box at its end: a person's name alone on a
    line with at most ``BOX_MAX_BODY_LINES`` body lines of at most ``BOX_MAX_WORDS`` words
    below it, down to ``end``, the first of them opening with the name ("Jane Doe" above
    "Jane is a senior writer..."), and at least ``STORY_MIN_WORDS`` words of story above,
    which does not name the person (the name is then a section of the story on them)."""
    below: list[int] = []
    for i in range(end, start, -1):
        if lines[i].kind is Kind.BODY:
            below.append(i)
            too_long = sum(lines[j].words for j in below) > BOX_MAX_WORDS
            if len(below) > BOX_MAX_BODY_LINES or too_long:
                return end
        elif below and _names_the_box(lines[i].text, lines[below[-1]].text):
            above = [j for j in range(start, i) if lines[j].kind is Kind.BODY]
            story = " ".join(lines[j].text for j in above)
            long_enough = sum(lines[j].words for j in above) >= STORY_MIN_WORDS
            return above[-1] if long_enough and not _named_in(lines[i].text, story) else end
    return end


def _names_the_box(name: str, first: str) -> bool:
    """``name`` is a person's name alone on a line, and the box's ``first`` line begins with
    one of its words ("Jane Doe" above "Jane is a senior writer...", "Doe writes...")."""
    if not is_name(name):
        return False
    words = first.split()
    return bool(words) and words[0].strip(",:;") in name.split()


def _named_in(name: str, story: str) -> bool:
    """The story names the person (by the last word of their name): the name above the
    last lines is a section on someone the story is about, not its author's box."""
    return re.search(rf"\b{re.escape(name.split()[-1])}\b", story) is not None
