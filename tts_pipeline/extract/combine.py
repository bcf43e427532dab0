"""Put an HTML page's story together from its rendered lines and trafilatura's reading.

Trafilatura's text is the strong candidate; each of its lines is found on the rendered page
(:mod:`.align`), where our checks see what it is:

- the lines trafilatura kept are the story, less the lines our checks call chrome (a share
  bar, a "Related stories" box and its items, a caption, a comment-section header) and
  the headline, which is spoken as the title;
- when trafilatura's reading is a small part of the dump cleaner's, the dump cleaner's
  lines inside the article element that holds trafilatura's story are added: paragraphs
  trafilatura left out (in a box-like class); and always a lead paragraph, a standfirst
  without a full stop or key points in a list right below the headline, right above its
  start (further up stand the headline and a site's notices), and sentences of
  the dump cleaner's that fill a gap in its story (an interview's questions);
- a page whose story is not among its visible lines (it is in a script or ``<noscript>``)
  keeps trafilatura's text as it is; a page where trafilatura finds nothing is the dump
  cleaner's; a page showing only a teaser of its JSON-LD ``articleBody`` is read from it.

Each decision is a :class:`Verdict` with its reason, for ``clean --explain``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from tts_pipeline.extract.align import Reading
from tts_pipeline.extract.context import in_context
from tts_pipeline.extract.dom import BLANK, Evidence
from tts_pipeline.extract.htmlmeta import PageMeta
from tts_pipeline.extract.lines import Kind, Line, count_words, describe
from tts_pipeline.extract.names import byline_author
from tts_pipeline.extract.region import comments_marker
from tts_pipeline.extract.render import Rendered
from tts_pipeline.extract.textdump import DumpReading, read_dump

DROPPED_KINDS = (Kind.CHROME, Kind.BOX, Kind.END, Kind.CAPTION)
"""Kinds of lines taken out of trafilatura's reading."""
ON_PAGE_SHARE = 0.5
"""Share of trafilatura's words found on the rendered page below which its text is taken
as it is (the story is in a script, a ``<noscript>`` or hidden markup)."""
ARTICLE_SHARE = 0.5
"""Share of trafilatura's words in the article element for that element to hold the story."""
LINK_SHARE = 0.5
"""A line with more of its text in links is a link, not story text."""
TEASER_SHARE = 0.5
"""The page shows a teaser of its JSON-LD ``articleBody`` when the story found on it has
less than this share of the body's words..."""
CONTAINED_SHARE = 0.5
"""...and this share of its words are in the body."""
MOST_OF_STORY = 0.8
"""Trafilatura's reading with less than this share of the dump cleaner's words has dropped
part of the story: the dump cleaner's other lines in the article element are added."""
LOST_STORY_SHARE = 0.5
"""A story put together from trafilatura's precise reading with less than this share of the
dump cleaner's words has lost it (it keeps a date or a notice): trafilatura's default
reading is tried too, and the story with more words taken (but never one that lies wholly
below the comments' heading when the other does not)."""
LOST_STORY_WORDS = 40
"""...and so has a story of fewer words than this, whatever the dump cleaner finds."""
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
LEAD_GAP_KINDS = (Kind.BLANK, Kind.BYLINE, Kind.DATE, Kind.CAPTION, Kind.CHROME, Kind.END)
"""Lines that may stand between a lead paragraph and the rest of the story (an end marker
there is a share bar's "Comments" button)..."""
LEAD_GAP_SHORT_LINES = 8
"""...with at most this many short lines the dump cleaner left out (the headline, a share
bar, a dateline in words the date reader does not know: "Online seit heute, 12.09 Uhr")."""
LEAD_TAGS = ("p", "div")
"""Block elements of a lead paragraph neither reading kept (not a list item, a caption...)."""
CODE_TAGS = ("pre", "code")
"""Block elements of program code, which is not read aloud."""
GAP_CHROME_KINDS = (Kind.CAPTION, Kind.CHROME, Kind.BYLINE, Kind.DATE)
"""Lines beside which a paragraph of the article element fills a gap of the story..."""
GAP_PARAGRAPH_MIN_WORDS = 10
"""...with at least this many words (a shorter sentence there is a question as a heading)."""
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


