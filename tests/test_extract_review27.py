"""Review of round 27's cleaner rules for pages that are no news story, on news stories
that share their words or shapes (invented pages): a consumer story's subheading that reads
as the heading of a shop's customer reviews ends nothing."""

from __future__ import annotations

import pytest

from tests.story_cases import cleaned_text

_HEAD = "Stadtkurier\nNachrichten\nPolitik\nWirtschaft\n\nVerbraucher\n\n"
_STORY_DE = [
    "Online-Shopping: So erkennen Sie unseriöse Händler",
    "Von Petra Lange\n14. März 2024, 06:45 Uhr",
    "Immer mehr Menschen kaufen im Internet ein, doch nicht jeder Shop ist seriös. Die"
    " Verbraucherzentrale hat im vergangenen Jahr mehr als 3.000 Beschwerden über falsche"
    " Händler bekommen, die Geld kassieren und nie liefern.",
    "Ein erster Hinweis ist das Impressum. Fehlt es ganz oder steht dort nur eine Adresse im"
    " Ausland, sollten Kundinnen und Kunden misstrauisch werden, rät die Verbraucherzentrale.",
    "{heading}",
    "Auch Bewertungen anderer Käufer helfen, sind aber nicht immer echt. Wer nur Lob mit fünf"
    " Sternen findet, die alle am selben Tag geschrieben wurden, sollte genauer hinschauen.",
    "Am sichersten ist der Kauf auf Rechnung. Wer per Vorkasse bezahlt, bekommt sein Geld bei"
    " einem Betrug oft nicht zurück, warnen die Verbraucherschützer.",
    "Wer bereits auf einen falschen Shop hereingefallen ist, sollte sofort die Bank informieren"
    " und Anzeige bei der Polizei erstatten.",
]
_FOOT = "\n\nNewsletter abonnieren\nImpressum\nDatenschutz\n"


@pytest.mark.parametrize("heading", ["Kundenbewertungen", "Produktbewertungen"])
def test_a_reviews_heading_inside_a_consumer_story_ends_nothing(tmp_path, heading):
    page = _HEAD + "\n\n".join(_STORY_DE).replace("{heading}", heading) + _FOOT
    text = cleaned_text(tmp_path, page)
    assert "Anzeige bei der Polizei erstatten" in text
    assert "Vorkasse" in text


_STORY_EN = [
    "Primary school to close in July after falling rolls",
    "By Maria Okafor\nMarch 14, 2024 at 6:45 p.m.",
    "St Anne's Primary School in Eastbrook will close at the end of the summer term, the county"
    " council confirmed on Wednesday, after the number of pupils fell by almost half.",
    "The council said the school, which opened in 1911, now had 94 pupils in buildings designed"
    " for 210, and that it could no longer afford to keep it open.",
    "{heading}",
    '"We were told in January that nothing had been decided, and now it\'s over," said Rachel'
    " Dunn, whose two children attend the school.",
    "The council will hold a meeting for families at the school on 21 March, a spokesman said.",
]


@pytest.mark.parametrize("heading", ["What parents say", "What patients think"])
def test_a_news_subheading_over_quotes_is_no_box_of_testimonials(tmp_path, heading):
    page = "The Harbour Gazette\nNews\nPolitics\n\n" + "\n\n".join(_STORY_EN) + "\n\nAbout us\n"
    text = cleaned_text(tmp_path, page.replace("{heading}", heading))
    assert heading in text
    assert "Rachel Dunn" in text
