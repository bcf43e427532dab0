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
