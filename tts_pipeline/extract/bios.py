"""Author boxes and stray tails at the end of a text dump's story.

A blog or a magazine closes its article with a box about its author: the author's name
alone on a line, then a few sentences about them ("Jane Doe is a senior writer...",
"Schreibt seit 2008 für...", "Als Redakteurin betreue ich..."). In a page dump the box
reads as more of the story: its sentences are body text, the name a short line. A name
alone on a line near the story's end, with no more than a short paragraph or two below it,
closes the story, and so does a paragraph below its first that opens with the byline's
author and a bio's verb ("Jane Roe is a columnist..."). So does a box or end marker below
which only a few paragraphs, a small part of the story's words, follows (a teaser, a bio,
a call to subscribe).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.boxtail import closes_the_story
from tts_pipeline.extract.dates import is_relative_time
from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.linewalk import neighbour
from tts_pipeline.extract.names import byline_author, is_name
from tts_pipeline.extract.patterns import patterns

BOX_MAX_BODY_LINES = 2
"""Most body lines below the author's name in an author box."""
BOX_MAX_WORDS = 120
"""Most words of the body lines of an author box."""
STORY_MIN_WORDS = 100
"""Fewest words of the story above the author's name for the name to close it."""
_LEAD_MARKS = " *_—–-"
"""Marks a bio may open with ("— Jane Roe is a columnist...")."""


def author_bio(lines: Sequence[Line], body: Sequence[int], author: str | None) -> int | None:
    """The first of the story's ``body`` lines (never the first one) that opens with the
    byline's ``author`` and a bio's verb (``bio_openings``): "Jane Roe is a contributing
    columnist...", which closes the story, however short (what follows is a note or other
    stories' teasers). Someone else's name there ("John Doe is a nurse") is the story's."""
    names = [n for n in (author, name_key(author)) if n]
    for i in body[1:]:
        text = lines[i].text.lstrip(_LEAD_MARKS)
        name = next((n for n in names if text.startswith(n)), None)
        rest = fold(text[len(name) :]).lstrip(" ,") if name else ""
        if rest and patterns().bio_openings.match(rest):
            return i
    return None


def boxed_author(lines: Sequence[Line], end: int) -> str | None:
    """The author named by the end marker right below the story's last line ``end``: an
    author box's link to their other articles ("Alle Artikel von Jane Roe", "More articles
    by Jane Roe"), which closes the box's bio; None if that line names nobody."""
    below = neighbour(lines, end, 1)
    if below is None or lines[below].kind is not Kind.END:
        return None
    return byline_author(lines[below].text, anywhere=True)


def name_key(author: str | None) -> str | None:
    """First and last name of ``author`` as written in running text; None if not a name."""
    if not author:
        return None
    words = author.split()
    if len(words) < 2:
        return None
    second = re.split(r"(?<=[a-z])(?=[A-Z])", words[1])[0]
    return f"{words[0]} {second}"


def cut_story_end(lines: Sequence[Line], start: int, end: int) -> int:
    """The story's last line, above an author box (:func:`cut_name_box`), a stray tail
    below a box (:func:`cut_stray_tail`) and a comment (:func:`cut_comment`)."""
    end = cut_comment(lines, start, end)
    return cut_stray_tail(lines, start, cut_name_box(lines, start, end))


def cut_comment(lines: Sequence[Line], start: int, end: int) -> int:
    """The story's last line, above the first comment of a thread with no heading: a
    person's name alone on a line, a relative time under it ("2 hours ago", "há 2 horas")
    and a paragraph under that. A story's own dateline gives a date, not an age."""
    body = [i for i in range(start, end + 1) if lines[i].kind is Kind.BODY]
    for i in range(body[0] + 1 if body else end + 1, end + 1):
        if lines[i].kind is not Kind.SHORT or not is_name(lines[i].text):
            continue
        when = neighbour(lines, i, 1)
        if when is None or when > end or not is_relative_time(fold(lines[when].text)):
            continue
        text = neighbour(lines, when, 1)
        if text is not None and text <= end and lines[text].kind is Kind.BODY:
            return max(j for j in body if j < i)
    return end


def cut_name_box(lines: Sequence[Line], start: int, end: int) -> int:
    """The story's last line, above an author box at its end: a person's name alone on a
    line with at most ``BOX_MAX_BODY_LINES`` body lines of at most ``BOX_MAX_WORDS`` words
    below it, down to ``end``, the first of them opening with the name ("Jane Doe" above
    "Jane is a senior writer...") or the name below or after a byline's word ("Author",
    "Written by Jane Doe"), and at
    least ``STORY_MIN_WORDS`` words of story above, which does not name the person (the
    name is then a section of the story on them)."""
    below: list[int] = []
    for i in range(end, start, -1):
        if lines[i].kind is Kind.BODY:
            below.append(i)
            too_long = sum(lines[j].words for j in below) > BOX_MAX_WORDS
            if len(below) > BOX_MAX_BODY_LINES or too_long:
                return end
        elif below and (
            _names_the_box(lines[i].text, lines[below[-1]].text)
            or _labelled(lines, start, i)
            or _byline_box(lines[i])
        ):
            above = [j for j in range(start, i) if lines[j].kind is Kind.BODY]
            story = " ".join(lines[j].text for j in above)
            long_enough = sum(lines[j].words for j in above) >= STORY_MIN_WORDS
            return above[-1] if long_enough and not _named_in(lines[i].text, story) else end
    return end


