"""Rules of round 14, found on the invented non-news pages of probe_sites14 (pages whose
content is largely lists and tables): each test cleans a dump it writes itself."""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

TOP = ["Bäckerei Sonnenkorn", "StartseiteSortimentFilialenKontakt", ""]
BOTTOM = ["", "ImpressumDatenschutz"]
OPENING = [
    "Unser Roggenmischbrot backen wir jeden Morgen nach einem Rezept, das schon der Großvater"
    " des heutigen Meisters in der kleinen Backstube am Marktplatz verwendet hat.",
    "",
    "Der Sauerteig reift über Nacht mehr als zwölf Stunden lang, daher bleibt das Brot lange"
    " frisch und bekommt seinen kräftigen, leicht säuerlichen Geschmack.",
    "",
]
CLOSING = [
    "Das Brot hält sich in einem Leinenbeutel etwa fünf Tage und lässt sich in Scheiben"
    " geschnitten gut einfrieren, wenn Sie einmal mehr gekauft haben.",
]


def _clean(tmp_path: Path, lines: list[str]) -> str:
    page = tmp_path / "page.txt"
    page.write_text("\n".join([*TOP, *lines, *BOTTOM]), "utf-8")
    return "\n".join(extract_article(read_source(str(page))).paragraphs)


def test_a_list_between_the_storys_paragraphs_is_kept(tmp_path: Path) -> None:
    """A block of short lines (headings and lists' items, no blank line between them: a
    review's pros and cons, the last heading glued to its paragraph) that fills the gap
    between two of the story's paragraphs is the story's."""
    items = ["Was uns gefällt", "Bleibt lange frisch", "Kräftige, dunkle Kruste",
             "Mehl aus der Region", "Was uns fehlt", "Nur am Samstag erhältlich",
             "Etwas teurer als im Supermarkt", "Unser Fazit"]  # fmt: skip
    text = _clean(tmp_path, [*OPENING, *items, *CLOSING])
    for item in items[1:]:
        assert item in text


def test_a_block_of_title_case_teasers_between_paragraphs_is_not(tmp_path: Path) -> None:
    """A block of title-case lines (teasers' titles) between two paragraphs is no list of
    the story's, nor are links each in a paragraph of its own."""
    teasers = ["More Stories", "Ten Breads Every Baker Should Know", "Why Rye Needs Sourdough",
               "The Best Flour For Crusty Loaves"]  # fmt: skip
    text = _clean(tmp_path, [*OPENING, *teasers, "", *CLOSING])
    assert "Why Rye Needs Sourdough" not in text
    links = ["Unsere Filialen im Überblick", "", "Jetzt die Brotbox bestellen", "",
             "Backkurse für Kinder und Eltern"]  # fmt: skip
    text = _clean(tmp_path, [*OPENING, *links, "", *CLOSING])
    assert "Jetzt die Brotbox bestellen" not in text


def test_a_short_text_goes_on_below_its_own_list(tmp_path: Path) -> None:
    """A short text split by its own long list (a course page: modules per year) is one
    story: the list and the paragraph below it are kept."""
    modules = ["Inhalte", "Erstes Jahr", "Teige herstellen und verarbeiten",
               "Backwaren nach Rezept formen", "Hygiene in der Backstube beachten",
               "Zweites Jahr", "Feine Backwaren und Torten herstellen",
               "Sauerteige führen und pflegen", "Verkaufsgespräche mit Kunden führen",
               "Drittes Jahr", "Brote und Brötchen aus eigenen Rezepten entwickeln",
               "Arbeitsabläufe in der Backstube planen", "Kosten eines Produkts kalkulieren",
               "Prüfung"]  # fmt: skip
    lead = [
        "Bäckerinnen und Bäcker stellen Brot, Brötchen und feine Backwaren her und lernen"
        " dabei alle Schritte vom Teig bis zum Verkauf.",
        "",
        "Die Ausbildung dauert drei Jahre, der Unterricht findet an zwei Tagen in der Woche statt.",
        "",
    ]
    last = (
        "Die Gesellenprüfung findet am Ende des dritten Jahres vor der Handwerkskammer statt,"
        " mit einem praktischen und einem schriftlichen Teil."
    )
    text = _clean(tmp_path, [*lead, *modules, last])
    assert "Sauerteige führen und pflegen" in text
    assert last in text
