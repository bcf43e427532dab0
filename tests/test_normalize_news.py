"""The normalizer says invented English news sentences (wire style, US and UK, 2019-2021)
as the table ``cases/normalize-news.tsv`` says: every class of token in the forms news
copy uses ("$1.2bn", "40m people", "No 10", "0600 GMT", "Boeing 737 MAX", "call 999")."""

from __future__ import annotations

import re

import pytest
from casetables import load_cases

from tts_pipeline.normalize import normalize

CASES = load_cases("normalize-news.tsv")


@pytest.mark.parametrize(("written", "spoken"), CASES, ids=[c[0][:50] for c in CASES])
def test_news_sentence(written, spoken):
    assert normalize(written) == spoken


def test_the_table_covers_news_copy():
    assert len(CASES) >= 150


FOREIGN_NEWS = {
    "de": "Die Regierung hat am Dienstag ein Paket über 1,2 Mrd. Euro beschlossen. Rund 40 Mio. "
    "Menschen sind betroffen, sagte der Minister um 14:30 Uhr. Die Inflation lag bei 2,5 "
    "Prozent, es wurden 35°C gemessen. Bayern gewann 3:2, 75.000 Fans waren da. Die Hotline "
    "0800 123 4567 ist rund um die Uhr erreichbar.",
    "fr": "Le gouvernement a annoncé un plan de 1,2 milliard d'euros. Environ 40 millions de "
    "personnes sont concernées, a déclaré le ministre à 14h30. L'inflation a atteint 2,5 % et "
    "il a fait 35°C. Le PSG s'est imposé 3-2 devant 45 000 spectateurs. Appelez le 01 23 45 67 89.",
    "es": "El Gobierno aprobó un plan de 1.200 millones de euros. Unos 40 millones de personas "
    "se verán afectadas, dijo el ministro a las 14:30. La inflación llegó al 2,5% y se midieron "
    "35°C. El Real Madrid ganó 3-2 ante 75.000 aficionados. Llame al 900 123 456.",
}


@pytest.mark.parametrize("language", sorted(FOREIGN_NEWS))
def test_news_in_another_language_gets_no_english_number_words(language):
    said = normalize(FOREIGN_NEWS[language], language=language)
    english = r"\b(one|two|three|four|five|hundred|thousand|million|percent|point|degrees|to)\b"
    assert not re.search(english, said)
    assert "75.000" in said or "45 000" in said
