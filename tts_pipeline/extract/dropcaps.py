"""A drop capital set apart from its paragraph: a page that styles the first letter of its
story in an element of its own gives a browser's copy (and our rendering) that letter on a
line, then the paragraph without it ("T", then "urkey, Poland and ..."). The letter goes
back in front of its word, so neither the cleaner nor the voice meets half a word."""

from __future__ import annotations

from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.lines import describe

MAX_BLANKS = 2
"""Most blank lines between the letter and its paragraph."""
MIN_WORDS = 6
"""Fewest words of the paragraph the letter opens (a list's items are shorter)."""


def rejoin_drop_capitals(lines: list[Line]) -> None:
    """Put each drop capital back in front of its paragraph; its own line becomes blank.

    The letter is a line of one capital letter, and the next line with text (after at most
    ``MAX_BLANKS`` blank ones) is a paragraph that opens on a lower-case letter. Not when
    that letter is the capital's own: under a glossary's or an index's letter ("A") stand
    entries that begin with it ("abseil: ...")."""
    for i, line in enumerate(lines):
        letter = line.text
        if len(letter) != 1 or not letter.isupper():
            continue
        j = i + 1
        while j < len(lines) and lines[j].kind is Kind.BLANK and j - i <= MAX_BLANKS:
            j += 1
        if j >= len(lines) or lines[j].words < MIN_WORDS:
            continue
        first = lines[j].text[:1]
        if first.islower() and first != letter.lower():
            lines[j] = describe(letter + lines[j].text)
            lines[i] = describe("")
