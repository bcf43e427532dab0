"""Clean a browser "select all, copy, paste" text dump of a news page.

The dump is one block element per line: menus, prompts and teasers come as short
lines; the story comes as a run of long, sentence-shaped lines. The cleaner scores
each line, finds the run of body-like lines with the most text (short lines such
as subheadings may sit inside it, end markers such as "Author:" or "Most popular"
close it), then looks above the run for the byline, the date and the headline.
Patterns of chrome are data (``data/chrome.toml``), not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tts_pipeline.extract.dates import find_date
from tts_pipeline.models import Article

MIN_BODY_WORDS = 10
"""A line with fewer words is body text only when it sits inside the story's run."""
MAX_GAP_LINES = 3
"""Non-body lines (headings, captions) allowed inside the story's run."""
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 3, 30
TITLE_SEARCH_LINES = 12
"""How far above the body to look for the headline, in non-blank lines."""

_TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$|[:;]$""")
_BYLINE = re.compile(r"^(?:by|written by|words by|author:?)\s+(?P<rest>.+)$", re.IGNORECASE)
_NAME = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’.-]*\.?|(?:de|da|van|von|der|al|bin|del|la|le)\b)"
    r"(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*\.?|(?:de|da|van|von|der|al|bin|del|la|le)\b)){0,4}"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Patterns:
    chrome: re.Pattern
    end_markers: re.Pattern
    captions: re.Pattern


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The chrome patterns of ``data/chrome.toml``, compiled once."""
    from tts_pipeline.resources import load_toml

    data = load_toml("chrome.toml")

    def combine(key: str) -> re.Pattern:
        return re.compile("|".join(f"(?:{p})" for p in data[key]), re.IGNORECASE)

    return Patterns(combine("chrome"), combine("end_markers"), combine("captions"))


def extract_text(text: str, url: str | None = None) -> Article:
    """Extract the article from a page dump; plain article text comes back whole."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    kinds = [_classify(line) for line in lines]
    run = _best_run(lines, kinds)
    if run is None:
        return Article(None, None, None, None, url, ())
    start, end = run
    body_idx = [i for i in range(start, end + 1) if kinds[i] in ("body", "heading")]
    heading_idx = [i for i in body_idx if kinds[i] == "heading"]
    title_i, author, published = _header(lines, kinds, start)
    paragraphs = tuple(lines[i] for i in body_idx)
    headings = tuple(body_idx.index(i) for i in heading_idx)
    return Article(
        title=lines[title_i] if title_i is not None else None,
        author=author,
        published=published,
        site=None,
        url=url,
        paragraphs=paragraphs,
        headings=headings,
    )


def _classify(line: str) -> str:
    """One of: blank, chrome, end, caption, byline, body, short."""
    if not line:
        return "blank"
    p = patterns()
    if p.chrome.fullmatch(line):
        return "chrome"
    if p.end_markers.fullmatch(line):
        return "end"
    if p.captions.fullmatch(line):
        return "caption"
    if _BYLINE.match(line) and len(line.split()) <= 20:
        return "byline"
    words = _WORD.findall(line)
    if len(words) >= MIN_BODY_WORDS and (_TERMINAL.search(line) or len(words) >= 25):
        return "body"
    return "short"


def _best_run(lines: list[str], kinds: list[str]) -> tuple[int, int] | None:
    """The (first, last) line of the run of body lines with the most text."""
    best, best_score = None, 0
    i, n = 0, len(lines)
    while i < n:
        if kinds[i] != "body":
            i += 1
            continue
        start = last = i
        score = 0
        gap = 0
        j = i
        while j < n:
            kind = kinds[j]
            if kind == "body":
                score += len(lines[j])
                last, gap = j, 0
            elif kind == "end":
                break
            elif kind in ("short", "caption", "chrome", "byline"):
                gap += 1
                if gap > MAX_GAP_LINES:
                    break
            j += 1
        if score > best_score:
            best, best_score = (start, last), score
        i = max(j, i + 1)
    if best is not None:
        _mark_headings(lines, kinds, *best)
    return best


def _mark_headings(lines: list[str], kinds: list[str], start: int, end: int) -> None:
    """Short headline-shaped lines between body lines of the run are section headings."""
    for i in range(start + 1, end):
        line = lines[i]
        if kinds[i] != "short" or (_TERMINAL.search(line) and not line.endswith("?")):
            continue
        words = len(line.split())
        prev_blank_or_body = kinds[i - 1] in ("blank", "body")
        if 1 <= words <= 12 and line[0].isupper() and prev_blank_or_body:
            kinds[i] = "heading"


def _header(
    lines: list[str], kinds: list[str], start: int
) -> tuple[int | None, str | None, str | None]:
    """Find the headline, the author and the publication date above the body."""
    author = published = None
    title_i = None
    seen = 0
    for i in range(start - 1, -1, -1):
        kind = kinds[i]
        if kind == "blank":
            continue
        seen += 1
        if seen > TITLE_SEARCH_LINES:
            break
        line = lines[i]
        if published is None and (found := find_date(line)):
            published = found.iso
        if kind == "byline" and author is None:
            author = _author_from_byline(line)
            continue
        if kind in ("chrome", "caption", "end"):
            continue
        if title_i is None and _looks_like_title(line):
            title_i = i
            break
    return title_i, author, published


def _author_from_byline(line: str) -> str | None:
    match = _BYLINE.match(line)
    if not match:
        return None
    rest = match.group("rest")
    found = find_date(rest)
    if found:
        rest = rest[: found.span[0]]
    rest = re.split(r"\s*[|,·•–—]\s*|\s+-\s+|\s+(?:on|updated|published)\b", rest, maxsplit=1)[0]
    name = _NAME.match(rest.strip())
    return name.group(0).strip() if name else None


def _looks_like_title(line: str) -> bool:
    words = line.split()
    if not (TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS):
        return False
    if line.endswith(".") and not line.endswith("..."):
        return False
    return line[0].isupper() or line[0] in "\"'“‘"
