"""Probe pages of round 20 (tests/pages/probe_unseen20/): invented 2019-2020-style pages
written to stand in for the held-out judge's unseen pages, each with Chromium's copy
(<name>.dump.txt) and a benchmark-style flat dump made from the markup (<name>.flat.txt,
``tests/tools/flat_dump.py``). Fourteen English pages of the kinds the Zyte benchmark draws
from: a national paper's story with a paywall prompt, "Advertisement" slots, a "Read more"
box and a correction; a regional paper's live blog of election counts; a TV station's
story with a video shell and an app promo; a magazine's long read with a pull quote lifted
across two paragraphs and an author box; a tech blog with an embedded post and an update;
a press release on a wire site; an agency's copy on a portal; a science blog with
footnotes and comments; a sports story under a consent banner; an AMP page; an op-ed with
the letters desk's note; a personal blog with "Related" and comments; a listicle with photo
credits; a two-paragraph brief on a busy page. Ten German pages of the kinds of
trafilatura's set: a club's match report, a local paper's "Plus" story, a travel blog with
comments, a shop's guide, a recipe card, a forum thread, a town's notice, a company's press
release, a fire brigade's report and an agency's copy on a portal. Each page must reach its
F1 as HTML, as its Chromium dump and as its flat dump, keep its story's phrases and drop
the chrome.
"""

from __future__ import annotations

from pathlib import Path

from tests.story_cases import flat_dump_tests, probe_set_tests

PAGES = Path(__file__).parent / "pages" / "probe_unseen20"

# name: (HTML floor, Chromium dump floor, flat dump floor), a little under what the cleaner
# reaches.
FLOORS3 = {
    "de-blog-kommentare": (0.98, 0.98, 0.98),
    "de-feuerwehr-einsatz": (0.98, 0.87, 0.87),
    "de-forum-antwort": (0.95, 0.95, 0.95),
    "de-gemeinde-bekanntmachung": (0.98, 0.98, 0.98),
    "de-lokalzeitung-plus": (0.90, 0.90, 0.90),
    "de-portal-dpa": (0.95, 0.98, 0.98),
    "de-pressemitteilung-firma": (0.94, 0.98, 0.94),
    "de-rezept-blog": (0.92, 0.92, 0.92),
    "de-shop-ratgeber": (0.98, 0.98, 0.98),
    "de-verein-spielbericht": (0.98, 0.92, 0.92),
    "en-amp-regional": (0.98, 0.98, 0.98),
    "en-brief-busy-page": (0.98, 0.98, 0.98),
    "en-liveblog-election": (0.88, 0.88, 0.88),
    "en-magazine-listicle-credits": (0.95, 0.93, 0.93),
    "en-magazine-pullquote-bio": (0.91, 0.90, 0.91),
    "en-natpaper-paywall": (0.95, 0.95, 0.95),
    "en-opinion-editorsnote": (0.98, 0.98, 0.98),
    "en-personal-blog-related": (0.98, 0.98, 0.98),
    "en-portal-wirecopy": (0.96, 0.96, 0.96),
    "en-pressrelease-wire": (0.95, 0.98, 0.98),
    "en-scienceblog-comments": (0.94, 0.94, 0.94),
    "en-sports-gdpr-mostread": (0.98, 0.98, 0.98),
    "en-techblog-tweets": (0.95, 0.95, 0.95),
    "en-tvstation-wire": (0.98, 0.98, 0.98),
}

CHROME = [
    "Privacy Policy",
    "All rights reserved",
    "All Rights Reserved",
    "Cookie",
    "Impressum",
    "Datenschutz",
]

