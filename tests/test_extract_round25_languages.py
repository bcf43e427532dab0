"""Chrome, box and end words of round 25 found on the German, French, Spanish and Polish
probe pages (tests/pages/probe_unseen25m/): each line shape tested on an invented line, with
an invented story sentence using the same words that must stay body text."""

from __future__ import annotations

from tests.story_cases import cleaned_text, line_kind_tests
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
    # a letters page's note from the editors
    (
        "de",
        "Leserbriefe geben die Meinung der Einsender wieder, nicht die der Redaktion. Die "
        "Redaktion behält sich Kürzungen vor.",
    ),
    ("de", "Die Redaktion behält sich vor, Zuschriften zu kürzen."),
    # a byline of the newsroom with its update time, a letters page's call with its address
    ("fr", "Par la rédaction · Mis à jour le 05/12/2019 à 17:50"),
    ("de", "Schreiben Sie uns: leserbriefe@example.org"),
    # a daily's call for readers' tips
    ("fr", "Vous avez un scoop à nous transmettre? Écrivez-nous."),
    ("fr", "Vous avez une information à partager ? Contactez la rédaction."),
    # a blog's subscription call
    ("es", "Suscríbete y recibe cada semana un consejo para ahorrar."),
    # an ad slot's label inside a story, which opens no box: the story goes on below it
    ("de", "Weiterlesen nach der Anzeige"),
    ("de", "Lesen Sie weiter nach der Anzeige"),
    ("de", "Der Artikel wird unter der Anzeige fortgesetzt"),
    # a table of contents' toggle
    ("de", "[ausblenden]"),
    ("de", "[anzeigen]"),
    # a breadcrumb of the site's sections, each item a chrome word
    ("pl", "Wiadomości / Region"),
    ("de", "Startseite > Presse > Pressemitteilungen"),
    # a gallery link with its count of photos
    ("pl", "Zobacz galerię (24 zdjęcia)"),
]

END_LINES = [
    # a police or press release's contact block and its distributor's note
    ("de", "Rückfragen bitte an:"),
    ("de", "Kontakt für Rückfragen"),
    ("de", "Für Rückfragen:"),
    ("de", "Original-Content von: Polizeidirektion Nordstadt, übermittelt durch news aktuell"),
    # the press contact box under a release, as German's "Pressekontakt"
    ("fr", "Contact presse"),
    ("fr", "Contacts presse :"),
    ("fr", "Relations presse"),
    ("es", "Contacto de prensa"),
    ("es", "Contacto para medios:"),
    ("pl", "Kontakt dla mediów"),
    # a university's release: the study's reference under the story
    ("de", "Originalpublikation"),
    ("de", "Originalpublikation:"),
    # a magazine's list of sources under the story: what follows is no story text
    ("de", "Quellen"),
    ("de", "Quellen:"),
    ("de", "Einzelnachweise"),
    # a trade journal's note on its author under the story
    ("de", "Der Autor: Dipl.-Ing. Peter Brandt ist Sachverständiger für Lüftungstechnik."),
]

BOX_LINES = [
    ("es", "Recomendados para ti"),
    ("es", "Recomendaciones del editor"),
    # a magazine's fun-fact box
    ("de", "Schon gewusst?"),
    ("de", "Wussten Sie schon?"),
    # an interview's box on the person asked
    ("de", "Zur Person"),
]

BYLINE_LINES = [
    # an interview's credit to the journalist who asked
    ("de", "Das Gespräch führte Martin Eckert"),
    ("de", "Die Fragen stellte Anna Roth."),
]

# short lines that are no chrome: a story's subheading that gives advice to someone is no
# "recommended for you" box
SHORT_LINES = [
    ("es", "Recomendaciones a la población"),
    ("es", "Recomendaciones ante una ola de calor"),
    ("es", "Recomendaciones para evitar incendios"),
    # a kicker of a section and a topic that is no chrome word
    ("de", "Sport / Handball-Bundesliga"),
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
    "Nach der Anzeige bei der Polizei wird der Artikel weiter geprüft, sagte der Händler.",
    "Der Stadtrat behält sich vor, die Kürzungen im Haushalt im Herbst erneut zu prüfen.",
    "Le contact presse du ministère a confirmé la date de la réunion aux journalistes.",
    "Wussten Sie schon, dass der Ausschuss am Montag erneut tagt? fragte die Abgeordnete.",
    "La rédaction du journal a décidé de publier la lettre en entier, a indiqué son directeur.",
    "Schreiben Sie uns, forderte die Bürgermeisterin die Bewohner des Viertels auf.",
    "Das Gespräch führte zu keinem Ergebnis, sagte ein Sprecher der Stadt am Abend.",
    "Zobacz, jak wyglądała galeria przed remontem, mówi dyrektor muzeum.",
]

