"""Choose the headline among the lines above a story: the line a breadcrumb ends in, a
headline a browser's copy ran into the menu above it, else the best scored headline-shaped
line (a block of its own, above the byline, leading into the story, repeated by the page)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.linewalk import neighbour, own_block
from tts_pipeline.extract.menuwords import menu_items_row
from tts_pipeline.extract.names import credit_name, is_name
from tts_pipeline.extract.storyfields import Shape, field_shape
from tts_pipeline.extract.titleshape import looks_like_title, plain_headline

DECK_MIN_WORDS = 12
DECK_TITLE_MIN_WORDS = 5
"""A headline-shaped line this long right under a shorter one (of at least
``DECK_TITLE_MIN_WORDS``) is a deck, not the headline."""

# Points of the headline score.
TITLE_WORD_POINTS, TITLE_WORDS_COUNTED = 0.25, 12
DISTANCE_PENALTY = 0.3
"""Per line (not blank, not chrome) between a candidate and the byline above which it
stands, or else the body."""
OWN_BLOCK_POINTS = 2.0
"""Blank lines above and below: a block of its own."""
LEADS_IN_POINTS = 2.0
"""Followed by a byline, a dateline, a caption or body text."""
ABOVE_BYLINE_POINTS = 4.0
"""Above the byline or dateline."""
REPEATED_POINTS = 2.0
"""The page repeats it (a breadcrumb, a share text)."""
IN_LIST_PENALTY = 3.0
NAME_PENALTY = 6.0
DECK_PENALTY = 2.5


def best_title(lines: Sequence[Line], above: list[int]) -> int | None:
    """The most headline-like line among those above the body: the one a breadcrumb ends
    in, else the best scored."""
    under_crumb = _under_breadcrumb(lines, above)
    if under_crumb is not None:
        return under_crumb
    post = _post_under_date_header(lines, above)
    if post is not None:
        return post
    texts = [line.text for line in lines if line.kind is not Kind.BLANK]
    bylines = [i for i in above if lines[i].kind in (Kind.BYLINE, Kind.DATE)]
    top_byline = min(bylines) if bylines else None
    best, best_score = None, float("-inf")
    counted = [j for j in above if lines[j].kind is not Kind.CHROME]
    for i in above:
        if not looks_like_title(lines[i]) or _is_credit(lines, i) or _row_of_cells(lines[i]):
            continue
        if _among_fields(lines, i):
            continue
        score = _title_score(lines, i, texts)
        below = top_byline if top_byline is not None and i < top_byline else len(lines)
        if below < len(lines):
            score += ABOVE_BYLINE_POINTS
        score -= DISTANCE_PENALTY * sum(1 for j in counted if i < j < below)
        if score > best_score:
            best, best_score = i, score
    best = _crumbed(lines, best)
    glued = _run_into_menu(lines, above)
    return glued if glued is not None and (best is None or best < glued) else best


MENU_ITEM_MAX_WORDS = 2
"""Most words of a menu's item (a short line right under a chrome line, no blank between)."""


def _post_under_date_header(lines: Sequence[Line], above: list[int]) -> int | None:
    """The post's title of an old blog template: the headline-shaped line right above the
    story (blank lines aside) under a date header (a line that is a date only) that stands
    right under the site's menu, not under a headline; or None. The blog's name far up,
    above the date, is not the headline."""
    if len(above) < 3:
        return None
    title, date, over = above[0], above[1], above[2]
    if lines[date].kind is not Kind.DATE or not looks_like_title(lines[title]):
        return None
    if _is_credit(lines, title) or lines[title].kind is not Kind.SHORT:
        return None
    return title if _menu_item(lines, over) else None


