"""Short lines of a text dump's story: its closing lines, its rows of numbers, the
signatures of the posts it quotes.

A blog post or a letter ends with a line or two of running text too short to be a
paragraph: a closing wish ("Ich wünsche euch allen einen schönen Sonntag"), a thanks, a
last remark. In a page dump they read as short lines below the story's stretch, like the
menus and teasers there; but they are shaped like a sentence's fragment (several words,
most of them lower-case), which a teaser's title or a menu item is not. Amid the story,
a recipe's quantities, a table's rows or a product's specs stand as a block of short
lines, each with a number. A post quoted in the story (a tweet) ends with its signature, a
dash, a name, a handle and a date, which reads as a dateline but is the post's. A letter
or a speech opens with a salutation ending in a comma ("Dear friends,") above its text. A
web or mail address alone on a line between two paragraphs is the one the story gives. A
block of "label: value" lines amid the text lists an outfit's pieces or a card's fields. A
review ends with the book's details (author, title, publisher, pages, ISBN, price). A story
told in updates ("The Latest") heads each with its time of day ("4:14 p.m.") and parts
them with a rule of underscores ("___"). A blogger's short line may trail off with an
ellipsis into what follows ("So frustrating …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.linemarkers import is_update_mark
from tts_pipeline.extract.linewalk import block_from, neighbour, own_block, short_lines_amid
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.posts import signs_a_post
from tts_pipeline.extract.rules import rules
from tts_pipeline.extract.storytags import tag_line_at

TAIL_MAX_LINES = 2
"""Most short lines kept below the story's last paragraph."""
TAIL_MIN_WORDS = 7
"""Fewest words of such a line: a link's prompt or a tag line has fewer."""
_TEASER = re.compile(r"^\S+(?:\s\S+)?:\s|(?:…|\.\.\.)$")
"""A teaser's shape: a label and a colon before its title ("Next: ...", "Liberman: ..."),
or a text cut off with an ellipsis."""


def closing_lines(lines: Sequence[Line], last: int) -> list[int]:
    """The short lines right below the story's last kept line ``last`` (blank lines
    between at most), each shaped like running text (``TAIL_MIN_WORDS`` words or
    more, a ``fragment_lower_share`` of them lower-case, not a teaser's shape, not one of
    a list of short lines): at most
    ``TAIL_MAX_LINES``, up to the first line of another shape."""
    r = rules().lines
    found: list[int] = []
    j = neighbour(lines, last, 1)
    while j is not None and len(found) < TAIL_MAX_LINES:
        line = lines[j]
        if line.kind is not Kind.SHORT or line.words < TAIL_MIN_WORDS or line.wide_gaps:
            break
        if line.lower is None or line.lower < r.fragment_lower_share:
            break
        if _TEASER.search(line.text) or _in_a_list(lines, j) or tag_line_at(lines, j):
            break
        found.append(j)
        j = neighbour(lines, j, 1)
    return found + sign_off(lines, j)


SIGN_OFF_MAX_WORDS = 4
"""Most words of a sign-off ("Euer Tom", "xx Anna", "Cheers, the team")."""
WISH_MAX_WORDS = 4
"""Most words of the short wish or remark a sign-off may follow ("Good luck!", "Happy
gardening.", "Stay tuned.")."""


def sign_off(lines: Sequence[Line], j: int | None) -> list[int]:
    """The blogger's sign-off at line ``j``, right below the story's last lines: a short
    line in a block of its own opening with a kiss or a greeting, after a short wish or
    remark ending in "!" or a full stop at most (both kept); none when line ``j`` is of
    another shape. The openings are the ``sign_offs`` of the chrome data. Such a wish or
    remark alone is kept when only the page's end follows it ("Stay tuned.", then the
    post's category line or comments), not above a box of other stories."""
    found: list[int] = []
    if j is not None and _wish(lines[j]) and own_block(lines, j):
        found, j = [j], neighbour(lines, j, 1)
        if j is None or lines[j].kind is Kind.END:
            return found  # a closing remark, the last line above the page's end
    if j is None:
        return []
    signed = _signed_below(lines, j)
    if not own_block(lines, j) and signed is None:
        return []
    line = lines[j]
    if line.kind is not Kind.SHORT or line.words > SIGN_OFF_MAX_WORDS:
        return []
    if not patterns().sign_offs.match(line.text.lower()) or _chrome_words(line.text):
        return []
    return [*found, j] if signed is None else [*found, j, signed]


