"""The candidate stretches of a page dump that may hold the story, and their scores.

Every line gets a weight (``data/cleaner.toml``): body lines count for their words, the
rest against; a body line asking the reader something (a consent dialog) counts nothing.
Candidate stretches are the heaviest runs of lines (maximum-sum subarrays) between
markers, bylines and datelines, found again and again in what is left on either side.
A candidate scores its weight, raised when a byline or dateline stands just above it (for
the page's first few such candidates), lowered when it is shaped like a list of teasers or
comments or packed like a box (:mod:`.denseboxes`), nothing when passed over
(:mod:`.stretchchoice`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tts_pipeline.extract.denseboxes import packed, paragraphs_apart
from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.linewalk import first_body
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.posts import signs_a_post
from tts_pipeline.extract.rules import rules
from tts_pipeline.extract.storytags import tag_line_at
from tts_pipeline.extract.stretchchoice import passed_over

SPLITTERS = (Kind.END, Kind.BOX, Kind.BYLINE, Kind.DATE)
"""Lines no candidate runs across: markers (and lines of tags), and bylines and datelines,
which start a story (or a teaser, or a comment)."""


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    """Index of its last line (a body line)."""
    weight: float
    score: float = 0.0


def weight(line: Line) -> float:
    """What a line adds to (body text) or takes from (everything else) a stretch."""
    w = rules().weights
    if line.kind is Kind.BODY:
        return line.words
    if line.kind is Kind.SHORT:
        return -(w.short + w.short_per_word * line.words)
    cost = {
        Kind.CHROME: w.chrome,
        Kind.CAPTION: w.caption,
        Kind.BYLINE: w.byline,
        Kind.DATE: w.date,
        Kind.BOX: w.box,
    }
    return -cost.get(line.kind, 0.0)


def line_weights(lines: Sequence[Line]) -> list[float]:
    """Each line's :func:`weight`; a body line that asks the reader something (subscribe,
    accept cookies, donate: the sentences of a consent dialog or a sign-up box, too long to
    be chrome) weighs nothing, so that such a box is never the heaviest stretch."""
    prompts = patterns().prompts
    return [
        0.0 if line.kind is Kind.BODY and prompts.search(fold(line.text)) else weight(line)
        for line in lines
    ]


def find_candidates(
    lines: Sequence[Line], weights: Sequence[float], found: list[Candidate]
) -> None:
    """Add the heaviest stretch of ``lines`` to ``found``, then again on each side of it."""
    stack = [(0, len(lines))]
    while stack:
        lo, hi = stack.pop()
        best = _heaviest(lines, weights, lo, hi)
        if best is None or best.weight < rules().region.min_candidate:
            continue
        found.append(best)
        stack += [(lo, best.start), (best.end + 1, hi)]


def _heaviest(
    lines: Sequence[Line], weights: Sequence[float], lo: int, hi: int
) -> Candidate | None:
    """The maximum-sum stretch of ``lines[lo:hi]`` ending in a body line, not crossing a marker."""
    best: Candidate | None = None
    run_sum, run_start = 0.0, lo
    for i in range(lo, hi):
        line = lines[i]
        if (line.kind in SPLITTERS or tag_line_at(lines, i)) and not signs_a_post(line):
            run_sum, run_start = 0.0, i + 1
            continue
        if line.kind is Kind.BLANK:
            continue
        if run_sum <= 0:
            run_sum, run_start = 0.0, i
        run_sum += weights[i]
        if line.kind is Kind.BODY and (best is None or run_sum > best.weight):
            best = Candidate(run_start, i, run_sum)
    return best


def scored_all(lines: Sequence[Line], found: Sequence[Candidate]) -> list[Candidate]:
    """Each candidate :func:`scored`; only the first ``max_anchored`` anchored ones get the
    bonus (datelines further down stamp comments or a thread's replies); a stretch packed
    line on line, on a page whose story is not, is a box (:mod:`.denseboxes`)."""
    result, anchors = [], 0
    apart = paragraphs_apart(lines, found, lambda start: anchored(lines, start))
    for candidate in found:
        anchors += anchored(lines, candidate.start)
        bonus, dense = anchors <= rules().region.max_anchored, apart and packed(lines, candidate)
        result.append(scored(lines, candidate, bonus, dense))
    return result


def scored(lines: Sequence[Line], c: Candidate, bonus=True, dense=False) -> Candidate:
    score = c.weight * (rules().region.dense_factor if dense else 1.0)
    if bonus and not dense and anchored(lines, c.start):
        score *= rules().region.anchor_bonus
    if list_shaped(lines, c):
        score *= rules().region.list_factor
    return Candidate(c.start, c.end, c.weight, 0.0 if passed_over(lines, c.start) else score)


def anchored(lines: Sequence[Line], start: int) -> bool:
    """A byline or a dateline stands among the few lines above the first body line."""
    return _dated_towards(lines, first_body(lines, start), -1)


def dated(lines: Sequence[Line], candidate: Candidate) -> bool:
    """A byline or a dateline stands among the few lines above or below the stretch (a
    paywalled story's one paragraph often has its date under it)."""
    return anchored(lines, candidate.start) or _dated_towards(lines, candidate.end, 1)


def _dated_towards(lines: Sequence[Line], origin: int, step: int) -> bool:
    """A byline or a dateline comes before the next body line, within the few non-blank
    lines from ``origin`` in direction ``step``."""
    seen = 0
    j = origin + step
    while 0 <= j < len(lines) and seen < rules().region.anchor_lines:
        kind = lines[j].kind
        if kind in (Kind.BYLINE, Kind.DATE) and not signs_a_post(lines[j]):
            return True
        if kind is Kind.BODY:
            return False
        seen += kind is not Kind.BLANK
        j += step
    return False


def list_shaped(lines: Sequence[Line], candidate: Candidate) -> bool:
    """Most paragraphs come right after a title, a date or a byline: teasers or comments. A
    label that ends with a colon ("Background:", "Results:") introduces a section of the
    story, not a teaser: its paragraph does not count as an item."""
    items = paragraphs = 0
    previous = None
    for i in range(candidate.start, candidate.end + 1):
        kind = lines[i].kind
        if kind is Kind.BLANK:
            continue
        if kind is Kind.BODY:
            paragraphs += 1
            items += previous in (Kind.SHORT, Kind.DATE, Kind.BYLINE)
        previous = None if kind is Kind.SHORT and lines[i].text.endswith(":") else kind
    r = rules().region
    return items >= r.list_min_items and items >= r.list_share * paragraphs
