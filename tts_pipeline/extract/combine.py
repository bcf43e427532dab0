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

Each decision is a :class:`.verdicts.Verdict` with its reason, for ``clean --explain``
(:mod:`.verdicts` gives one on each line).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tts_pipeline.extract.align import Reading
from tts_pipeline.extract.context import in_context
from tts_pipeline.extract.dom import BLANK, Evidence
from tts_pipeline.extract.dumpreading import DumpReading
from tts_pipeline.extract.htmlmeta import PageMeta
from tts_pipeline.extract.htmltail import tail_lines
from tts_pipeline.extract.linefeatures import Kind, Line, count_words
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.metabyline import own_bylines
from tts_pipeline.extract.region import comments_marker
from tts_pipeline.extract.render import Rendered
from tts_pipeline.extract.shopbox import box_above_the_text
from tts_pipeline.extract.storytext import is_title
from tts_pipeline.extract.textdump import read_dump
from tts_pipeline.extract.verdicts import DROPPED_KINDS, Verdict, dump_words, line_verdicts

PURCHASE_BOX = "a shop's purchase box above the product's text (price notes, stock)"
ON_PAGE_SHARE = 0.5
"""Share of trafilatura's words found on the rendered page below which its text is taken
as it is (the story is in a script, a ``<noscript>`` or hidden markup)."""
TEASER_SHARE = 0.5
"""The page shows a teaser of its JSON-LD ``articleBody`` when the story found on it has
less than this share of the body's words..."""
CONTAINED_SHARE = 0.5
"""...and this share of its words are in the body."""
LOST_STORY_SHARE = 0.5
"""A story put together from trafilatura's precise reading with less than this share of the
dump cleaner's words has lost it (it keeps a date or a notice): trafilatura's default
reading is tried too, and the story with more words taken (but never one that lies wholly
below the comments' heading when the other does not)."""
LOST_STORY_WORDS = 40
"""...and so has a story of fewer words than this, whatever the dump cleaner finds."""


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
            verdicts = line_verdicts(lines, self.evidence, found, dump, titles, own, self.meta)
            source = f"the page's lines, {which} checked line by line"
            keep = [i for i, v in enumerate(verdicts) if v and v.keep]
            for j, why in tail_lines(lines, self.evidence, keep).items():
                verdicts[j] = Verdict(True, why)
            for j in box_above_the_text(lines, keep, self.page.headings):
                verdicts[j] = Verdict(False, PURCHASE_BOX)
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
    return words < LOST_STORY_WORDS or words < LOST_STORY_SHARE * dump_words(lines, dump)


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


def _teaser_of(kept: list[str], body: str) -> bool:
    """The story found on the page is a small part of the JSON-LD body, and its sentences
    are mostly in it (a byline, a date or a button kept beside a teaser says nothing)."""
    body_words = count_words(body)
    if sum(count_words(p) for p in kept) >= TEASER_SHARE * body_words:
        return False
    kept = [p for p in kept if describe(p).kind is Kind.BODY]
    words = [count_words(p) for p in kept]
    whole = Reading([body])
    inside = sum(n for p, n in zip(kept, words, strict=True) if whole.has(p))
    return inside >= CONTAINED_SHARE * sum(words)
