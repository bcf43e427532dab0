"""A recipe's card in a text dump: its ingredients and its steps.

A cooking blog's post ends with, or a recipe site's page is built around, a card: a heading
("Ingredients", "Zutaten"), one short line per ingredient (an amount, a name), then a
heading ("Instructions", "Zubereitung") and the steps. Short lines weigh against a stretch
of body text, so the card splits the story: its list and the steps below it are left out.
The headings are the ``recipe_ingredients`` and ``recipe_steps`` of the chrome data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line, fold, is_fragment, is_label
from tts_pipeline.extract.linemarkers import matches_whole
from tts_pipeline.extract.patterns import patterns

FACTS_MAX_LINES = 12
"""Most lines above the ingredients' heading searched for the recipe's facts."""
CARD_MAX_LINES = 80
"""Most lines from the ingredients' heading to the steps' heading."""
_STEP_NUMBER = re.compile(r"(?:\d{1,2}[.)]?|[^\W\d_]{1,8}\s\d{1,2}[.:]?)")
"""The number of a step on a line of its own: a number, or a word of up to eight letters
and a number ("1.", "2", "Step 3", "Paso 2")."""
_DIGIT = re.compile(r"\d")
_ALNUM = re.compile(r"[^\W_]")


def recipe_card(lines: Sequence[Line]) -> list[int]:
    """The lines of the page's recipe card: from a heading of its ingredients to a heading
    of its steps (the two within ``CARD_MAX_LINES`` lines), the short lines and body lines
    between (the ingredients, a group's heading), if one of them has a number (an amount:
    not a bar of tabs); then the steps, up to the first line that is neither body text, a
    step's number, nor a short line with a number or shaped like a sentence. Empty when the
    page has no such pair of headings."""
    p = patterns()
    heads = [i for i, line in enumerate(lines) if _heading(line, p.recipe_ingredients)]
    for start in heads:
        steps = next(
            (
                i
                for i in range(start + 1, min(len(lines), start + CARD_MAX_LINES))
                if _heading(lines[i], p.recipe_steps)
            ),
            None,
        )
        if steps is None:
            continue
        card = [i for i in range(start, steps + 1) if lines[i].kind in (Kind.SHORT, Kind.BODY)]
        if any(_DIGIT.search(lines[i].text) for i in card):
            return card + _steps(lines, steps + 1)
    return []


def recipe_facts(lines: Sequence[Line], read: Sequence[int], title: str | None) -> list[int]:
    """The facts of a recipe above its ingredients' heading, when the heading is among the
    lines ``read``: the short lines with a number (the times, the servings, the calories)
    among the ``FACTS_MAX_LINES`` non-blank lines right above it, up to a line of body
    text, a box, an end marker or the page's header (its byline, its dateline, the headline
    ``title``). Short lines weigh against the story's stretch, so the facts are left out
    with the page's header."""
    p = patterns()
    heads = [i for i in read if _heading(lines[i], p.recipe_ingredients)]
    if not heads:
        return []
    facts: list[int] = []
    seen = 0
    for i in range(min(heads) - 1, -1, -1):
        line = lines[i]
        if line.kind in _ABOVE_FACTS or line.text == title or seen == FACTS_MAX_LINES:
            break
        seen += line.kind is not Kind.BLANK
        if line.kind is Kind.SHORT and _DIGIT.search(line.text) and i not in read:
            facts.append(i)
    return sorted(facts)


_ABOVE_FACTS = (Kind.BODY, Kind.BOX, Kind.END, Kind.BYLINE, Kind.DATE)
"""Lines a recipe's facts are below: the story's text, a box, the page's header."""


def _heading(line: Line, pattern: re.Pattern) -> bool:
    """A short line that is one of the headings ``pattern`` (with a colon or without)."""
    return line.kind is Kind.SHORT and matches_whole(pattern, fold(line.text))


def _steps(lines: Sequence[Line], start: int) -> list[int]:
    """The lines of a recipe's steps from line ``start`` down (see :func:`recipe_card`): the
    steps' heading again (a tab's label copied over the section's own heading) is passed
    over, and a step's title right under its number ("2", "Hefeteig") is one of them."""
    found: list[int] = []
    numbered = False
    for i in range(start, len(lines)):
        line = lines[i]
        if line.kind is Kind.BLANK:
            continue
        if line.kind is Kind.CHROME and _step_number(line.text):
            numbered = True
            continue
        if not found and _heading(line, patterns().recipe_steps):
            continue
        if rating(line):
            break
        runs_on = lines[i - 1].kind is not Kind.BLANK
        titled = numbered and _step_title(line)
        numbered = False
        if line.kind is not Kind.BODY and not titled and not _step_line(line, runs_on):
            break
        found.append(i)
    return found


STEP_TITLE_MAX_WORDS = 4
"""Longest title of a step under its number ("Vorbereiten", "Make the dough")."""


def _step_title(line: Line) -> bool:
    """A short line of a few words that ends in no full stop: a step's title."""
    return is_label(line, STEP_TITLE_MAX_WORDS)


def rating(line: Line) -> bool:
    """Readers' rating of the recipe under its steps ("4.5 von 5 Sternen (120 Bewertungen)",
    "★★★★☆"): a short line that opens with a score out of a scale (``rating_values``) and
    names the rating (``rating_labels``), or opens with stars. It ends the card: a box of
    other recipes follows, not more steps (a step's "1/2 cup" names no rating)."""
    if line.kind is not Kind.SHORT:
        return False
    folded, p = fold(line.text), patterns()
    if p.rating_values.match(folded) is None:
        return False
    return folded[0] in _STARS or p.rating_labels.search(folded) is not None


_STARS = "★☆"


def _step_number(text: str) -> bool:
    """A step's number on a line of its own, or a line with no letter or digit at all."""
    return _STEP_NUMBER.fullmatch(text) is not None or not _ALNUM.search(text)


def _step_line(line: Line, runs_on: bool) -> bool:
    """A short line of the steps: a time or a temperature, or a sentence's fragment (most
    of its words lower-case; not a heading such as "Notes") that runs on from the line
    above, with no blank line between."""
    if line.kind is not Kind.SHORT:
        return False
    return bool(_DIGIT.search(line.text)) or (runs_on and is_fragment(line))