CASES = {
    "de-blog-kommentare": {
        "must": [
            "Eigentlich wollte ich dieses Jahr an die Ostsee.",
            "Tag 3 und 4: Felsen und Gegenwind",
            "würde ich aber wieder mein normales Reiserad nehmen.",
        ],
        "must_not": [
            "Wie hast du denn das Gepäck",
            "Schreibe einen Kommentar",
            "Über den Autor",
            "Packliste für eine Woche Radreise",
        ],
    },
    "de-feuerwehr-einsatz": {
        "must": [
            "In der Nacht zum Samstag wurden wir",
            "Unter schwerem Atemschutz",
            "Insgesamt waren 64 Einsatzkräfte der Feuerwehr vor Ort.",
        ],
        "must_not": [
            "Letzte Einsätze",
            "Einsatz 45/2019: Brandmeldeanlage Schule",
            "Im Notfall immer 112 wählen",
        ],
    },
    "de-forum-antwort": {
        "must": [
            "unsere Gastherme (Brennwert, Baujahr 2009, 20 kW)",
            "Taktsperre verlängern",
            "Hab sie auf 15 gestellt",
            "hydraulischer Abgleich",
        ],
        "must_not": [
            "Wer ist online?",
            "Registriert: Mo 18. Nov 2019",
            "Powered by phpBB",
            "Zurück zu „Gas- und Ölheizung“",
            "Re: Heizung taktet",
            "Gruß vom Heizungsfuchs",
        ],
    },
    "de-gemeinde-bekanntmachung": {
        "must": [
            "Wegen Bauarbeiten an der Brücke über den Aichbach",
            "Ersatzhaltestelle ist „Aichbühl Ortsmitte“",
            "um Verständnis für die unvermeidbaren Behinderungen.",
        ],
        "must_not": [
            "Umleitungsplan K 2214 (PDF",
            "Rathaus Öffnungszeiten",
            "Seite drucken",
            "Leichte Sprache",
        ],
    },
    "de-lokalzeitung-plus": {
        "must": [
            "Zwei Euro statt bisher 1,40 Euro pro Stunde",
            "Die Stadt begründet die Erhöhung",
            "Die CDU hat bereits angekündigt",
        ],
        "must_not": [
            "Wir respektieren Ihre Privatsphäre",
            "Leerstand in der Innenstadt",
            "Weiterlesen mit Kurier Plus",
            "Erster Monat für 0,99",
            "Weihnachtsmarkt öffnet eine Woche früher",
        ],
    },
    "de-portal-dpa": {
        "must": [
            "Hamburg (dpa) - Nach den Sturmschäden",
            "Aufenthaltszüge bereitgestellt.",
            "aber keine Orkanböen mehr.",
        ],
        "must_not": [
            "Das müssen Reisende jetzt wissen",
            "Bundestag debattiert über Grundrente",
            "Alle akzeptieren",
            "Foto: Markus Scholz/dpa",
        ],
    },
    "de-pressemitteilung-firma": {
        "must": [
            "Die Kornmühle Ahrens baut ihren Standort in Uelzen aus.",
            "Der erste Spatenstich ist für Mai 2020 geplant.",
            "in fünfter Generation geführt",
        ],
        "must_not": [
            "Pressefoto Birte Ahrens",
            "Diese Website verwendet Cookies",
            "Zurück zur Übersicht",
        ],
    },
    "de-rezept-blog": {
        "must": [
            "Wenn im September die ersten Zwetschgen",
            "500 g Mehl",
            "Zimt und Zucker zum Bestreuen",
            "Noch warm mit Zimt und Zucker bestreuen.",
        ],
        "must_not": [
            "Markiere @backstubelisbeth",
            "4.9 von 37 Bewertungen",
            "Kann man den Teig auch am Vorabend machen?",
            "Apfelstrudel mit Blätterteig",
        ],
    },
    "de-shop-ratgeber": {
        "must": [
            "Nach dem Winter sieht der Rasen oft traurig aus",
            "Nur bei trockenem Boden arbeiten",
            "Dann schließen sich die Lücken schnell.",
        ],
        "must_not": [
            "In den Warenkorb",
            "Wie hilfreich war dieser Artikel?",
            "Moos im Rasen: Ursachen",
            "Newsletter abonnieren und 10 % sparen",
            "Kostenloser Versand ab 49",
        ],
    },
    "de-verein-spielbericht": {
        "must": [
            "Mit einem 2:2 beim SV Oberweiler",
            "verkürzte Timo Wallner per Kopf",
            "Über zahlreiche Unterstützung würde sich die Mannschaft freuen!",
        ],
        "must_not": [
            "Zugriffe: 187",
            "Jahreshauptversammlung am 8. November",
            "Unsere Sponsoren",
        ],
    },
    "en-amp-regional": {
        "must": [
            "VISALIA — The Board of Supervisors voted 4-1",
            "It's about not stacking them in a gym.",
            "through a grant approved in 2017.",
        ],
        "must_not": [
            "Grand jury report finds jail overcrowded",
            "Get the latest news delivered daily",
            "covers county government and courts",
            "Two hurt in crash on Highway 198",
        ],
    },
    "en-brief-busy-page": {
        "must": [
            "The Route 9 bridge over Kinderhook Creek",
            "The bridge will reopen by 6 a.m. each Monday.",
        ],
        "must_not": [
            "Town board sets hearing on solar farm plan",
            "Library book sale returns",
            "Have a news tip?",
            "Partly cloudy",
        ],
    },
    "en-liveblog-election": {
        "must": [
            "That's where we will leave our live coverage",
            "Labour has kept control of Walsall council",
            "Welcome to our live coverage of the local election counts.",
        ],
        "must_not": [
            "We use your sign-up to provide content",
            "Motorist fined after parking on a roundabout",
            "Show Purposes",
        ],
    },
    "en-magazine-listicle-credits": {
        "must": [
            "Not every apartment gets the bright",
            "4. Cast Iron Plant",
            "but forgives a lot.",
        ],
        "must_not": [
            "Courtesy of The Sill",
            "Alamy",
            "CONTINUE READING BELOW",
            "The Best Grow Lights for Dark Apartments",
            "affiliate marketing programs",
        ],
    },
    "en-magazine-pullquote-bio": {
        "must": [
            "Ruth Aho was nine years old",
            "A house on a rock",
            "But it still works.",
        ],
        "must_not": [
            "is a writer based in Marquette",
            "The Pasty Wars",
            "Get the Northern Quarterly newsletter",
            "Photo: Eli Marchand",
        ],
    },
    "en-natpaper-paywall": {
        "must": [
            "GREENFIELD, Ind. — The water that comes out",
            "the companies that made the chemicals should pay",
            "at least we'll know that too.",
        ],
        "must_not": [
            "free articles remaining",
            "Subscribe for unlimited access",
            "States move ahead of Washington",
            "A heat wave in the Pacific",
            "Jordan Reyes for The National Courier",
        ],
    },
    "en-opinion-editorsnote": {
        "must": [
            "Every August I make the same trip.",
            "There is a simple fix.",
            "But I would like it to be the last one.",
        ],
        "must_not": [
            "committed to publishing a diversity of letters",
            "Opinions newsletter",
            "Why I changed my mind about congestion pricing",
        ],
    },
    "en-personal-blog-related": {
        "must": [
            "On the first of January I made a rule",
            "2. Fixing things is a skill, and skills grow",
            "Everything else can wait.",
        ],
        "must_not": [
            "You might also like",
            "Mending a sweater elbow",
            "the fixing-things part is so true",
            "Join 3,214 other followers",
        ],
    },
    "en-portal-wirecopy": {
        "must": [
            "DALLAS (AP) — Regional airlines",
            "Every captain we train is a captain someone else wants to hire",
            "We have done everything we can do",
        ],
        "must_not": [
            "Story continues",
            "This material may not be published",
            "Boeing says 737 MAX return",
            "Related Quotes",
        ],
    },
    "en-pressrelease-wire": {
        "must": [
            "today opened its second Ohio distribution center",
            "We're proud to be growing in central Ohio.",
            "The family-owned company employs more than 1,100 people.",
        ],
        "must_not": [
            "View original content",
            "Also from this source",
            "Harbor Valley Foods Named Distributor of the Year",
        ],
    },
    "en-scienceblog-comments": {
        "must": [
            "shone an ultraviolet torch on a polka-dot tree frog",
            "Some salamanders glow from their mucus.",
            "You might be surprised what lights up.",
        ],
        "must_not": [
            "Tried this on the toads",
            "Leave a Reply",
            "The salamander that breathes through its skin",
            "I study amphibians and write about them",
        ],
    },
    "en-sports-gdpr-mostread": {
        "must": [
            "Sean Quinn admitted his Harriers side",
            "soft but probably right",
            "and the lads know what they're capable of.",
        ],
        "must_not": [
            "We value your privacy",
            "Harriers sign former academy striker",
            "Harriers youngster called up",
            "Follow County Sport on Facebook",
        ],
    },
    "en-techblog-tweets": {
        "must": [
            "Slackline, the team chat app",
            "Time is easier to understand than a message count",
            "will extend the deadline for education customers to January.",
        ],
        "must_not": [
            "Slackline raises $120M",
            "Three questions every seed-stage founder",
            "Sign up for Newsletters",
        ],
    },
    "en-tvstation-wire": {
        "must": [
            "Firefighters pulled a man from an icy pond",
            "People often don't.",
            "not thick enough to hold a person",
        ],
        "must_not": [
            "Download the KSPN 7 News app",
            "How thick does ice need to be?",
            "School board votes to delay start times",
            "Wind chill advisory in effect",
        ],
    },
}


