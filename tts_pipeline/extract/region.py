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
outweighs it), nor below a dated one's footer (a long run of menu lines).

The candidates and their scores are :mod:`.candidates`; whether two neighbours are one
story, :mod:`.regionjoins`; where the story may end, :mod:`.regionends`."""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.candidates import (
    Candidate,
    dated,
    find_candidates,
    line_weights,
    scored_all,
)
from tts_pipeline.extract.credits import credits_in_story
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import first_body, own_block
from tts_pipeline.extract.regionends import above_the_footer, before_the_end
from tts_pipeline.extract.regionjoins import joins
from tts_pipeline.extract.rules import rules


def best_region(lines: Sequence[Line]) -> tuple[int, int] | None:
    """First and last index of the story's stretch of lines, or None when there is none."""
    lines = credits_in_story(lines)
    found: list[Candidate] = []
    find_candidates(lines, line_weights(lines), found)
    found = above_the_footer(lines, before_the_end(lines, sorted(found, key=lambda c: c.start)))
    if not found:
        return None
    scored = scored_all(lines, found)
    best = max(_contenders(lines, scored), key=lambda k: scored[k].score)
    first, last = best, best
    while first > 0 and joins(lines, scored[first - 1], scored[first], forward=False):
        first -= 1
    while last + 1 < len(scored) and joins(lines, scored[last], scored[last + 1], forward=True):
        last += 1
    return first_body(lines, scored[first].start), scored[last].end


def _contenders(lines: Sequence[Line], scored: list[Candidate]) -> list[int]:
    """Indices of the candidates that may be the story: all of them, unless none is
    substantial (a page of short bits: a paywalled story's one paragraph, a newsletter box,
    a comment); then the ones with a byline or dateline next to them and not passed over."""
    every = list(range(len(scored)))
    if any(c.weight >= rules().region.min_article for c in scored):
        return every
    return [k for k in every if dated(lines, scored[k]) and scored[k].score > 0] or every


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