_AROUND = " \t—–-."
"""The dashes and full stop around a sign-off's name or a remark's words."""


def _chrome_words(text: str) -> bool:
    """Whether a line's words, less the dashes or the full stop around them, are chrome or
    a news agency's name ("— Reuters", "-Advertisement-", "Sponsored content."): no
    columnist's name, no closing remark."""
    words = fold(text.strip(_AROUND))
    return bool(patterns().chrome.fullmatch(words) or patterns().agencies.fullmatch(words))


def _signed_below(lines: Sequence[Line], j: int) -> int | None:
    """The writer's name on the line right below a sign-off ending in a comma ("Warmly," then
    "Jane"), the two lines a block of their own: the name's line, else None."""
    below = j + 1
    if not lines[j].text.endswith(",") or below >= len(lines):
        return None
    if j > 0 and lines[j - 1].kind is not Kind.BLANK:
        return None
    if below + 1 < len(lines) and lines[below + 1].kind is not Kind.BLANK:
        return None
    name = lines[below]
    return below if name.kind is Kind.SHORT and name.words <= SIGN_OFF_MAX_WORDS else None


def trailing_off(lines: Sequence[Line], start: int, end: int) -> list[int]:
    """Short lines amid the story's body text (lines ``start`` to ``end``) that trail off
    with an ellipsis into what follows ("So frustrating …", "Not to get too technical,
    but …"), in the case of running text, under a body line and over more of the story
    (body text, a short line or a quote): a teaser cut off with an ellipsis follows the
    story, not stands amid it."""

    def fits(line: Line, below: Line) -> bool:
        return (
            line.text.endswith(("…", "..."))
            and (line.lower or 0) >= rules().lines.fragment_lower_share
            and below.kind in (Kind.BODY, Kind.SHORT, Kind.CAPTION)
        )

    return short_lines_amid(lines, start, end, fits)


def _wish(line: Line) -> bool:
    return (
        line.kind is Kind.SHORT
        and line.words <= WISH_MAX_WORDS
        and (line.text.endswith("!") or (line.text.endswith(".") and bool(line.lower)))
        and not _chrome_words(line.text)
    )


def _in_a_list(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is one of a block of short lines (no blank line between, no body line
    among them): a list of teasers' titles, not a closing line."""
    if own_block(lines, i):
        return False
    first, last = i, i
    while first > 0 and lines[first - 1].kind is not Kind.BLANK:
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].kind is not Kind.BLANK:
        last += 1
    return all(lines[j].kind is not Kind.BODY for j in range(first, last + 1))


ROWS_MIN_LINES = 2
"""Fewest short lines of a block of quantities, prices or specs amid the story (a
sum and its result are two)."""
_DIGIT = re.compile(r"\d")
_RANK = re.compile(r"\d+[^\W\d_„\"“]|\d+[„\"“]")
"""A teaser's rank glued to its title ("1Pudel-Hype: ...") in a most-read box."""


def number_rows(lines: Sequence[Line], start: int, end: int) -> list[int]:
    """Short lines amid the story's body text (from ``start`` to ``end``) in a block of at
    least ``ROWS_MIN_LINES`` short lines, with no blank line between, each with a number in
    it (not a rank glued to a teaser's title), read as rows (:func:`_rows`): a recipe's
    quantities, a table's rows, a product's specs."""
    body = [i for i in range(start, end + 1) if lines[i].kind is Kind.BODY]
    found: list[int] = []
    run: list[int] = []
    for i in range(body[0] + 1, body[-1]) if body else ():
        line = lines[i]
        if line.kind is Kind.SHORT and _DIGIT.search(line.text) and not _RANK.match(line.text):
            run.append(i)
            continue
        found += run if len(run) >= ROWS_MIN_LINES and _rows(lines, run) else []
        run = []
    return found


def _rows(lines: Sequence[Line], run: list[int]) -> bool:
    """The lines ``run`` read as rows (some lower-case word, a "label: value"), not as a
    list of teasers' titles, all words capitalised ("27 Oddest Medical Case Reports")."""
    return any((lines[i].lower or 0) > 0 or ":" in lines[i].text for i in run)


