"""Correct the kind of a line by the lines around it.

A line classified alone can be wrong: a caption reads like body text until the photo
credit under it shows what it is; a teaser reads like a short paragraph until one sees
the "Most popular" box it sits in; a pull quote repeats a paragraph of the story.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tts_pipeline.extract.contents import contents_lists
from tts_pipeline.extract.dropcaps import rejoin_drop_capitals
from tts_pipeline.extract.galleries import gallery_captions
from tts_pipeline.extract.linefeatures import QUESTION_MARKS, Kind, Line, fold
from tts_pipeline.extract.linemarkers import kicker_led
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.linewalk import skip_blank
from tts_pipeline.extract.names import is_name
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.sourceditems import signed_items
from tts_pipeline.extract.tables import table_rows
from tts_pipeline.extract.threads import comment_threads
from tts_pipeline.extract.titleshape import two_sentences

CREDIT_MAX_WORDS = 8
"""Longest photo credit ("Photo: Getty Images") that makes the line above it a caption."""
CAPTION_MAX_WORDS = 60
"""Longest line taken for a caption because a credit follows it."""
SHORT_CAPTION_MIN_WORDS = 4
"""Fewest words of a short line taken for a caption because a credit follows it (a shorter
one is a list's item, an answer, a name: "Bugs Bunny.")."""
SAME_START = 40
"""Characters two lines share at their start when one repeats the other (a caption shown
twice, once shortened)."""
DUPLICATE_MIN_WORDS = 6
"""Shortest body line dropped when it repeats an earlier one (pull quotes, captions)."""
BOX_TITLE_MAX_WORDS = 4
"""A box marker this short is a box's title; a longer one may be a whole link."""
BOX_ITEM_MAX_WORDS = 25
"""Longest line taken for an item of a box that runs on from a box marker."""
SUMMARY_BOX_MIN_ITEMS = 3
"""Fewest sentence items right under a box marker that make it a box of news summaries."""
LINKS_BEFORE_STORY = 2
"""Fewest links in a box's run that make a sentence right after them the story going on."""
HEADING_MAX_WORDS = 6
"""Longest subheading of a story taken back from a box's run above its paragraph (a link
to another story carries its headline, most often longer)."""
POLL_MIN_ANSWERS = 2
"""Fewest answers of a poll under its question."""
POLL_ANSWER_MAX_WORDS = 6
"""Longest answer of a poll ("Không có ý kiến")."""
TEASER_MIN_PAIRS = 2
"""Fewest teasers (a title, then a summary) under a box title that make it a box."""
TEASER_LIST_MIN = 3
"""Fewest teasers with longer summaries (or with a date each) that make a list of teasers."""
TEASER_SUMMARY_MAX_WORDS = 60
"""Longest summary of a teaser."""


def in_context(lines: list[Line], dump: bool = True) -> list[Line]:
    """``lines`` with captions, box items, repeats and the rows of data tables marked as such.
    An HTML page's lines (``dump`` False) leave teasers of long summaries, or dated ones, to
    the page's markup (its cards)."""
    out = list(lines)
    rejoin_drop_capitals(out)
    _captions_above_credits(out)
    signed_items(out)
    gallery_captions(out)
    unboxed = list(out)
    _box_items(out)
    _polls(out)
    _teaser_pairs(out, dump, unboxed)
    if dump:
        comment_threads(out)
    _kicker_teasers(out)
    _repeats(out)
    table_rows(out)
    return out


def _captions_above_credits(lines: list[Line]) -> None:
    """Body lines right above a photo credit (no blank line between) are its caption, and
    so is a short line (a caption without its full stop); a credit naming the text's
    source ("Source: <agency>") is not a photo's."""
    for i, line in enumerate(lines):
        if line.kind is not Kind.CAPTION or line.words > CREDIT_MAX_WORDS:
            continue
        if patterns().source_credits.match(line.text.strip().lower()):
            continue
        alone = patterns().captions.fullmatch(fold(line.text)) is not None
        j = i - 1
        while j >= 0 and _captioned(lines[j], alone):
            lines[j] = replace(lines[j], kind=Kind.CAPTION)
            if j == 0 or lines[j - 1].text[:SAME_START] != lines[j].text[:SAME_START]:
                break
            j -= 1


def _captioned(line: Line, alone: bool) -> bool:
    """A line a photo credit right under it makes a caption: body text of at most
    ``CAPTION_MAX_WORDS``, or a short line of ``SHORT_CAPTION_MIN_WORDS`` or more when the
    credit stands alone ("Photo: Jane Doe"; a line that ends on a word after a sentence
    may be a table's row)."""
    if line.kind is Kind.SHORT:
        return alone and SHORT_CAPTION_MIN_WORDS <= line.words <= CAPTION_MAX_WORDS
    return line.kind is Kind.BODY and line.words <= CAPTION_MAX_WORDS


def _box_items(lines: list[Line]) -> None:
    """The lines under a box marker are the box's items: the short lines up to the next
    blank line, or, when the first item stands alone, all the short lines that follow.
    A sentence standing alone right under the marker is the story going on."""
    for i, line in enumerate(lines):
        if line.kind is not Kind.BOX or not _opens_box(line):
            continue
        first = j = skip_blank(lines, i + 1)
        while j < len(lines) and lines[j].kind in (Kind.SHORT, Kind.BODY, Kind.CHROME):
            if lines[j].words > BOX_ITEM_MAX_WORDS or _sentence_after_links(lines, j, first):
                j -= _heading_above(lines, j, first)
                break
            if _paragraph_after_chrome(lines, j, first):
                break
            j += 1
        if j == first + 1 and lines[first].kind is Kind.BODY:
            continue  # a paragraph on its own after the marker: the story goes on
        if j - first >= SUMMARY_BOX_MIN_ITEMS and all(
            lines[k].kind is Kind.BODY for k in range(first, j)
        ):
            while j < len(lines) and lines[j].kind is Kind.BODY:
                j += 1  # a box of news summaries: its longer summaries are items too
        for k in range(first, j):
            lines[k] = replace(lines[k], kind=Kind.CHROME)
        if j == first + 1:  # items apart by blank lines: take the short ones that follow
            j = skip_blank(lines, j)
            while j < len(lines) and lines[j].kind in (Kind.SHORT, Kind.CHROME):
                if _heads_a_story(lines, j):
                    break
                lines[j] = replace(lines[j], kind=Kind.CHROME)
                j = skip_blank(lines, j + 1)


def _paragraph_after_chrome(lines: list[Line], j: int, first: int) -> bool:
    """Line ``j`` of a box's run is a paragraph of two sentences or more right after
    chrome (a video's duration, a button): the story going on below the box, not an item."""
    if j == first or lines[j].kind is not Kind.BODY or lines[j - 1].kind is not Kind.CHROME:
        return False
    return two_sentences(lines[j].text)


def _sentence_after_links(lines: list[Line], j: int, first: int) -> bool:
    """Line ``j`` of a box's run is a sentence (not a question) right after
    ``LINKS_BEFORE_STORY`` or more links (lines with no sentence end) that a browser's copy
    ran into the story's next paragraph, not a teaser's summary: more body text follows the
    blank line under it."""
    line = lines[j]
    if line.kind is not Kind.BODY or not line.terminal or line.text.endswith(QUESTION_MARKS):
        return False
    links = [lines[k] for k in range(first, j)]
    if len(links) < LINKS_BEFORE_STORY or any(_not_link(link) for link in links):
        return False
    below = skip_blank(lines, j + 1)
    return j + 1 < below < len(lines) and lines[below].kind is Kind.BODY


def _heading_above(lines: list[Line], j: int, first: int) -> int:
    """1 when the last line of a box's run, right above the story's paragraph ``j`` (no
    blank line between), is a short title after ``LINKS_BEFORE_STORY`` or more links: the
    story's subheading, which a browser's copy sets right above its paragraph; else 0."""
    head = lines[j - 1]
    if lines[j].kind is not Kind.BODY or not lines[j].terminal:
        return 0
    if j - 1 - first < LINKS_BEFORE_STORY or head.kind is not Kind.SHORT:
        return 0
    return int(head.words <= HEADING_MAX_WORDS and not head.terminal)


def _not_link(line: Line) -> bool:
    """A line of a box's run that is no link: body text, or a line ending a sentence."""
    return line.kind is Kind.BODY or line.terminal


def _polls(lines: list[Line]) -> None:
    """A question right above ``POLL_MIN_ANSWERS`` or more short answers and a button (no
    blank line between) is a poll's: not the story's text."""
    for i, line in enumerate(lines):
        if line.kind is not Kind.BODY or not line.text.endswith(QUESTION_MARKS):
            continue
        j = i + 1
        while j < len(lines) and lines[j].kind is Kind.SHORT:
            if lines[j].words > POLL_ANSWER_MAX_WORDS:
                break
            j += 1
        if j - i - 1 >= POLL_MIN_ANSWERS and j < len(lines) and lines[j].kind is Kind.CHROME:
            lines[i] = replace(line, kind=Kind.CHROME)


def _teaser_pairs(lines: list[Line], dump: bool, unboxed: list[Line]) -> None:
    """A box title followed by ``TEASER_MIN_PAIRS`` or more teasers, each a title and a
    sentence or two of summary, or by ``TEASER_LIST_MIN`` or more with longer summaries, is
    a box: its summaries are not the story going on. So is a run of ``TEASER_LIST_MIN`` or
    more teasers that each carry a date (a title, a summary, "2 days ago"), box title or not;
    but not entries each headed by their time (a live blog: the time above the title).
    Teasers under a box title are counted on the ``unboxed`` lines (before the box's first
    block was made its items), so that the first teaser is counted with the others."""
    for i, line in enumerate(lines):
        if line.kind is Kind.BOX and _opens_box(line):
            longest = TEASER_SUMMARY_MAX_WORDS if dump else BOX_ITEM_MAX_WORDS
            units = _teasers(unboxed, skip_blank(lines, i + 1), longest, dump, named=True)
            brief = all(lines[unit[1]].words <= BOX_ITEM_MAX_WORDS for unit in units)
            if len(units) < (TEASER_MIN_PAIRS if brief else TEASER_LIST_MIN):
                continue
        elif dump and line.kind in (Kind.SHORT, Kind.CHROME) and not _dated_above(lines, i):
            units, brief = _teasers(lines, i, TEASER_SUMMARY_MAX_WORDS, dump), False
            if len(units) < TEASER_LIST_MIN or not all(_dated_teaser(lines, u) for u in units):
                continue
        else:
            continue
        # the titles of longer teasers stay short lines: a label over each is still seen
        for k in (k for unit in units for k in unit[0 if brief else 1 :]):
            lines[k] = replace(lines[k], kind=Kind.CHROME)


def _dated_teaser(lines: list[Line], unit: list[int]) -> bool:
    """A teaser of a dated list: a headline (a short line, not an ad's label or a button)
    with its summary and a date."""
    return len(unit) > 2 and lines[unit[0]].kind is Kind.SHORT


def _dated_above(lines: list[Line], i: int) -> bool:
    """The nearest line above line ``i`` (blank lines aside) is a dateline."""
    j = i - 1
    while j >= 0 and lines[j].kind is Kind.BLANK:
        j -= 1
    return j >= 0 and lines[j].kind is Kind.DATE


def _teasers(
    lines: list[Line], j: int, longest: int, dated: bool, named: bool = False
) -> list[list[int]]:
    """The teasers from line ``j`` on, each the indices of its title, its summary (one body
    line of at most ``longest`` words), if ``dated`` the datelines after either, and if
    ``named`` (teasers under a box title) the name of its author under them."""
    units: list[list[int]] = []
    while j < len(lines) and lines[j].kind in (Kind.SHORT, Kind.CHROME):
        if describe(lines[j].text).kind is Kind.CHROME:
            break  # a share bar or a button by its own words: no teaser's title
        unit, k = _dated(lines, [j], skip_blank(lines, j + 1), dated)
        if k >= len(lines) or not _summary(lines, j, k) or lines[k].words > longest:
            break
        unit, j = _dated(lines, [*unit, k], skip_blank(lines, k + 1), dated)
        if named and j < len(lines) and lines[j].kind is Kind.SHORT and is_name(lines[j].text):
            unit, j = [*unit, j], skip_blank(lines, j + 1)
        units.append(unit)
    return units


def _summary(lines: list[Line], title: int, k: int) -> bool:
    """Line ``k`` can be the summary of the teaser titled by line ``title``: body text, or,
    right under a title without a sentence end, a sentence a box's run already made chrome
    (the first card under a box title, its title and summary on two lines with no blank
    between, as a browser copies a card)."""
    line = lines[k]
    if line.kind is Kind.BODY:
        return True
    if k != title + 1 or lines[title].terminal or line.kind is not Kind.CHROME:
        return False
    return describe(line.text).kind is Kind.BODY


def _dated(lines: list[Line], unit: list[int], j: int, dated: bool) -> tuple[list[int], int]:
    """``unit`` with the datelines from line ``j`` on, and the index of the line after them."""
    while dated and j < len(lines) and lines[j].kind is Kind.DATE:
        unit, j = [*unit, j], skip_blank(lines, j + 1)
    return unit, j


def _heads_a_story(lines: list[Line], j: int) -> bool:
    """A byline or dateline follows line ``j``: it is a story's headline, not a box item."""
    following = skip_blank(lines, j + 1)
    return following < len(lines) and lines[following].kind in (Kind.BYLINE, Kind.DATE)


def _opens_box(line: Line) -> bool:
    """A box's title ("Related stories"), not a link given in full ("Read more: <title>")."""
    text = line.text.rstrip()
    return line.words <= BOX_TITLE_MAX_WORDS or text.endswith(":") or ": " not in text


def _kicker_teasers(lines: list[Line]) -> None:
    """A short line led by a kicker in capitals, with no such line right above or below it,
    is a tabloid's teaser of another story set amid this one; kicker-led lines one under
    another are a list (a roundup's picks), left to the story."""
    led = [line.kind is Kind.SHORT and kicker_led(line.text) for line in lines]
    for i, line in enumerate(lines):
        if led[i] and not (i > 0 and led[i - 1]) and not (i + 1 < len(lines) and led[i + 1]):
            lines[i] = replace(line, kind=Kind.CHROME)


def _repeats(lines: list[Line]) -> None:
    """A body line that repeats an earlier one is a pull quote or a caption shown twice; the
    entries of a table of contents are chrome, not the subheadings they repeat."""
    seen: set[str] = set()
    contents = contents_lists(lines)
    for i in contents:  # a table of contents: its entries go, the subheadings stay
        lines[i] = replace(lines[i], kind=Kind.CHROME)
    for i, line in enumerate(lines):
        if line.kind is not Kind.BODY or line.words < DUPLICATE_MIN_WORDS:
            continue
        if line.text in seen or _quotes_a_paragraph(lines, i):
            lines[i] = replace(line, kind=Kind.CHROME)
        seen.add(line.text)


_QUOTED = re.compile(r"[\"“”‘’'](.+)[\"“”‘’']")
"""A line quoted from end to end, its words inside the quotation marks."""


def _quotes_a_paragraph(lines: list[Line], i: int) -> bool:
    """Line ``i`` is quoted from end to end and its words stand inside a longer body line
    above or below it, with no end marker between (a comment under the story that quotes
    it is no paragraph of the story): a pull quote lifted from that paragraph."""
    line = lines[i]
    quoted = _QUOTED.fullmatch(line.text)
    if quoted is None:
        return False
    words = quoted.group(1).strip()
    first = next((j + 1 for j in range(i - 1, -1, -1) if lines[j].kind is Kind.END), 0)
    end = next((j for j in range(i + 1, len(lines)) if lines[j].kind is Kind.END), len(lines))
    return any(
        other.kind is Kind.BODY and other.words > line.words and words in other.text
        for other in lines[first:end]
    )
