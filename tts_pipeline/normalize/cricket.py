"""Cricket's figures written short: a batter's runs with a star ("102*" "one hundred two not
out") and a bowler's wickets for runs ("5-42 from 18.3 overs" "five for forty-two"), told
by a sentence about cricket (``about_cricket``) or the balls or overs after them.
"""

from __future__ import annotations

import re

from tts_pipeline.normalize.labels import about_cricket, is_result
from tts_pipeline.normalize.patterns import amount

_BALLS_AFTER = re.compile(r"\s+(?:off|from|in)\s+\d+\s+balls\b")


def not_out(m: re.Match[str]) -> str | None:
    """ "Root 102*", "85* off 62 balls": a batter's runs with a star in a sentence about
    cricket are "not out"; elsewhere the star is a note's mark, left to the symbols."""
    if not (about_cricket(m.string) or _BALLS_AFTER.match(m.string, m.end())):
        return None
    return f"{amount(m.group(1))} not out"


_FIGURES_BEFORE = re.compile(r"\bfigures\s+(?:of\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_OVERS_AFTER = re.compile(r"\s+(?:from|off|in)\s+\d+(?:\.\d)?\s+overs\b")


def bowling_figures(m: re.Match[str]) -> bool:
    """ "took 3-27 off 10 overs": a bowler's wickets for runs before the overs bowled, or
    after "figures" in a sentence about cricket ("best figures of 6-31 in a Test innings");
    not after a word of winning."""
    wickets, runs = m.group("a"), m.group("b")
    if not (wickets.isdigit() and runs.isdigit() and int(wickets) <= 10 <= int(runs) < 400):
        return False
    if is_result(m):
        return False
    figures = _FIGURES_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    return bool((figures and about_cricket(m.string)) or _OVERS_AFTER.match(m.string, m.end()))
