"""Describe and classify the lines of a page dump: body text, chrome, markers, captions...

A browser copy of a page gives one block element per line. Body text comes as long,
sentence-shaped lines with mostly lower-case words; menus, teasers and buttons come as
short lines; some lines say what comes next ("Related", "Comments") or are known chrome.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from tts_pipeline.extract.dates import find_date, is_relative_time
from tts_pipeline.extract.names import byline_author
from tts_pipeline.extract.patterns import lines_read, patterns
from tts_pipeline.extract.pipes import bar_row_of_chrome
from tts_pipeline.extract.rules import rules
from tts_pipeline.extract.signoffs import has_trailing_credit, signed_end, signed_paragraph

BYLINE_WITH_COLON_MAX_WORDS = 4
"""Most words of a byline that ends with a colon ("Von Anna Müller:")."""
_DATE_TWICE = re.compile(r"(\d[^|]{4,25}?(?:19|20)\d\d)\1")
"""A date written twice with nothing between ("6. May 20206. May 2020"): a post's dates of
publication and of its last update, glued together by the browser's copy."""
_CLOCK = re.compile(r"\b[0-2]?\d:[0-5]\d(?:\s*(?i:[ap]\.?\s?m)\b\.?)?(?:\s+[A-Z]{1,3}T\b)?")
"""A time of day with its zone ("11:48 p.m. CT", "9:05 AM EDT"), which a dateline may give
beside each of its two dates: no more text than the date."""
QUESTION_MARKS = ("?", "？", "؟")
"""The question marks of the scripts of news pages."""
_TERMINAL = re.compile(r"""(?<![.…])[.!?:;。！？؟۔।]["'”’“‘»›)\]」』]*$""")
"""A sentence's end, maybe inside closing quotes (German „…“ and ‚…‘ too); not an ellipsis,
which ends truncated teasers."""
_MARKS = "".join(
    c
    for block in (range(0x0590, 0x1E00), range(0xA600, 0xAC00))  # Hebrew to Mongolian...
    for c in map(chr, block)
    if unicodedata.category(c) in ("Mn", "Mc")
)
"""Combining marks of the scripts after Latin, Greek and Cyrillic (the blocks from Hebrew to
Mongolian and their extensions; a tenth of the time of a scan of the whole plane): the
vowel signs of Indic scripts are no \\w but part of their word."""
_WORD = re.compile(rf"[^\W\d_][\w'’{re.escape(_MARKS)}-]*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
"""Letters and signs of the scripts of South-East Asia written without spaces between words
(Thai, Lao, Myanmar, Khmer): about four make a word."""
UNSPACED_PER_WORD = 4
_CELL_ENDS = frozenset(",.;:!?-–—|/")
"""A cell ending in one of these needs no comma after it."""
_BULLET = re.compile(r"[–•·▪-]\s")
"""A list item's bullet at the start of a line: "– 2 May: meeting in Basel" is an item."""
_NOTICE = re.compile(r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*\d{4}\b")
"""The opening of a copyright notice: "Copyright © 2026", "© 2019-2026" (matched at the
start of a line)."""
_WIDE_GAP = re.compile(r"\S(?:\s{3,}|\t)\S")


class Kind(str, Enum):
    """What a line of a page dump is."""

    BLANK = "blank"
    CHROME = "chrome"
    """Menus, buttons, widgets, prompts: never article text."""
    END = "end"
    """A line after which the article does not go on (comments, author box, footer)."""
    BOX = "box"
    """A line opening a box of other content (related stories, newsletter)."""
    CAPTION = "caption"
    BYLINE = "byline"
    DATE = "date"
    """A dateline: a date or time and little else."""
    BODY = "body"
    """A sentence-shaped line: text of the story (or of a teaser)."""
    SHORT = "short"
    """Any other line: a headline, a subheading, a menu item, a teaser's title."""


@dataclass(frozen=True)
class Line:
    """One line of a page dump and what it looks like."""

    text: str
    """The line with its white space normalised."""
    kind: Kind
    words: float
    """Length in words; a CJK character counts as half a word, a Thai letter a quarter."""
    terminal: bool
    """Ends like a sentence (full stop, question mark, colon...)."""
    lower: float | None
    """Share of words that start lower-case; None for scripts without case."""
    wide_gaps: int = 0
    """Runs of three or more spaces inside the line (inline menus)."""


def count_words(text: str) -> float:
    """Words of ``text``; CJK characters, written without spaces, count half a word each,
    and the letters of Thai, Lao, Myanmar and Khmer (no spaces either) a quarter."""
    cjk = len(_CJK.findall(text))
    unspaced = len(_UNSPACED.findall(text))
    rest = _UNSPACED.sub(" ", _CJK.sub(" ", text)) if unspaced else _CJK.sub(" ", text)
    return len(_WORD.findall(rest)) + cjk / 2 + unspaced / UNSPACED_PER_WORD


def lower_ratio(text: str) -> float | None:
    """Share of the cased words of ``text`` that start lower-case."""
    cased = [w for w in _WORD.findall(text) if w[0].lower() != w[0].upper()]
    if len(cased) < 2:
        return None
    return sum(w[0].islower() for w in cased) / len(cased)


def join_cells(raw: str) -> str:
    """A line with its white space normalised; the cells of a table row (split by tabs, as a
    browser copies them) joined by commas, so that a voice pauses between them ("1, 16
    March, Australia") rather than reading one run of words."""
    cells = [" ".join(cell.split()) for cell in raw.split("\t")]
    text = ""
    for cell in filter(None, cells):
        text += (", " if text and text[-1] not in _CELL_ENDS else " " if text else "") + cell
    return text


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
    terminal = bool(_TERMINAL.search(text)) or signed_end(text)
    lower = lower_ratio(text)
    gaps = len(_WIDE_GAP.findall(raw.strip()))
    kind = _kind(text, words, terminal, lower, gaps)
    return Line(text, kind, words, terminal, lower, gaps)


def fold(text: str) -> str:
    """``text`` in lower case as the patterns are written: Turkish "İ" becomes "i", not "i"
    with a combining dot above (what ``str.lower`` gives)."""
    return text.lower().replace("i\u0307", "i")


def _kind(text: str, words: float, terminal: bool, lower: float | None, gaps: int) -> Kind:
    p, r = patterns(), rules().lines
    folded = fold(text)
    if words <= r.end_max_words and matches_whole(p.end_markers, folded):
        return Kind.END
    if "|" in folded and bar_row_of_chrome(folded):
        return Kind.CHROME
    if words <= r.prompt_max_words and _NOTICE.match(folded) and p.copyright_words.search(folded):
        return Kind.END  # a long copyright notice with terms of use after it
    if matches_whole(p.box_markers, folded):
        if (_links_a_headline(text) or _caps_link(p.box_markers, text)) and (
            words <= r.chrome_max_words
        ):
            return Kind.CHROME  # "Read more: <a headline>": one link, the story goes on
        if words <= r.box_max_words:
            return Kind.BOX
    if words <= r.byline_max_words and is_dateline(text) and not _BULLET.match(text):
        return Kind.DATE
    if words <= r.chrome_max_words:
        if p.chrome.fullmatch(folded) or chrome_items(text):
            return Kind.CHROME
        if (p.captions.fullmatch(folded) and not signed_paragraph(text)) or has_trailing_credit(
            text, terminal, words
        ):
            return Kind.CAPTION
        if not terminal and (_boxed_link(p.box_markers, folded) or _caps_link(p.box_markers, text)):
            return Kind.CHROME  # "RELATED: <a headline>": a link to another story
    if words <= r.prompt_max_words and p.prompts.search(folded):
        return Kind.CHROME
    if words <= r.byline_max_words and not _introduces(text, words) and byline_author(text):
        return Kind.BYLINE
    if is_body(folded, words, terminal, lower, gaps):
        return Kind.BODY
    return Kind.SHORT


CHROME_ITEMS_MAX_WORDS = 16
"""Longest line read as a row of chrome items (a share bar)."""
_GLUED_ITEM = re.compile(r"(?<=[^\W\d_])(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")
"""Where a browser's copy glued two items of a bar ("Compartir en XCopiar enlace")."""
_ITEM_WORD = re.compile(r"[^\s|·•/,]+")


def chrome_items(text: str) -> bool:
    """The line is two or more items of chrome (or end markers: "Comments") that a browser's
    copy glued together ("Compartir en FacebookCopiar enlace", "TeilenDrucken"): a share
    bar or a row of buttons. Each item opens with a capital letter (or a letter of a script
    without case), and one at least is glued to the item before it."""
    words: list[str] = []
    glue: list[bool] = []  # each word: glued to the word before it
    for n, piece in enumerate(_GLUED_ITEM.split(text)):
        pieces = _ITEM_WORD.findall(piece)
        words += pieces
        glue += [n > 0 and k == 0 for k in range(len(pieces))]
    if not 2 <= len(words) <= CHROME_ITEMS_MAX_WORDS or not any(glue):
        return False
    chrome, ends = patterns().chrome, patterns().end_markers
    items: dict[int, tuple[int, bool]] = {0: (0, False)}  # word index -> (items, glued)
    for start in range(len(words)):
        if start not in items or not words[start][0].isalpha() or words[start][0].islower():
            continue
        count, seen = items[start]
        for stop in range(start + 1, len(words) + 1):
            item = fold(" ".join(words[start:stop]))
            if chrome.fullmatch(item) or ends.fullmatch(item):
                after = (count + 1, seen or glue[start])
                items[stop] = max(items.get(stop, (0, False)), after)
    count, seen = items.get(len(words), (0, False))
    return count >= 2 and seen


def matches_whole(markers: re.Pattern, folded: str) -> bool:
    """The folded line is one of ``markers`` (an end or box marker, a recipe's heading) as
    the data writes it, or with a colon after it ("Mehr zum Thema:", "1 Kommentar:")."""
    if markers.fullmatch(folded):
        return True
    return folded.endswith(":") and markers.fullmatch(folded.rstrip(": ")) is not None


def _links_a_headline(text: str) -> bool:
    """A box marker, a colon and a headline of three words or more ("Read more: Bridge opens
    in May"): a link to another story inside this one, not the start of a box. A list after
    the colon ("Tags: bridge, city, river") is not a headline."""
    marker, colon, rest = text.partition(":")
    words = max(len(rest.split()), count_words(rest))  # a Thai or Chinese headline has no spaces
    return bool(colon) and len(marker) <= 40 and words >= 3 and rest.count(",") <= 1


def _caps_link(markers: re.Pattern, text: str) -> bool:
    """A box marker in capitals, then a headline of three words or more on the same line,
    maybe glued to it by a browser's copy ("LEGGI ANCHE Maturità, come sarà l'esame",
    "À LIRE AUSSIPesticides : ce qui change"): a link to another story, not a box's title."""
    first_lower = next((k for k, c in enumerate(text) if c.islower()), 0)
    if first_lower < 2 or not text[first_lower - 1].isupper():
        return False
    marker, rest = text[: first_lower - 1].strip(), text[first_lower - 1 :]
    return (
        sum(c.isalpha() for c in marker) >= 2
        and markers.fullmatch(fold(marker)) is not None
        and count_words(rest) >= 3
    )


_KICKER = re.compile(r"((?:[A-Z][A-Z'-]+ ){1,3})([A-Z][a-z]\S*(?: \S+){3,})")
"""A kicker in capitals, then a headline of four words or more in sentence case."""
KICKER_MIN_LETTERS = 6
"""Fewest letters of a kicker of one word (an acronym opening a heading is shorter)."""


def kicker_led(text: str) -> bool:
    """A kicker in capitals, then a headline in sentence case, no full stop: a tabloid's
    teaser of another story ("SEA RESCUE Boy, 9, saved from lilo") or, one under another,
    a roundup's picks ("BEST FOR FAMILIES <a park>, from <a price>")."""
    if _TERMINAL.search(text):
        return False
    found = _KICKER.fullmatch(text)
    if found is None:
        return False
    kicker = found.group(1).split()
    letters = sum(c.isalpha() for c in "".join(kicker))
    share = lower_ratio(found.group(2))
    return (len(kicker) > 1 or letters >= KICKER_MIN_LETTERS) and (share or 0) >= 0.5


def _boxed_link(markers: re.Pattern, folded: str) -> bool:
    """A box marker, a colon and a headline: "Related: Old cinema to reopen"."""
    marker, colon, _ = folded.partition(":")
    return (
        bool(colon) and markers.fullmatch(marker.strip()) is not None and _links_a_headline(folded)
    )


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


def stop_word_share(folded: str) -> float:
    """Share of the words of a lower-cased line that are function words of its languages
    (shown by ``clean --explain``: running text is full of them, menus have none)."""
    found = _WORD.findall(folded)
    if not found:
        return 0.0
    stop = patterns().stop_words
    return sum(word in stop for word in found) / len(found)


def is_dateline(text: str) -> bool:
    """A line that gives a date or time and little else (a date written twice, glued, counts
    once; a second date, the update's, is no more text than the first, nor are the times of
    day beside two dates: "Published 9:05 a.m. ET Feb. 3 | Updated 4:40 p.m. ET Feb. 4")."""
    if is_relative_time(fold(text)):
        return True
    text = _DATE_TWICE.sub(r"\1", text)
    found = find_date(text)
    if not found:
        return False
    rest = text[: found.span[0]] + " " + text[found.span[1] :]
    second = find_date(rest)
    if second:
        rest = _CLOCK.sub(" ", rest[: second.span[0]] + " " + rest[second.span[1] :])
    return count_words(rest) <= rules().lines.dateline_max_other_words


def is_update_mark(line: Line) -> bool:
    """The line is an update's time of day ("4:14 p.m.") or the rule between updates
    ("___"): the ``update_marks`` of the chrome data."""
    return patterns().update_marks.fullmatch(fold(line.text.strip())) is not None


def neighbour(
    lines: Sequence[Line], i: int, step: int, skipped: tuple[Kind, ...] = (Kind.BLANK,)
) -> int | None:
    """Index of the nearest line above (``step=-1``) or below (``step=1``) line ``i`` that
    is not of the ``skipped`` kinds (blank lines), or None."""
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].kind not in skipped:
            return j
        j += step
    return None


def neighbour_kind(lines: Sequence[Line], i: int, step: int) -> Kind | None:
    """Kind of the nearest non-blank line above or below line ``i``."""
    j = neighbour(lines, i, step)
    return None if j is None else lines[j].kind


def own_block(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` has a blank line (or the page's edge) above and below it."""
    return all(not 0 <= j < len(lines) or lines[j].kind is Kind.BLANK for j in (i - 1, i + 1))


def is_fragment(line: Line) -> bool:
    """A short line shaped like a piece of running text (a verse, a list's item, a step):
    ``fragment_min_words`` words or more, a ``fragment_lower_share`` of them lower-case;
    a headline or a menu's item is title-case."""
    r = rules().lines
    return (
        line.kind is Kind.SHORT
        and line.words >= r.fragment_min_words
        and (line.lower or 0) >= r.fragment_lower_share
    )


def is_label(line: Line, max_words: float) -> bool:
    """A short line of ``max_words`` words at most that ends no piece of a sentence (no
    full stop, comma or semicolon): a heading, a title, a step's or a row's name."""
    return (
        line.kind is Kind.SHORT
        and line.words <= max_words
        and not line.text.endswith((".", ",", ";"))
    )


def block_from(lines: Sequence[Line], i: int) -> range:
    """The lines from ``i`` down to the next blank line (or the page's end): the rest of
    line ``i``'s block; empty when line ``i`` is blank or past the end."""
    end = i
    while end < len(lines) and lines[end].kind is not Kind.BLANK:
        end += 1
    return range(i, end)


def skip_blank(lines: Sequence[Line], j: int) -> int:
    """Index of the first line from ``j`` on that is not blank (``len(lines)`` if none)."""
    while j < len(lines) and lines[j].kind is Kind.BLANK:
        j += 1
    return j
