"""A list of match results in a story: "Rijnvogels - Katwijk 2-1", "Hamburg 3:0 Köln".

A sports round-up gives the day's results under a subheading, a line per match, often
grouped by division ("First division", then its matches), and goes on below them with a
last paragraph ("Next Sunday, ..."). The results are short lines of names and numbers with
no lower-case words, so they weigh against the story like a menu; but a menu, a ticker or a
"Related" box brings chrome, a box's heading or teasers with it, while a block made of such
results and their short group headings, most of its lines a result, is the story's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.linewalk import neighbour

RESULTS_MIN = 3
"""Fewest results of such a block: one or two are a match report's own score lines."""
GROUP_HEADING_MAX_WORDS = 5
"""Most words of a group's heading among the results ("Eerste klasse B")."""

_SCORE = r"\d{1,3}\s?[-–:]\s?\d{1,3}"
_RESULT = re.compile(
    rf"(?:.{{2,40}}?\s[-–—]\s.{{2,40}}?:?\s{_SCORE}(?:\s?\([^()]{{1,12}}\))?"
    rf"|[^\d]{{2,40}}\s{_SCORE}\s[^\d]{{2,40}})"
)
"""A match and its score: two names joined by a dash with the score after them, or the
score between the two names."""
_NAME_WORD = re.compile(r"[^\W\d_]{4,}")
"""A word of a team's name in a result ("Rijnvogels", "Demirspor")."""


def is_result(line: Line) -> bool:
    """A short line that is a match and its score."""
    return line.kind is Kind.SHORT and _RESULT.fullmatch(line.text) is not None


def results_list(between: Sequence[Line]) -> bool:
    """The lines ``between`` two parts of a story are a list of results: short lines only
    (blank lines aside), ``RESULTS_MIN`` results or more and most of the lines, the rest
    short group headings with no sentence's end."""
    lines = [line for line in between if line.kind is not Kind.BLANK]
    if any(line.kind is not Kind.SHORT for line in lines):
        return False
    results = sum(is_result(line) for line in lines)
    headings = all(
        is_result(line)
        or (line.words <= GROUP_HEADING_MAX_WORDS and not line.text.endswith((".", ";", ",")))
        for line in lines
    )
    return headings and results >= RESULTS_MIN and 2 * results > len(lines)


def results_below(lines: Sequence[Line], keep: Sequence[int]) -> list[int]:
    """The short lines right below the story's last line of ``keep`` (blank lines between
    them aside), up to the next line of another kind, when they are a :func:`results_list`
    whose teams the story names (:func:`named_in_story`)."""
    found: list[int] = []
    i = max(keep) + 1
    while i < len(lines) and lines[i].kind in (Kind.SHORT, Kind.BLANK):
        if lines[i].kind is Kind.SHORT:
            found.append(i)
        i += 1
    listed = [lines[i] for i in found]
    story = [lines[i] for i in keep]
    return found if results_list(listed) and named_in_story(listed, story) else []


def named_in_story(results: Sequence[Line], story: Sequence[Line]) -> bool:
    """A team of the ``results`` is named in the ``story``'s paragraphs: a round-up's list
    of the day's results names the clubs it tells of, a results widget of the site's
    sports desk set under any story (a council's vote above the Bundesliga's) names none."""
    told = " ".join(fold(line.text) for line in story if line.kind is Kind.BODY)
    return any(
        word in told
        for line in results
        if is_result(line)
        for word in _NAME_WORD.findall(fold(line.text))
    )


_SCORER = re.compile(
    r"\d{1,2}\s?[-–:]\s?\d{1,2}\s+[^\W\d_][\w.'-]*(?:\s[^\W\d_][\w.'-]*)?\s*\(\d{1,3}\.?\)"
)
"""A goal in a match report's list of scorers: the score it made, the scorer and the minute
("1:0 Brandl (27.)", "2-1 Van Dijk (71)")."""
SCORERS_MIN = 2
"""Fewest goals of a line of scorers."""


def match_lines(lines: Sequence[Line], keep: Sequence[int]) -> list[int]:
    """A match report's own lines around the story's lines ``keep`` (blank lines between
    aside): its result right above the first ("Hollenbach – Oberweiler 3:1 (1:0)"), when the
    story names a team of it, and its scorers right below the last ("Tore: 1:0 Brandl
    (27.), 1:1 Yilmaz (58.)"), ``SCORERS_MIN`` goals or more."""
    if not keep:
        return []
    story = [lines[i] for i in keep]
    found = []
    above = neighbour(lines, min(keep), -1)
    if above is not None and is_result(lines[above]) and named_in_story([lines[above]], story):
        found.append(above)
    below = neighbour(lines, max(keep), 1)
    if below is not None and len(_SCORER.findall(lines[below].text)) >= SCORERS_MIN:
        found.append(below)
    return found