@dataclass(frozen=True)
class Verdict:
    """Whether a rendered line is part of the story, and why."""

    keep: bool
    reason: str


@dataclass(frozen=True)
class Story:
    """The story of an HTML page, and how it was put together."""

    paragraphs: tuple[str, ...]
    headings: tuple[int, ...] = ()
    title: str | None = None
    author: str | None = None
    published: str | None = None
    lines: tuple[Line, ...] = ()
    """The rendered page's lines, for ``--explain``."""
    verdicts: tuple[Verdict | None, ...] = ()
    """One per line; None for a blank line."""
    source: str = ""
    """Where the paragraphs come from: the page's lines, trafilatura's text, JSON-LD."""


def story_lines(
    page: Rendered,
    trafilatura_text: str,
    meta: PageMeta,
    titles: Sequence[str],
    fuller_text: Callable[[], str] | None = None,
) -> Story:
    """The story's paragraphs, and the dump cleaner's title, author and date as fallbacks.

    ``trafilatura_text`` is trafilatura's precise reading; ``fuller_text`` gives its default
    reading, asked for only when the precise one has lost the story.
    """
    lines = in_context([describe(raw) for raw in page.text.split("\n")])
    evidence: Sequence[Evidence] = getattr(page, "evidence", None) or [BLANK] * len(lines)
    dump = read_dump(lines)
    parts = _Parts(page, lines, evidence, dump, meta, titles)
    story = parts.story(trafilatura_text, "trafilatura's reading")
    if fuller_text is not None and _lost_story(story.paragraphs, lines, dump):
        which = "trafilatura's default reading (the precise one lost it)"
        fuller = parts.story(fuller_text(), which)
        if _below_the_end(lines, story) and not _below_the_end(lines, fuller):
            return fuller
        if _words(fuller.paragraphs) > _words(story.paragraphs):
            return fuller
    return story


def _below_the_end(lines: Sequence[Line], story: Story) -> bool:
    """Every line of the story stands below the page's first end marker in a block of its own
    ("Comments", "Leave a reply"): the story is a comment."""
    marker = comments_marker(lines)
    kept = [i for i, v in enumerate(story.verdicts) if v and v.keep]
    return marker is not None and bool(kept) and kept[0] > marker


@dataclass(frozen=True)
class _Parts:
    """What the story of a page is put together from, but trafilatura's text."""

    page: Rendered
    lines: Sequence[Line]
    evidence: Sequence[Evidence]
    dump: DumpReading | None
    meta: PageMeta
    titles: Sequence[str]

    def story(self, trafilatura_text: str, which: str) -> Story:
        """The story with ``trafilatura_text`` as the strong candidate, called ``which``."""
        lines, titles, dump = self.lines, self.titles, self.dump
        paragraphs = _paragraphs(trafilatura_text)
        reading = Reading(paragraphs)
        found = [i for i, line in enumerate(lines) if line.text and reading.has(line.text)]
        if reading:
            authors = _authors(self.meta.author)
            verdicts = _with_trafilatura(lines, self.evidence, found, dump, titles, authors)
            source = f"the page's lines, {which} checked line by line"
        else:
            verdicts = _dump_only(lines, dump)
            source = "the page's lines, the text-dump cleaner's reading (trafilatura found nothing)"
        kept = [line.text for line, v in zip(lines, verdicts, strict=True) if v and v.keep]
        if reading and not _on_page(lines, found, paragraphs):
            kept = [p for p in paragraphs if not _is_title(p, titles)]
            source = f"{which} as it is (its story is not among the page's visible lines)"
        body = self.meta.body
        if body and _teaser_of(kept, body):
            kept = [p for p in (" ".join(b.split()) for b in body.split("\n")) if p]
            source = "the page's JSON-LD articleBody (the page shows only a teaser of it)"
        header = dump.header if dump else None
        return Story(
            paragraphs=tuple(kept),
            headings=tuple(n for n, text in enumerate(kept) if text in self.page.headings),
            title=header.title if header else None,
            author=header.author if header else None,
            published=header.published if header else None,
            lines=tuple(lines),
            verdicts=tuple(verdicts),
            source=source,
        )


