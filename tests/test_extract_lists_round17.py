"""Text dumps of round 17: the short lines of a recipe's card and a table's title. A card
whose steps open under a "step by step" heading keeps its ingredients (an amount and a
name, each a short line) and the facts above them; a card that numbers its steps keeps
each step's title and its short lines (an oven's setting) under the steps' heading copied
twice (a tab's label over the section's own heading). A table the story keeps keeps its
title too. Each page is an invented dump in ``tests/pages/lists17/``."""

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
    "roundpay": (
        [
            "Our verdict at a glance",
            "Fees, Flat fee per trade, Maker and taker fees",
            "The professional app shows the full order book",
        ],
        ["Best Budget Apps", "How to Open a Brokerage Account", "Privacy Policy"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_recipe_card_and_table_lines(name):
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


def test_explain_names_a_tables_title():
    """``clean --explain`` says why a table's title is kept."""
    report = explain(read_source(str(PAGES / "roundpay.txt")))
    line = next(row for row in report.splitlines() if "'Our verdict at a glance'" in row)
    assert " KEEP " in line
    assert "the title of a table" in report


def test_a_sentences_piece_is_no_tables_title(tmp_path):
    """A short line ending in a comma over a table is a sentence's piece, no title."""
    page = (PAGES / "roundpay.txt").read_text("utf-8")
    page = page.replace("Our verdict at a glance", "Here is how they compare,")
    dump = tmp_path / "piece.txt"
    dump.write_text(page, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "Here is how they compare," not in text
