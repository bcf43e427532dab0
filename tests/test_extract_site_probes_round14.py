"""Probe pages of round 14 (tests/pages/probe_sites14/): invented pages of sites that are not
news sites, of kinds round 13 did not have, whose main content is largely lists, tables
and short subheadings (most of them German): a garden shop's product page (a features
list and a "Technische Daten" table), a baking blog's recipe (ingredients and steps in a
recipe card), a cultural association's event page (date, time, place, address and
admission, then the programme), a vocational school's course page (modules per year), a
forum thread (phpBB: the replies are the content), a holiday home's listing (amenities,
prices table), a coffee roaster's product page (tasting notes, origin), a sports club's history
page (a chronicle of years), a product test with pros and cons, an English software
how-to with commands, a French glossary entry and a Spanish wine shop's product page with
tasting notes and a data sheet; and an English XenForo thread (posts numbered "#1",
"#2"..., a quote "<name> said:", a signature under a post). Each page must reach its F1
as HTML and as its Chromium dump (<name>.dump.txt, JavaScript and CSS off), keep its
body's phrases and drop the chrome.
"""

from __future__ import annotations

from pathlib import Path

from tests.story_cases import probe_set_tests

PAGES = Path(__file__).parent / "pages" / "probe_sites14"

# name: (HTML floor, Chromium dump floor), a little under what the cleaner reaches.
FLOORS = {
    "de-berufsschule-lehrplan": (0.99, 0.99),
    "de-ferienhaus": (0.83, 0.97),
    "de-forum-thread": (0.99, 0.99),
    "de-kaffee-produkt": (0.94, 0.97),
    "de-rezept": (0.95, 0.89),
    "de-shop-technik": (0.86, 0.99),
    "de-testbericht": (0.98, 0.98),
    "de-veranstaltung": (0.83, 0.97),
    "de-verein-geschichte": (0.99, 0.97),
    "en-forum-xenforo": (0.93, 0.93),
    "en-howto-software": (0.95, 0.96),
    "es-vino-ficha": (0.95, 0.97),
    "fr-glossaire": (0.99, 0.95),
}

CHROME = ["Impressum", "Datenschutz", "Privacy Policy", "All rights reserved"]