def _paragraphs(text: str) -> list[str]:
    """Trafilatura's lines, each once, without the chrome it kept."""
    paragraphs = dict.fromkeys(" ".join(p.split()) for p in text.split("\n"))
    return [p for p in paragraphs if p and describe(p).kind not in DROPPED_KINDS]


def _words(paragraphs: Sequence[str]) -> int:
    return sum(count_words(p) for p in paragraphs)


def _lost_story(paragraphs: Sequence[str], lines: Sequence[Line], dump: DumpReading | None) -> bool:
    """The story is a few words, or a small share of the words the dump cleaner calls the
    story."""
    words = _words(paragraphs)
    return words < LOST_STORY_WORDS or words < LOST_STORY_SHARE * _dump_words(lines, dump)


def _dump_words(lines: Sequence[Line], dump: DumpReading | None) -> float:
    """Words of the lines the dump cleaner calls the story."""
    return sum(lines[i].words for i in dump.keep) if dump else 0


def _with_trafilatura(
    lines: Sequence[Line],
    evidence: Sequence[Evidence],
    found: list[int],
    dump: DumpReading | None,
    titles: Sequence[str],
    authors: frozenset[str] = frozenset(),
) -> list[Verdict | None]:
    """A verdict on each line: ``found`` are the lines trafilatura kept."""
    words = sum(lines[i].words for i in found)
    in_article = sum(lines[i].words for i in found if evidence[i].in_article)
    dump_keep = set(dump.keep) - set(dump.fragments) if dump else set()
    dump_words = _dump_words(lines, dump)
    article_holds_story = words > 0 and in_article >= ARTICLE_SHARE * words
    dropped_part = article_holds_story and words < MOST_OF_STORY * dump_words
    found_set = set(found)
    story = [
        i
        for i in found
        if not _is_title(lines[i].text, titles) and not _own_byline(lines[i], authors)
    ]
    by_context = _body_dropped_by_context(lines, story)
    story = [i for i in story if lines[i].kind not in DROPPED_KINDS or i in by_context]
    story_start = story[0] if story else len(lines)
    # short lines may start trafilatura's story (a breadcrumb, a kicker): the lead is above its text
    body_start = next((i for i in story if lines[i].kind is Kind.BODY), len(lines))
    gaps_filled = _filled_gaps(lines, evidence, story, dump_keep)
    strays = _stray_links(lines, evidence, story)
    leads = _article_leads(lines, evidence, story_start, found_set, dump_keep, titles)
    verdicts: list[Verdict | None] = []
    for i, line in enumerate(lines):
        if line.kind is Kind.BLANK:
            verdicts.append(None)
            continue
        ours = i in dump_keep
        if i in found_set:
            if i in by_context:
                verdicts.append(Verdict(True, _KEPT_BY_CONTEXT))
            elif line.kind in DROPPED_KINDS:
                verdicts.append(Verdict(False, f"trafilatura kept it, but it is {line.kind.value}"))
            elif _is_title(line.text, titles):
                verdicts.append(Verdict(False, "the headline (spoken as the title)"))
            elif _own_byline(line, authors):
                verdicts.append(Verdict(False, "the author's byline (spoken before the story)"))
            elif i in strays:
                verdicts.append(Verdict(False, "trafilatura kept it, but it is a link"))
            else:
                verdicts.append(Verdict(True, "trafilatura kept it"))
        elif (
            story_start < i < body_start
            and evidence[i].in_article
            and (
                (ours and _lead(lines, evidence, i, body_start, dump_keep))
                or _key_point(lines, evidence, i, body_start, dump_keep, titles)
            )
        ):
            verdicts.append(Verdict(True, _LEAD_BELOW_SHORT_LINES))
        elif ours and i < story_start:
            if _lead(lines, evidence, i, story_start, dump_keep):
                verdicts.append(Verdict(True, "the dump cleaner kept it: the lead, right above"))
            else:
                verdicts.append(Verdict(False, "only the dump cleaner kept it, above the story"))
        elif i in leads:
            verdicts.append(Verdict(True, _ARTICLE_LEAD))
        elif i in gaps_filled:
            verdicts.append(Verdict(True, "the dump cleaner kept it, in a gap of the story"))
        elif ours and dropped_part and _plain_article_text(line, evidence[i]):
            verdicts.append(Verdict(True, "the dump cleaner kept it, in the article element"))
        elif ours:
            verdicts.append(Verdict(False, "only the dump cleaner kept it" + _why_not(evidence[i])))
        else:
            verdicts.append(Verdict(False, f"{line.kind.value}, left out by trafilatura"))
    return verdicts