LINES_OF_KIND = [
    *((Kind.CHROME, lang, line) for lang, line in CHROME_LINES),
    *((Kind.END, lang, line) for lang, line in END_LINES),
    *((Kind.BOX, lang, line) for lang, line in BOX_LINES),
    *((Kind.SHORT, lang, line) for lang, line in SHORT_LINES),
    *((Kind.BYLINE, lang, line) for lang, line in BYLINE_LINES),
]


test_line_is_of_its_kind, test_story_sentence_with_the_same_words = line_kind_tests(
    LINES_OF_KIND, STORY_LINES
)


def test_caption_credited_with_a_label_ending_in_a_full_stop_is_left_out(tmp_path):
    """A dump's caption above the story that ends in its credit, labelled "Fot." with no
    colon, is left out of the story like one labelled "Fot.:"."""
    page = "\n\n".join(
        [
            "Strona główna » Aktualności » Miasto",
            "Nowa biblioteka otwarta dla czytelników",
            "Opublikowano: 12.03.2019 · Kategoria: Miasto · Autor: Dział Promocji",
            "Czytelnia w nowym budynku przy ulicy Długiej. Fot. Dział Promocji",
            "Nowa biblioteka w centrum miasta przyjęła w sobotę pierwszych czytelników. Na "
            "otwarcie przyszło kilkaset osób, a przed wejściem ustawiła się długa kolejka.",
            "Budynek ma trzy piętra i salę dla dzieci. Biblioteka będzie otwarta od "
            "poniedziałku do soboty, a w niedziele odbywać się w niej będą spotkania autorskie.",
            "Dyrektorka zapowiada, że w przyszłym roku księgozbiór powiększy się o kolejne "
            "dziesięć tysięcy tomów, głównie książek dla dzieci i młodzieży.",
        ]
    )
    text = cleaned_text(tmp_path, page)
    assert "Budynek ma trzy piętra" in text
    assert "Fot. Dział Promocji" not in text


def test_bio_above_a_link_to_the_authors_other_articles_is_left_out(tmp_path):
    """An opinion piece whose byline the dump glues to the author's job ("Jana
    KrügerRedakteurin") ends with the author box: a bio that opens with the author's name
    and a bio's verb, then a link to the author's other articles, which names them."""
    page = "\n\n".join(
        [
            "Startseite › Meinung › Kommentar",
            "Kommentar",
            "Ein Platz für alle",
            "Jana KrügerRedakteurin",
            "12.05.2019, 18:00 Uhr",
            "Der neue Marktplatz ist fertig, und er ist schöner geworden, als viele gedacht "
            "hatten. Die Bäume spenden Schatten, die Bänke laden zum Sitzen ein, und die "
            "Händler haben endlich genug Platz für ihre Stände.",
            "Trotzdem bleibt eine Frage offen: Wo sollen die Autos hin? Die Stadt hat das "
            "Parkhaus am Bahnhof versprochen, aber gebaut ist es noch nicht, und die "
            "Anwohner warten schon seit Monaten auf eine Antwort.",
            "Wenn der Rat das Problem nicht bald löst, wird aus dem schönen Platz ein Ärgernis. "
            "Das hätte er nicht verdient, und die Menschen in der Altstadt auch nicht.",
            "Jana Krüger ist seit 2015 Redakteurin im Lokalteil. Sie schreibt vor allem über "
            "Stadtplanung und Verkehr.",
            "Alle Artikel von Jana Krüger",
            "Mehr Meinung",
        ]
    )
    text = cleaned_text(tmp_path, page)
    assert "Wenn der Rat das Problem nicht bald löst" in text
    assert "seit 2015 Redakteurin im Lokalteil" not in text
