"""Describe and classify the lines of a page dump: body text, chrome, markers, captions...

A browser copy of a page gives one block element per line. Body text comes as long,
sentence-shaped lines with mostly lower-case words; menus, teasers and buttons come as
short lines; some lines say what comes next ("Related", "Comments") or are known chrome.
What a line looks like is measured in :mod:`.linefeatures`, the patterns of single lines
are in :mod:`.linemarkers`, and walking from line to line in :mod:`.linewalk`.
"""

from __future__ import annotations

import re

from tts_pipeline.extract.linefeatures import (
    TERMINAL,
    Kind,
    Line,
    clauses_unmarked,
    count_words,
    fold,
    join_cells,
    lower_ratio,
)
from tts_pipeline.extract.linemarkers import (
    boxed_link,
    caps_link,
    chrome_crumbs,
    chrome_items,
    is_dateline,
    links_a_headline,
    matches_whole,
)
from tts_pipeline.extract.names import byline_author
from tts_pipeline.extract.patterns import lines_read, patterns
from tts_pipeline.extract.pipes import bar_row_of_chrome
from tts_pipeline.extract.quotedmarkers import quoted_in_sentence, quoted_prompt
from tts_pipeline.extract.rules import rules
from tts_pipeline.extract.signoffs import (
    has_trailing_credit,
    name_and_paper_credit,
    signed_end,
    signed_paragraph,
)

BYLINE_WITH_COLON_MAX_WORDS = 4
"""Most words of a byline that ends with a colon ("Von Anna Müller:")."""
_BULLET = re.compile(r"[–•·▪-]\s")
"""A list item's bullet at the start of a line: "– 2 May: meeting in Basel" is an item."""
_NOTICE = re.compile(r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*\d{4}\b")
"""The opening of a copyright notice: "Copyright © 2026", "© 2019-2026" (matched at the
start of a line)."""
_WIDE_GAP = re.compile(r"\S(?:\s{3,}|\t)\S")


def describe(raw: str) -> Line:
    """Classify one raw line of a dump (once per page: a line met again is looked up)."""
    memo = lines_read()
    if memo is None:
        return _describe(raw)
    line = memo.get(raw)
    if line is None:
        line = memo[raw] = _describe(raw)
    return line


def _describe(raw: str) -> Line:
    text = join_cells(raw) if "\t" in raw else " ".join(raw.split())
    if not text:
        return Line("", Kind.BLANK, 0, False, None)
    words = count_words(text)
    terminal = bool(TERMINAL.search(text)) or signed_end(text) or clauses_unmarked(text, words)
    lower = lower_ratio(text)
    gaps = len(_WIDE_GAP.findall(raw.strip()))
    kind = _kind(text, words, terminal, lower, gaps)
    return Line(text, kind, words, terminal, lower, gaps)


def _kind(text: str, words: float, terminal: bool, lower: float | None, gaps: int) -> Kind:
    p, r = patterns(), rules().lines
    folded = fold(text)
    marker = words <= r.end_max_words and matches_whole(p.end_markers, folded)
    if marker and not (
        is_body(folded, words, terminal, lower, gaps)
        and quoted_in_sentence(p.end_markers, folded, text)
    ):
        return Kind.END  # (a sentence that quotes a notice mid-way is the story's text)
    if "|" in folded and bar_row_of_chrome(folded):
        return Kind.CHROME
    if words <= r.prompt_max_words and _NOTICE.match(folded) and p.copyright_words.search(folded):
        return Kind.END  # a long copyright notice with terms of use after it
    if matches_whole(p.box_markers, folded):
        if (links_a_headline(text) or caps_link(p.box_markers, text)) and (
            words <= r.chrome_max_words
        ):
            return Kind.CHROME  # "Read more: <a headline>": one link, the story goes on
        if words <= r.box_max_words:
            return Kind.BOX
    if words <= r.byline_max_words and is_dateline(text) and not _BULLET.match(text):
        return Kind.DATE
    if words <= r.chrome_max_words:
        if p.chrome.fullmatch(folded) or chrome_items(text) or chrome_crumbs(folded):
            return Kind.CHROME
        if (p.captions.fullmatch(folded) and not signed_paragraph(text)) or has_trailing_credit(
            text, terminal, words
        ):
            return Kind.CAPTION
        if not terminal and name_and_paper_credit(text) and not byline_author(text):
            return Kind.CAPTION  # (not "By Jane Roe/The Valley Times", a byline)
        if not terminal and (boxed_link(p.box_markers, folded) or caps_link(p.box_markers, text)):
            return Kind.CHROME  # "RELATED: <a headline>": a link to another story
    if (
        words <= r.prompt_max_words
        and p.prompts.search(folded)
        and not quoted_prompt(p.prompts, folded, terminal)
    ):
        return Kind.CHROME
    if words <= r.byline_max_words and not _introduces(text, words) and byline_author(text):
        return Kind.BYLINE
    if is_body(folded, words, terminal, lower, gaps):
        return Kind.BODY
    return Kind.SHORT


def _introduces(text: str, words: float) -> bool:
    """A line of more than a name that ends with a colon introduces what follows (a list):
    "Von der Pflicht sind ausgenommen:" begins like a German byline but is a sentence."""
    return words > BYLINE_WITH_COLON_MAX_WORDS and text.endswith(":")


def is_body(folded: str, words: float, terminal: bool, lower: float | None, gaps: int) -> bool:
    """A sentence of running text: long enough, ending like a sentence, in the case of
    running text."""
    r = rules().lines
    if gaps >= 2 and not terminal:
        return False
    cased_ok = lower is None or lower >= r.min_lower_share or (terminal and words >= 20)
    if words >= r.body_min_words and (terminal or words >= r.body_any_end_words) and cased_ok:
        return True
    if words >= r.short_sentence_min_words and terminal:
        return lower is None or lower >= r.short_sentence_lower_share
    return False
