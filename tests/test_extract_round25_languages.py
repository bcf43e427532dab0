"""Chrome, box and end words of round 25 found on the German, French, Spanish and Polish
probe pages (tests/pages/probe_unseen25m/): each line shape tested on an invented line, with
an invented story sentence using the same words that must stay body text."""

from __future__ import annotations

from tests.story_cases import line_kind_tests
from tts_pipeline.extract.linefeatures import Kind

CHROME_LINES = [
    # a police report portal's dateline alone on its line, and its follow button's note
    ("de", "Talheim (ots)"),
    ("de", "Keine Meldung von Polizeipräsidium Nordstadt mehr verpassen."),
    # a blog's affiliate button and its Pinterest call
    ("de", "Jetzt ansehen bei Amazon*"),
    ("de", "Gefällt dir der Beitrag? Dann merke ihn dir auf Pinterest!"),
    # an advice site's disclaimer and its calculator's call to action
    (
        "de",
        "Hinweis: Dieser Beitrag dient der allgemeinen Information und ersetzt keine "
        "Beratung im Einzelfall.",
    ),
    ("de", "Was verdienen Sie im Vergleich? Jetzt kostenlos den Gehaltsrechner nutzen."),
    # a daily's call for readers' tips
    ("fr", "Vous avez un scoop à nous transmettre? Écrivez-nous."),
    ("fr", "Vous avez une information à partager ? Contactez la rédaction."),
    # a blog's subscription call
    ("es", "Suscríbete y recibe cada semana un consejo para ahorrar."),
    # a gallery link with its count of photos
    ("pl", "Zobacz galerię (24 zdjęcia)"),
]

END_LINES = [
    # a police or press release's contact block and its distributor's note
    ("de", "Rückfragen bitte an:"),
    ("de", "Kontakt für Rückfragen"),
    ("de", "Für Rückfragen:"),
    ("de", "Original-Content von: Polizeidirektion Nordstadt, übermittelt durch news aktuell"),
    # a trade journal's note on its author under the story
    ("de", "Der Autor: Dipl.-Ing. Peter Brandt ist Sachverständiger für Lüftungstechnik."),
]

BOX_LINES = [
    # an interview's box on the person asked
    ("de", "Zur Person"),
]

STORY_LINES = [
    "Rückfragen bitte an die Stadtverwaltung, sagte der Bürgermeister am Ende der Sitzung.",
    "Für Rückfragen stehe die Behörde jederzeit zur Verfügung, teilte ein Sprecher mit.",
    "Der Autor des Buches lebt seit vielen Jahren in Leipzig und schreibt nun an einem Roman.",
    "Zur Person des Täters machte die Polizei am Dienstag zunächst keine weiteren Angaben.",
    "Wer keine Meldung mehr verpassen will, kann die App der Feuerwehr kostenlos laden.",
    "Viele Nutzer merken sich Rezepte auf Pinterest, statt sie in ein Kochbuch zu schreiben.",
    "Die App ersetzt keine ärztliche Beratung, betonen die Entwickler auf ihrer Seite.",
    "Vous avez un scoop ? a demandé le juge au témoin, qui est resté silencieux.",
    "Los clientes pueden suscribirse y recibir cada mes una caja con productos locales.",
    "Zobacz, jak wyglądała galeria przed remontem, mówi dyrektor muzeum.",
]

LINES_OF_KIND = [
    *((Kind.CHROME, lang, line) for lang, line in CHROME_LINES),
    *((Kind.END, lang, line) for lang, line in END_LINES),
    *((Kind.BOX, lang, line) for lang, line in BOX_LINES),
]


test_line_is_of_its_kind, test_story_sentence_with_the_same_words = line_kind_tests(
    LINES_OF_KIND, STORY_LINES
)
