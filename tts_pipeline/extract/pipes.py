"""A row of links parted by bars, as the foot of an old site's page has it ("Letzte
Aktualisierung: 05.11.2019 | Impressum | Datenschutz")."""

from __future__ import annotations

import re

from tts_pipeline.extract.patterns import patterns

_WORD = re.compile(r"[^\W\d_]{3}")
"""A word (three letters at least): a table's row of numbers ("1. | 6 | 16") is no footer."""


def bar_row_of_chrome(folded: str) -> bool:
    """The line (in lower case) has three or more items parted by "|", two of them at least
    chrome words of three letters or more ("Impressum", "Kontakt"): a footer's row,
    whatever date it also holds; or two items, both chrome (a story's tool row: "Printer
    friendly | E-mail this story")."""
    parts = [part.strip() for part in folded.split("|")]
    if len(parts) < 2:
        return False
    chrome = patterns().chrome
    found = sum(1 for part in parts if _WORD.search(part) and chrome.fullmatch(part))
    return found == 2 if len(parts) == 2 else found >= 2
