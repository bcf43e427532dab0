"""What finishes a dump's story right below its last kept line: the rest of its last
sentence, and a postscript.

A sentence broken across lines (a hard-wrapped post, a line break inside a paragraph) may
end on a line too short to read as text. When the story's last kept line stops without a
sentence's end, in lower case or on a function word ("... and send it to the"), the line
right under it, with no blank line between, that opens in lower case or goes on from the
function word is the rest of that sentence. A blog post may end with a postscript ("PS:
...", "P.S. ..."), which reads as a caption when a photo's credit follows it: it is the
author's last word, not a box's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.linewalk import neighbour
from tts_pipeline.extract.patterns import patterns

REST_MAX_LINES = 3
"""Most lines of a sentence's rest kept below the story's last line."""
POSTSCRIPT_MIN_WORDS = 4
"""Fewest words of a postscript (its label not counted): "PS Plus" is a product's name."""
_POSTSCRIPT = re.compile(r"(?:P\.\s?){1,2}S\.\s*:?\s+\S|P{1,2}S\s?:\s+\S")
"""A postscript's label at the start of a line: "PS:", "P.S.", "P. S.", "PPS:"."""
_TEXT_KINDS = (Kind.SHORT, Kind.BODY, Kind.CAPTION)
_CAMEL = re.compile(r"[^\W\d_]+[A-Z]")
"""A name in camel case opening a line ("iPhone", "eBay"): a title's first word, not a
sentence's next."""
_WORD = re.compile(r"[^\W\d_]+$")


def rest_of_sentence(lines: Sequence[Line], last: int) -> list[int]:
    """The lines right under the story's last kept line ``last`` (no blank line between)
    that go on with its unfinished sentence (:func:`_goes_on`), ``REST_MAX_LINES`` at most,
    and finish it: lines that end no sentence ("Continue reading with Herald Plus" under a
    story cut off by a paywall, a list of titles) are no rest of it."""
    found: list[int] = []
    i = last
    while len(found) < REST_MAX_LINES and i + 1 < len(lines) and _goes_on(lines[i], lines[i + 1]):
        i += 1
        found.append(i)
        if lines[i].terminal:
            return found
    return []


def _goes_on(line: Line, below: Line) -> bool:
    """``below`` is the rest of ``line``'s sentence: ``line`` has no sentence end and stops
    on a function word or a comma, or ``below`` (text, not a marker) opens in lower case."""
    if line.terminal or below.kind not in _TEXT_KINDS or not below.text:
        return False
    if below.text[0].islower() and not _CAMEL.match(below.text):
        return True
    last_word = _WORD.search(fold(line.text))
    return line.text.endswith(",") or (
        last_word is not None and last_word[0] in patterns().stop_words
    )


def postscript(lines: Sequence[Line], last: int) -> list[int]:
    """The postscript right below the story's last kept line ``last`` (blank lines between
    at most): a line of text that opens with a postscript's label and has
    ``POSTSCRIPT_MIN_WORDS`` words or more after it."""
    j = neighbour(lines, last, 1)
    if j is None or lines[j].kind not in _TEXT_KINDS:
        return []
    label = _POSTSCRIPT.match(lines[j].text)
    if label is None or len(lines[j].text[label.end() - 1 :].split()) < POSTSCRIPT_MIN_WORDS:
        return []
    return [j]


def finishes_the_story(lines: Sequence[Line], keep: Sequence[int], i: int) -> bool:
    """Line ``i`` is the rest of a sentence or a postscript right below the kept line above it
    (for ``clean --explain``)."""
    above = [k for k in keep if k < i]
    return bool(above) and i in rest_of_sentence(lines, above[-1]) + postscript(lines, above[-1])
