"""A headline holding a date written with the day's number and its full stop before the
month ("am 19. August", "den 3. maj") is one sentence, not two: it stays the title."""

from __future__ import annotations

import pytest
from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text
from tts_pipeline.extract.titleshape import two_sentences

STORY = "\n\n".join(sentence(n, "the harbour festival") for n in range(6))


@pytest.mark.parametrize(
    "headline",
    [
        "Hafenfest mit Drachenbootrennen am 19. August in Kiel",
        "Koncert na nábřeží 3. května v Praze",
        "Sommerkoncert i parken den 14. Juli",
    ],
)
def test_a_headline_with_a_day_before_its_month_is_the_title(headline):
    page = f"Start\n\nNachrichten\n\n{headline}\n\nvon Anna Berger\n\n{STORY}\n\nImpressum\n"
    assert extract_text(page).title == headline


@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("Drachenbootrennen am 19. August in Kiel", False),
        ("Der Termin: 3. März 2020", False),
        ("The mayor turns 80. Here is his plan", True),
        ("Sales fell. Prices rose", True),
        ("Ticket sales close on day 19. Organisers expect a full house", True),
        ("The U.S. Senate votes on the bill", False),
    ],
)
def test_a_day_of_the_month_ends_no_sentence_but_a_number_may(text, two):
    assert two_sentences(text) is two
