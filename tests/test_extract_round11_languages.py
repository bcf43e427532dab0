"""Rules of round 11 found on the non-English probe pages (tests/pages/probe_lang11/), each
on a page the test writes itself (invented text)."""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source


def _clean(tmp_path: Path, text: str, suffix: str = ".txt") -> str:
    page = tmp_path / f"page{suffix}"
    page.write_text(text, "utf-8")
    return "\n".join(extract_article(read_source(str(page))).paragraphs)


SIGNED_CLOSE_DUMP = "\n".join(
    [
        "Werkstattblog",
        "Nachrichten Tests Ratgeber Forum",
        "",
        "Drucker-Hersteller liefert Treiber für alte Geräte nach",
        "",
        "Der Hersteller Pappelgrün hat neue Treiber für zwölf ältere Laserdrucker veröffentlicht, "
        "die unter dem aktuellen Betriebssystem bislang nicht mehr druckten. Betroffen waren vor "
        "allem Geräte, die vor dem Jahr 2012 verkauft wurden.",
        "",
        "Nutzer hatten sich seit Monaten in den Foren des Herstellers beschwert. Ein Sprecher "
        "räumte ein, dass die Anpassung länger gedauert habe als geplant, und entschuldigte sich "
        "für die Verzögerung.",
        "",
        "Die Treiber stehen auf der Support-Seite des Herstellers zum Herunterladen bereit. Eine "
        "automatische Verteilung über die Systemaktualisierung soll im nächsten Monat folgen.",
        "",
        "Mehr zum Thema",
        "Laserdrucker im Vergleich: Sechs Geräte für das Büro",
        "Warum Druckerpatronen so teuer sind",
        "Ob auch Multifunktionsgeräte der gleichen Baureihe betroffen sind, prüft der Hersteller "
        "nach eigenen Angaben noch. Eine vollständige Liste der unterstützten Geräte will er bis "
        "Ende der Woche auf seiner Internetseite veröffentlichen. (kmr)",
        "",
        "Kommentare lesen (38 Beiträge)",
        "Zur Startseite",
        "",
    ]
)


def test_signed_close_below_inline_box(tmp_path):
    """A paragraph right under a small box of bare titles that ends with its author's sign
    in brackets ("... (kmr)") is the story's close, not the last teaser's deck."""
    text = _clean(tmp_path, SIGNED_CLOSE_DUMP)
    assert "Der Hersteller Pappelgrün hat neue Treiber" in text
    assert "auf seiner Internetseite veröffentlichen. (kmr)" in text
    assert "Warum Druckerpatronen so teuer sind" not in text
    assert "Mehr zum Thema" not in text


CAPS_LINK_DUMP = "\n".join(
    [
        "Il Corriere della Valle",
        "Home Cronaca Politica Economia Sport",
        "",
        "Ferrovia, il treno per il lago torna in servizio da luglio",
        "",
        "La linea ferroviaria che collega la città al lago riaprirà il primo luglio dopo due "
        "anni di lavori. Lo ha annunciato ieri la Regione al termine di un incontro con i sindaci "
        "dei comuni attraversati dalla linea.",
        "",
        "I treni viaggeranno ogni ora dalle sei del mattino alle dieci di sera, con corse in più "
        "nei fine settimana estivi. Il biglietto di corsa semplice costerà tre euro.",
        "",
        "LEGGI ANCHE Autobus, dal lunedì cambiano gli orari delle linee extraurbane",
        "",
        "Le nuove stazioni",
        "Lungo la linea sono state rifatte quattro stazioni, tutte con ascensori e pensiline "
        "nuove. A Borgo Alto è stato costruito anche un parcheggio di cento posti per chi "
        "lascia l'auto e prosegue in treno verso il lago.",
        "",
        "LEGGI ANCHESciopero dei treni, venerdì possibili ritardi sulla linea",
        "",
        "I sindaci chiedono ora che la Regione aggiunga una corsa serale il sabato, per permettere "
        "ai giovani di tornare a casa dopo cena senza usare l'auto.",
        "",
        "© RIPRODUZIONE RISERVATA",
        "",
    ]
)


def test_capital_marker_with_its_headline_is_one_link(tmp_path):
    """A box marker in capitals with a headline on the same line ("LEGGI ANCHE <title>",
    glued or not) is a link to another story, not the title of a box: the subheading and
    paragraph below it stay in the story."""
    text = _clean(tmp_path, CAPS_LINK_DUMP)
    assert "Le nuove stazioni" in text
    assert "Lungo la linea sono state rifatte" in text
    assert "I sindaci chiedono ora" in text
    assert "LEGGI ANCHE" not in text
    assert "Autobus, dal lunedì" not in text
    assert "Sciopero dei treni" not in text
