"""A browser's copy of a practice's, a club's or a shop's page packs a section's heading, its
list of short items and the next section's heading with no blank line between
them, and the next section's paragraph right under its heading: the list ends at that
heading, not at a blank line, and is the story's (the next heading too). Invented page."""

from __future__ import annotations

from tests.story_cases import cleaned_text

PAGE = """Tierarztpraxis am Stadtpark
Startseite
Praxis
Team
Kontakt

Über die Praxis
Seit 2009 behandeln wir in unserer Kleintierpraxis Hunde, Katzen, Kaninchen und andere \
Heimtiere. Wir nehmen uns Zeit für jedes Tier und erklären Ihnen jeden Schritt der \
Behandlung in Ruhe.

Für Notfälle sind wir während der Sprechzeiten jederzeit erreichbar. Bitte rufen Sie \
vorher an, damit wir uns auf Ihr Tier vorbereiten können.

Schwerpunkte
innere Medizin
kleine Chirurgie
Zahnheilkunde
Impfungen, Vorsorge
Beratung zur Ernährung älterer Tiere
Terminvereinbarung
Termine vergeben wir telefonisch oder direkt am Empfang; Wartezeiten halten wir so kurz \
wie möglich und informieren Sie, wenn es einmal länger dauert.

Impressum | Datenschutz
"""


def test_list_ending_at_the_next_sections_heading_is_kept(tmp_path):
    text = cleaned_text(tmp_path, PAGE)
    for line in [
        "kleine Chirurgie",
        "Zahnheilkunde",
        "Terminvereinbarung",
        "Termine vergeben",
    ]:
        assert line in text
    assert "Impressum" not in text
