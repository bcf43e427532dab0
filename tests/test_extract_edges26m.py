"""Lines at a story's edges found by the round-26 probe pages in German and other languages
(tests/pages/probe_unseen26m/): an inline teaser under a "Mehr zum Thema:" label written as
a sentence, a share row of network names ending in "E-Mail", a "Do you have questions?"
heading over a contact box below a council's or shop's text, a contributor's credit
("Mitarbeit:", "Edição:") or a press office's name under the story, a match report's result
line above its text and its scorers below it. (A signature, "gez. ...", stays: the
development pages' truths keep it.)"""

from __future__ import annotations

import pytest

from tts_pipeline.extract import extract_article
from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe
from tts_pipeline.sources.read import read_source


def _clean(tmp_path, text: str) -> str:
    dump = tmp_path / "page.txt"
    dump.write_text(text, "utf-8")
    return "\n\n".join(extract_article(read_source(str(dump))).paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Mehr zum Thema: Warum der Umbau des Bahnhofs schon jetzt teurer ist, lesen Sie hier.",
        "Mehr zum Thema: Die Stadt plant eine zweite Brücke über den Fluss.",
    ],
)
def test_a_teaser_under_a_more_on_this_label_is_chrome(line: str) -> None:
    assert describe(line).kind is Kind.CHROME


@pytest.mark.parametrize(
    "line", ["Facebook WhatsApp E-Mail", "Twitter Facebook Email", "Facebook, Xing, E-Mail"]
)
def test_a_row_of_networks_and_e_mail_is_chrome(line: str) -> None:
    assert describe(line).kind is Kind.CHROME


@pytest.mark.parametrize("line", ["Deals-Newsletter", "Wirtschafts-Newsletter", "Sportnewsletter"])
def test_a_compound_newsletter_heading_is_a_box(line: str) -> None:
    assert describe(line).kind is Kind.BOX


@pytest.mark.parametrize(
    "line", ["Haben Sie noch Fragen?", "Hast du Fragen?", "Heeft u vragen?", "Nog vragen?"]
)
def test_a_questions_heading_is_a_box(line: str) -> None:
    assert describe(line).kind is Kind.BOX


def test_a_contact_box_under_a_council_notice_is_not_the_story(tmp_path) -> None:
    story = (
        "De gemeente gaat het oud papier vanaf maart elke twee weken ophalen in plaats van"
        " eens per maand, zo heeft het college dinsdag besloten.\n\n"
        "Inwoners krijgen in februari een nieuwe kalender in de brievenbus. Wie in een flat"
        " woont met een verzamelcontainer, merkt niets van de verandering.\n\n"
    )
    text = _clean(
        tmp_path,
        "Gemeente Noordwaard\nInwoners Ondernemers Nieuws\nOud papier vaker opgehaald\n\n"
        + story
        + "Heeft u vragen?\n\nBel dan met het Klant Contact Centrum via telefoonnummer"
        " 14 0999 of stuur een e-mail.\n\nDeel dit bericht: Facebook Twitter\n",
    )
    assert "Wie in een flat woont" in text
    assert "Klant Contact Centrum" not in text


