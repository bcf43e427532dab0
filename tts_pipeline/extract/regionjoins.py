"""Whether two neighbouring candidates are one story: a story split by a box ("Related
stories") or a quoted post's date line is one, and so is a short one split by its own list
(:func:`.storylists.below_its_list`), but a dated one ends at its tags (:mod:`.storytags`)."""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.boxtail import closes_the_story
from tts_pipeline.extract.candidates import Candidate, anchored, list_shaped
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.posts import signs_a_post
from tts_pipeline.extract.rules import rules
from tts_pipeline.extract.storylists import below_its_list
from tts_pipeline.extract.storytags import ends_at_tags, is_tag_line, tags_between

PARAGRAPHS_MIN_LINES = 2
"""Fewest body lines of a candidate that is paragraphs, not a stray one."""


def joins(lines: Sequence[Line], before: Candidate, after: Candidate, forward: bool) -> bool:
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
    tagged = forward and ends_at_tags(tags, *(anchored(lines, c.start) for c in (before, after)))
    if tagged or any(line.kind is Kind.END for line in gap) or not before.score * after.score:
        return False
    story = lines[before.start : before.end + 1]
    listed = forward and below_its_list(before.weight, after.weight, between, story)
    if listed and not list_shaped(lines, after):
        return True
    headed = (
        before.weight >= rules().region.min_article
        and anchored(lines, before.start)
        and not anchored(lines, after.start)
        and (not forward or _paragraphs(lines, after))
    )
    if len(gap) > rules().region.max_box_lines and (boxed or not headed):
        return False
    if list_shaped(lines, before) or list_shaped(lines, after):
        return False
    joined = after if forward else before
    if forward and boxed and (any(_dateline(line) for line in gap) or _byline_under_box(gap)):
        return False
    near = len(gap) <= rules().region.stray_gap_lines
    if (
        not forward
        and anchored(lines, before.start)
        and (not boxed or not anchored(lines, after.start))
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
