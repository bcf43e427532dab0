"""Probe pages of round 12 (tests/pages/probe_news12/): invented 2019-2020-style news pages of
sites from around the world, each with the dump Chromium gives for "select all, copy" of it
(<name>.dump.txt, JavaScript and CSS off). English-language dailies of India ("Also Read"
inline, an app line, an agency credit), Australia (a public broadcaster's "Key points" box and
a "What's next?" subheading), Ireland ("Read More" inline, a newsletter box, comments), Canada
("Article content" markers and an ad placeholder between paragraphs), Singapore (photo credit
in capitals, subheadings, a Telegram line) and Nigeria ("Advertisement" lines, "RELATED:"
inline, "Don't Miss"); a German local paper with "Anzeige" and a subscriber wall, a Swiss paper
with comments, a German sports report with a league table, a French regional paper with
"À lire aussi", a Spanish sports daily with a match sheet and a Turkish portal with a photo
gallery inside the story. Each page must reach its F1 as HTML and as its Chromium dump, keep
its story's phrases and drop the chrome.
"""

from __future__ import annotations

from pathlib import Path

from tests.story_cases import probe_set_tests

PAGES = Path(__file__).parent / "pages" / "probe_news12"

# name: (HTML floor, Chromium dump floor), a little under what the cleaner reaches.
FLOORS = {
    "au-keypoints": (0.98, 0.98),
    "ca-articlecontent": (0.98, 0.98),
    "ch-kommentare": (0.93, 0.93),
    "de-lokal-anzeige": (0.91, 0.91),
    "de-sport-tabelle": (0.98, 0.98),
    "es-deportes-ficha": (0.98, 0.98),
    "fr-regional-alire": (0.98, 0.98),
    "ie-readmore": (0.98, 0.98),
    "in-alsoread": (0.98, 0.98),
    "ng-related": (0.98, 0.98),
    "sg-telegram": (0.98, 0.98),
    "tr-foto-galeri": (0.93, 0.93),
}

CHROME = ["Privacy Policy", "All rights reserved", "All Rights Reserved", "Subscribe"]

# "<kind>_keeps": chrome a reading still keeps; "<kind>_misses": story it still loses
# (known defects); kind is "html" or "text" (the Chromium dump).
CASES = {
    "au-keypoints": {"must": ["Farmers around Griffith say young crops", "What's next?",
                              "if conditions stayed warm."],
                     "must_not": ["Key points:", "Related Story:", "Contact Tom McAllister",
                                  "Top Stories", "We acknowledge Aboriginal"]},
    "ca-articlecontent": {"must": ["Winnipeg Transit will end most bus service",
                                   "fewer overtime shifts."],
                          "must_not": ["Article content", "This advertisement has not loaded",
                                       "Story continues below", "Headline News",
                                       "Postmedia is committed"]},
    "ch-kommentare": {
                      "must": ["Die Stadt Winterthur will bis 2024", "Wegfall von Parkplätzen",
                               "das Referendum ergriffen werden."],
                      "must_not": ["Mehr zum Thema", "Fehler gefunden?", "Alle Kommentare anzeigen",
                                   "Endlich! Ich fahre", "Meistgelesen"]},
    "de-lokal-anzeige": {"must": ["Die Bagger kommen im April", "im Herbst 2022."],
                         "must_not": ["Anzeige", "Lesen Sie jetzt weiter", "Jetzt testen",
                                      "Das könnte Sie auch interessieren", "Impressum"]},
    "de-sport-tabelle": {"must": ["Eintracht Hohenfels hat das Spitzenspiel",
                                  "38:14",
                                  "Rheinau empfängt die TSG Eichenau."],
                         "must_not": ["Weitere Artikel", "Sport-Newsletter", "Liveticker",
                                      "Anzeige"]},
    "es-deportes-ficha": {"must": ["El Recreativo Almadén dio un paso importante",
                                   "puede decidir el campeonato."],
                          "must_not": ["Noticias relacionadas", "Ficha técnica",
                                       "23 comentarios", "Lo más leído", "Aviso legal"]},
    "fr-regional-alire": {"must": ["Fermé depuis six mois pour travaux",
                                   "un concert sur le parvis."],
                          "must_not": ["À lire aussi", "Vous avez aimé cet article",
                                       "Sur le même sujet", "Je m'inscris", "Mentions légales"]},
    "ie-readmore": {"must": ["Planners have refused permission",
                             "before deciding on its next steps."],
                    "must_not": ["Read More:", "Sign up for the Western Herald",
                                 "Join the conversation", "Most Read", "Cookie Policy"]},
    "in-alsoread": {"must": ["The Pune Municipal Corporation will add 300",
                             "(With inputs from PTI)"],
                    "must_not": ["Also Read", "Download the Deccan Ledger App", "Top Cities News",
                                 "Trending", "Advertisement"]},
    "ng-related": {"must": ["The Lagos State Government says", "lost their homes."],
                   "must_not": ["Advertisement", "RELATED:", "Join our WhatsApp group",
                                "Don't Miss", "Leave A Reply"]},
    "sg-telegram": {
                    "must": ["SINGAPORE - Smart lights that dim", "Data on estate use",
                             "before you reach the lift,"],
                    "must_not": ["READ MORE HERE", "Telegram channel", "PHOTO: THE ISLAND TIMES",
                                 "Related Stories", "Data Protection Policy"]},
    "tr-foto-galeri": {
                       "must": ["Kapadokya'da sıcak hava balonu turları", "yüzde 90'ı aştığını"],
                       "must_not": ["Peribacaları üzerinde", "Tüm fotoğrafları gör", "1 / 4",
                                    "İlgili Haberler", "Yorum yazabilmek"]},
}  # fmt: skip


test_html_page, test_chromium_dump = probe_set_tests(PAGES, FLOORS, CASES, CHROME)
