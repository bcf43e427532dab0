"""Probe pages of round 13 (tests/pages/probe_sites13/): invented pages of sites that are not
news sites, as the held-out pages of the extraction evaluation mostly are (most of them
German): a party's press release beside its topics and "Mitglied werden", a municipality's
announcement with its service navigation, an association's post with a donation box, a
parish's page between service times and the parish newsletter, a school's news item on a
content-management page of nested boxes, a choir's news in an old table layout, a sports
club's match report beside the league table, a shop's product page (the description is the
body), a personal blog post with comments and a tag cloud, a company's engineering blog post
with a cookie banner and an author box, a Spanish ministry's press release and a Polish
foundation's news. Each page must reach its F1 as HTML and as its Chromium dump
(<name>.dump.txt, JavaScript and CSS off), keep its body's phrases and drop the chrome.
"""

from __future__ import annotations

from pathlib import Path

from tests.story_cases import probe_set_tests

PAGES = Path(__file__).parent / "pages" / "probe_sites13"

# name: (HTML floor, Chromium dump floor), a little under what the cleaner reaches.
FLOORS = {
    "de-blog-kommentare": (0.98, 0.98),
    "de-chorverein-tabelle": (0.97, 0.98),
    "de-gemeinde-bekanntmachung": (0.98, 0.95),
    "de-partei-presse": (0.98, 0.98),
    "de-pfarrei": (0.98, 0.98),
    "de-schule-typo3": (0.98, 0.98),
    "de-shop-produkt": (0.98, 0.98),
    "de-sportverein-spielbericht": (0.97, 0.94),
    "de-verein-spenden": (0.98, 0.98),
    "en-company-blog": (0.98, 0.98),
    "es-ministerio": (0.91, 0.88),
    "pl-fundacja": (0.98, 0.98),
}

CHROME = ["Impressum", "Datenschutz", "Privacy Policy", "All rights reserved"]

# "<kind>_keeps": chrome a reading still keeps; "<kind>_misses": body it still loses
# (known defects); kind is "html" or "text" (the Chromium dump).
CASES = {
    "de-blog-kommentare": {"must": ["Vor drei Jahren haben wir unser erstes Hochbeet",
                                    "Die Füllung sackt ab",
                                    "was bei euch gut funktioniert!"],
                           "must_not": ["Gedanken zu", "Noppenfolie", "Antworten",
                                        "Schreibe einen Kommentar", "Schlagwörter",
                                        "Beerenobst", "Hallo, ich bin Julia", "Pinterest"]},
    "de-chorverein-tabelle": {"must": ["Mit einem festlichen Konzert",
                                       "jederzeit herzlich willkommen!"],
                              "must_not": ["Probenzeiten", "Gästebuch", "Besucher: 48213",
                                           "Zurück zu den Neuigkeiten", "Singen macht Freude"]},
    "de-gemeinde-bekanntmachung": {"text_misses": ["Markus Haller, Bürgermeister"],
                                   "must": ["Wegen der Erneuerung der Wasserleitung",
                                            "Was Anwohnerinnen und Anwohner wissen müssen",
                                            "Die Müllabfuhr holt die Tonnen",
                                            "Markus Haller, Bürgermeister"],
                                   "must_not": ["Leichte Sprache", "Bürgerservice",
                                                "Stellenangebote", "Umleitungsplan",
                                                "Seite drucken", "Öffnungszeiten",
                                                "Mängelmelder", "Barrierefreiheit"]},
    "de-partei-presse": {"must": ["Die SPD-Kreistagsfraktion fordert",
                                  "Finanzierung über den Nahverkehrsplan",
                                  "im Rathaus Talheim zu schildern."],
                         "must_not": ["Mitglied werden", "Spenden", "Pressekontakt",
                                      "Klimaschutz", "Ortsvereinssitzung", "Mach mit!",
                                      "Teilen:"]},
    "de-pfarrei": {"must": ["Vom 4. bis 6. Januar sind in unserer Pfarrei",
                            "die für das Mittagessen sorgen!"],
                   "must_not": ["Gottesdienste diese Woche", "Vorabendmesse", "Di und Do 9–12 Uhr",
                                "zurück zur Übersicht", "Gebet der Woche",
                                "Pfarrbrief als PDF"]},
    "de-schule-typo3": {"must": ["Am vergangenen Mittwoch fand in unserer Aula",
                                 "der die Buchpreise gestiftet hat."],
                        "must_not": ["Vertretungsplan", "Alter: 3 Tage", "Elternsprechtag",
                                     "Moodle", "Sitemap", "Zurück"]},
    "de-shop-produkt": {"must": ["Der Wasserkessel „Alpenwiese“ bringt",
                                 "Für alle Herdarten geeignet",
                                 "nicht spülmaschinengeeignet."],
                        "must_not": ["In den Warenkorb", "39,95 €", "Kostenloser Versand",
                                     "Kundenbewertungen", "Gisela M.", "Griff wird warm",
                                     "Kunden kauften auch", "Widerrufsrecht",
                                     "Fassungsvermögen"]},
    "de-sportverein-spielbericht": {"text_misses": ["Aufstellung: Schill"],
                                    "must": ["Unsere erste Mannschaft hat am Sonntag",
                                             "Aufstellung: Schill"],
                                    "must_not": ["Nächstes Spiel", "Tabelle Kreisliga A",
                                                 "Bildergalerie", "Unsere Partner",
                                                 "Volksbank Kaiserstuhl", "Mitgliedschaft"]},
    "de-verein-spenden": {"must": ["Seit Anfang Oktober haben wir mehr als 60 Igel",
                                   "Wann braucht ein Igel wirklich Hilfe?",
                                   "schon geholfen haben!"],
                          "must_not": ["Wir verwenden Cookies", "Jetzt spenden",
                                       "Spendenkonto", "Online spenden", "Neueste Beiträge",
                                       "Schlagworte", "gemeinnützig anerkannt"]},
    "en-company-blog": {"must": ["A year ago, a full build of our main repository",
                                 "Measure before you optimise",
                                 "we are hiring."],
                        "must_not": ["We use cookies", "Accept all", "Start free trial",
                                     "Written by", "too many bicycles", "Keep reading",
                                     "One email a month", "6 min read"]},
    "es-ministerio": {"html_keeps": ["Podrán beneficiarse los municipios"],
                      "text_keeps": ["Podrán beneficiarse los municipios"],
                      "must": ["El Consejo de Ministros ha aprobado hoy",
                               "en la primavera de 2021."],
                      "must_not": ["GOBIERNO DE ESPAÑA", "Sede electrónica",
                                   "Podrán beneficiarse los municipios", "Documentos adjuntos",
                                   "Gabinete de prensa", "Aviso legal",
                                   "Política de cookies"]},
    "pl-fundacja": {"must": ["Z radością informujemy",
                             "z koordynatorką programu, Anną Nowak."],
                    "must_not": ["Wesprzyj nas", "Przekaż 1% podatku", "Zobacz także",
                                 "Udostępnij", "Polityka prywatności",
                                 "Wszelkie prawa zastrzeżone"]},
}  # fmt: skip


test_html_page, test_chromium_dump = probe_set_tests(PAGES, FLOORS, CASES, CHROME)
