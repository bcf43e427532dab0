"""The chrome patterns of ``data/chrome/*.toml`` (one file per language), compiled once.

The cleaner matches every language's patterns at once. :func:`language_data` gives one
language's entries alone, by ISO 639-1 code, for a caller that knows the page's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

PATTERN_SECTIONS = (
    "chrome",
    "end_markers",
    "box_markers",
    "captions",
    "prompts",
    "sign_offs",
    "story_credits",
    "source_credits",
    "recipe_ingredients",
    "recipe_steps",
    "book_details",
    "update_marks",
    "live_times",
    "post_signatures",
    "credit_labels",
    "bio_openings",
    "contact_labels",
    "reviewer_labels",
    "rating_labels",
    "rating_values",
    "shop_notes",
)
"""Sections of regular expressions; the rest are word lists."""
WORD_SECTIONS = (
    "bylines",
    "byline_suffixes",
    "agencies",
    "not_names",
    "copyright_words",
    "stop_words",
    "tag_labels",
)
LANGUAGE_INDEPENDENT = "any"
"""The file of chrome that belongs to no language."""
_ACTIVE: ContextVar[tuple[str, ...] | None] = ContextVar("chrome_languages", default=None)
"""The languages whose chrome :func:`patterns` gives; None: every language."""
_MAIN: ContextVar[str | None] = ContextVar("page_language", default=None)
"""The main language of the page being read, when known."""
_READ: ContextVar[dict | None] = ContextVar("lines_read", default=None)
"""What each line of the page being read was found to be (see :func:`lines_read`)."""


@dataclass(frozen=True)
class Patterns:
    """Compiled line patterns. Except ``byline``, they are matched against the lower-cased
    line, which is faster than case-insensitive matching; the data files' patterns are
    written in lower case."""

    chrome: re.Pattern
    """Whole lines that are never article text."""
    end_markers: re.Pattern
    """Whole lines after which the page holds no more of the article."""
    box_markers: re.Pattern
    """Whole lines that open a box of other content."""
    captions: re.Pattern
    """Whole lines that are captions or photo credits."""
    byline: re.Pattern
    """A byline prefix ("By", "Von", "Por"...) and the rest of the line in group ``rest``."""
    byline_inside: re.Pattern
    """A byline prefix inside a line, the rest of the line in group ``rest``."""
    byline_prefixes: frozenset[str]
    """The byline prefixes, lower case."""
    byline_suffix: re.Pattern
    """Names before a byline suffix ("김민지 기자"), in group ``name``; matches nothing for
    languages without suffixes."""
    copyright_words: re.Pattern
    """Searched: the words of a copyright line around the publisher's name."""
    not_names: frozenset[str]
    """Lower-case words that never start a person's name ("The", "How")."""
    agencies: re.Pattern
    """Whole names of news agencies and staff credits."""
    prompts: re.Pattern
    """Searched in short lines: sentence-shaped prompts (subscribe, click here, cookies)."""
    stop_words: frozenset[str]
    """The most common function words of every language, lower case."""
    sign_offs: re.Pattern
    """Matched at the start of a short line: a blogger's sign-off ("xx", "Cheers", "Euer")."""
    story_credits: re.Pattern
    """Matched at the start of a line: the staff credit under a story ("Reporting by")."""
    source_credits: re.Pattern
    """Matched at the start of a credit line: a credit that names the text's source
    ("Source:", "Quelle:"), not a photo's."""
    recipe_ingredients: re.Pattern
    """Matched by a whole short line: the heading of a recipe's ingredients."""
    recipe_steps: re.Pattern
    """Matched by a whole short line: the heading of a recipe's steps."""
    book_details: re.Pattern
    """Searched: a book's number or its count of pages, in the details under a review."""
    update_marks: re.Pattern
    """Matched by a whole line: an update's time of day, or the rule between updates."""
    live_times: re.Pattern
    """Matched by a whole line: a time of day, maybe with a date, above a live blog's update."""
    post_signatures: re.Pattern
    """Matched at the start of a dateline: the signature of an embedded post."""
    bio_openings: re.Pattern
    """Matched right after the author's name at the start of a line: a bio's opening verb
    ("is a", "ist"), the author's bio under the story ("Jane Roe is a columnist...")."""
    contact_labels: re.Pattern
    """Matched by a whole field's label, its colon left out: a label of a site's contact box
    or imprint ("Phone", "Fax", "VAT number"), no detail of a story (see :mod:`.storyfields`)."""
    reviewer_labels: re.Pattern
    """Matched by a whole field's label, its colon left out: the label of a reader's name in a
    review or a comment ("Name", "Reviewer")..."""
    rating_labels: re.Pattern
    """...and of the rating a reader gives ("Rating", "Stars")..."""
    rating_values: re.Pattern
    """...matched by the whole value of the rating, a score out of a scale ("4 out of 5",
    "4/5", "★★★★☆"): a block of fields with a reader's name and such a rating is a reader's
    review, no detail of a story (see :mod:`.storyfields`)."""
    shop_notes: re.Pattern
    """Searched: a shop's note on a price, its tax, shipping or stock ("inkl. MwSt., zzgl.
    Versand", "In stock"): a line of a purchase box (see :mod:`.shopbox`)."""
    tag_line: re.Pattern
    """Matched by a whole line: a line of the story's tags, its label (``tag_labels``) and
    the tags ("Tags: Rosario, urban gardens"); see :func:`_tag_line`."""
    credit_label: re.Pattern
    """Searched, case aside: a photo credit's label ("Photo", "Image"; ``credit_labels``)."""
    credited_caption: re.Pattern
    """Matched by a whole line (not lower-cased): a caption that ends with a photo credit's
    label (``credit_labels``) and the credit, after a sentence's end or a dash and a name."""


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """ISO 639-1 codes of the languages with chrome data."""
    from tts_pipeline.resources import DATA_DIR

    names = sorted(path.stem for path in (DATA_DIR / "chrome").glob("*.toml"))
    return tuple(name for name in names if name != LANGUAGE_INDEPENDENT)