_LEAD_BELOW_SHORT_LINES = (
    "the dump cleaner kept it: the lead, in the article element, between short lines "
    "trafilatura kept (a breadcrumb) and its first paragraph"
)
_ARTICLE_LEAD = (
    "the lead, right above: a paragraph of the article element below the headline, "
    "which neither reading kept"
)
_KEPT_BY_CONTEXT = (
    "trafilatura kept it; our checks call it chrome by its neighbours, but that would be "
    "most of the story"
)


def _body_dropped_by_context(lines: Sequence[Line], found: list[int]) -> set[int]:
    """Lines of trafilatura's story that read as body text alone but are chrome by their
    neighbours (a caption above a credit), when they are most of its words: the checks
    remove lines, not the story (a slideshow's every paragraph has a credit under it)."""
    dropped = [i for i in found if lines[i].kind in DROPPED_KINDS]
    by_context = [i for i in dropped if describe(lines[i].text).kind is Kind.BODY]
    kept_words = sum(lines[i].words for i in found if lines[i].kind not in DROPPED_KINDS)
    if sum(lines[i].words for i in by_context) > kept_words:
        return set(by_context)
    return set()


def _on_page(lines: Sequence[Line], found: list[int], paragraphs: list[str]) -> bool:
    """Most of trafilatura's words are on the page's visible lines."""
    words = sum(lines[i].words for i in found)
    return words >= ON_PAGE_SHARE * sum(count_words(p) for p in paragraphs)


def _dump_only(lines: Sequence[Line], dump: DumpReading | None) -> list[Verdict | None]:
    keep = set(dump.keep) if dump else set()
    return [
        None
        if line.kind is Kind.BLANK
        else Verdict(True, "the dump cleaner kept it")
        if i in keep
        else Verdict(False, f"{line.kind.value}, left out by the dump cleaner")
        for i, line in enumerate(lines)
    ]


def _plain_article_text(line: Line, evidence: Evidence) -> bool:
    return (
        evidence.in_article
        and not evidence.boiler
        and evidence.link_share < LINK_SHARE
        and line.kind not in DROPPED_KINDS
    )


def _lead(
    lines: Sequence[Line], evidence: Sequence[Evidence], i: int, start: int, ours: set[int]
) -> bool:
    """A paragraph right above trafilatura's start (only a byline, a date, a caption, a few
    short lines or other such paragraphs between), ending like a sentence and not an item of
    a list: the story's lead, which trafilatura left out. Key points in a list and a
    standfirst without a full stop are read only right below the headline (:func:`_key_point`,
    :func:`_standfirst`); further up is not the story."""
    if evidence[i].tag == "li" or not _sentence(lines[i], evidence[i]):
        return False
    return _right_above(lines, i, start, ours)


def _right_above(lines: Sequence[Line], i: int, start: int, ours: set[int]) -> bool:
    """Line ``i`` is right above ``start``: only bylines, dates, captions, chrome, lines the
    dump cleaner kept and a few short lines between."""
    gap = [j for j in range(i + 1, start) if j not in ours and lines[j].kind not in LEAD_GAP_KINDS]
    return all(lines[j].kind is Kind.SHORT for j in gap) and len(gap) <= LEAD_GAP_SHORT_LINES