# "<kind>_keeps": chrome a reading still keeps; "<kind>_misses": body it still loses
# (known defects); kind is "html" or "text" (the Chromium dump).
CASES = {
    "de-berufsschule-lehrplan": {"must": ["planen und installieren elektrische Anlagen",
                                          "1. Ausbildungsjahr",
                                          "Antriebssysteme auswählen und integrieren",
                                          "Teil 1 der Gesellenprüfung"],
                                 "must_not": ["Vertretungsplan", "Blockplan 2020/21",
                                              "Fachbetreuer", "Sekretariat",
                                              "Elektroniker/in für Betriebstechnik"]},
    "de-ferienhaus": {"html_misses": ["Kinderbett und Hochstuhl", "Lage und Umgebung"],
                      "html_keeps": ["Traumhafte Lage"],
                      "text_keeps": ["Traumhafte Lage"],
                      "must": ["Unser reetgedecktes Ferienhaus liegt",
                               "Kinderbett und Hochstuhl", "Lage und Umgebung",
                               "An- und Abreise samstags."],
                      "must_not": ["Wir verwenden Cookies", "Merkliste", "Verfügbarkeit prüfen",
                                   "Ihr Gastgeber", "Ferienwohnung Kranichnest",
                                   "Alle Rechte vorbehalten"]},
    "de-forum-thread": {"must": ["Seitdem gluckert es im Bad", "Faustregel: Anlagenhöhe",
                                 "Jetzt ist Ruhe im Bad"],
                        "must_not": ["Registriert:", "Wer ist online?", "Antwort erstellen",
                                     "Powered by phpBB", "Dieses Thema durchsuchen",
                                     "Gruß aus dem Sauerland", "Beiträge: 14"]},
    "de-kaffee-produkt": {"html_keeps": ["inkl. MwSt."],
                          "must": ["Dieser Kaffee wächst in über 1.900 Metern",
                                   "Säure: lebhaft, zitronig", "Anbauhöhe",
                                   "Für den Handfilter 15 g Kaffee"],
                          "must_not": ["Frisch geröstet jeden Dienstag", "In den Warenkorb",
                                       "Kenia Nyeri", "Abonnieren", "Betrieben mit Shopify"]},
    "de-rezept": {"text_misses": ["Sobald im Garten die ersten Rhabarberstangen"],
                  "must": ["Sobald im Garten die ersten Rhabarberstangen", "250 g weiche Butter",
                           "Den Rhabarber waschen", "Lasst es euch schmecken!"],
                  "must_not": ["Alle akzeptieren", "Schlagwörter", "Teilen mit:",
                               "Saftiger Zitronenkuchen", "Heute nachgebacken",
                               "Schreibe einen Kommentar", "Hallo, ich bin Hannelore"]},
    "de-shop-technik": {"html_keeps": ["Kundenbewertungen für", "Faden reißt oft"],
                        "must": ["Der GT 18 Li ist der handliche Helfer",
                                 "Automatische Fadennachführung", "Lieferumfang",
                                 "Leerlaufdrehzahl"],
                        "must_not": ["Diese Website verwendet Cookies", "In den Warenkorb",
                                     "89,99 €", "Ersatzspule GT 1,6 mm", "Newsletter abonnieren",
                                     "Service-Hotline"]},
    "de-testbericht": {"must": ["Der Cleanbot S7 ist der neue", "Präzise Kartierung",
                                "Schwach auf Hochflor", "Fazit",
                                "nach einem leiseren Modell umsehen."],
                       "must_not": ["Transparenz:", "Zum Angebot", "testet seit 2012",
                                    "Die besten Akku-Staubsauger", "Meistgelesen",
                                    "Einloggen, um zu kommentieren"]},
    "de-veranstaltung": {"html_misses": ["Uhrzeit: 19:30 Uhr", "Eintritt: 12 €"],
                         "html_keeps": ["Termin in Kalender übernehmen"],
                         "must": ["Uhrzeit: 19:30 Uhr", "Eintritt: 12 €",
                                  "Zum dritten Mal laden wir",
                                  "Dietrich Buxtehude: Präludium in C",
                                  "Parkplätze finden Sie am Gemeindeamt."],
                         "must_not": ["Kommende Termine", "Lesung mit Petra Albers",
                                      "Zurück zur Übersicht", "Mitglied werden",
                                      "Keine Veranstaltung mehr verpassen"]},
    "de-verein-geschichte": {"must": ["Der TV Eintracht Bergheim wurde", "1912 – Einweihung",
                                      "Unser Verein heute", "ist jederzeit willkommen."],
                             "must_not": ["Geschäftsstelle", "Jahreshauptversammlung",
                                          "mit Jimdo erstellt", "Diese Website verwendet Cookies",
                                          "Satzung"]},
    "en-forum-xenforo": {"html_keeps": ["Measure twice, cut once"],
                         "text_keeps": ["Measure twice, cut once"],
                         "must": ["Evening all,", "What am I missing here?",
                                  "Also try closing the mouth up a bit.",
                                  "That was it. There was a blob of old japanning",
                                  "there is no need for a new one."],
                         "must_not": ["This site uses cookies", "Thread starter", "Joined",
                                      "Like Quote Reply", "Gordon_W said:", "Click to expand",
                                      "You must log in or register", "Similar threads",
                                      "Frog adjustment on a Stanley", "Forum software by XenForo",
                                      "Measure twice, cut once", "Terms and rules"]},
    "en-howto-software": {"html_misses": ["sudo apt install restic"],
                          "text_keeps": ["Daniel is a sysadmin"],
                          "must": ["Restic is a fast, secure backup program",
                                   "sudo apt install restic", "Step 2: Create a repository",
                                   "before you need it."],
                          "must_not": ["This site uses cookies", "Table of Contents",
                                       "Share this tutorial", "You may also like",
                                       "Subscribe to our newsletter", "Write for us"]},
    "es-vino-ficha": {"html_keeps": ["Pago seguro"],
                      "must": ["Viña Solana Crianza nace de viñedos viejos",
                               "Nariz: fruta negra madura", "Maridaje", "Graduación"],
                      "must_not": ["Utilizamos cookies", "Añadir al carrito", "Pago seguro",
                                   "Viña Solana Roble 2018", "Suscríbase",
                                   "Tienda creada con PrestaShop"]},
    "fr-glossaire": {"text_keeps": ["Simplifiez votre paie"],
                     "must": ["Le prélèvement à la source est le mode",
                              "Les trois taux possibles", "Le taux individualisé",
                              "avec le taux appliqué et le salaire net avant impôt."],
                     "must_not": ["Ce site utilise des cookies", "Essai gratuit",
                                  "Termes populaires", "Voir aussi", "Mentions légales",
                                  "Simplifiez votre paie", "Tous droits réservés"]},
}  # fmt: skip


test_html_page, test_chromium_dump = probe_set_tests(PAGES, FLOORS, CASES, CHROME)
