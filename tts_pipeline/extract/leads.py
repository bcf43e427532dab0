"""The lead of an HTML page's story that trafilatura left out: a paragraph, a standfirst
without a full stop or key points in a list, right below the headline and right above the
story's start (further up stand the headline and a site's notices, not the story)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from tts_pipeline.extract.dates import find_date
from tts_pipeline.extract.dom import CAPTION, Evidence
from tts_pipeline.extract.linefeatures import Kind, Line, count_words
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.linewalk import neighbour
from tts_pipeline.extract.names import leading_name
from tts_pipeline.extract.storytext import (
    LINK_SHARE,
    is_prompted_sentence,
    is_sentence,
    is_title,
    spaced_words,
)

LEAD_GAP_KINDS = (Kind.BLANK, Kind.BYLINE, Kind.DATE, Kind.CAPTION, Kind.CHROME, Kind.END)
"""Lines that may stand between a lead paragraph and the rest of the story (an end marker
there is a share bar's "Comments" button)..."""
LEAD_GAP_SHORT_LINES = 8
"""...with at most this many short lines the dump cleaner left out (the headline, a share
bar, a dateline in words the date reader does not know: "Online seit heute, 12.09 Uhr")."""
LEAD_TAGS = ("p", "div")
"""Block elements of a lead paragraph neither reading kept (not a list item, a caption...)."""
LEAD_CAPTION_MIN_WORDS = 50
"""Fewest words of a lead in a photo's caption element (a page that sets its lead there);
a shorter one is the photo's caption."""
KEY_POINT_MIN_WORDS = 4
"""Fewest words of a key point in a list below the headline."""
HEADLINE_TAGS = ("h1", "h2", "h3")
"""Heading elements a standfirst stands right below."""
STANDFIRST_MIN_WORDS = 10
"""Fewest words of a standfirst without a full stop (a shorter one is a kicker, a video's
title, a reading time)."""
STANDFIRST_LOWER_SHARE = 0.3
"""Least share of lower-case words of a standfirst (a title-case line is a headline)."""
BESIDE_HEADLINE = (Kind.BLANK, Kind.BYLINE, Kind.DATE)
"""Lines that may stand between a headline and its standfirst."""
DESCRIBED_MIN_WORDS = 5
"""Fewest words of a paragraph below the headline that is read because the page's
description says it (a shorter one is a kicker or a label)."""
HEADER_TAG = "header"
"""The box of a ``<header>`` element..."""
CLASS_BOX = "class="
"""...and the start of a box's name when its class names it (``class=sidebar``): such
boxes holding the headline are the article's header (see :func:`header_unboxed`)."""


@dataclass(frozen=True)
class LeadPage:
    """What the lead rules read of a page: its rendered lines, their markup, and the ways
    the page writes its headline."""

    lines: Sequence[Line]
    evidence: Sequence[Evidence]
    titles: Sequence[str]
    description: str | None = None
    """The page's description in its metadata (``og:description``, JSON-LD)."""

    @cached_property
    def described(self) -> str | None:
        """The description's words as :func:`.storytext.spaced_words` writes them (once)."""
        return spaced_words(self.description) if self.description else None

    def headline(self, i: int) -> bool:
        """Line ``i`` is the headline: a heading element, or the headline's text."""
        return self.evidence[i].tag in HEADLINE_TAGS or is_title(self.lines[i].text, self.titles)


def lead(
    lines: Sequence[Line], evidence: Sequence[Evidence], i: int, start: int, ours: set[int]
) -> bool:
    """A paragraph right above trafilatura's start (only a byline, a date, a caption, a box
    of links or buttons such as a share bar, a few short lines or other such paragraphs
    between), ending like a sentence, not an item of a list: the story's lead, which
    trafilatura left out. Key
    points in a list and a standfirst without a full stop are read only right below the
    headline (:func:`key_point`, :func:`_standfirst`); further up is not the story. The
    page's ``<h1>`` is its headline, never its lead (a question: "How do I ...?")."""
    if evidence[i].tag in ("li", "h1"):
        return False
    if not is_sentence(lines[i], evidence[i]) and not _invite_lead(lines, evidence, i, ours):
        return False
    if evidence[i].tag == CAPTION and lines[i].words < LEAD_CAPTION_MIN_WORDS:
        return False
    boxed = {j for j in range(i + 1, min(start, len(evidence))) if evidence[j].boiler}
    if any(lines[j].terminal and describe(lines[j].text).kind is Kind.BODY for j in boxed):
        boxed = set()  # a box of teasers with their summaries: other stories stand between
    return _right_above(lines, i, start, ours | boxed)


def _invite_lead(
    lines: Sequence[Line], evidence: Sequence[Evidence], i: int, ours: set[int]
) -> bool:
    """Line ``i`` is a paragraph of the dump cleaner's right below the page's ``<h1>`` (blank
    lines aside) that reads as chrome only by an invite in it (:func:`is_prompted_sentence`:
    "Share this story with a friend"): the lead, not a notice (a notice stands below the byline)."""
    above = neighbour(lines, i, -1, (Kind.BLANK,))
    return (
        i in ours
        and above is not None
        and evidence[above].tag == "h1"
        and is_prompted_sentence(lines[i], evidence[i])
    )


def _right_above(lines: Sequence[Line], i: int, start: int, ours: set[int]) -> bool:
    """Line ``i`` is right above ``start``: only bylines, dates, captions, chrome, lines the
    dump cleaner kept and a few short lines between."""
    gap = [j for j in range(i + 1, start) if j not in ours and lines[j].kind not in LEAD_GAP_KINDS]
    return all(lines[j].kind is Kind.SHORT for j in gap) and len(gap) <= LEAD_GAP_SHORT_LINES


def article_leads(page: LeadPage, start: int, found: set[int], ours: set[int]) -> set[int]:
    """The lines above ``start`` that neither reading kept and are the lead
    (:func:`_article_lead`), read upwards from the story: a lead paragraph may stand above
    another, and a box beside the story (a sidebar) between them and the story."""
    lines, evidence = page.lines, page.evidence
    beside = ours | {i for i, markup in enumerate(evidence) if markup.boiler}
    leads: set[int] = set()
    for i in range(min(start, len(evidence)) - 1, -1, -1):
        if lines[i].kind is Kind.BLANK or i in found or i in ours:
            continue
        if _article_lead(page, i, start, beside) or described(page, i):
            leads.add(i)
            beside.add(i)
    return leads


def _article_lead(page: LeadPage, i: int, start: int, ours: set[int]) -> bool:
    """A lead (:func:`lead`) or a standfirst (:func:`_standfirst`) neither reading kept,
    that the markup calls the article's text: a paragraph (``<p>``, or text in a ``<div>``;
    a standfirst also in an ``<h2>`` when it does not end like a sentence) in the article
    element, with no headline between it and the story (above the headline
    stand a site's notices, not the story). ``ours`` are the lines that may stand between
    besides those of :func:`_right_above`: the dump cleaner's, boxes and leads below."""
    lines, evidence = page.lines, page.evidence
    return (
        evidence[i].in_article
        and (
            (
                evidence[i].tag in LEAD_TAGS
                and (lead(lines, evidence, i, start, ours) or _standfirst(page, i, start, ours))
            )
            or (
                evidence[i].tag == "h2"
                and not lines[i].terminal
                and _standfirst(page, i, start, ours)
            )
            or key_point(page, i, start, ours)
        )
        and not any(is_title(lines[j].text, page.titles) for j in range(i + 1, start))
    )


def described(page: LeadPage, i: int) -> bool:
    """A paragraph (``<p>``, text in a ``<div>``) ending like a sentence right below the
    headline (at most ``LEAD_GAP_SHORT_LINES`` lines, blank ones aside, may stand between: a
    byline, a date, a share bar, a post's counts) whose words are the page's description,
    all of it or a part: the standfirst the site wrote for its story, which trafilatura
    leaves out as the header's (a subtitle without a full stop is not read: it is a second
    headline)."""
    line, markup = page.lines[i], page.evidence[i]
    if markup.tag not in LEAD_TAGS or line.kind not in (Kind.BODY, Kind.SHORT) or not line.terminal:
        return False
    if line.words < DESCRIBED_MIN_WORDS or markup.link_share >= LINK_SHARE:
        return False
    if not page.described or spaced_words(line.text) not in page.described:
        return False
    lines = page.lines
    j, between = i - 1, 0
    while j >= 0 and not page.headline(j):
        between += lines[j].kind is not Kind.BLANK
        if lines[j].kind not in (*LEAD_GAP_KINDS, Kind.SHORT) or between > LEAD_GAP_SHORT_LINES:
            return False
        j -= 1
    return j >= 0


def _standfirst(page: LeadPage, i: int, start: int, ours: set[int]) -> bool:
    """A paragraph right below the headline (a heading element, or the headline's text; a
    byline or a date may stand between) and right above the story, long and in the case of
    running text but without a full stop, and no byline with its date: the standfirst, which
    says in a sentence of its own what the story is about."""
    lines, line, markup = page.lines, page.lines[i], page.evidence[i]
    if line.kind not in (Kind.BODY, Kind.SHORT) or line.words < STANDFIRST_MIN_WORDS:
        return False
    if markup.boiler or markup.link_share >= LINK_SHARE:
        return False
    if line.lower is not None and line.lower < STANDFIRST_LOWER_SHARE:
        return False
    if _byline_with_date(line.text):
        return False
    above = neighbour(lines, i, -1, BESIDE_HEADLINE)
    if above is None:
        return False
    return page.headline(above) and _right_above(lines, i, start, ours)


BYLINE_BEFORE_DATE_WORDS = 2
"""Most words besides a name before the date of a byline ("Jane Roe Updated Tue, ...")."""


def _byline_with_date(text: str) -> bool:
    """``text`` opens with a name and, a few words on, a date: an author's byline with its
    date and reading time, not a standfirst that names a date ("... by 31 March 2027")."""
    found = find_date(text)
    name = leading_name(text) if found else None
    if found is None or name is None:
        return False
    before = count_words(text[: found.span[0]])
    return before <= count_words(name) + BYLINE_BEFORE_DATE_WORDS


def key_point(page: LeadPage, i: int, start: int, ours: set[int]) -> bool:
    """An item of a list of key points right below the headline (with a byline, a date, a
    photo and its linked credit between) and right above the story: it is read with it."""
    lines, evidence = page.lines, page.evidence
    if not _list_text(lines[i], evidence[i]):
        return False
    j = i - 1
    while j >= 0 and _beside_key_points(lines[j], evidence[j]):
        j -= 1
    if j < 0 or not page.headline(j):
        return False
    items = {k for k in range(i, start) if _list_text(lines[k], evidence[k])}
    return _right_above(lines, i, start, ours | items)


def _beside_key_points(line: Line, evidence: Evidence) -> bool:
    """A line that may stand between the headline and its key points, or one of them."""
    return (
        line.kind in (*BESIDE_HEADLINE, Kind.CAPTION)
        or (line.kind is Kind.SHORT and evidence.link_share >= LINK_SHARE)
        or _list_text(line, evidence)
    )


def _list_text(line: Line, evidence: Evidence) -> bool:
    """A list item of running text in the article element, not a link."""
    return (
        evidence.tag == "li"
        and evidence.in_article
        and not evidence.boiler
        and evidence.link_share < LINK_SHARE
        and line.kind in (Kind.BODY, Kind.SHORT)
        and line.words >= KEY_POINT_MIN_WORDS
    )


def header_unboxed(
    lines: Sequence[Line], evidence: Sequence[Evidence], titles: Sequence[str], end: int
) -> list[Evidence]:
    """The lines' markup with the box around the page's headline taken off below it: a box
    named by its class (or a ``<header>``, not a menu or a sidebar by tag or role) that
    holds the h1 or the headline's text is the article's header, and its paragraphs below
    the headline (the lead, a standfirst) may be the story's. Only the run of lines in that
    box right below the headline and above line ``end`` (the story's start) is taken out of
    it, not the headline, nor other boxes of its name."""
    unboxed = list(evidence)
    count = min(len(lines), len(evidence), end)
    for i, line in enumerate(lines[:count]):
        box = evidence[i].boiler
        if not _header_box(box) or not (evidence[i].tag == "h1" or is_title(line.text, titles)):
            continue
        j = i + 1
        while j < count and (lines[j].kind is Kind.BLANK or evidence[j].boiler == box):
            if evidence[j].boiler == box:
                unboxed[j] = replace(evidence[j], boiler=None)
            j += 1
    return unboxed


def _header_box(box: str | None) -> bool:
    """A box that may be an article's header: one named by its class, or a ``<header>``."""
    return bool(box) and (box == HEADER_TAG or box.startswith(CLASS_BOX))
