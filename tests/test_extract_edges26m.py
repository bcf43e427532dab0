"""Lines at a story's edges found by the round-26 probe pages in German and other languages
(tests/pages/probe_unseen26m/): an inline teaser under a "Mehr zum Thema:" label written as
a sentence, a share row of network names ending in "E-Mail", a "Do you have questions?"
heading over a contact box below a council's or shop's text."""

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
