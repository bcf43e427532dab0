"""Where trafilatura's reading of an HTML page runs past the story, at its end or its head.

Trafilatura keeps the comments, or an author's box, now and then, below a heading the
chrome data knows as an end marker ("Comments", "About the author"): once most of the story
stands above such a heading, what it kept below is left out. It often starts the story
with the article's dateline (and may end it with one, "Published 4 May 2025"), which is
the article's metadata, not its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.dates import find_date, is_relative_time
from tts_pipeline.extract.dom import Evidence
from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.names import byline_author
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.storytext import LINK_SHARE, is_title

STORY_ABOVE_END_WORDS = 30
"""Words of trafilatura's story above an end marker ("Comments", "About the author") for
the marker to close it: what trafilatura kept below is the comments or the author's box."""
FIELD_LABEL_MAX_WORDS = 2
"""Most words before the colon of a field and its value ("Author: Anna Lee")."""
HEAD_LINES = 2
"""How many of the first lines of trafilatura's story may be the article's dateline (the
dateline, or a kicker and the dateline), when no paragraph comes before."""
HEAD_DATELINE = "trafilatura kept it, but it is the article's dateline, above or below its text"
BELOW_THE_END = "trafilatura kept it, but it is below the story's end marker (comments, a bio)"
ABOVE_HEADLINE = "trafilatura kept it, but it is above the headline (a kicker, a breadcrumb)"
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)


def below_story_end(
    lines: Sequence[Line], evidence: Sequence[Evidence], story: Sequence[int]
) -> set[int]:
    """Lines of trafilatura's ``story`` below the first end marker ("Comments", "About the
    author") that has most of the story's words, and at least ``STORY_ABOVE_END_WORDS``,
    above it: the comments or the author's box trafilatura took for more of the story. An
    end marker above most of the story (a comment count under the headline) closes nothing,
    nor does one that is no heading (:func:`closes_the_story`)."""
    kept = set(story)
    total = sum(lines[i].words for i in kept)
    above = 0.0
    for i, line in enumerate(lines):
        most_above = above >= STORY_ABOVE_END_WORDS and above > total / 2
        if line.kind is Kind.END and most_above and closes_the_story(line, evidence[i]):
            return {j for j in kept if j > i}
        if i in kept:
            above += line.words
    return set()


def closes_the_story(line: Line, evidence: Evidence) -> bool:
    """An end marker that is a heading of the page, not a link (a menu's "More by this
    brand"), a field and its value ("Author: Anna", on a recipe's or a book's card) or a
    copyright line (a photo's credit, "© Getty Images", stands amid the story)."""
    if evidence.link_share >= LINK_SHARE or _COPYRIGHT.search(line.text):
        return False
    return not _field(line.text)


def _field(text: str) -> bool:
    """A label of a word or two, a colon and its value: "Author: Anna Lee"."""
    label, colon, value = text.partition(":")
    return bool(colon and value.strip()) and len(label.split()) <= FIELD_LABEL_MAX_WORDS


def head_datelines(lines: Sequence[Line], story: Sequence[int]) -> set[int]:
    """Datelines ("23.10.2018", "May 2, 2024 | News") among the first ``HEAD_LINES`` lines
    of trafilatura's ``story``, above its first paragraph: the article's date, read with
    its metadata. A date further down (a meeting's minutes "of 5.8.2019") is text, and a
    dateline with a byline stays for the byline's sake (the combiner drops the metadata
    author's own)."""
    head = set()
    for i in story[:HEAD_LINES]:
        if lines[i].kind is Kind.BODY:
            break
        if lines[i].kind is Kind.DATE and not byline_author(lines[i].text):
            head.add(i)
    return head | _tail_datelines(lines, story)


def _tail_datelines(lines: Sequence[Line], story: Sequence[int]) -> set[int]:
    """Datelines labelled as such ("Published 4 May 2025", "Aktualisiert: 3.1.2022") below
    the last paragraph of trafilatura's ``story``: the page's date, not the story's."""
    tail = set()
    for i in reversed(story):
        if lines[i].kind is Kind.BODY:
            break
        if lines[i].kind is Kind.DATE and _date_label(lines[i].text):
            tail.add(i)
    return tail


def datelines_beside(lines: Sequence[Line], found: Sequence[int], own: set[int]) -> set[int]:
    """Labelled datelines ("Publié le 12/02/2020") trafilatura kept right above or below the
    author's byline (only blank lines or chrome between): the article's header, not its text."""
    kept, beside = set(found), set()
    for i in own:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and lines[j].kind in (Kind.BLANK, Kind.CHROME):
                j += step
            if j in kept and lines[j].kind is Kind.DATE and _date_label(lines[j].text):
                beside.add(j)
    return beside


def _date_label(text: str) -> bool:
    """What the line says besides its date is chrome ("Published", "Last updated"), maybe
    with the update's age after it ("Atualizado há 2 horas"); or, on a line of two dates,
    what it says before each is ("Published 2 May 2020 Updated 3 May 2020")."""
    found = find_date(text)
    if not found:
        return False
    rest = " ".join((text[: found.span[0]] + " " + text[found.span[1] :]).split())
    rest = fold(rest.strip(_LABEL_PUNCTUATION))
    if rest and (patterns().chrome.fullmatch(rest) or _aged_label(rest)):
        return True
    return _labelled_dates(text)


_LABEL_PUNCTUATION = " .,:;|-–—"


def _labelled_dates(text: str) -> bool:
    """``text`` is two dates or more, each after a label of chrome ("Publié le ... Mis à jour
    le ..."): the dates the page was published and updated."""
    labels, dates = [], 0
    while (found := find_date(text)) is not None:
        labels.append(fold(text[: found.span[0]].strip(_LABEL_PUNCTUATION)))
        text, dates = text[found.span[1] :], dates + 1
    chrome = patterns().chrome
    return (
        dates >= 2
        and not text.strip(_LABEL_PUNCTUATION)
        and all(label and chrome.fullmatch(label) for label in labels)
    )


def _aged_label(rest: str) -> bool:
    """``rest`` is a label of chrome and an age: "atualizado há 2 horas"."""
    words = rest.split()
    return any(
        patterns().chrome.fullmatch(" ".join(words[:k])) and is_relative_time(" ".join(words[k:]))
        for k in range(1, len(words))
    )


def above_headline(lines: Sequence[Line], story: Sequence[int], titles: Sequence[str]) -> set[int]:
    """Lines of trafilatura's ``story`` above the page's headline when none of them is a
    paragraph: the header's kicker or breadcrumb, not the article's text."""
    first = next((i for i in story if lines[i].kind is Kind.BODY), None)
    if first is None:  # a story of lists or short lines: no telling its header from it
        return set()
    head = next((i for i in range(first) if is_title(lines[i].text, titles)), None)
    return {i for i in story if head is not None and i < head}
