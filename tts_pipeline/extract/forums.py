"""Find the posts of a forum thread, whose question and replies are the page's content.

Board software of every kind heads each post the same way, and one of these headings on
three posts or more makes a thread (``data/forums.toml``):

- the reply's subject, "Re: <thread title>" ("AW:", "SV:"...), the same title over two
  replies or more, below the first post headed by the bare title (phpBB, simple boards);
- the post's number alone on a line ("#1", "#2", "#3"... counting up: XenForo, vBulletin);
- the post's byline with its date after a "»" ("von Ann » Mo 18. Nov 2019": phpBB).

A post's text is its sentences between its heading and the next post's: the poster's
profile (name, rank, count of posts, date of joining), a signature and the buttons (lines
without a sentence end) are not. A salutation ("Hallo zusammen,") above its first sentence
is, and so is a short line amid its sentences that runs on or ends like one (a quote's
"Ann said:"). The last post ends where three such lines in a row stand below its last
sentence (its signature and buttons, then the footer). A thread under the comments'
heading is a story's comments, not a thread.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.linewalk import own_block

MIN_POSTS = 3
"""Fewest posts, each under a heading of the same kind, that make a thread."""
MIN_REPLIES = 2
"""Fewest replies headed "Re: <the same title>" (the first post is headed by the title)."""
POST_MAX_GAP = 3
"""Lines without a sentence end in a row (a signature, a profile, buttons) that end the last
post's text."""
LAST_POST_HEAD_LINES = 5
"""Most lines between the last post's heading and its text (a byline, a quote's label): a
heading with none under it (a sponsored post) has no text."""
STOPPERS = (Kind.END, Kind.BOX)
"""Lines a post's text never runs across."""
FORUM_POST = "the text of a post of the forum thread the story is in (its question and replies)"
NOT_A_POST = "a post's heading, a poster's profile, a signature or a button"


@dataclass(frozen=True)
class Thread:
    """The posts of a forum thread."""

    headings: tuple[int, ...]
    """Index of each post's heading line."""
    text: frozenset[int]
    """Indices of the lines of the posts' text."""
    posts: tuple[tuple[int, int], ...]
    """The first and last line of each post's text."""
    between: frozenset[int] = frozenset()
    """Indices of the lines between a post's text and the next post's heading (its
    signature, its buttons, the next poster's profile) and of the posts' headings."""

    @property
    def span(self) -> tuple[int, int]:
        """The first post's heading and the posts' last line."""
        return self.headings[0], max(self.text)

    def in_a_post(self, i: int) -> bool:
        """Line ``i`` stands amid a post's text (not between two posts)."""
        return any(first <= i <= last for first, last in self.posts)


@dataclass(frozen=True)
class _Marks:
    reply: re.Pattern
    number: re.Pattern
    byline: re.Pattern


@lru_cache(maxsize=1)
def _marks() -> _Marks:
    from tts_pipeline.resources import load_toml

    data = load_toml("forums.toml")
    prefixes = "|".join(re.escape(p) for p in data["reply_prefixes"])
    return _Marks(
        reply=re.compile(rf"^(?:{prefixes})\s?(?:\[\d+\])?\s?:\s*(\S.*)$", re.IGNORECASE),
        number=re.compile(data["post_number"]),
        byline=re.compile(data["post_byline"]),
    )


def forum_thread(lines: Sequence[Line]) -> Thread | None:
    """The thread on the page, or None when its lines show none."""
    for headings in (_reply_headings(lines), _numbered(lines), _bylined(lines)):
        if len(headings) < MIN_POSTS or _under_comments(lines, headings):
            continue
        bounds = [*headings[1:], len(lines)]
        found = [(_post_text(lines, h, b), b) for h, b in zip(headings, bounds, strict=True)]
        posts = [post for post, _ in found if post]
        if posts:
            text = frozenset(i for post in posts for i in post)
            spans = tuple((post[0], post[-1]) for post in posts)
            between = (i for post, b in found[:-1] if post for i in range(post[-1] + 1, b))
            return Thread(tuple(headings), text, spans, frozenset([*between, *headings]))
    return None


def story_in_thread(thread: Thread | None, story: Sequence[int]) -> bool:
    """Some of the story's lines are the text of one of the thread's posts."""
    return thread is not None and any(i in thread.text for i in story)


def _reply_headings(lines: Sequence[Line]) -> list[int]:
    """The replies headed "Re: <title>" with the title most of them share (at least
    ``MIN_REPLIES``), below the first post headed by the bare title."""
    replies: dict[str, list[int]] = defaultdict(list)
    reply = _marks().reply
    for i, line in enumerate(lines):
        if line.kind is not Kind.BLANK and (match := reply.match(line.text)):
            replies[fold(match.group(1))].append(i)
    if not replies:
        return []
    title, found = max(replies.items(), key=lambda item: len(item[1]))
    if len(found) < MIN_REPLIES:
        return []
    first = next((i for i in range(found[0] - 1, -1, -1) if fold(lines[i].text) == title), None)
    return found if first is None else [first, *found]


def _numbered(lines: Sequence[Line]) -> list[int]:
    """The longest run of post numbers alone on their lines counting up by one ("#1", "#2")."""
    number = _marks().number
    best: list[int] = []
    run: list[int] = []
    last = None
    for i, line in enumerate(lines):
        match = number.match(line.text) if line.kind is not Kind.BLANK else None
        if match is None:
            continue
        n = int(match.group(1))
        run = [*run, i] if last is not None and n == last + 1 else [i]
        last = n
        best = run if len(run) > len(best) else best
    return best


def _bylined(lines: Sequence[Line]) -> list[int]:
    """The datelines that name a poster before a "»" and the date."""
    byline = _marks().byline
    return [
        i
        for i, line in enumerate(lines)
        if line.kind in (Kind.DATE, Kind.BYLINE) and byline.match(line.text)
    ]


def _under_comments(lines: Sequence[Line], headings: Sequence[int]) -> bool:
    """An end marker in a block of its own ("Comments") stands between the first post and
    the last: the posts are a story's comments."""
    return any(
        lines[i].kind is Kind.END and own_block(lines, i) for i in range(headings[0], headings[-1])
    )


def _post_text(lines: Sequence[Line], heading: int, bound: int) -> list[int]:
    """The lines of the text of the post headed at ``heading``, above ``bound`` (the next
    post's heading). The last post, which no heading bounds below, starts within
    ``LAST_POST_HEAD_LINES`` lines of its heading and ends ``POST_MAX_GAP`` lines without a
    sentence end in a row (its signature, its buttons) before the page's footer."""
    last = bound == len(lines)
    keep: list[int] = []
    gap: list[int] = []
    for i in range(heading + 1, bound):
        line = lines[i]
        if line.kind is Kind.BLANK:
            continue
        if line.kind in STOPPERS:
            break
        if line.kind is not Kind.BODY:
            gap.append(i)
            if last and len(gap) >= (POST_MAX_GAP if keep else LAST_POST_HEAD_LINES):
                break
            continue
        if keep:
            keep += [j for j in gap if _runs_on(lines[j])]
        elif gap and _salutation(lines[gap[-1]]):
            keep.append(gap[-1])
        keep.append(i)
        gap = []
    return keep


def _runs_on(line: Line) -> bool:
    """A short line amid a post's sentences that is part of its text: it ends like a
    sentence or runs on with a comma."""
    return line.kind is Kind.SHORT and (line.terminal or line.text.endswith(","))


def _salutation(line: Line) -> bool:
    """A short line ending in a comma above a post's first sentence ("Hallo zusammen,")."""
    return line.kind is Kind.SHORT and line.text.endswith(",")
