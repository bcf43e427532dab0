"""Lines of an HTML page around trafilatura's story: sentences that fill a gap in it (an
interview's questions; an update's time of day), the lists and addresses it introduces,
the ingredients its recipe data lists, the sources it cites under a box's title, and the
links in it that are a menu's or a teaser's, not the story's."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from tts_pipeline.extract.dom import CAPTION, Evidence
from tts_pipeline.extract.leads import LEAD_TAGS
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linemarkers import is_update_mark
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.linewalk import block_from, neighbour, skip_blank
from tts_pipeline.extract.posts import signs_a_post
from tts_pipeline.extract.render import SECTION_HEADINGS
from tts_pipeline.extract.storytext import LINK_SHARE, is_sentence, spaced_words

CODE_TAGS = ("pre", "code")
"""Block elements of program code, which is not read aloud."""
GAP_CHROME_KINDS = (Kind.CAPTION, Kind.CHROME, Kind.BYLINE, Kind.DATE)
"""Lines beside which a paragraph of the article element fills a gap of the story..."""
GAP_PARAGRAPH_MIN_WORDS = 10
"""...with at least this many words (a shorter sentence there is a question as a heading)."""
HEADING_COLON = ":"
"""The end of a line that introduces what follows."""
HEADING_MAX_WORDS = 6
"""Most words of a heading standing alone in a gap of the story ("For the topping:")."""
SOURCE_MIN_WORDS = 4
"""Fewest words of a cited source (author, year, title)."""
POINTER_LABEL_WORDS = 3
"""Most words of the label before a linked headline of another story ("Read also:")..."""
POINTER_HEADLINE_WORDS = 3
"""...fewest words of that headline (fewer, or a bare address, may be the story's source)."""
POINTER_HEADLINE_MAX_WORDS = 25
"""...and most (a longer linked text is a paragraph of the story)."""
POINTER_LINK_SHARE = 0.6
"""Least share of such a line's characters in its link."""
_POINTER = re.compile(r"(?P<label>[^\W\d][^:]{0,40}?)\s*:\s*(?P<rest>(?!//)\S.*)")
"""A short label, a colon, and what follows it (not a web address's "http://")."""
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
"""A year a source was published in (1500 to 2099)."""
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+")
"""A web or mail address alone."""


def filled_gaps(
    lines: Sequence[Line], evidence: Sequence[Evidence], story: list[int], ours: set[int]
) -> set[int]:
    """Lines that fill a gap between two lines of trafilatura's story all by themselves,
    each a sentence the dump cleaner kept: the questions of an interview or an FAQ, which
    trafilatura's precise reading leaves out; so do the times of day and rules between the
    updates of a story told in updates (:func:`is_update_mark`). Code, links and boxes are
    not sentences. In a gap with captions, credits, buttons or datelines, the long sentences
    in paragraphs of the article element fill it (a paragraph between a photo's credit and
    the story). A gap of text lines with no blank line from one story line to the next is
    filled too: the cells of a table or items of a list trafilatura read only in part."""
    filled = _run_above(lines, evidence, story)
    for above, below in pairwise(story):
        gap = [j for j in range(above + 1, below) if lines[j].kind is not Kind.BLANK]
        if gap and all(
            _gap_sentence(lines[j], evidence[j], j in ours)
            or (j in ours and is_update_mark(lines[j]))
            for j in gap
        ):
            filled.update(gap)
            continue
        if (
            _within_block_run(lines, evidence, above, below)
            or _lone_cell(lines, evidence, gap)
            or _lone_heading(lines, evidence, gap)
            or _lone_subheading(lines, evidence, gap, ours)
        ):
            filled.update(gap)
            continue
        filled.update(_run_into(lines, evidence, above, below, ours))
        filled.update(j for j in gap if j in ours and signs_a_post(lines[j]))
        text = [j for j in gap if _gap_paragraph(lines[j], evidence[j], j in ours)]
        if text and all(j in text or lines[j].kind in GAP_CHROME_KINDS for j in gap):
            filled.update(text)
    return filled


def _within_block_run(
    lines: Sequence[Line], evidence: Sequence[Evidence], above: int, below: int
) -> bool:
    """The lines between ``above`` and ``below`` run on with them, with no blank line between
    (the cells of a table's rows, the items of a list: an ingredient and its amount), and
    are text, not links, code or a box: trafilatura kept some of the run's lines."""
    between = range(above + 1, below)
    return bool(between) and all(_run_text(lines[j], evidence[j]) for j in between)


def _run_into(
    lines: Sequence[Line], evidence: Sequence[Evidence], above: int, below: int, ours: set[int]
) -> set[int]:
    """The text lines of a gap that run on into the story line ``below`` with no blank line
    between, in its article element, with a sentence of the dump cleaner's among them: the
    start of a block trafilatura read only from its last lines on."""
    article = evidence[below].article

    def runs_on(j: int) -> bool:
        markup = evidence[j]
        return _run_text(lines[j], markup) and markup.in_article and markup.article == article

    run = _run_up(lines, below - 1, above, runs_on)
    if any(_gap_sentence(lines[j], evidence[j], j in ours) for j in run):
        return run
    return set()


def _lone_cell(lines: Sequence[Line], evidence: Sequence[Evidence], gap: list[int]) -> bool:
    """The gap is one text line of the article element that runs on, with no blank line
    between, with a line of its own element next to it, a story line: an amount beside its
    ingredient, a value beside its label (a heading above with a blank line between)."""
    if len(gap) != 1 or not evidence[gap[0]].in_article:
        return False
    j = gap[0]
    beside = [k for k in (j - 1, j + 1) if lines[k].kind is not Kind.BLANK]
    return _run_text(lines[j], evidence[j]) and any(
        evidence[k].tag == evidence[j].tag for k in beside
    )


def _run_above(lines: Sequence[Line], evidence: Sequence[Evidence], story: list[int]) -> set[int]:
    """The sentences running on, with no blank line between, right above the story's first
    line: paragraphs of its block trafilatura read only from a table or a list on."""
    start = story[0] if story else 0
    return _run_up(lines, start - 1, -1, lambda j: is_sentence(lines[j], evidence[j]))


def _run_up(lines: Sequence[Line], j: int, floor: int, takes: Callable[[int], bool]) -> set[int]:
    """The lines from ``j`` up to (not including) ``floor`` that run on with no blank line
    between and that ``takes`` takes, stopping at the first it does not."""
    run: set[int] = set()
    while j > floor and lines[j].kind is not Kind.BLANK and takes(j):
        run.add(j)
        j -= 1
    return run


def _lone_heading(lines: Sequence[Line], evidence: Sequence[Evidence], gap: list[int]) -> bool:
    """The gap is one short line ending with a colon ("Topping:", "For the dough:"): the
    heading of the story's next part (a recipe's second list of ingredients)."""
    if len(gap) != 1:
        return False
    line = lines[gap[0]]
    return (
        line.text.rstrip().endswith(HEADING_COLON)
        and line.words <= HEADING_MAX_WORDS
        and _run_text(line, evidence[gap[0]])
    )


def _lone_subheading(
    lines: Sequence[Line], evidence: Sequence[Evidence], gap: list[int], ours: set[int]
) -> bool:
    """The gap is one short section heading (``h2`` to ``h6``, not a link or a box) the dump
    cleaner kept: the story's subheading, which a page builder sets in a widget of its own
    that trafilatura's reading skips."""
    if len(gap) != 1 or gap[0] not in ours:
        return False
    line, markup = lines[gap[0]], evidence[gap[0]]
    return (
        line.kind is Kind.SHORT
        and markup.tag in SECTION_HEADINGS
        and line.words <= HEADING_MAX_WORDS
        and _run_text(line, markup)
    )


def _run_text(line: Line, evidence: Evidence) -> bool:
    """Text of a table or list, not a link, code or a box."""
    return (
        line.kind in (Kind.SHORT, Kind.BODY)
        and evidence.link_share < LINK_SHARE
        and not evidence.boiler
        and evidence.tag not in CODE_TAGS
    )


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
    """A sentence of the dump cleaner's story, not code nor a photo's caption."""
    return ours and evidence.tag not in (*CODE_TAGS, CAPTION) and is_sentence(line, evidence)


def cited_sources(
    lines: Sequence[Line], evidence: Sequence[Evidence], story: Sequence[int]
) -> set[int]:
    """Lines of trafilatura's story that our checks call a box's items by the box title above
    them ("References", "Literatur"), but that each cite a year, are not links and stand
    between its paragraphs: the sources the story cites (author, year, title), not teasers."""
    body = [i for i in story if lines[i].kind is Kind.BODY]
    if not body:
        return set()
    return {
        i
        for i in story
        if body[0] < i < body[-1]
        and lines[i].kind is Kind.CHROME
        and lines[i].words >= SOURCE_MIN_WORDS
        and _YEAR.search(lines[i].text)
        and evidence[i].link_share < LINK_SHARE
        and not evidence[i].boiler
        and _below_box_title(lines, i)
    }


def story_items(
    lines: Sequence[Line], evidence: Sequence[Evidence], story: Sequence[int]
) -> set[int]:
    """Lines of trafilatura's story that our checks call a box's items but that are the
    story's own: the sources it cites (:func:`cited_sources`) and its list items with no
    link (:func:`unlinked_items`)."""
    return cited_sources(lines, evidence, story) | unlinked_items(lines, evidence, story)


def unlinked_items(
    lines: Sequence[Line], evidence: Sequence[Evidence], story: Sequence[int]
) -> set[int]:
    """List items of trafilatura's story that our checks call chrome only by their
    neighbours (they follow a box's title and its links) but that have no link at all and
    stand in the article element, not in a box: the story's own points (a press release's
    key points below its "Related content" links), not the box's items."""
    return {
        i
        for i in story
        if lines[i].kind is Kind.CHROME
        and describe(lines[i].text).kind in (Kind.SHORT, Kind.BODY)
        and evidence[i].tag == "li"
        and evidence[i].link_share == 0
        and evidence[i].in_article
        and not evidence[i].boiler
        and _below_box_links(lines, evidence, i)
    }


def _below_box_links(lines: Sequence[Line], evidence: Sequence[Evidence], i: int) -> bool:
    """Line ``i`` is in a run of chrome lines below a box's title, after links (the title's
    or its items')."""
    j = i - 1
    while j >= 0 and lines[j].kind in (Kind.BLANK, Kind.CHROME):
        j -= 1
    if j < 0 or lines[j].kind is not Kind.BOX:
        return False
    return any(evidence[k].link_share >= LINK_SHARE for k in range(j, i))


def _below_box_title(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is in the run of chrome lines below a box's title."""
    title = neighbour(lines, i, -1, (Kind.BLANK, Kind.CHROME))
    return title is not None and lines[title].kind is Kind.BOX


def _stray_link(line: Line, evidence: Evidence) -> bool:
    """A short line that is all link, outside the article element: a menu or teaser item."""
    return line.kind is Kind.SHORT and evidence.link_share >= LINK_SHARE and not evidence.in_article


def _pointer(line: Line, evidence: Evidence) -> bool:
    """A label and a colon before a linked headline, all one paragraph (not a list's item:
    a table of contents): a pointer to another story ("Related: <headline>", "Lire aussi :
    <headline>"), not the story's text."""
    match = _POINTER.fullmatch(line.text.strip())
    return (
        match is not None
        and evidence.tag != "li"
        and evidence.link_share >= POINTER_LINK_SHARE
        and len(match["label"].split()) <= POINTER_LABEL_WORDS
        and POINTER_HEADLINE_WORDS <= len(match["rest"].split()) <= POINTER_HEADLINE_MAX_WORDS
    )


def stray_links(lines: Sequence[Line], evidence: Sequence[Evidence], story: list[int]) -> set[int]:
    """The stray links of trafilatura's story, but those right between two of its lines
    that are not links (blank lines aside): a name or a title linked in a list, not a menu;
    nor a lone one in a paragraph (``<p>``) of its own right below one of its lines that is
    not a link, below its first paragraph (a linked title, a source, the last item of a
    list; a menu is a run of links, a footer's link is not set as a paragraph);
    and pointers to other stories (:func:`_pointer`) below its text (a linked headline
    atop a post is the post's own)."""
    body = [i for i in story if lines[i].kind is Kind.BODY and not _pointer(lines[i], evidence[i])]
    pointers = {i for i in story if body and i > body[0] and _pointer(lines[i], evidence[i])}
    links = {i for i in story if _stray_link(lines[i], evidence[i])}
    text = [i for i, line in enumerate(lines) if line.kind is not Kind.BLANK]
    in_text = {
        i
        for above, i, below in zip(text, text[1:], text[2:], strict=False)
        if i in links and {above, below} <= set(story) and not {above, below} & links
    }
    below_text = {
        i
        for above, i, below in zip(text, text[1:], [*text[2:], -1], strict=False)
        if i in links
        and evidence[i].tag == "p"
        and body
        and i > body[0]
        and above in story
        and above not in links
        and below not in links
    }
    return (links - in_text - below_text) | pointers


def introduced_lists(
    lines: Sequence[Line], evidence: Sequence[Evidence], story: list[int], ours: set[int]
) -> set[int]:
    """The list right below a line of trafilatura's story that ends with a colon ("How to
    protect your home:"), when trafilatura left it out: its items are the dump cleaner's
    lines, not links (a "Read also:" list), one after the other with no blank line between
    (a list or a table, not paragraphs)."""
    in_story = set(story)
    listed: set[int] = set()
    for i in story:
        if not lines[i].text.rstrip().endswith(HEADING_COLON):
            continue
        items = _list_below(lines, i)
        if items and all(
            j not in in_story and _list_item(lines[j], evidence[j], j in ours) for j in items
        ):
            listed.update(items)
    return listed


def introduced_addresses(lines: Sequence[Line], story: list[int]) -> set[int]:
    """A web or mail address alone on the line right below a sentence of trafilatura's story
    that ends with a colon ("Please sign this petition:"): what the sentence points to,
    which trafilatura's precise reading leaves out."""
    in_story = set(story)
    found: set[int] = set()
    for i in story:
        if lines[i].kind is not Kind.BODY or not lines[i].text.rstrip().endswith(HEADING_COLON):
            continue
        j = skip_blank(lines, i + 1)
        if j < len(lines) and j not in in_story and _ADDRESS.fullmatch(lines[j].text):
            found.add(j)
    return found


def _list_below(lines: Sequence[Line], i: int) -> list[int]:
    """The run of lines with no blank between them that starts below line ``i``."""
    return list(block_from(lines, skip_blank(lines, i + 1)))


def _list_item(line: Line, evidence: Evidence, ours: bool) -> bool:
    """A sentence or short line of the dump cleaner's story, not a link, code or a box."""
    return ours and _run_text(line, evidence)


def recipe_ingredients(
    lines: Sequence[Line], evidence: Sequence[Evidence], ingredients: Sequence[str]
) -> set[int]:
    """The lines that are an ingredient the page's recipe data lists, or a part of one (its
    amount and its name in cells of their own): trafilatura often leaves a recipe's
    ingredients out. Text not in a box; a link too (a shop's link on the ingredient's
    name): the recipe data says what it is."""
    listed = [spaced_words(item) for item in ingredients]
    found: set[int] = set()
    if not listed:
        return found
    for i, line in enumerate(lines[: len(evidence)]):
        if line.kind not in (Kind.SHORT, Kind.BODY) or evidence[i].boiler:
            continue
        words = spaced_words(line.text)
        if words.strip() and any(words in item for item in listed):
            found.add(i)
    return found