def _names_the_box(name: str, first: str) -> bool:
    """``name`` is a person's name alone on a line, maybe after a heading's word ("About
    Jane Doe"), and the box's ``first`` line begins with one of its words ("Jane Doe" above
    "Jane is a senior writer...", "Doe writes...")."""
    if not is_name(name):
        name = _name_after_label(name)
        if name is None:
            return False
    words = first.split()
    return bool(words) and words[0].strip(",:;") in name.split()


def _name_after_label(heading: str) -> str | None:
    """The person's name that ends a short heading after a word of its own ("About Jane
    Roe"), or None."""
    words = heading.split()
    if not 3 <= len(words) <= 4 or words[0][:1].islower():
        return None
    name = " ".join(words[1:])
    return name if is_name(name) else None


def _labelled(lines: Sequence[Line], start: int, i: int) -> bool:
    """Line ``i`` is a person's name alone on a line, below a line that is or ends with a
    byline's word ("Author", "Autorin", "Kommentar von"): the author's box."""
    if not is_name(lines[i].text):
        return False
    above = next((j for j in range(i - 1, start - 1, -1) if lines[j].kind is not Kind.BLANK), None)
    words = lines[above].text.strip(" :").lower().split() if above is not None else []
    prefixes = patterns().byline_prefixes
    return bool(words) and (" ".join(words) in prefixes or words[-1] in prefixes)


def _byline_box(line: Line) -> bool:
    """``line`` is a byline's word and a person's name ("Written by Jane Roe"): below the
    story, the head of the author's card."""
    if line.kind is not Kind.BYLINE:
        return False
    words = line.text.split()
    prefixes = patterns().byline_prefixes
    return any(
        " ".join(words[:n]).lower() in prefixes and is_name(" ".join(words[n:]))
        for n in range(1, min(len(words), 4))
    )


def _named_in(name: str, story: str) -> bool:
    """The story names the person (by the last word of their name): the name above the
    last lines is a section on someone the story is about, not its author's box."""
    return re.search(rf"\b{re.escape(name.split()[-1])}\b", story) is not None


TAIL_MAX_BODY_LINES = 4
"""Most body lines of a stray tail below the story (an author's box, a blog's "about me",
teasers, a promotion)."""
TAIL_MAX_SHARE = 0.2
"""Largest share of the story's words a stray tail may hold."""
TAIL_GAP_LINES = 3
"""Fewest lines other than body text (the marker, teasers' titles, share buttons, tags)
between a stray tail and the story. A box with a single teaser ("Read more" and a title)
stands amid the story, and the story goes on below it."""


def cut_stray_tail(lines: Sequence[Line], start: int, end: int) -> int:
    """The story's last line, above a stray tail: at most ``TAIL_MAX_BODY_LINES`` body
    lines, with at most ``TAIL_MAX_SHARE`` of the story's words, below a box or end marker
    ("Related stories", "About the author", "Tags") among ``TAIL_GAP_LINES`` lines or more
    other than body text. A story that goes on below a box in its midst goes on at length;
    what follows a box with a few paragraphs is the box's: teasers, a bio, a call to
    subscribe."""
    body = [i for i in range(start, end + 1) if lines[i].kind is Kind.BODY]
    total = sum(lines[i].words for i in body)
    for n in range(len(body) - 1, max(len(body) - 1 - TAIL_MAX_BODY_LINES, 0), -1):
        if _parts(lines, body[n - 1], body[n]):
            if closes_the_story(lines, body[n - 1], body[n], end):
                return end
            tail = sum(lines[i].words for i in body[n:])
            return body[n - 1] if tail <= TAIL_MAX_SHARE * total else end
    return end


def _parts(lines: Sequence[Line], before: int, after: int) -> bool:
    """A box or end marker stands between the body lines ``before`` and ``after``, among
    ``TAIL_GAP_LINES`` lines or more other than body text."""
    gap = [lines[i] for i in range(before + 1, after) if lines[i].kind is not Kind.BLANK]
    marked = any(line.kind in (Kind.BOX, Kind.END) for line in gap)
    return marked and len(gap) >= TAIL_GAP_LINES
