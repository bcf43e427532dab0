"""Text dumps, round 20: a deck without a full stop under the headline is a subtitle.

The invented page (``tests/pages/standfirsts20/harbour-ferry-en.txt``, a regional English
news site) prints its summary as one clause with no stop at its end, over a split byline
("By", a name, a handle) and the date. The cleaner reads such a line as the headline's
deck, not as the story's first paragraph (:mod:`tts_pipeline.extract.standfirsts`): the
project's probe truths leave decks out (seven probe dumps, among them
``browser_dumps_lang/portuguese``, fall when they are kept), while the phrases/
development truth keeps them on two pages. Changing this convention means changing those
truths too; this test makes the choice visible. A standfirst that ends like a sentence is
read (the second test).
"""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.extract.textdump import extract_text

PAGE = Path(__file__).parent / "pages" / "standfirsts20" / "harbour-ferry-en.txt"
HEADLINE = "Harbour ferry to run through the winter for the first time in forty years"
DECK = (
    "Councillors agreed to cover the shortfall in fares until the new terminal opens in the "
    "spring of next year"
)
FIRST = "The harbour ferry between Eastport"


def _page() -> str:
    return PAGE.read_text(encoding="utf-8")


def test_a_deck_without_a_stop_is_the_headline_s_not_the_story_s():
    article = extract_text(_page())
    assert article.title == HEADLINE
    assert DECK not in article.paragraphs
    assert article.paragraphs[0].startswith(FIRST)
    assert not any("Martha Ellison" in p for p in article.paragraphs)
    assert not any("Bridge repairs" in p for p in article.paragraphs)


def test_the_same_standfirst_ending_like_a_sentence_is_read():
    article = extract_text(_page().replace(DECK, DECK + "."))
    assert article.title == HEADLINE
    assert article.paragraphs[0] == DECK + "."
    assert article.paragraphs[1].startswith(FIRST)
