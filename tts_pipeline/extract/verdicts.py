"""A verdict on each rendered line of an HTML page, from trafilatura's reading checked
line by line against the page's structure and the dump cleaner's reading (:mod:`.combine`
puts the story together from them)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tts_pipeline.extract.bios import author_bio
from tts_pipeline.extract.cards import TEASER, teaser_lines
from tts_pipeline.extract.dom import Evidence
from tts_pipeline.extract.dumpreading import DumpReading
from tts_pipeline.extract.figcaptions import IN_CAPTION, caption_lines
from tts_pipeline.extract.forums import (
    FORUM_POST,
    NOT_A_POST,
    Thread,
    forum_thread,
    story_in_thread,
)
from tts_pipeline.extract.gaps import (
    filled_gaps,
    introduced_addresses,
    introduced_lists,
    recipe_ingredients,
    story_items,
    stray_links,
)
from tts_pipeline.extract.htmlmeta import PageMeta
from tts_pipeline.extract.leads import (
    LEAD_TAGS,
    LeadPage,
    article_leads,
    described,
    header_unboxed,
    key_point,
    lead,
)
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.linewalk import neighbour
from tts_pipeline.extract.liveblog import live_lines
from tts_pipeline.extract.storyboxes import (
    DROPPED_KINDS,
    below_boxes,
    list_box_below,
    subheadings,
    table_below,
)
from tts_pipeline.extract.storyend import (
    ABOVE_HEADLINE,
    BELOW_THE_END,
    HEAD_DATELINE,
    above_headline,
    below_story_end,
    datelines_beside,
    head_datelines,
)
from tts_pipeline.extract.storytext import LINK_SHARE, is_title

ARTICLE_SHARE = 0.5
"""Share of trafilatura's words in the article element for that element to hold the story."""
PARAGRAPH_MIN_SENTENCES = 3
"""Fewest sentences of a paragraph that reads as a photo's caption by the credit below it
but is the story's (a caption says what the photo shows in a sentence or two)."""
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*(?=\s+[\"'“„«(]*[A-ZÀ-Ý]|\s*$)")
MOST_OF_STORY = 0.8
"""Trafilatura's reading with less than this share of the dump cleaner's words has dropped
part of the story: the dump cleaner's other lines in the article element are added."""


@dataclass(frozen=True)
class Verdict:
    """Whether a rendered line is part of the story, and why."""

    keep: bool
    reason: str


@dataclass(frozen=True)
class _Readings:
    """What the verdict on a line is taken from: trafilatura's lines (``found``), the dump
    cleaner's (``ours``), and the lines our checks single out around trafilatura's story."""

    lines: Sequence[Line]
    evidence: Sequence[Evidence]
    page: LeadPage
    titles: Sequence[str]
    own: set[int]
    found: set[int]
    ours: set[int]
    story_start: int
    body_start: int
    dropped_part: bool
    others: set[int]
    by_context: set[int]
    strays: set[int]
    gaps_filled: set[int]
    listed: set[int]
    addresses: set[int]
    recipe: set[int]
    leads: set[int]
    after_end: set[int]
    teasers: set[int]
    head_dates: set[int]
    captions: set[int]
    header: set[int]
    subheadings: set[int]
    live: dict[int, tuple[bool, str]]
    thread: Thread | None
    """The forum thread trafilatura's story is in (:mod:`.forums`)."""


def line_verdicts(
    lines: Sequence[Line],
    evidence: Sequence[Evidence],
    found: list[int],
    dump: DumpReading | None,
    titles: Sequence[str],
    own: set[int],
    meta: PageMeta,
) -> list[Verdict | None]:
    """A verdict on each line (None for a blank one): ``found`` are the lines trafilatura
    kept, ``own`` the author's bylines; ``meta`` is what the page says of itself (its
    recipe data's ingredients, its description)."""
    readings = _readings(lines, evidence, found, dump, titles, own, meta)
    return [
        None if line.kind is Kind.BLANK else _verdict(readings, i, line)
        for i, line in enumerate(lines)
    ]


def dump_words(lines: Sequence[Line], dump: DumpReading | None) -> float:
    """Words of the lines the dump cleaner calls the story."""
    return sum(lines[i].words for i in dump.keep if i not in dump.by_shape) if dump else 0


def _readings(
    lines: Sequence[Line],
    evidence: Sequence[Evidence],
    found: list[int],
    dump: DumpReading | None,
    titles: Sequence[str],
    own: set[int],
    meta: PageMeta,
) -> _Readings:
    words = sum(lines[i].words for i in found)
    in_article = sum(lines[i].words for i in found if evidence[i].in_article)
    ours = set(dump.keep) - set(dump.fragments) - dump.by_shape if dump else set()
    article_holds_story = words > 0 and in_article >= ARTICLE_SHARE * words
    story = [i for i in found if not is_title(lines[i].text, titles) and i not in own]
    by_context = _body_dropped_by_context(lines, evidence, story)
    by_context |= story_items(lines, evidence, story)
    story = [i for i in story if lines[i].kind not in DROPPED_KINDS or i in by_context]
    # a menu's link trafilatura kept far above is not where the story starts
    strays = stray_links(lines, evidence, story)
    story = [i for i in story if i not in strays]
    story_start = story[0] if story else len(lines)
    # short lines may start trafilatura's story (a breadcrumb, a kicker): the lead is above its text
    body_start = next((i for i in story if lines[i].kind is Kind.BODY), len(lines))
    before_header = evidence
    evidence = header_unboxed(lines, evidence, titles, story_start)
    page = LeadPage(lines, evidence, titles, meta.description)
    after_end = below_story_end(lines, evidence, story) | _bio(lines, story, meta, dump)
    after_end |= below_boxes(lines, found) | table_below(lines, found)
    after_end |= list_box_below(lines, evidence, found)
    return _Readings(
        lines=lines,
        evidence=evidence,
        page=page,
        titles=titles,
        own=own,
        found=set(found),
        ours=ours,
        story_start=story_start,
        body_start=body_start,
        dropped_part=article_holds_story and words < MOST_OF_STORY * dump_words(lines, dump),
        others=_other_stories(lines, before_header, found),
        by_context=by_context,
        strays=set(strays),
        gaps_filled=set(filled_gaps(lines, before_header, story, ours)),
        listed=set(introduced_lists(lines, before_header, story, ours)),
        addresses=introduced_addresses(lines, story),
        recipe=set(recipe_ingredients(lines, before_header, meta.ingredients)),
        leads=set(article_leads(page, story_start, set(found), ours)),
        after_end=after_end,
        teasers=set(teaser_lines(lines, evidence, story)),
        head_dates=set(head_datelines(lines, story)) | datelines_beside(lines, found, own),
        captions=set(caption_lines(lines, evidence, story)),
        header=set(above_headline(lines, story, titles)) | _decks(lines, story, titles),
        subheadings=subheadings(lines, evidence, set(found) - after_end),
        live=live_lines(lines, story),
        thread=_thread(lines, story),
    )


def _thread(lines: Sequence[Line], story: Sequence[int]) -> Thread | None:
    """The forum thread that holds trafilatura's ``story``: the text of its question and of
    every reply is the story (trafilatura takes the replies for comments)."""
    thread = forum_thread(lines)
    return thread if story_in_thread(thread, story) else None


def _bio(
    lines: Sequence[Line], story: Sequence[int], meta: PageMeta, dump: DumpReading | None
) -> set[int]:
    """Lines of trafilatura's ``story`` from its author's bio at its end down
    (:func:`author_bio`): "Jane Roe is a columnist..." below a column by Jane Roe."""
    author = meta.author or (dump.header.author if dump else None)
    body = [i for i in story if lines[i].kind is Kind.BODY]
    bio = author_bio(lines, body, author)
    return set() if bio is None else {i for i in story if i >= bio}


def _decks(lines: Sequence[Line], story: Sequence[int], titles: Sequence[str]) -> set[int]:
    """A short line with no sentence end trafilatura kept right under the headline and over
    the byline or dateline, above the story's first paragraph: the headline's deck."""
    first = next((i for i in story if lines[i].kind is Kind.BODY), len(lines))
    decks = set()
    for i in story:
        if i >= first or lines[i].kind is not Kind.SHORT or lines[i].terminal:
            continue
        above, below = neighbour(lines, i, -1), neighbour(lines, i, 1)
        if above is None or below is None or not is_title(lines[above].text, titles):
            continue
        if lines[below].kind in (Kind.BYLINE, Kind.DATE):
            decks.add(i)
    return decks


def _verdict(r: _Readings, i: int, line: Line) -> Verdict:
    if i in r.teasers:
        return Verdict(False, TEASER)
    if i in r.live:
        return Verdict(*r.live[i])
    if r.thread is not None and i in r.thread.text and (i not in r.found or i in r.after_end):
        return Verdict(True, FORUM_POST)
    if r.thread is not None and i in r.thread.between and line.kind is not Kind.BODY:
        return Verdict(False, f"in the forum thread, but not a post's text: {NOT_A_POST}")
    if i in r.found:
        return _kept_by_trafilatura(r, i, line)
    return _left_out_by_trafilatura(r, i, line)


def _kept_by_trafilatura(r: _Readings, i: int, line: Line) -> Verdict:
    """The verdict on a line trafilatura kept: the story's, unless our checks single it out."""
    if i in r.after_end:
        return Verdict(False, BELOW_THE_END)
    if i in r.head_dates:
        return Verdict(False, HEAD_DATELINE)
    if i in r.captions:
        return Verdict(False, IN_CAPTION)
    if i in r.header:
        return Verdict(False, ABOVE_HEADLINE)
    if i in r.by_context:
        return Verdict(True, _KEPT_BY_CONTEXT)
    if i in r.subheadings:
        return Verdict(True, _SUBHEADING)
    if line.kind in DROPPED_KINDS:
        return Verdict(False, f"trafilatura kept it, but it is {line.kind.value}")
    if is_title(line.text, r.titles):
        return Verdict(False, "the headline (spoken as the title)")
    if i in r.own:
        return Verdict(False, "the author's byline (spoken before the story)")
    if i in r.strays:
        return Verdict(False, "trafilatura kept it, but it is a link")
    return Verdict(True, "trafilatura kept it")


def _left_out_by_trafilatura(r: _Readings, i: int, line: Line) -> Verdict:
    """The verdict on a line trafilatura left out: out, unless it is the story's lead, fills
    a gap in it or is the dump cleaner's in the article element that holds it."""
    lines, evidence, ours = r.lines, r.evidence, i in r.ours
    if (
        r.story_start < i < r.body_start
        and evidence[i].in_article
        and (
            (ours and lead(lines, evidence, i, r.body_start, r.ours))
            or key_point(r.page, i, r.body_start, r.ours)
        )
    ):
        return Verdict(True, _LEAD_BELOW_SHORT_LINES)
    if ours and described(r.page, i):
        return Verdict(True, _DESCRIBED)
    if ours and i < r.story_start:
        if lead(lines, evidence, i, r.story_start, r.ours) or key_point(
            r.page, i, r.story_start, r.ours
        ):
            return Verdict(True, "the dump cleaner kept it: the lead, right above")
        return Verdict(False, "only the dump cleaner kept it, above the story")
    if i in r.leads:
        return Verdict(True, _ARTICLE_LEAD)
    if i in r.gaps_filled:
        return Verdict(True, "the dump cleaner kept it, in a gap of the story")
    if i in r.listed:
        return Verdict(True, "the dump cleaner kept it: a list the story introduces")
    if i in r.addresses:
        return Verdict(True, "the address the story's sentence above points to")
    if i in r.recipe:
        return Verdict(True, "an ingredient the page's recipe data lists")
    if ours and r.dropped_part and _plain_article_text(line, evidence[i], r.others):
        return Verdict(True, "the dump cleaner kept it, in the article element")
    if ours:
        return Verdict(False, "only the dump cleaner kept it" + _why_not(evidence[i]))
    return Verdict(False, f"{line.kind.value}, left out by trafilatura")


_LEAD_BELOW_SHORT_LINES = (
    "the dump cleaner kept it: the lead, in the article element, between short lines "
    "trafilatura kept (a breadcrumb) and its first paragraph"
)
_DESCRIBED = (
    "the dump cleaner kept it: right below the headline, in the words of the page's "
    "description (its standfirst)"
)
_ARTICLE_LEAD = (
    "the lead, right above: a paragraph of the article element below the headline, "
    "which neither reading kept"
)
_SUBHEADING = (
    "trafilatura kept it; a section heading over a paragraph trafilatura kept, though our "
    "checks call it chrome by its neighbours (an item of the box above)"
)
_KEPT_BY_CONTEXT = (
    "trafilatura kept it; our checks call it a caption by its neighbours (a credit below), "
    "but it is a paragraph (<p>, <div>), not a caption element, or that would be most of "
    "the story"
)


def _body_dropped_by_context(
    lines: Sequence[Line], evidence: Sequence[Evidence], found: list[int]
) -> set[int]:
    """Lines of trafilatura's story that read as body text alone but are a caption by their
    neighbours (a credit right below): those set as a paragraph (``<p>``, text in a
    ``<div>``) of ``PARAGRAPH_MIN_SENTENCES`` or more, not in a caption element (the
    paragraph above a photo and its credit); and all of them when they are most of its
    words: the checks remove lines, not the story (a slideshow's every paragraph has a
    credit under it)."""
    dropped = [i for i in found if lines[i].kind in DROPPED_KINDS]
    by_context = [
        i
        for i in dropped
        if lines[i].kind is Kind.CAPTION and describe(lines[i].text).kind is Kind.BODY
    ]
    kept_words = sum(lines[i].words for i in found if lines[i].kind not in DROPPED_KINDS)
    if sum(lines[i].words for i in by_context) > kept_words:
        return set(by_context)
    return {
        i
        for i in by_context
        if evidence[i].tag in LEAD_TAGS and _sentences(lines[i].text) >= PARAGRAPH_MIN_SENTENCES
    }


def _sentences(text: str) -> int:
    """Sentence ends in ``text`` (a full stop, a question or an exclamation mark before a
    space and a capital letter, or at its end)."""
    return len(_SENTENCE_END.findall(text))


def _other_stories(
    lines: Sequence[Line], evidence: Sequence[Evidence], found: list[int]
) -> set[int]:
    """The article elements with a byline of their own and none of trafilatura's lines:
    other stories (a "read next" story's opening below the story)."""
    bylined = {evidence[i].article for i, line in enumerate(lines) if line.kind is Kind.BYLINE}
    return bylined - {evidence[i].article for i in found}


def _plain_article_text(line: Line, evidence: Evidence, others: set[int]) -> bool:
    return (
        evidence.in_article
        and evidence.article not in others
        and not evidence.boiler
        and evidence.link_share < LINK_SHARE
        and line.kind not in DROPPED_KINDS
    )


def _why_not(evidence: Evidence) -> str:
    if not evidence.in_article:
        return ", outside the article element"
    if evidence.boiler:
        return f", in a {evidence.boiler} box"
    if evidence.link_share >= LINK_SHARE:
        return ", a link"
    return ""