def _menu_item(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is chrome, or a word or two right under chrome (no blank line between):
    an item of a menu."""
    if lines[i].kind is Kind.CHROME:
        return True
    return (
        i > 0
        and lines[i].kind is Kind.SHORT
        and lines[i].words <= MENU_ITEM_MAX_WORDS
        and lines[i - 1].kind is Kind.CHROME
    )


ROW_MIN_GAPS = 2
"""Fewest wide gaps (tabs) of a row of three cells or more: a menu's or a table's row."""


def _row_of_cells(line: Line) -> bool:
    """A row of three cells or more ("Home<tab>Politics<tab>Sport"): a menu copied from a
    bar or a table's row, never a headline (which may have a kicker in a cell beside it)."""
    return line.wide_gaps >= ROW_MIN_GAPS


GLUED_HEADLINE_LINES = 3
"""Most headline-shaped lines (a headline, its deck) run into the menu above a byline."""


def _run_into_menu(lines: Sequence[Line], above: list[int]) -> int | None:
    """The headline a browser's copy runs into the menu above it (no blank line between):
    the top of the lines over the top byline or dateline that are chrome only by the menu
    over them (alone plain headlines, not names: the headline, then its deck), or None. It
    wins over a headline-like line further up (a cookie notice's buttons, the site's name),
    not over one nearer the story."""
    bylines = [i for i in above if lines[i].kind in (Kind.BYLINE, Kind.DATE)]
    i = neighbour(lines, min(bylines), -1) if bylines else None
    if i is None or i not in above or not _menu_headline(lines, i):
        return None
    run = [i]
    while len(run) < GLUED_HEADLINE_LINES and _menu_headline(lines, run[-1] - 1):
        run.append(run[-1] - 1)
    under_menu = [j for j in run if lines[j - 1].kind is Kind.CHROME]
    return under_menu[-1] if under_menu else None


def _menu_headline(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a plain headline (not a name) made chrome by the menu it runs on from."""
    line = lines[i]
    if i < 1 or line.kind is not Kind.CHROME or credit_name(line.text):
        return False
    if menu_items_row(line.text):
        return False  # a bar of buttons ("Live TV Edition Log In") over the headline
    return plain_headline(describe(line.text))


CRUMB_HEADLINE_LINES = 3
"""How far below a breadcrumb its last part may stand as the headline (non-blank lines)."""
_CRUMB_SEPARATOR = re.compile(r"\s+[›»>/|]\s+")
"""Between the parts of a breadcrumb ("Home › Markets › Bitcoin falls")."""


def _under_breadcrumb(lines: Sequence[Line], above: list[int]) -> int | None:
    """The headline right below a breadcrumb of chrome among ``above`` that ends in it
    (maybe the story's first line), or None."""
    for i in above:
        if lines[i].kind is Kind.CHROME and _CRUMB_SEPARATOR.search(lines[i].text):
            headline = _crumbed(lines, i)
            if headline != i and plain_headline(lines[headline]):
                return headline
    return None


def _crumbed(lines: Sequence[Line], best: int | None) -> int | None:
    """The headline right below the breadcrumb ``best`` that ends in it, else ``best``."""
    if best is None:
        return None
    last = _CRUMB_SEPARATOR.split(lines[best].text)[-1]
    if last == lines[best].text:
        return best
    below = (i for i in range(best + 1, len(lines)) if lines[i].kind is not Kind.BLANK)
    near = islice(below, CRUMB_HEADLINE_LINES)
    return next((i for i in near if lines[i].text == last), best)


def _is_credit(lines: Sequence[Line], i: int) -> bool:
    """An author's name (and affiliation) next to a byline or dateline."""
    if not credit_name(lines[i].text):
        return False
    near = (neighbour(lines, i, -1), neighbour(lines, i, 1))
    return any(j is not None and lines[j].kind in (Kind.BYLINE, Kind.DATE) for j in near)


def _title_score(lines: Sequence[Line], i: int, texts: list[str]) -> float:
    line = lines[i]
    score = min(line.words, TITLE_WORDS_COUNTED) * TITLE_WORD_POINTS
    after, before = neighbour(lines, i, 1), neighbour(lines, i, -1)
    if own_block(lines, i):
        score += OWN_BLOCK_POINTS
    elif _is_short(lines, after) and _is_short(lines, before):
        score -= IN_LIST_PENALTY
    if after is not None and lines[after].kind in (Kind.BYLINE, Kind.DATE, Kind.BODY, Kind.CAPTION):
        score += LEADS_IN_POINTS
    if sum(t == line.text or t.startswith(line.text + " ") for t in texts) > 1:
        score += REPEATED_POINTS
    if is_name(line.text):
        score -= NAME_PENALTY
    if (
        line.words >= DECK_MIN_WORDS
        and before is not None
        and looks_like_title(lines[before])
        and DECK_TITLE_MIN_WORDS <= lines[before].words < line.words
    ):
        score -= DECK_PENALTY
    return score


def _among_fields(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a field ("Label: value") right above or below another that gives no date
    (no blank line between): a row of a job's, an event's or a product's details, no
    headline (a headline written as a field, "Reading: The Town by the River", stands alone
    or over its date, "Date: 18 December 2020")."""
    if field_shape(lines[i]) is not Shape.FIELD:
        return False
    near = (i + step for step in (-1, 1) if 0 <= i + step < len(lines))
    return any(
        field_shape(lines[j]) is Shape.FIELD and lines[j].kind is not Kind.DATE for j in near
    )


def _is_short(lines: Sequence[Line], i: int | None) -> bool:
    return i is not None and lines[i].kind is Kind.SHORT
