"""Text dumps of round 15: short lines of pages that are no news, dropped as chrome. The
fields right below, above or amid a product's or an event's text ("Label: value") are its
details, and so is a data sheet below it (a label and its value each a line); the page's
metadata below a story ("Tags: ...", "Published: ...") is not; a chronicle's year-led lines
around a story are its own. Each page is an
invented dump in ``tests/pages/short15/``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tts_pipeline.extract import extract_article
from tts_pipeline.extract.explain import explain
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "short15"

CASES = {
    "tea-shop": (
        [
            "Im Glas zeigt der Tee eine hellgrüne Farbe.",
            "Details zum Tee",
            "Herkunft: Shizuoka, Japan",
            "Verarbeitung: gedämpft, gerollt, luftgetrocknet",
            "Ziehzeit: 1 bis 2 Minuten bei 70 °C",
            "Zutaten: Grüner Tee aus kontrolliert biologischem Anbau",
        ],
        ["Kategorie: Grüner Tee", "Kunden kauften auch", "Gyokuro Silbertau", "Newsletter"],
    ),
    "tasting-dates": (
        [
            "Auch in diesem Frühjahr laden wir wieder zu unseren offenen Weinproben",
            "Termin: 14.02.2020, 19 Uhr",
            "Wir probieren sechs Rieslinge aus drei Jahrgängen",
            "März 2020",
            "Thema: Rotweine aus dem Süden Frankreichs",
            "Beitrag: 28 € pro Person",
        ],
        ["Tags: Weinprobe", "Kategorie: Veranstaltungen", "Jahresrückblick", "Archiv"],
    ),
    "reading-event": (
        [
            "Datum: Donnerstag, 14. November 2019",
            "Eintritt: 10 €, ermäßigt 6 €",
            "Die Autorin Hanna Berger liest aus ihrem neuen Roman",
            "Mitwirkende",
            "Musik: Trio Elbklang",
            "Karten gibt es an der Abendkasse",
        ],
        ["Veranstaltung in Kalender übernehmen", "Zurück zum Programm", "Förderverein"],
    ),
    "olive-oil-sheet": (
        ["Es perfecto para tostadas", "Ficha técnica", "100 % Picual", "Cosecha", "0,2 %"],
        ["También te puede interesar", "Aceite Arbequina", "Aviso legal", "Añadir al carrito"],
    ),
    "club-news-tags": (
        ["the old shed on the south quay will be handed back to the harbour board"],
        ["Tags: boathouse", "Published: March 3, 2020", "Word count", "Spring regatta"],
    ),
}


def _body(name: str) -> str:
    return "\n".join(extract_article(read_source(str(PAGES / f"{name}.txt"))).paragraphs)


@pytest.mark.parametrize("name", sorted(CASES))
def test_fields_below_the_story(name):
    """A block of "Label: value" lines right below the story (under a heading of its own,
    with a line of description among them, in blocks under a month's heading) is kept; a
    field whose label alone is chrome (tags, a category, a date of publishing) is the
    page's metadata, and what follows a line of any other kind is not the story's."""
    text = _body(name)
    must, must_not = CASES[name]
    for phrase in must:
        assert phrase in text
    for phrase in must_not:
        assert phrase not in text


def test_two_fields_are_no_block_of_fields(tmp_path):
    """Two "Label: value" lines below a story (a photo's credit and a source) are too few
    to be its details."""
    page = (PAGES / "tea-shop.txt").read_text("utf-8")
    start = page.index("Herkunft:")
    end = page.index("Kategorie:")
    short = page[:start] + "Herkunft: Shizuoka, Japan\nGeschmack: mild\n" + page[end:]
    dump = tmp_path / "short.txt"
    dump.write_text(short, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "Herkunft: Shizuoka" not in text
    assert "Im Glas zeigt der Tee eine hellgrüne Farbe." in text


def test_explain_names_the_fields():
    """``clean --explain`` says why a field below the story is kept."""
    report = explain(read_source(str(PAGES / "tea-shop.txt")))
    line = next(row for row in report.splitlines() if "'Herkunft: Shizuoka, Japan'" in row)
    reason = report.splitlines()[report.splitlines().index(line) + 1]
    assert "KEEP" in line and "a field of the story" in reason


def test_fields_below_a_bylined_story_are_a_fact_box(tmp_path):
    """Below a news story with a byline, a block of fields is a fact box beside it, which
    the page's markup sets apart: left out, as the HTML reading leaves it."""
    page = "\n".join([
        "Harbour Courier", "News", "Sport", "Business", "",
        "Court backs families in warehouse case", "",
        "By Dana Whitlow", "March 4, 2020", "",
        "A state appeals court on Tuesday revived a lawsuit brought by the families of two "
        "warehouse workers who died during a heat wave in the summer of 2018.", "",
        "The three judges said the families had shown enough to let the case go to trial, "
        "overturning a ruling that had thrown out their claims last spring.", "",
        "Lawyers for the company said they were disappointed by the decision and would "
        "consider asking the state's highest court to take up the case.", "",
        "Case information", "",
        "Case: Ruiz v. Harbour Freight Storage, No. 19-204", "",
        "Counsel for plaintiffs: Moreno & Lake", "",
        "Counsel for defendant: Grant Hale LLP", "",
        "Related stories", "Port strike ends after two weeks", "",
    ])  # fmt: skip
    dump = tmp_path / "court.txt"
    dump.write_text(page, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "consider asking the state's highest court" in text
    assert "Counsel for plaintiffs" not in text
    assert "Case information" not in text


def test_chronicle_around_the_story_is_kept():
    """A club's history told a year a line: the story's stretch holds the one long entry,
    and the short year-led entries above and below it (a span of years, a season, "bis
    heute") are the story's too; the menus around them are not."""
    text = _body("club-history")
    for entry in (
        "1890 Gründung des Turnvereins",
        "1946–1948 Neubeginn nach dem Krieg",
        "1975 Einweihung der neuen Sporthalle",
        "2009/10 Sanierung der Sporthalle",
        "2015 bis heute Kinderturnen",
    ):
        assert entry in text
    for chrome in ("Unsere Geschichte", "Mitglied werden", "Satzung", "Impressum"):
        assert chrome not in text


def test_two_year_led_lines_are_no_chronicle(tmp_path):
    """A story with one year-led line next to it (a dated note under a post) is no
    chronicle: three entries at least."""
    page = "\n".join([
        "Gartenfreunde Nord", "Start", "Termine", "",
        "Apfelernte im Vereinsgarten", "",
        "Am Samstag haben wir im Vereinsgarten die Äpfel geerntet, und dank des warmen "
        "Sommers war die Ernte so gut wie seit Jahren nicht mehr.", "",
        "Aus einem Teil der Äpfel pressen wir im Oktober wieder Saft, den alle Mitglieder "
        "beim Herbstfest probieren können.", "",
        "2019 Ernte: 14 Kisten", "",
        "Impressum",
    ])  # fmt: skip
    dump = tmp_path / "garden.txt"
    dump.write_text(page, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "beim Herbstfest probieren können." in text
    assert "14 Kisten" not in text


def test_chronicle_amid_the_story_is_kept(tmp_path):
    """A chronicle under a heading of its own between two paragraphs of a club's page
    ("1898 – ..." a line, each in a block of its own) is the story's, however short its
    entries."""
    page = "\n".join([
        "Schützenverein Talheim", "Start", "Verein", "Termine", "Kontakt", "",
        "Unser Verein", "",
        "Der Schützenverein Talheim wurde von Bauern und Handwerkern des Dorfes gegründet "
        "und zählt heute mehr als dreihundert Mitglieder in allen Altersgruppen.", "",
        "Chronik",
        "1898 – Gründung im Gasthaus Krone", "",
        "1925 – Bau des ersten Schützenhauses", "",
        "1953 – Neugründung nach dem Krieg", "",
        "2008 – Einweihung der neuen Schießhalle", "",
        "Heute",
        "Wer den Verein kennenlernen möchte, ist zu unseren Trainingsabenden am Dienstag und "
        "am Freitag herzlich eingeladen.", "",
        "Impressum", "Datenschutz",
    ])  # fmt: skip
    dump = tmp_path / "club.txt"
    dump.write_text(page, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "1925 – Bau des ersten Schützenhauses" in text
    assert "2008 – Einweihung der neuen Schießhalle" in text
    assert "herzlich eingeladen." in text
    assert "Impressum" not in text


def test_names_below_the_story_are_no_data_sheet(tmp_path):
    """Short lines below a story that alternate no label and value (a list of the shop's
    other products, names without a number or a lower-case word) are no data sheet."""
    page = (PAGES / "olive-oil-sheet.txt").read_text("utf-8")
    start, end = page.index("Ficha técnica"), page.index("También te puede")
    other = "Más aceites\nArbequina\nHojiblanca\nCornicabra\nPicudo\nEmpeltre\nManzanilla\n"
    dump = tmp_path / "names.txt"
    dump.write_text(page[:start] + other + page[end:], "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "Es perfecto para tostadas, ensaladas y gazpacho." in text
    assert "Hojiblanca" not in text