def _article_leads(
    lines: Sequence[Line],
    evidence: Sequence[Evidence],
    start: int,
    found: set[int],
    ours: set[int],
    titles: Sequence[str],
) -> set[int]:
    """The lines above ``start`` that neither reading kept and are the lead
    (:func:`_article_lead`), read upwards from the story: a lead paragraph may stand above
    another, and a box beside the story (a sidebar) between them and the story."""
    beside = ours | {i for i, markup in enumerate(evidence) if markup.boiler}
    leads: set[int] = set()
    for i in range(min(start, len(evidence)) - 1, -1, -1):
        if lines[i].kind is Kind.BLANK or i in found or i in ours:
            continue
        if _article_lead(lines, evidence, i, start, beside, titles):
            leads.add(i)
            beside.add(i)
    return leads


def _article_lead(
    lines: Sequence[Line],
    evidence: Sequence[Evidence],
    i: int,
    start: int,
    ours: set[int],
    titles: Sequence[str],
) -> bool:
    """A lead (:func:`_lead`) or a standfirst (:func:`_standfirst`) neither reading kept,
    that the markup calls the article's text: a paragraph (``<p>``, or text in a ``<div>``;
    a standfirst also in an ``<h2>`` when it does not end like a sentence) in the article
    element, with no headline between it and the story (above the headline
    stand a site's notices, not the story). ``ours`` are the lines that may stand between
    besides those of :func:`_right_above`: the dump cleaner's, boxes and leads below."""
    return (
        evidence[i].in_article
        and (
            (
                evidence[i].tag in LEAD_TAGS
                and (
                    _lead(lines, evidence, i, start, ours)
                    or _standfirst(lines, evidence, i, start, ours, titles)
                )
            )
            or (
                evidence[i].tag == "h2"
                and not lines[i].terminal
                and _standfirst(lines, evidence, i, start, ours, titles)
            )
            or _key_point(lines, evidence, i, start, ours, titles)
        )
        and not any(_is_title(lines[j].text, titles) for j in range(i + 1, start))
    )


def _standfirst(
    lines: Sequence[Line],
    evidence: Sequence[Evidence],
    i: int,
    start: int,
    ours: set[int],
    titles: Sequence[str],
) -> bool:
    """A paragraph right below the headline (a heading element, or the headline's text; a
    byline or a date may stand between) and right above the story, long and in the case of
    running text but without a full stop: the standfirst, which says in a sentence of its
    own what the story is about."""
    line, markup = lines[i], evidence[i]
    if line.kind not in (Kind.BODY, Kind.SHORT) or line.words < STANDFIRST_MIN_WORDS:
        return False
    if markup.boiler or markup.link_share >= LINK_SHARE:
        return False
    if line.lower is not None and line.lower < STANDFIRST_LOWER_SHARE:
        return False
    above = next((j for j in range(i - 1, -1, -1) if lines[j].kind not in BESIDE_HEADLINE), None)
    if above is None:
        return False
    headline = evidence[above].tag in HEADLINE_TAGS or _is_title(lines[above].text, titles)
    return headline and _right_above(lines, i, start, ours)


def _key_point(
    lines: Sequence[Line],
    evidence: Sequence[Evidence],
    i: int,
    start: int,
    ours: set[int],
    titles: Sequence[str],
) -> bool:
    """An item of a list of key points right below the headline (with a byline, a date, a
    photo and its linked credit between) and right above the story: it is read with it."""
    if not _list_text(lines[i], evidence[i]):
        return False
    j = i - 1
    while j >= 0 and _beside_key_points(lines[j], evidence[j]):
        j -= 1
    if j < 0 or not (evidence[j].tag in HEADLINE_TAGS or _is_title(lines[j].text, titles)):
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