_STORY_HTML = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title></head><body>
<header><a href="#">Startseite</a> <a href="#">Region</a> <a href="#">Politik</a></header>
<main><article><h1>{title}</h1><div class="text">
{paragraphs}
{tail}
</div></article>
<aside><h3>Meistgelesen</h3><ul><li><a href="#">Eine andere Meldung aus der Stadt</a></li>
<li><a href="#">Noch eine Meldung aus dem Kreis</a></li></ul></aside></main>
<footer><a href="#">Impressum</a> <a href="#">Datenschutz</a></footer></body></html>"""

_PARAGRAPHS = (
    "<p>Die Gemeinde erneuert im Herbst die Fahrbahn der Straße zwischen dem Ortskern und"
    " dem Gewerbegebiet, wie die Verwaltung am Montag mitteilte. Die Arbeiten sollen drei"
    " Wochen dauern und rund 400.000 Euro kosten.</p>\n"
    "<p>Während der Bauzeit ist die Straße voll gesperrt. Die Umleitung führt über die"
    " Kreisstraße und ist ausgeschildert, Anlieger können ihre Grundstücke von Norden her"
    " erreichen.</p>\n"
    "<p>Der Bürgermeister bat die Anwohner um Verständnis für die Behinderungen und kündigte"
    " an, dass der Schulbus in dieser Zeit einen anderen Weg nehmen wird.</p>"
)


def _page(tmp_path, tail: str, lang: str = "de") -> str:
    page = tmp_path / "page.html"
    html = _STORY_HTML.format(
        lang=lang, title="Straße wird im Herbst erneuert", paragraphs=_PARAGRAPHS, tail=tail
    )
    page.write_text(html, "utf-8")
    return "\n\n".join(extract_article(read_source(str(page))).paragraphs)


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        ("<p><em>Mitarbeit: Johanna Rist</em></p>", "Johanna Rist"),
    ],
)
def test_a_contributor_credit_under_an_html_story_is_left_out(
    tmp_path, tail: str, credit: str
) -> None:
    text = _page(tmp_path, tail)
    assert "einen anderen Weg nehmen wird." in text
    assert credit not in text


@pytest.mark.parametrize(
    "line",
    [
        "Mitarbeit: Johanna Rist",
        "Mitarbeit: Lena Vogt und Tim Braun",
        "Edição: Carolina Pimentel",
        "Пресс-служба администрации города",
        "Пресс-служба",
    ],
)
def test_a_contributor_or_editor_credit_or_a_press_office_line_is_chrome(line: str) -> None:
    assert describe(line).kind is Kind.CHROME


def test_a_list_ending_an_html_story_stays(tmp_path) -> None:
    tail = (
        "<p><strong>Termine der Sperrung:</strong></p><ul><li>1. bis 7. Oktober: Abschnitt"
        " Nord</li><li>8. bis 21. Oktober: Abschnitt Süd</li></ul>"
    )
    text = _page(tmp_path, tail)
    assert "8. bis 21. Oktober: Abschnitt Süd" in text


_MATCH_REPORT = (
    "SV Lindenau\nHome Fußball Jugend Verein Kontakt\nZweite siegt im Nachholspiel\n"
    "23.09.2019 | Geschrieben von Mia Roth\n\n{result}\n\n"
    "Vor gut 200 Zuschauern hat unsere zweite Mannschaft das Nachholspiel gegen den FC Auental"
    " verdient gewonnen. Schon nach zehn Minuten traf Ben Vogel nach einem Freistoß zur"
    " Führung.\n\n"
    "Nach der Pause drängten die Gäste auf den Ausgleich, doch Tom Reiß machte mit einem"
    " Konter alles klar. Am Sonntag geht es zum Spitzenreiter nach Kleinried.\n\n"
    "{scorers}\n\n« Vorheriger Beitrag Nächster Beitrag »\nNächstes Spiel\n"
    "SV Kleinried – SV Lindenau\nImpressum Datenschutz\n"
)


def test_a_match_report_keeps_its_result_line_and_its_scorers(tmp_path) -> None:
    text = _clean(
        tmp_path,
        _MATCH_REPORT.format(
            result="SV Lindenau II – FC Auental 2:0 (1:0)",
            scorers="Tore: 1:0 Vogel (10.), 2:0 Reiß (77.)",
        ),
    )
    assert "SV Lindenau II – FC Auental 2:0 (1:0)" in text
    assert "Tore: 1:0 Vogel (10.), 2:0 Reiß (77.)" in text
    assert "SV Kleinried – SV Lindenau" not in text


def test_a_result_of_teams_the_story_does_not_name_stays_out(tmp_path) -> None:
    text = _clean(
        tmp_path,
        _MATCH_REPORT.format(result="TSV Birkach – SC Oberfeld 1:1 (0:1)", scorers="Sponsoren"),
    )
    assert "Vor gut 200 Zuschauern" in text
    assert "TSV Birkach – SC Oberfeld" not in text


@pytest.mark.parametrize(
    "line",
    [
        "Detta är en debattartikel. Åsikterna i texten är skribenternas egna.",
        "Detta är en krönika. Åsikterna i texten är skribentens egna.",
        "Vill du skriva en replik? Mejla debatt@tidning.example.se",
    ],
)
def test_a_swedish_opinion_label_and_a_call_for_replies_are_chrome(line: str) -> None:
    assert describe(line).kind is Kind.CHROME


def test_a_swedish_sentence_about_opinions_is_body() -> None:
    line = "Åsikterna om den nya bron går isär, och i kommunfullmäktige blev debatten lång."
    assert describe(line).kind is Kind.BODY
