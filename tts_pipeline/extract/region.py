"""Find the stretch of a page dump that holds the story.

Every line gets a weight (``data/cleaner.toml``): body lines count for their words, the
rest against; a body line asking the reader something (a consent dialog) counts nothing.
Candidate stretches are the heaviest runs of lines (maximum-sum subarrays) between
markers, bylines and datelines, found again and again in what is left on either side;
short chrome inside a story (a subheading, a credit, an advertisement line) costs less
than the body around it gains, so a story stays whole, while a menu splits the page.

The story is the candidate with the best score: its weight, raised when a byline or
dateline stands just above it (for the page's first few such candidates), lowered when it
is shaped like a list of teasers or comments, packed like a box (:mod:`.denseboxes`), or
nothing when passed over (:mod:`.stretchchoice`). With no candidate of an article's words,
only those dated compete. It takes in its neighbours when close and not lists: a story split
by a box ("Related stories") or a quoted post's date line is one, and so is a short one split
by its own list (:func:`.storylists.below_its_list`), but a dated one ends at its tags
(:mod:`.storytags`). Nothing after an end marker ("Comments", the copyright line; an
author's credit, :mod:`.credits`, is none) that follows a substantial candidate can be the
story, nor anything under the comments' heading below a short post (unless it far
outweighs it), nor below a dated one's footer (a long run of menu lines)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tts_pipeline.extract.boxtail import closes_the_story
from tts_pipeline.extract.credits import credits_in_story
from tts_pipeline.extract.denseboxes import packed, paragraphs_apart
from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.linewalk import own_block
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.posts import signs_a_post
from tts_pipeline.extract.rules import rules
from tts_pipeline.extract.storylists import below_its_list
from tts_pipeline.extract.storytags import ends_at_tags, is_tag_line, tag_line_at, tags_between
from tts_pipeline.extract.stretchchoice import passed_over

SPLITTERS = (Kind.END, Kind.BOX, Kind.BYLINE, Kind.DATE)
"""Lines no candidate runs across: markers (and lines of tags), and bylines and datelines,
which start a story (or a teaser, or a comment)."""
PARAGRAPHS_MIN_LINES = 2
"""Fewest body lines of a candidate that is paragraphs, not a stray one."""


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


def best_region(lines: Sequence[Line]) -> tuple[int, int] | None:
    """First and last index of the story's stretch of lines, or None when there is none."""
    lines = credits_in_story(lines)
    found: list[Candidate] = []
    _candidates(lines, line_weights(lines), found)
    found = _above_the_footer(lines, _before_the_end(lines, sorted(found, key=lambda c: c.start)))
    if not found:
        return None
    scored = _scored_all(lines, found)
    best = max(_contenders(lines, scored), key=lambda k: scored[k].score)
    first, last = best, best
    while first > 0 and _joins(lines, scored[first - 1], scored[first], forward=False):
        first -= 1
    while last + 1 < len(scored) and _joins(lines, scored[last], scored[last + 1], forward=True):
        last += 1
    start = scored[first].start
    while lines[start].kind is not Kind.BODY:
        start += 1
    return start, scored[last].end


def _contenders(lines: Sequence[Line], scored: list[Candidate]) -> list[int]:
    """Indices of the candidates that may be the story: all of them, unless none is
    substantial (a page of short bits: a paywalled story's one paragraph, a newsletter box,
    a comment); then the ones with a byline or dateline next to them and not passed over."""
    every = list(range(len(scored)))
    if any(c.weight >= rules().region.min_article for c in scored):
        return every
    return [k for k in every if _dated(lines, scored[k]) and scored[k].score > 0] or every


def weighs_an_article(lines: Sequence[Line], region: tuple[int, int]) -> bool:
    """The stretch has the words of an article, not of a comment."""
    words = sum(
        lines[i].words for i in range(region[0], region[1] + 1) if lines[i].kind is Kind.BODY
    )
    return words >= rules().region.min_article


def comments_marker(lines: Sequence[Line]) -> int | None:
    """The first end marker in a block of its own ("Leave a reply", "Comments")."""
    return next(
        (i for i, line in enumerate(lines) if line.kind is Kind.END and own_block(lines, i)), None
    )


