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
  start (further up stand the headline and a site's notices: :mod:`.leads`), and sentences
  of the dump cleaner's that fill a gap in its story (an interview's questions: :mod:`.gaps`);
- a page whose story is not among its visible lines (it is in a script or ``<noscript>``)
  keeps trafilatura's text as it is; a page where trafilatura finds nothing is the dump
  cleaner's; a page showing only a teaser of its JSON-LD ``articleBody`` is read from it.

Each decision is a :class:`Verdict` with its reason, for ``clean --explain``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tts_pipeline.extract.align import Reading
from tts_pipeline.extract.cards import TEASER, teaser_lines
from tts_pipeline.extract.context import in_context
from tts_pipeline.extract.dom import BLANK, Evidence
from tts_pipeline.extract.figcaptions import IN_CAPTION, caption_lines
from tts_pipeline.extract.gaps import (
    cited_sources,
    filled_gaps,
    introduced_lists,
    recipe_ingredients,
    stray_links,
)
from tts_pipeline.extract.htmlmeta import PageMeta
from tts_pipeline.extract.htmltail import tail_lines
from tts_pipeline.extract.leads import LeadPage, article_leads, header_unboxed, key_point, lead
from tts_pipeline.extract.lines import Kind, Line, count_words, describe
from tts_pipeline.extract.liveblog import live_lines
from tts_pipeline.extract.metabyline import own_bylines
from tts_pipeline.extract.region import comments_marker
from tts_pipeline.extract.render import Rendered
from tts_pipeline.extract.storyend import (
    ABOVE_HEADLINE,
    BELOW_THE_END,
    HEAD_DATELINE,
    above_headline,
    below_story_end,
    head_datelines,
)
from tts_pipeline.extract.storytext import LINK_SHARE, is_title
from tts_pipeline.extract.textdump import DumpReading, read_dump

DROPPED_KINDS = (Kind.CHROME, Kind.BOX, Kind.END, Kind.CAPTION)
"""Kinds of lines taken out of trafilatura's reading."""
ON_PAGE_SHARE = 0.5
"""Share of trafilatura's words on the page below which its text is taken as it is."""
ARTICLE_SHARE = 0.5
"""Share of trafilatura's words in the article element for that element to hold the story."""
TEASER_SHARE = 0.5
"""A page shows a teaser of its JSON-LD body when its story has less of its words..."""
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
    lines = in_context([describe(raw) for raw in page.text.split("\n")], dump=False)
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
            header = dump.header if dump else None
            own = own_bylines(lines, found, self.meta.author, header.author if header else None)
            verdicts = _with_trafilatura(lines, self.evidence, found, dump, titles, own, self.meta)
            source = f"the page's lines, {which} checked line by line"
            keep = [i for i, v in enumerate(verdicts) if v and v.keep]
            for j, why in tail_lines(lines, self.evidence, keep).items():
                verdicts[j] = Verdict(True, why)
        else:
            verdicts = _dump_only(lines, dump)
            source = "the page's lines, the text-dump cleaner's reading (trafilatura found nothing)"
        kept = [line.text for line, v in zip(lines, verdicts, strict=True) if v and v.keep]
        if reading and not _on_page(lines, found, paragraphs):
            kept = [p for p in paragraphs if not is_title(p, titles)]
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
    return sum(lines[i].words for i in dump.keep if i not in dump.by_shape) if dump else 0