def language_data(code: str) -> dict[str, list[str]]:
    """The chrome entries of one language (``"de"``), or of none (``"any"``), by section."""
    from tts_pipeline.resources import load_toml

    data = load_toml(f"chrome/{code}.toml")
    return {section: list(data.get(section, [])) for section in PATTERN_SECTIONS + WORD_SECTIONS}


@contextmanager
def chrome_languages(codes: Iterable[str], main: str | None = None) -> Iterator[None]:
    """Within the block, :func:`patterns` gives the chrome of these languages only (and the
    chrome of no language), which is faster to compile than every language's, and
    :func:`page_language` gives ``main``, the language most of the page is written in."""
    known = set(languages())
    token = _ACTIVE.set(tuple(sorted(code for code in set(codes) if code in known)))
    main_token = _MAIN.set(main)
    read_token = _READ.set({})
    try:
        yield
    finally:
        _READ.reset(read_token)
        _MAIN.reset(main_token)
        _ACTIVE.reset(token)


def lines_read() -> dict | None:
    """Within :func:`chrome_languages`, a memo of what each line of the page was found to be,
    kept for that block only (the same line is classified once); None outside one."""
    return _READ.get()


def _merged(codes: tuple[str, ...]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {section: [] for section in PATTERN_SECTIONS + WORD_SECTIONS}
    for code in [LANGUAGE_INDEPENDENT, *codes]:
        for section, entries in language_data(code).items():
            merged[section] += entries
    return merged


_SUFFIXED_NAMES = r"[^\W\d_]{2,5}(?:\s*[·,]\s*[^\W\d_]{2,5})*"
"""One or more names written without spaces (Korean 김민지, 김민지·이수진); that they are in a
script without case is checked by ``names``."""


def _any(entries: list[str]) -> str:
    return "|".join(f"(?:{entry})" for entry in entries)


def without_captures(expression: str) -> str:
    """``expression`` with its capturing groups ``(...)`` made non-capturing ``(?:...)``;
    unchanged when it refers back to a group by number."""
    if _BACKREFERENCE.search(expression):
        return expression
    return _ESCAPE_CLASS_OR_GROUP.sub(_non_capturing, expression)


def _non_capturing(match: re.Match) -> str:
    return "(?:" if match[0] == "(" else match[0]


_BACKREFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]")
_ESCAPE_CLASS_OR_GROUP = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\((?!\?)", re.DOTALL)
"""An escaped character, a character class ("]" first in it is a member), or the "(" of a
capturing group: what :func:`without_captures` steps over or rewrites."""


def page_language() -> str | None:
    """The main language of the page being read (``main`` of :func:`chrome_languages`), or
    None when it is not known."""
    return _MAIN.get()


def _credited_caption(labels: str) -> str:
    """A caption ending in its labelled credit: "The bridge at night. Photo: Jane Roe", "A
    farm in Minas — Foto: Ana Souza/Agency" (after a dash, the credit is a name); the
    sentence may end in the full stop of Hindi or CJK ("।", "。"), and the label's colon be
    a full-width one or a slash ("The quay at dawn. Photo / Supplied"); the credit may give
    initials ("Foto: E. C."); the sentence may close a quote ('... "It was his." Photo: Jane
    Roe'); a label that ends in its own full stop needs no colon ("... mostu. Fot. Jan
    Kowalski")."""
    if not labels:
        return "(?!)"
    label = rf"(?i:{labels})(?:\s*[:：/]|(?<=\.))\s*"
    credit = rf"(?:[^.!?]|{_INITIAL_STOP})"
    after_sentence = rf"[.!?,।。！？][\"'”’»)]*\s*{label}{credit}{{1,60}}"
    after_dash = rf"\s[—–-]\s+{label}[A-ZÀ-ÖØ-Þ]{credit}{{0,59}}"
    return rf".*(?:{after_sentence}|{after_dash})"


_INITIAL_STOP = r"(?<=\b[A-ZÀ-ÖØ-Þ])\."
"""The full stop of a credit's initial ("Foto: E. C.", "Photo: J. M. Roe")."""


_SENTENCE_END = "[.!?。！？।]"


def _longest_first(entry: str) -> tuple[int, str]:
    """Longest first, then in alphabetical order: the same expression in every run (a set's
    order changes with the hash seed, and the compiled expressions are cached by text)."""
    return -len(entry), entry


def _tag_line(data: dict[str, list[str]]) -> str:
    """A line of the story's tags ("Tags: Rosario, urban gardens", "Temas Rosario huertas
    urbanas"): a label of ``tag_labels`` and the tags after a colon, or two words or more
    with no colon and no full stop, none of them a function word (``stop_words``: "Tag der
    Arbeit" is a heading, "Tag d. off. Denkmals" a date's name); never a sentence (no
    sentence end)."""
    ordered = sorted(set(data["tag_labels"]), key=_longest_first)
    labels = "|".join(re.escape(label) for label in ordered)
    if not labels:
        return "(?!)"
    stops = "|".join(re.escape(word) for word in sorted(set(data["stop_words"])))
    function_word = rf"(?!.*(?<!\S)(?:{stops})(?!\S))" if stops else ""
    tags = rf"(?!.*{_SENTENCE_END}$)"
    bare = rf"\s+{function_word}[^\W\d_][^\s:.]*\s+[^\W\d_][^:.]*"
    return rf"(?:{labels})(?:\s*[:：]\s*{tags}\S.*|{tags}{bare})"


def patterns() -> Patterns:
    """The compiled chrome of the languages of :func:`chrome_languages`, else of every one."""
    codes = _ACTIVE.get()
    return _compiled(tuple(languages()) if codes is None else codes)


@lru_cache(maxsize=8)
def _compiled(codes: tuple[str, ...]) -> Patterns:
    from tts_pipeline.regex_cache import compile_all

    data = _merged(codes)
    prefixes = sorted(set(data["bylines"]), key=_longest_first)
    prefix = "|".join(re.escape(p) for p in prefixes)
    suffixes = sorted(set(data["byline_suffixes"]), key=_longest_first)
    suffix = "|".join(re.escape(s) for s in suffixes) or "(?!)"
    agencies = "|".join(
        re.escape(a) for a in sorted({a.lower() for a in data["agencies"]}, key=_longest_first)
    )
    sources = {
        "chrome": (_any(data["chrome"]), 0),
        "end_markers": (_any(data["end_markers"]), 0),
        "box_markers": (_any(data["box_markers"]), 0),
        "captions": (_any(data["captions"]), 0),
        "byline": (rf"^(?:{prefix})\b\s*:?\s*(?P<rest>.+)$", re.IGNORECASE),
        "byline_inside": (rf"\s(?:{prefix})\s+(?P<rest>[^\W\d_].*)$", re.IGNORECASE),
        "byline_suffix": (rf"^(?P<name>{_SUFFIXED_NAMES})\s*(?:{suffix})(?:\s|$)", 0),
        "copyright_words": (_any(data["copyright_words"]), 0),
        "agencies": (rf"(?:the\s+)?(?:{agencies})", 0),
        "prompts": (_any(data["prompts"]), 0),
        "sign_offs": (_any(data["sign_offs"]) or "(?!)", 0),
        "story_credits": (_any(data["story_credits"]) or "(?!)", 0),
        "source_credits": (_any(data["source_credits"]) or "(?!)", 0),
        "recipe_ingredients": (_any(data["recipe_ingredients"]) or "(?!)", 0),
        "recipe_steps": (_any(data["recipe_steps"]) or "(?!)", 0),
        "book_details": (_any(data["book_details"]) or "(?!)", 0),
        "update_marks": (_any(data["update_marks"]) or "(?!)", 0),
        "live_times": (_any(data["live_times"]) or "(?!)", 0),
        "post_signatures": (_any(data["post_signatures"]) or "(?!)", 0),
        "bio_openings": (_any(data["bio_openings"]) or "(?!)", 0),
        "contact_labels": (_any(data["contact_labels"]) or "(?!)", 0),
        "reviewer_labels": (_any(data["reviewer_labels"]) or "(?!)", 0),
        "rating_labels": (_any(data["rating_labels"]) or "(?!)", 0),
        "rating_values": (_any(data["rating_values"]) or "(?!)", 0),
        "shop_notes": (_any(data["shop_notes"]) or "(?!)", 0),
        "tag_line": (_tag_line(data), 0),
        "credit_label": (rf"\b(?:{_any(data['credit_labels']) or '(?!)'})\b", re.IGNORECASE),
        "credited_caption": (_credited_caption(_any(data["credit_labels"])), 0),
    }
    # groups that do not capture: nothing reads them by number, and the engine saves the
    # marks of every group at each branch it tries, which made the alternations of a few
    # hundred groups four to ten times slower to match
    expressions = compile_all(list(sources.values()), prepare=without_captures)
    compiled = dict(zip(sources, expressions, strict=True))
    return Patterns(
        **compiled,
        byline_prefixes=frozenset(p.lower() for p in prefixes),
        not_names=frozenset(data["not_names"]),
        stop_words=frozenset(data["stop_words"]),
    )