def _filled_gaps(
    lines: Sequence[Line], evidence: Sequence[Evidence], story: list[int], ours: set[int]
) -> set[int]:
    """Lines that fill a gap between two lines of trafilatura's story all by themselves,
    each a sentence the dump cleaner kept: the questions of an interview or an FAQ, which
    trafilatura's precise reading leaves out. Code, links and boxes are not sentences. In a
    gap with captions, credits, buttons or datelines, the long sentences in paragraphs of
    the article element fill it (a paragraph between a photo's credit and the story)."""
    filled: set[int] = set()
    for above, below in pairwise(story):
        gap = [j for j in range(above + 1, below) if lines[j].kind is not Kind.BLANK]
        if gap and all(_gap_sentence(lines[j], evidence[j], j in ours) for j in gap):
            filled.update(gap)
            continue
        text = [j for j in gap if _gap_paragraph(lines[j], evidence[j], j in ours)]
        if text and all(j in text or lines[j].kind in GAP_CHROME_KINDS for j in gap):
            filled.update(text)
    return filled


def _gap_paragraph(line: Line, evidence: Evidence, ours: bool) -> bool:
    """A sentence of the dump cleaner's story in a paragraph of the article element, not a
    question standing as a heading."""
    return (
        evidence.in_article
        and evidence.tag in LEAD_TAGS
        and line.words >= GAP_PARAGRAPH_MIN_WORDS
        and _gap_sentence(line, evidence, ours)
    )


def _gap_sentence(line: Line, evidence: Evidence, ours: bool) -> bool:
    """A sentence of the dump cleaner's story, not code."""
    return ours and evidence.tag not in CODE_TAGS and _sentence(line, evidence)


def _sentence(line: Line, evidence: Evidence) -> bool:
    """Body text ending like a sentence, neither a link nor in a boilerplate box."""
    return (
        line.kind is Kind.BODY
        and line.terminal
        and not evidence.boiler
        and evidence.link_share < LINK_SHARE
    )


def _stray_link(line: Line, evidence: Evidence) -> bool:
    """A short line that is all link, outside the article element: a menu or teaser item."""
    return line.kind is Kind.SHORT and evidence.link_share >= LINK_SHARE and not evidence.in_article


def _stray_links(lines: Sequence[Line], evidence: Sequence[Evidence], story: list[int]) -> set[int]:
    """The stray links of trafilatura's story, but those right between two of its lines
    that are not links (blank lines aside): a name or a title linked in a list, not a menu."""
    links = {i for i in story if _stray_link(lines[i], evidence[i])}
    text = [i for i, line in enumerate(lines) if line.kind is not Kind.BLANK]
    in_text = {
        i
        for above, i, below in zip(text, text[1:], text[2:], strict=False)
        if i in links and {above, below} <= set(story) and not {above, below} & links
    }
    return links - in_text


def _why_not(evidence: Evidence) -> str:
    if not evidence.in_article:
        return ", outside the article element"
    if evidence.boiler:
        return f", in a {evidence.boiler} box"
    if evidence.link_share >= LINK_SHARE:
        return ", a link"
    return ""


def _authors(author: str | None) -> frozenset[str]:
    """The names in the page metadata's author ("Ann Lee and Tom Reed"), folded."""
    return frozenset(
        n.strip().casefold() for n in _AUTHOR_SEPARATORS.split(author or "") if n.strip()
    )


def _own_byline(line: Line, authors: frozenset[str]) -> bool:
    """A byline (or a dateline with one) of the author the page's metadata names ("By Tom
    Reed, 3 December 2024"): the framing says the author's name before the story, so the
    story does not say it again. A byline of anyone else (a guest, a quoted post) stays."""
    if line.kind not in (Kind.BYLINE, Kind.DATE) or not authors:
        return False
    name = byline_author(line.text, anywhere=True)
    return bool(name) and _authors(name) <= authors


def _is_title(text: str, titles: Sequence[str]) -> bool:
    """The line is the story's headline, as the page writes it somewhere."""
    folded = " ".join(text.split()).casefold()
    return any(folded == " ".join(title.split()).casefold() for title in titles)


def _teaser_of(kept: list[str], body: str) -> bool:
    """The story found on the page is a small part of the JSON-LD body, and mostly in it."""
    body_words = count_words(body)
    words = [count_words(p) for p in kept]
    if sum(words) >= TEASER_SHARE * body_words:
        return False
    whole = Reading([body])
    inside = sum(n for p, n in zip(kept, words, strict=True) if whole.has(p))
    return inside >= CONTAINED_SHARE * sum(words)