def post_signatures(lines: Sequence[Line], first: int, last: int) -> list[int]:
    """The signatures of quoted posts ("— Jane Doe (@jane) May 5, 2020") amid the story's
    lines ``first`` to ``last``, or right below its last line, and the short line right
    above each (the post's text, too short or too bare to read as a paragraph): the
    post's, read with it."""
    below = neighbour(lines, last, 1)
    end = below if below is not None and signs_a_post(lines[below]) else last
    signs = [i for i in range(first, end + 1) if signs_a_post(lines[i])]
    above = [neighbour(lines, i, -1) for i in signs]
    return signs + [i for i in above if i is not None and lines[i].kind is Kind.SHORT]


def update_marks(lines: Sequence[Line], keep: list[int]) -> list[int]:
    """The times of day and rules of underscores (``update_marks``) amid a story told in
    updates: lines between the story's kept lines ``keep`` (in order) with a kept line
    below them, past blank lines and other such marks."""
    kept = set(keep)
    found: list[int] = []
    for i in range(keep[0] + 1, keep[-1]):
        if i in kept or not is_update_mark(lines[i]):
            continue
        j = i + 1
        while j < len(lines) and (lines[j].kind is Kind.BLANK or is_update_mark(lines[j])):
            j += 1
        if j in kept:
            found.append(i)
    return found


def story_credit(lines: Sequence[Line], last: int) -> list[int]:
    """The staff credit right below the story's last line ``last`` ("(Reporting by Jane
    Roe; Editing by John Doe)"): the ``story_credits`` of the chrome data, also when,
    without its brackets, it reads as a byline."""
    j = neighbour(lines, last, 1)
    if j is None or lines[j].kind not in (Kind.SHORT, Kind.BODY, Kind.BYLINE):
        return []
    return [j] if patterns().story_credits.match(fold(lines[j].text)) else []


_FORMATION = re.compile(r" \(\d(?:-\d){2,3}\):")
"""A team's formation between its name and the colon ("Rovers (4-4-2): ...")."""
LINEUP_MIN_GROUPS, LINEUP_MIN_NAMES = 3, 7
"""Fewest groups of names apart by semicolons, and fewest names, of a team's lineup
("Rovers: Walsh; Bennett, Clarke, Duffy; Price, Hughes, Grant; Ellis")."""


def lineups(lines: Sequence[Line], last: int) -> list[int]:
    """The lines right below the story's last line ``last``, one after another, that are
    a label, a colon and ``LINEUP_MIN_GROUPS`` groups or more, ``LINEUP_MIN_NAMES`` names
    or more, apart by semicolons and commas: a match report's lineups, read with it (a
    line of tags has fewer)."""
    found: list[int] = []
    j = neighbour(lines, last, 1)
    while j is not None and lines[j].kind in (Kind.SHORT, Kind.BODY) and _lineup(lines[j]):
        found.append(j)
        j = neighbour(lines, j, 1)
    return found


def lineups_amid(lines: Sequence[Line], start: int, end: int) -> list[int]:
    """The short lines between the story's lines ``start`` and ``end`` that are a team's
    lineup (a preview's predicted line-ups between its sections)."""
    return [i for i in range(start, end) if lines[i].kind is Kind.SHORT and _lineup(lines[i])]


def _lineup(line: Line) -> bool:
    label = _LABEL.match(_FORMATION.sub(":", line.text, count=1))
    if label is None:
        return False
    groups = line.text[label.end() :].split(";")
    names = sum(len(group.split(",")) for group in groups)
    return (
        len(groups) >= LINEUP_MIN_GROUPS
        and names >= LINEUP_MIN_NAMES
        and all(0 < len(group.split()) <= 2 * len(group.split(",")) + 1 for group in groups)
    )


LABEL_MIN_LINES = 3
"""Fewest of the story's lines (different ones: a teaser shown twice counts once) a label
opens for a short line amid the story or below it with that label to be the story's too."""
_LABEL = re.compile(r"([^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}):\s")
"""A label of one to three words and a colon: an interview's speaker, a card's field."""


