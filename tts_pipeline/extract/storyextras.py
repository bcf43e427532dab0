"""The lines a dump's story keeps besides its body text and headings: lists and rows amid
it, short lines that belong to its sentences, and what stands right around it (a quoted
post's signature, an agency's credit, a reviewed book's details, addresses)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.chapters import chapters_below
from tts_pipeline.extract.fragmentblocks import run_mates
from tts_pipeline.extract.linefeatures import Kind, Line, is_fragment
from tts_pipeline.extract.linewalk import neighbour, own_block, short_lines_amid
from tts_pipeline.extract.lists import (
    add_list_items,
    add_numbered_items,
    add_paired_lists,
    add_rows_below,
    add_short_lists,
    dated_items,
)
from tts_pipeline.extract.liveblog import key_events, live_updates
from tts_pipeline.extract.rules import rules
from tts_pipeline.extract.storyrest import postscript, rest_of_sentence
from tts_pipeline.extract.storytail import (
    addresses,
    book_details,
    closing_lines,
    field_blocks,
    lineups,
    lineups_amid,
    number_rows,
    post_signatures,
    salutations,
    same_label,
    story_credit,
    trailing_off,
    update_marks,
)


def lines_amid(
    lines: Sequence[Line], keep: list[int], start: int, end: int
) -> tuple[list[int], tuple[int, ...]]:
    """``keep`` (the story's lines from ``start`` to ``end``) with the lists it introduces
    and the short lines amid its sentences, and those short lines alone: the fragments
    (verse, rows, a salutation, "label: value" fields) and the story's closing lines."""
    keep = sorted({*keep, *chapters_below(lines, keep)})
    keep = add_list_items(lines, keep)
    keep = add_rows_below(lines, add_numbered_items(lines, keep))
    keep = add_paired_lists(lines, add_short_lists(lines, keep))
    rows = [*sentence_fragments(lines, start, end), *number_rows(lines, start, end)]
    rows += salutations(lines, start, end) + field_blocks(lines, start, end)
    rows += trailing_off(lines, start, end) + lineups_amid(lines, start, end)
    rows += linked_sentences(lines, start, end)
    fragments = tuple(sorted({i for i in rows if i not in keep}))
    keep = sorted([*keep, *fragments, *closing_lines(lines, max([*keep, *fragments]))])
    return keep, fragments


def lines_around(lines: Sequence[Line], keep: list[int]) -> list[int]:
    """``keep`` with what belongs to the story right around its lines: quoted posts'
    signatures, the times of a story told in updates and a live blog's updates (less its
    "Key events" box), the agency's credit, a match's
    line-ups, a reviewed book's details, the rest of its last sentence and its postscript,
    lines of the same label, addresses and the dates of a list's items."""
    keep = sorted({*keep, *post_signatures(lines, keep[0], keep[-1])})
    keep = sorted({*keep, *update_marks(lines, keep), *live_updates(lines, keep)})
    keep = sorted(set(keep) - key_events(lines, keep))
    keep += story_credit(lines, keep[-1])
    keep += lineups(lines, keep[-1])
    keep += book_details(lines, keep[-1])
    keep += rest_of_sentence(lines, keep[-1])
    keep += postscript(lines, keep[-1])
    keep = sorted({*keep, *same_label(lines, keep)})
    keep = sorted({*keep, *addresses(lines, keep)})
    keep = sorted({*keep, *letter_signatures(lines, keep)})
    return dated_items(lines, keep)


_NAME = r"[A-Z][\w'’.-]*"
_SIGNATURE = re.compile(rf"{_NAME}(?: (?:and|&|{_NAME})){{1,5}}, {_NAME}(?: {_NAME}){{0,3}}")
"""A letter writer's signature: a name (or two joined by "and") and a town, "Ann Lee, Leeds"."""
_ROLE = re.compile(r"(?i)\b(?:writer|editor|reporter|correspondent|columnist|contributor|staff)\b")
"""A journalist's role after the comma ("Jane Roe, Staff Writer"): a credit, not a town."""
LETTERS_MIN_SIGNATURES = 2
"""Fewest signatures that make a page of letters (one such line alone may be a credit)."""


def letter_signatures(lines: Sequence[Line], keep: Sequence[int]) -> list[int]:
    """The signatures of readers' letters ("Ann Lee, Leeds"): short lines of a block of
    their own, each right under a paragraph of the story (``keep``), the last of them
    maybe right below its last line; ``LETTERS_MIN_SIGNATURES`` of them at least."""
    below = neighbour(lines, keep[-1], 1)
    last = below if below is not None else keep[-1]
    found, kept = [], set(keep)
    for i in range(keep[0] + 1, last + 1):
        above = neighbour(lines, i, -1)
        line = lines[i]
        if line.kind is not Kind.SHORT or not own_block(lines, i) or above not in kept:
            continue
        signed = _SIGNATURE.fullmatch(line.text.strip())
        if lines[above].kind is Kind.BODY and signed and not _ROLE.search(line.text):
            found.append(i)
    return found if len(found) >= LETTERS_MIN_SIGNATURES else []


def sentence_fragments(lines: Sequence[Line], start: int, end: int) -> list[int]:
    """Short lines amid the story's body text, in the case of running text, each right
    next to another or to body text (no blank line between): verse, dialogue, the items
    of a list. A headline or menu item is title-case; a lone teaser title stands in its own
    block; teasers in the case of running text follow the story, not stand amid it."""

    def joined(i: int) -> bool:
        return any(
            0 <= j < len(lines) and (lines[j].kind is Kind.BODY or is_fragment(lines[j]))
            for j in (i - 1, i + 1)
        )

    body = [i for i in range(start, end + 1) if lines[i].kind is Kind.BODY]
    if not body:
        return []
    found = [i for i in range(body[0] + 1, body[-1]) if is_fragment(lines[i]) and joined(i)]
    return sorted({*found, *run_mates(lines, found)})


_LINK_LINE = re.compile(r"(?:https?://|www\.)\S+")
"""A line that is a bare web address."""


def linked_sentences(lines: Sequence[Line], start: int, end: int) -> list[int]:
    """Sentences amid the story's body text (lines ``start`` to ``end``) whose end is a
    link: a short line of running text (``body_min_words`` words or more, a
    ``fragment_lower_share`` of them lower-case) with no stop of its own, under a body
    line and right above a bare web address ("More is on the club's page at", then the
    address). The address itself is not read; a title-case line over one is a link's name."""
    r = rules().lines

    def fits(line: Line, below: Line) -> bool:
        return (
            line.words >= r.body_min_words
            and (line.lower or 0) >= r.fragment_lower_share
            and bool(_LINK_LINE.fullmatch(below.text.strip()))
        )

    return short_lines_amid(lines, start, end, fits)