test_html_page, test_chromium_dump = probe_set_tests(PAGES, FLOORS3, CASES, CHROME)


test_flat_dump_is_the_makers, test_flat_dump = flat_dump_tests(PAGES, FLOORS3, CASES, CHROME)


def test_forum_reply_headings_are_not_post_text():
    from tts_pipeline.extract.forums import forum_thread
    from tts_pipeline.extract.lines import describe

    text = (
        "Pumpe läuft ständig\n\nHallo zusammen,\nunsere Pumpe läuft seit einer Woche ohne "
        "Pause und wird dabei sehr warm.\n\nRe: Pumpe läuft ständig\n\n"
        "Prüf mal den Druckschalter, der klemmt bei alten Anlagen gern einmal fest.\n"
        "Gruß vom Pumpenfuchs – seit 20 Jahren selbst am Schrauben\n\n"
        "Re: Pumpe läuft ständig\n\nDanke, das war es tatsächlich, jetzt läuft sie wieder "
        "normal.\n\nImpressum"
    )
    lines = [describe(raw) for raw in text.split("\n")]
    thread = forum_thread(lines)
    assert thread is not None
    # each post's heading (the title, then "Re: <title>") is no post's text: an HTML
    # reading drops it though trafilatura keeps it
    assert {lines[i].text for i in thread.headings} == {
        "Pumpe läuft ständig",
        "Re: Pumpe läuft ständig",
    }
    assert set(thread.headings) <= thread.between
    assert not set(thread.headings) & thread.text
