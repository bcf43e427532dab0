"""Text dumps of round 17: the short lines of a recipe's card. A card whose steps open
under a "step by step" heading keeps its ingredients (an amount and a name, each a short
line) and the facts above them; a card that numbers its steps keeps each step's title and
its short lines (an oven's setting) under the steps' heading copied twice (a tab's label
over the section's own heading). Each page is an invented dump in
``tests/pages/lists17/``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tts_pipeline.extract import extract_article
from tts_pipeline.extract.explain import explain
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "lists17"

CASES = {
    "streuselkuchen": (
        [
            "für 20 Stücke",
            "Für den Belag:",
            "säuerliche Äpfel",
            "kalte Butter",
            "Backblech, Rührschüssel, Handrührgerät mit Knethaken",
            "Den Kuchen im vorgeheizten Ofen etwa 45 Minuten goldbraun backen",
        ],
        ["Zwetschgendatschi", "Käsekuchen ohne Boden", "Impressum", "Merken"],
    ),
    "hefezopf": (
        [
            "500 g, Weizenmehl",
            "Vorbereiten",
            "Teig kneten",
            "Ober-/Unterhitze etwa 180 °C",
            "Heißluft etwa 160 °C",
            "Den Zopf mit Milch bestreichen",
        ],
        ["Rosinenbrötchen", "Nusszopf", "Impressum", "Merken"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_recipe_card_lines(name):
    must, must_not = CASES[name]
    text = "\n".join(extract_article(read_source(str(PAGES / f"{name}.txt"))).paragraphs)
    for phrase in must:
        assert phrase in text
    for phrase in must_not:
        assert phrase not in text


def test_a_step_title_needs_its_number(tmp_path):
    """A short line under the steps' heading with no step's number above it is no step's
    title: the card's steps end there."""
    page = (PAGES / "hefezopf.txt").read_text("utf-8").replace("1\n\nVorbereiten", "Vorbereiten")
    dump = tmp_path / "unnumbered.txt"
    dump.write_text(page, "utf-8")
    report = explain(read_source(str(dump)))
    line = next(row for row in report.splitlines() if "'Vorbereiten'" in row)
    assert " drop " in line