def _joins(lines: Sequence[Line], before: Candidate, after: Candidate, forward: bool) -> bool:
    """Two neighbouring candidates are one story: close (or, with no box between, the one
    before with the words of an article under a byline or dateline that the one after
    lacks: the start of the story, a long table or a list of job offers, the rest, which
    must then be paragraphs with the words of an article), no end marker between, neither
    a list, and the part joined more than a stray paragraph, unless it follows the story
    right after it, across a line or two and no box (a caption, the date of a quoted post),
    or comes before it under a byline or dateline, with no box between (the story's lead,
    then a quote or a list) or with a box between when the story has no byline or dateline
    of its own (the lead, a "Related stories" box, the story). A stray paragraph further
    down is an author's bio, a blog's "about me" or a promotion. Nor what follows a box and a
    dateline or a byline (a teaser), or a dated story's tags; nor a passed-over stretch."""
    between = [lines[i] for i in range(before.end + 1, after.start)]
    gap = [line for line in between if line.kind is not Kind.BLANK]
    tags = tags_between(lines, before.end + 1, after.start)
    boxed = tags or any(line.kind is Kind.BOX for line in gap)
    tagged = forward and ends_at_tags(tags, *(_anchored(lines, c.start) for c in (before, after)))
    if tagged or any(line.kind is Kind.END for line in gap) or not before.score * after.score:
        return False
    listed = forward and below_its_list(before.weight, after.weight, between)
    if listed and not _list_shaped(lines, after):
        return True
    headed = (
        before.weight >= rules().region.min_article
        and _anchored(lines, before.start)
        and not _anchored(lines, after.start)
        and (not forward or _paragraphs(lines, after))
    )
    if len(gap) > rules().region.max_box_lines and (boxed or not headed):
        return False
    if _list_shaped(lines, before) or _list_shaped(lines, after):
        return False
    joined = after if forward else before
    if forward and boxed and (any(_dateline(line) for line in gap) or _byline_under_box(gap)):
        return False
    near = len(gap) <= rules().region.stray_gap_lines
    if (
        not forward
        and _anchored(lines, before.start)
        and (not boxed or not _anchored(lines, after.start))
    ):
        return True
    if forward and (_empty_box(gap) or closes_the_story(lines, before.end, after.start, after.end)):
        return True
    return _substantial(lines, joined) or (forward and near and not boxed)


def _dateline(line: Line) -> bool:
    """A dateline that stamps another post, not one that signs a quoted post."""
    return line.kind is Kind.DATE and not signs_a_post(line)


def _byline_under_box(gap: Sequence[Line]) -> bool:
    """A byline below a box marker heads another story ("Read next"); above, it signs ours."""
    kinds = [line.kind for line in gap]
    box = next((n for n, kind in enumerate(kinds) if kind is Kind.BOX), len(kinds))
    return Kind.BYLINE in kinds[box:]


def _empty_box(gap: Sequence[Line]) -> bool:
    """A lone box marker ("See also"), none of its links copied, no tags: a box amid the story."""
    return len(gap) == 1 and gap[0].kind is Kind.BOX and not is_tag_line(gap[0])


def _paragraphs(lines: Sequence[Line], candidate: Candidate) -> bool:
    """Paragraphs with the words of an article: not one long line (a footer's notice)."""
    return candidate.weight >= rules().region.min_article and _several_paragraphs(lines, candidate)


def _substantial(lines: Sequence[Line], candidate: Candidate) -> bool:
    """More than a stray paragraph: ``PARAGRAPHS_MIN_LINES`` body lines or more, or much text."""
    return candidate.weight >= rules().region.min_article or _several_paragraphs(lines, candidate)


def _several_paragraphs(lines: Sequence[Line], candidate: Candidate) -> bool:
    """The candidate has ``PARAGRAPHS_MIN_LINES`` body lines or more."""
    body = (lines[i].kind is Kind.BODY for i in range(candidate.start, candidate.end + 1))
    return sum(body) >= PARAGRAPHS_MIN_LINES


def _candidates(lines: Sequence[Line], weights: Sequence[float], found: list[Candidate]) -> None:
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


def _before_the_end(lines: Sequence[Line], found: list[Candidate]) -> list[Candidate]:
    """Drop the candidates after the first end marker that follows a substantial one,
    unless the marker is an item of a menu or a share bar ("Comments" with other links
    right next to it) and a candidate after it, below a byline or dateline and not a
    list, scores many times more than every candidate before: what came before the
    marker was then a teaser or a notice, not the story."""
    kept, marker = _up_to_the_end(lines, found)
    if marker is None:
        return _after_a_short_post(lines, kept)
    if own_block(lines, marker):
        return kept
    after = found[len(kept) :]
    after = [c for c in after if _anchored(lines, c.start) and not _list_shaped(lines, c)]
    if after:
        best_before = max(_scored(lines, c).score for c in kept)
        best_after = max(_scored(lines, c).score for c in after)
        if best_after > rules().region.end_outweighed * best_before:
            return found
    return kept


