"""Hostile review of round 19's rules, on invented pages (tests/pages/review19/).

- A prompt of a consent banner, a reprint's notice, a consent notice or a page survey is
  chrome on its own line, not inside a story's sentence: a story on cookie banners quotes
  "We value your privacy", a story on a data protection fine says the data were processed
  without consent ("bez ich zgody"), a book's story says it was "publicado originalmente
  em 1961", a survey's story quotes its question ("만족하십니까") and the police their call
  for tips ("제보를 기다립니다").
- A results widget of the site's sports desk under a story that names none of its teams
  (a council's vote above the Bundesliga's results) is no round-up's list: neither it nor
  the blurb under it is the story's.
- A round-up's last paragraph under its list of results, kept as the story's list under
  "The results:", is the story's, three share links under it or not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import assert_story
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "review19"


def _read(name: str):
    """The page read as the CLI reads it (its language found, its chrome words)."""
    return extract_article(read_source(str(PAGES / name)))


CASES = {
    "consent-story-en.txt": (
        ['a banner that opens with the words "We value your privacy,"', "five extra clicks"],
        ["Share this article", "Why your phone battery"],
    ),
    "rodo-fine-pl.txt": (
        ["przetwarzanie danych osobowych pacjentów odbywało się bez ich zgody", "odwołanie"],
        ["Czytaj także", "Nowe zasady w szpitalach"],
    ),
    "book-reissue-pt.txt": (
        [
            "O livro, publicado originalmente em 1961",
            "Leia a seguir os principais trechos da entrevista.",
            "O que muda nesta edição?",
        ],
        ["Festival de inverno", "Leia também"],
    ),
    "survey-tips-ko.txt": (
        [
            '"현재 직장에 만족하십니까"라는 질문에',
            '제보를 기다립니다"라고 밝혔다',
            "불만족 이유로는",
        ],
        ["청년 취업률", "무단 전재"],
    ),
    "results-widget-below-de.txt": (
        ["Gemeinderat hat am Donnerstagabend", "wichtigen Schritt für Pendler"],
        ["Bayern - Augsburg 2:2", "Bundesliga-Ticker", "Datenschutz"],
    ),
    "results-brief-intro-de.txt": (
        [
            "Die Ergebnisse im Überblick:",
            "TSG Bergen - FV Tal 1:3",
            "Am kommenden Wochenende ruht der Spielbetrieb",
        ],
        ["Teilen", "Handball: HSG verliert"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_story_is_read_whole(name):
    must, must_not = CASES[name]
    assert_story(_read(name), {"must": must, "must_not": must_not})
