"""A short page that is lists under their headings between a lone opening paragraph and a
closing one (a job offer's "Ihre Aufgaben" / "Ihr Profil" / "Wir bieten", a course's
contents and requirements): the lists are the page's text, read whole, as a dump made from
the markup sets them apart (heading, blank line, items) and as a browser's copy packs them
(heading and items in one block). Invented pages."""

from __future__ import annotations

from tests.story_cases import cleaned_text

INTRO = (
    "Die Stadtbibliothek Karlsfeld sucht zum 1. Oktober eine engagierte Fachkraft für "
    "unsere Kinder- und Jugendabteilung, die Freude am Umgang mit jungen Leserinnen und "
    "Lesern hat und neue Ideen für Lesungen und Workshops mitbringt."
)
OUTRO = (
    "Bitte senden Sie Ihre Unterlagen mit Lebenslauf und Zeugnissen bis zum 15. August an "
    "die Personalstelle im Rathaus."
)
SECTIONS = [
    (
        "Ihre Aufgaben",
        [
            "Beratung von Kindern, Eltern und Schulklassen",
            "Planung und Durchführung von Veranstaltungen",
            "Auswahl und Pflege des Medienbestands",
            "Betreuung unseres Lesesommers in den Ferien",
        ],
    ),
    (
        "Ihr Profil",
        [
            "abgeschlossene Ausbildung als Fachangestellte für Medien",
            "Erfahrung in der Arbeit mit Kindern",
            "sicherer Umgang mit Bibliothekssoftware",
            "Bereitschaft zu gelegentlichem Samstagsdienst",
        ],
    ),
    (
        "Wir bieten",
        [
            "eine unbefristete Stelle in Teilzeit",
            "Bezahlung nach dem Tarifvertrag für den öffentlichen Dienst",
            "ein freundliches Team und flexible Arbeitszeiten",
        ],
    ),
]
FOOTER = "Ihre Ansprechpartnerin\nGerda Huber\nTel. 08131 / 99 12 30\n\nImpressum | Datenschutz"
TOP = (
    "Stadt Karlsfeld\nRathaus\nBürgerservice\nKultur\nBibliothek\n\n"
    "Fachkraft für die Kinderbibliothek (m/w/d)\n\n"
)
ITEMS = [item for _heading, items in SECTIONS for item in items]


def test_lists_set_apart_under_their_headings_between_two_paragraphs(tmp_path):
    body = "\n\n".join(f"{heading}\n\n" + "\n".join(items) for heading, items in SECTIONS)
    text = cleaned_text(tmp_path, f"{TOP}{INTRO}\n\n{body}\n\n{OUTRO}\n\n{FOOTER}\n")
    for line in [INTRO, OUTRO, "Ihr Profil", *ITEMS]:
        assert line in text
    assert "Gerda Huber" not in text


def test_lists_packed_under_their_headings_below_a_lone_paragraph(tmp_path):
    body = "\n".join(f"{heading}\n" + "\n".join(items) for heading, items in SECTIONS)
    text = cleaned_text(tmp_path, f"{TOP}{INTRO}\n\n{body}\n\n{OUTRO}\n\n{FOOTER}\n")
    for line in [INTRO, OUTRO, "Wir bieten", *ITEMS]:
        assert line in text
    assert "Gerda Huber" not in text