def _after_a_short_post(lines: Sequence[Line], found: list[Candidate]) -> list[Candidate]:
    """Drop the candidates after the first end marker in a block of its own (the heading of
    the comments) below the first candidate, on a page where none before it is substantial:
    a short post, a photo's caption. What follows is its comments and the blog's sidebar,
    unless a candidate after the marker scores many times more than every one before (the
    marker then stood in the header: a count of comments under the headline)."""
    if not found:
        return found
    end = next(
        (
            i
            for i in range(found[0].end + 1, len(lines))
            if lines[i].kind is Kind.END and own_block(lines, i)
        ),
        None,
    )
    if end is None:
        return found
    kept = [c for c in found if c.start < end]
    after = found[len(kept) :]
    if not after:
        return found
    best_before = max(_scored(lines, c).score for c in kept)
    best_after = max(_scored(lines, c).score for c in after)
    return found if best_after > rules().region.end_outweighed * best_before else kept


def _above_the_footer(lines: Sequence[Line], found: list[Candidate]) -> list[Candidate]:
    """Drop the candidates below the page's footer: a long run of menu lines (``footer_lines``
    or more) after a stretch with a byline or dateline above it. What a browser copies
    after the footer is a login form or a consent layer, not the story."""
    for n, candidate in enumerate(found[:-1]):
        if (
            _anchored(lines, candidate.start)
            and _menu_run(lines, candidate.end + 1, found[n + 1].start)
            >= rules().region.footer_lines
        ):
            return found[: n + 1]
    return found


def _menu_run(lines: Sequence[Line], start: int, end: int) -> int:
    """The longest run of chrome lines in ``lines[start:end]``, blank lines not counted (a
    box marker, such as a footer's "Newsletter" link, breaks it: the rule stays cautious)."""
    longest = run = 0
    for line in lines[start:end]:
        if line.kind is not Kind.BLANK:
            run = run + 1 if line.kind is Kind.CHROME else 0
            longest = max(longest, run)
    return longest


def _up_to_the_end(
    lines: Sequence[Line], found: list[Candidate]
) -> tuple[list[Candidate], int | None]:
    """The candidates up to the first end marker that follows a substantial one, and the
    marker's index (None when no marker ends them)."""
    kept: list[Candidate] = []
    substantial_end = None
    for candidate in found:
        if substantial_end is not None:
            between = range(substantial_end, candidate.start)
            marker = next((i for i in between if lines[i].kind is Kind.END), None)
            if marker is not None:
                return kept, marker
        kept.append(candidate)
        if candidate.weight >= rules().region.min_article and substantial_end is None:
            substantial_end = candidate.end
    return kept, None


def _scored_all(lines: Sequence[Line], found: Sequence[Candidate]) -> list[Candidate]:
    """Each candidate :func:`_scored`; only the first ``max_anchored`` anchored ones get the
    bonus (datelines further down stamp comments or a thread's replies); a stretch packed
    line on line, on a page whose story is not, is a box (:mod:`.denseboxes`)."""
    scored, anchored = [], 0
    apart = paragraphs_apart(lines, found, lambda start: _anchored(lines, start))
    for candidate in found:
        anchored += _anchored(lines, candidate.start)
        bonus, dense = anchored <= rules().region.max_anchored, apart and packed(lines, candidate)
        scored.append(_scored(lines, candidate, bonus, dense))
    return scored


def _scored(lines: Sequence[Line], c: Candidate, bonus=True, dense=False) -> Candidate:
    score = c.weight * (rules().region.dense_factor if dense else 1.0)
    if bonus and not dense and _anchored(lines, c.start):
        score *= rules().region.anchor_bonus
    if _list_shaped(lines, c):
        score *= rules().region.list_factor
    return Candidate(c.start, c.end, c.weight, 0.0 if passed_over(lines, c.start) else score)


def _anchored(lines: Sequence[Line], start: int) -> bool:
    """A byline or a dateline stands among the few lines above the first body line."""
    i = start
    while lines[i].kind is not Kind.BODY:
        i += 1
    return _dated_towards(lines, i, -1)


def _dated(lines: Sequence[Line], candidate: Candidate) -> bool:
    """A byline or a dateline stands among the few lines above or below the stretch (a
    paywalled story's one paragraph often has its date under it)."""
    return _anchored(lines, candidate.start) or _dated_towards(lines, candidate.end, 1)


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


def _list_shaped(lines: Sequence[Line], candidate: Candidate) -> bool:
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
