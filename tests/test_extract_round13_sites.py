"""Rules of round 13, found on the invented non-news site pages of probe_sites13: each test
cleans a page it writes itself."""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source


def _clean(tmp_path: Path, text: str, suffix: str = ".txt") -> str:
    page = tmp_path / f"page{suffix}"
    page.write_text(text, "utf-8")
    return "\n".join(extract_article(read_source(str(page))).paragraphs)


BACK_LINK_DUMP = "\n".join(
    [
        "Evangelische Kirchengemeinde Am Mühlbach",
        "StartseiteGemeindeGottesdiensteKirchenmusikKontakt",
        "Adventsbasar im Gemeindehaus",
        "Eingestellt am 28.11.2019",
        "",
        "Am ersten Adventssonntag lädt der Frauenkreis nach dem Gottesdienst zum traditionellen"
        " Adventsbasar in das Gemeindehaus ein. Angeboten werden Kränze, Gestecke und Gebäck.",
        "",
        "Der Erlös kommt in diesem Jahr der Renovierung der Orgel zugute, für die noch rund"
        " zwölftausend Euro fehlen. Für Kaffee und Kuchen ist den ganzen Nachmittag gesorgt.",
        "",
        "Wer einen Kuchen spenden möchte, meldet sich bitte bis Donnerstag im Gemeindebüro.",
        "",
        "« zurück",
        "",
        "Monatsspruch",
        "Seid fröhlich in der Hoffnung, geduldig in der Trübsal und beharrlich im Gebet.",
        "",
        "ImpressumDatenschutz",
    ]
)


def test_back_link_under_a_post_ends_it(tmp_path):
    """A "back to the list" link ("« zurück", "Zurück zu den Neuigkeiten") under a post of a
    site's news list ends the post: a sidebar box below it is not part of it."""
    text = _clean(tmp_path, BACK_LINK_DUMP)
    assert "Am ersten Adventssonntag lädt" in text
    assert "bis Donnerstag im Gemeindebüro." in text
    assert "zurück" not in text
    assert "Seid fröhlich in der Hoffnung" not in text


BAR_FOOTER_HTML = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Heimatverein Bachtal - Neues</title></head><body>
<table width="100%"><tr><td class="menu"><a>Startseite</a><br><a>Verein</a><br><a>Museum</a><br>
<a>Kontakt</a></td><td class="inhalt"><b>Frühjahrsputz am Museum</b><br>
<font size="1">eingetragen am 02.04.2019</font><br><br>
Am Samstag haben sich rund zwanzig Mitglieder getroffen, um das Heimatmuseum und den
Garten nach dem Winter wieder herzurichten. Die Wege wurden gekehrt und die Beete neu
bepflanzt.<br><br>
Im Museum wurden die Vitrinen geputzt und die Ausstellung zur Geschichte der Mühlen um
einige neue Fundstücke erweitert, die ein Mitglied aus dem Nachlass seines Großvaters
gestiftet hat.<br><br>
Zum Abschluss gab es für alle Helferinnen und Helfer eine kräftige Brotzeit im Hof, und
der Vorstand dankte allen für ihren fleißigen Einsatz.</td></tr>
<tr><td colspan="2"><font size="1">Stand: 03.04.2019 | Besucher: 10233 | Impressum |
Datenschutz</font></td></tr></table></body></html>"""


def test_bar_row_with_a_date_is_a_footer(tmp_path):
    """A row of items parted by "|" with two chrome words among them ("Impressum |
    Datenschutz") is a footer, though it also holds a date ("Stand: 03.04.2019")."""
    text = _clean(tmp_path, BAR_FOOTER_HTML, ".html")
    assert "Am Samstag haben sich rund zwanzig" in text
    assert "fleißigen Einsatz." in text
    assert "Besucher" not in text
    assert "Impressum" not in text


DONATION_BOX_DUMP = "\n".join(
    [
        "Naturschutzbund Ortsgruppe Talwiesen",
        "ÜberunsProjekteTermineKontakt",
        "Neue Nistkästen für die Streuobstwiese",
        "3. März 2020 von Peter Lang",
        "",
        "Am vergangenen Wochenende haben wir gemeinsam mit der Jugendgruppe dreißig neue"
        " Nistkästen an den alten Apfelbäumen der Streuobstwiese am Ortsrand aufgehängt.",
        "",
        "Die Kästen wurden im Winter in der Werkstatt der Grundschule gebaut. Sie sind für"
        " Meisen, Kleiber und Gartenrotschwänze gedacht, die hier kaum noch Bruthöhlen finden.",
        "",
        "Im Herbst werden wir die Kästen reinigen und zählen, wie viele bewohnt waren.",
        "",
        "Stichworte: Vögel Streuobst Jugendgruppe",
        "Spenden Sie für unsere Projekte",
        "Mit einer Spende helfen Sie uns, weitere Wiesen im Tal zu pflegen und zu schützen.",
        "",
        "ImpressumDatenschutz",
    ]
)


def test_donation_box_heading(tmp_path):
    """The heading of a donation box beside a club's post ("Spenden Sie für unsere
    Projekte") opens a box: neither it nor its appeal is part of the post."""
    text = _clean(tmp_path, DONATION_BOX_DUMP)
    assert "Am vergangenen Wochenende haben wir" in text
    assert "wie viele bewohnt waren." in text
    assert "Spenden Sie" not in text
    assert "Mit einer Spende helfen Sie uns" not in text
