"""Where the story may end: no candidate after the first end marker that follows a
substantial one ("Comments", the copyright line), nor under the comments' heading below a
short post (unless it far outweighs it), nor below a dated one's footer (a long run of
menu lines)."""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.candidates import Candidate, anchored, list_shaped, scored
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.linewalk import own_block
from tts_pipeline.extract.rules import rules


def before_the_end(lines: Sequence[Line], found: list[Candidate]) -> list[Candidate]:
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
    after = [c for c in after if anchored(lines, c.start) and not list_shaped(lines, c)]
    if after:
        best_before = max(scored(lines, c).score for c in kept)
        best_after = max(scored(lines, c).score for c in after)
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
    best_before = max(scored(lines, c).score for c in kept)
    best_after = max(scored(lines, c).score for c in after)
    return found if best_after > rules().region.end_outweighed * best_before else kept


def above_the_footer(lines: Sequence[Line], found: list[Candidate]) -> list[Candidate]:
    """Drop the candidates below the page's footer: a long run of menu lines (``footer_lines``
    or more) after a stretch with a byline or dateline above it. What a browser copies
    after the footer is a login form or a consent layer, not the story."""
    for n, candidate in enumerate(found[:-1]):
        if (
            anchored(lines, candidate.start)
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