def same_label(lines: Sequence[Line], keep: Sequence[int]) -> list[int]:
    """The short lines amid the story, and the short line or paragraph right below its last
    line, that open with a label ("Christian Drosten: Thank you. Until tomorrow.") opening
    ``LABEL_MIN_LINES`` or more of the story's lines: an interview's short answers, not a
    teaser ("Next: ...")."""
    kept = set(keep)
    if not kept:
        return []
    below = neighbour(lines, max(keep), 1)
    last = max(keep) if below is None else below
    found = []
    for j in range(min(keep), last + 1):
        if j in kept or lines[j].kind not in (Kind.SHORT, Kind.BODY):
            continue
        if lines[j].kind is Kind.BODY and j != below:
            continue
        label = _LABEL.match(lines[j].text)
        if label is None:
            continue
        opened = {lines[i].text for i in keep if lines[i].text.startswith(label[0])}
        if len(opened) >= LABEL_MIN_LINES:
            found.append(j)
    return found


SALUTATION_MAX_WORDS = 6
"""Most words of a letter's or a speech's salutation ("Dear friends,")."""


def salutations(lines: Sequence[Line], start: int, end: int) -> list[int]:
    """The salutations amid the story's lines ``start`` to ``end`` ("Dear friends,"): a
    short line of ``SALUTATION_MAX_WORDS`` words at most that ends with a comma, right
    above a body line, which goes on from it (a sentence split in two reads the same)."""
    found = []
    for i in range(start, end + 1):
        line, below = lines[i], neighbour(lines, i, 1)
        if (
            line.kind is Kind.SHORT
            and line.words <= SALUTATION_MAX_WORDS
            and line.text.endswith(",")
            and below is not None
            and lines[below].kind is Kind.BODY
        ):
            found.append(i)
    return found


_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
"""A web or mail address alone on a line."""


def addresses(lines: Sequence[Line], keep: Sequence[int]) -> list[int]:
    """The lines amid the story that are a web or mail address alone, between two body lines
    of the story (the petition's link, the mailbox a paragraph gives): the story's."""
    kept = set(keep)
    found = []
    for i in range(min(keep) + 1, max(keep)):
        above, below = neighbour(lines, i, -1), neighbour(lines, i, 1)
        if (
            i not in kept
            and _ADDRESS.fullmatch(lines[i].text)
            and above in kept
            and below in kept
            and lines[above].kind is Kind.BODY
            and lines[below].kind is Kind.BODY
        ):
            found.append(i)
    return found


FIELDS_MIN_LINES = 3
"""Fewest lines of a block of fields amid the story ("Jacket: Brand", "Shoes: Brand")."""


def field_blocks(lines: Sequence[Line], start: int, end: int) -> list[int]:
    """The blocks amid the story's body text (lines ``start`` to ``end``) of
    ``FIELDS_MIN_LINES`` or more short lines with no blank line between, each a label of one
    to three words, a colon and a value: an outfit's pieces, a card's fields."""
    body = [i for i in range(start, end + 1) if lines[i].kind is Kind.BODY]
    found: list[int] = []
    run: list[int] = []
    for i in range(body[0] + 1, body[-1] + 1) if body else ():
        label = _LABEL.match(lines[i].text)
        if lines[i].kind is Kind.SHORT and label is not None and len(lines[i].text) > label.end():
            run.append(i)
            continue
        block = run and lines[run[0] - 1].kind is Kind.BLANK and lines[i].kind is Kind.BLANK
        found += run if len(run) >= FIELDS_MIN_LINES and block else []
        run = []
    return found


BOOK_MAX_LINES = 6
"""Most lines of a reviewed book's details under the review."""


def book_details(lines: Sequence[Line], last: int) -> list[int]:
    """The block right below the story's last line ``last`` (no blank line between its
    lines, ``BOOK_MAX_LINES`` at most, short lines and body text) with a line that gives a
    book's ISBN or its pages (``book_details``): the reviewed book's author, title,
    publisher and price."""
    first = neighbour(lines, last, 1)
    if first is None:
        return []
    block = block_from(lines, first)
    if len(block) > BOOK_MAX_LINES or any(
        lines[i].kind not in (Kind.SHORT, Kind.BODY) for i in block
    ):
        return []
    book = patterns().book_details
    return list(block) if any(book.search(fold(lines[i].text)) for i in block) else []