def _with_trafilatura(
    lines: Sequence[Line],
    evidence: Sequence[Evidence],
    found: list[int],
    dump: DumpReading | None,
    titles: Sequence[str],
    own: set[int],
    meta: PageMeta,
) -> list[Verdict | None]:
    """A verdict on each line: ``found`` are the lines trafilatura kept; ``meta`` is what the
    page says of itself (its recipe data's ingredients, its description)."""
    words = sum(lines[i].words for i in found)
    in_article = sum(lines[i].words for i in found if evidence[i].in_article)
    dump_keep = set(dump.keep) - set(dump.fragments) - dump.by_shape if dump else set()
    dump_words = _dump_words(lines, dump)
    article_holds_story = words > 0 and in_article >= ARTICLE_SHARE * words
    dropped_part = article_holds_story and words < MOST_OF_STORY * dump_words
    others = _other_stories(lines, evidence, found)
    found_set = set(found)
    story = [i for i in found if not is_title(lines[i].text, titles) and i not in own]
    by_context = _body_dropped_by_context(lines, story) | cited_sources(lines, evidence, story)
    story = [i for i in story if lines[i].kind not in DROPPED_KINDS or i in by_context]
    # a menu's link trafilatura kept far above is not where the story starts
    strays = stray_links(lines, evidence, story)
    story = [i for i in story if i not in strays]
    story_start = story[0] if story else len(lines)
    # short lines may start trafilatura's story (a breadcrumb, a kicker): the lead is above its text
    body_start = next((i for i in story if lines[i].kind is Kind.BODY), len(lines))
    gaps_filled = filled_gaps(lines, evidence, story, dump_keep)
    listed = introduced_lists(lines, evidence, story, dump_keep)
    recipe = recipe_ingredients(lines, evidence, meta.ingredients)
    evidence = header_unboxed(lines, evidence, titles, story_start)
    page = LeadPage(lines, evidence, titles, meta.description)
    leads = article_leads(page, story_start, found_set, dump_keep)
    after_end = below_story_end(lines, evidence, story)
    teasers = teaser_lines(lines, evidence, story)
    head_dates = head_datelines(lines, story)
    captions = caption_lines(lines, evidence, story)
    live = live_lines(lines, story)
    header = above_headline(lines, story, titles)
    verdicts: list[Verdict | None] = []
    for i, line in enumerate(lines):
        if line.kind is Kind.BLANK:
            verdicts.append(None)
            continue
        ours = i in dump_keep
        if i in teasers:
            verdicts.append(Verdict(False, TEASER))
        elif i in live:
            verdicts.append(Verdict(*live[i]))
        elif i in found_set:
            if i in after_end:
                verdicts.append(Verdict(False, BELOW_THE_END))
            elif i in head_dates:
                verdicts.append(Verdict(False, HEAD_DATELINE))
            elif i in captions:
                verdicts.append(Verdict(False, IN_CAPTION))
            elif i in header:
                verdicts.append(Verdict(False, ABOVE_HEADLINE))
            elif i in by_context:
                verdicts.append(Verdict(True, _KEPT_BY_CONTEXT))
            elif line.kind in DROPPED_KINDS:
                verdicts.append(Verdict(False, f"trafilatura kept it, but it is {line.kind.value}"))
            elif is_title(line.text, titles):
                verdicts.append(Verdict(False, "the headline (spoken as the title)"))
            elif i in own:
                verdicts.append(Verdict(False, "the author's byline (spoken before the story)"))
            elif i in strays:
                verdicts.append(Verdict(False, "trafilatura kept it, but it is a link"))
            else:
                verdicts.append(Verdict(True, "trafilatura kept it"))
        elif (
            story_start < i < body_start
            and evidence[i].in_article
            and (
                (ours and lead(lines, evidence, i, body_start, dump_keep))
                or key_point(page, i, body_start, dump_keep)
            )
        ):
            verdicts.append(Verdict(True, _LEAD_BELOW_SHORT_LINES))
        elif ours and i < story_start:
            if lead(lines, evidence, i, story_start, dump_keep) or key_point(
                page, i, story_start, dump_keep
            ):
                verdicts.append(Verdict(True, "the dump cleaner kept it: the lead, right above"))
            else:
                verdicts.append(Verdict(False, "only the dump cleaner kept it, above the story"))
        elif i in leads:
            verdicts.append(Verdict(True, _ARTICLE_LEAD))
        elif i in gaps_filled:
            verdicts.append(Verdict(True, "the dump cleaner kept it, in a gap of the story"))
        elif i in listed:
            verdicts.append(Verdict(True, "the dump cleaner kept it: a list the story introduces"))
        elif i in recipe:
            verdicts.append(Verdict(True, "an ingredient the page's recipe data lists"))
        elif ours and dropped_part and _plain_article_text(line, evidence[i], others):
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
    by_context = [
        i
        for i in dropped
        if lines[i].kind is Kind.CAPTION and describe(lines[i].text).kind is Kind.BODY
    ]
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


def _teaser_of(kept: list[str], body: str) -> bool:
    """The story found on the page is a small part of the JSON-LD body, and mostly in it."""
    body_words = count_words(body)
    words = [count_words(p) for p in kept]
    if sum(words) >= TEASER_SHARE * body_words:
        return False
    whole = Reading([body])
    inside = sum(n for p, n in zip(kept, words, strict=True) if whole.has(p))
    return inside >= CONTAINED_SHARE * sum(words)
