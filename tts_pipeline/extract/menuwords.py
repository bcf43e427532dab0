"""Menu words in a line: a row of a menu's items ("Live TV Edition Log In"), or a count of them.

A browser's copy may run a bar of buttons into the headline under it with no blank line
between: the bar reads as a short title-case line, like a headline, but most of its words
are items of the chrome data ("Live", "TV", "Log in") and every word opens with a capital.
"""

from __future__ import annotations

from tts_pipeline.extract.linefeatures import fold
from tts_pipeline.extract.patterns import patterns

ITEM_MAX_WORDS = 3
"""Most words of one menu item ("Sign up now")."""
MENU_WORDS_SHARE = 0.6
"""Least share of a line's words that are menu items for the line to be a row of them."""
MENU_MIN_WORDS = 3
"""Fewest words of a row of menu items (a shorter line is one item or a kicker)."""


def menu_items_row(text: str) -> bool:
    """Most words of ``text`` are chrome items and every word opens with a capital or a
    digit: a row of a menu's buttons, not a headline."""
    words = text.split()
    if len(words) < MENU_MIN_WORDS or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    chrome, covered, i = patterns().chrome, 0, 0
    while i < len(words):
        size = next(
            (
                n
                for n in range(ITEM_MAX_WORDS, 0, -1)
                if chrome.fullmatch(fold(" ".join(words[i : i + n])))
            ),
            0,
        )
        covered += size
        i += size or 1
    return covered >= MENU_WORDS_SHARE * len(words)


def menu_words(text: str) -> int:
    """How many words of ``text`` are a menu's words on their own ("Home", "News")."""
    chrome = patterns().chrome
    return sum(1 for word in text.lower().split() if chrome.fullmatch(word.strip(",.:;")))
