"""The kinds of lines of a page dump, dates and bylines, in several languages."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.dates import find_date
from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.names import byline_author, credit_name

BODY = (
    "The council voted on Tuesday to close the old swimming pool at the end of the summer, "
    "after engineers found cracks in the roof."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (BODY, Kind.BODY),
        ("Die Stadt hat am Montag beschlossen, das alte Hallenbad zu schließen.", Kind.BODY),
        ("El ayuntamiento cerrará la piscina municipal al final del verano.", Kind.BODY),
        ("市议会周二投票决定在夏季结束时关闭旧游泳池，因为工程师在屋顶上发现了裂缝。", Kind.BODY),
        ("Nobody came.", Kind.SHORT),
        ("It rained all day and nobody came.", Kind.BODY),
        ("City Council Votes To Close The Old Swimming Pool At The End Of Summer", Kind.SHORT),
        ("Arab World   Middle East   Europe   Americas   Asia   Sports   Opinion", Kind.SHORT),
        ("Skip to main content", Kind.CHROME),
        ("Share on Facebook", Kind.CHROME),
        ("Teilen", Kind.CHROME),
        ("Advertisement", Kind.CHROME),
        ("Anzeige", Kind.CHROME),
        ("5 min read", Kind.CHROME),
        ("Sign up for our daily newsletter to get the top stories in your inbox.", Kind.BOX),
        ("Get the top stories delivered to your inbox every morning.", Kind.CHROME),
        ("We use cookies to improve your experience on our site.", Kind.CHROME),
        ("Like this story? Share it with a friend!", Kind.CHROME),
        ("We noticed you’re using an ad blocker. Please support us.", Kind.CHROME),
        ("Leider benutzen Sie einen Adblocker. Wir finanzieren uns mit Werbung.", Kind.CHROME),
        ("For the latest news download the Harbour Gazette app.", Kind.CHROME),
        ("We want to hear what you think about this article.", Kind.CHROME),
        ("Weitere Infos unter www.harbour.example.", Kind.CHROME),
        ("*Werbung. Dieser Beitrag enthält Werbung für eine Marke.", Kind.CHROME),
        ("¡Mira lo que tiene nuestro canal de YouTube!", Kind.CHROME),
        ("Zapraszamy też do subskrypcji naszego tygodnika.", Kind.CHROME),
        ("Enter your email address to follow this blog and get new posts by email.", Kind.CHROME),
        ("This work is licensed under a Creative Commons Attribution 4.0 License.", Kind.CHROME),
        ("Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen.", Kind.CHROME),
        ("Dieser Eintrag wurde veröffentlicht in Politik, verschlagwortet mit Bad.", Kind.CHROME),
        ("Download the Harbour Gazette apps for iOS and Android.", Kind.CHROME),
        ("Besuchen Sie unseren Fan-Shop!", Kind.CHROME),
        ("Para comentar debes registrarte y completar tus datos.", Kind.CHROME),
        ("The court ruled on Monday that ad blockers may stay on sale, the judge said.", Kind.BODY),
        ("Read more: Why the pool closed", Kind.CHROME),
        ("Related stories", Kind.BOX),
        ("Lesen Sie auch: Das Hallenbad bleibt offen", Kind.CHROME),
        ("Noticias relacionadas", Kind.BOX),
        ("Contenido relacionado", Kind.BOX),
        ("Conteúdo relacionado", Kind.BOX),
        ("Lesen Sie hier: Das Hallenbad bleibt offen", Kind.CHROME),
        ("Weitere Informationen zum Hallenbad in Erfurt:", Kind.BOX),
        ("Gefällt mir Wird geladen...", Kind.CHROME),
        ("Example Gazette Newsletter", Kind.CHROME),
        ("Inhaltsverzeichnis", Kind.CHROME),
        ('... weiter zu "Teil zwei"', Kind.CHROME),
        ("Alle Meldungen des Verbands | RSS-Feed abonnieren", Kind.CHROME),
        ("Redakteur im Ressort Wirtschaft.", Kind.CHROME),
        ("Jane Roe is a senior writer for Example News. @janeroe", Kind.CHROME),
        ("Jane Roe was a reporter for the paper when she found the letters.", Kind.BODY),
        ("Example News bei Facebook", Kind.CHROME),
        ("The hall of the university on strike / (C) Jane Roe", Kind.CAPTION),
        ("Empfohlener redaktioneller Inhalt", Kind.CHROME),
        ("Folgen Sie uns auf", Kind.CHROME),
        ("Anzeige: Mehr lesen mit dem Abo", Kind.CHROME),
        ("Advertisement:", Kind.CHROME),
        ("Wie bewerten Sie diesen Artikel? *", Kind.CHROME),
        ("Sie könnten auch an folgenden Artikeln interessiert sein", Kind.BOX),
        ("Weitere Pressemitteilungen dieses Verbands", Kind.BOX),
        (">> Neues Hallenbad: die Stadt plant schon das nächste <<", Kind.CHROME),
        ("Pressesprecherin des Beispielverbandes", Kind.CHROME),
        ("Du willst mehr über Hallenbäder erfahren? Dann bist du hier genau richtig!", Kind.CHROME),
        ("Want our weekly briefing on city politics? Sign up here", Kind.CHROME),
        ("Beitragsbild: Das neue Hallenbad von Süden", Kind.CAPTION),
        ("Image illustrative : des briques de toutes les couleurs", Kind.CAPTION),
        ("Ich schreibe über Städte. Zeige alle Beiträge von Jana Beispiel", Kind.CHROME),
        ("Unterstütze Beispielblatt schon ab 3 Euro im Monat!", Kind.CHROME),
        ("Beiträge aus dem Forum", Kind.BOX),
        ("Table of contents", Kind.CHROME),
        ("Unser täglicher Newsletter", Kind.CHROME),
        ("abc/PAP", Kind.CHROME),
        ("Kontakt:", Kind.CHROME),
        ("Quelle: Landesregierung Hessen", Kind.CHROME),
        ("Weitere Wandertipps in Schweden", Kind.BOX),
        ("Abonniere unseren Newsletter und erfahre alles über das Hallenbad.", Kind.CHROME),
        ("The paper said on Monday that it would close its newsletter.", Kind.BODY),
        ("Zurück zu allen Meldungen", Kind.CHROME),
        ("Alle Ergebnisse des Turniers findest du hier.", Kind.CHROME),
        ("Melden Sie sich an und erhalten Sie exklusive Angebote!", Kind.CHROME),
        ("PDF version", Kind.CHROME),
        ("Photograph by Jane Roe, Example Trust", Kind.CAPTION),
        ("Submit your letter to the editor via this form.", Kind.CHROME),
        ("Auch auf beispiel-magazin.de", Kind.BOX),
        ("(Alle Angaben ohne Gewähr)", Kind.CHROME),
        ("Originalpublikation:", Kind.END),
        ("Sie sind aktuell nicht eingeloggt.", Kind.CHROME),
        ("Verraten Sie gerne in den Kommentaren: Wie gefällt Ihnen das Bad?", Kind.CHROME),
        ("Die Stadt hat weitere Informationen zum Hallenbad veröffentlicht.", Kind.BODY),
        ("Mehr zum Thema auf Harbour.de", Kind.BOX),
        ("Weitere Informationen:", Kind.BOX),
        ("VEA TAMBIÉN: La piscina seguirá abierta", Kind.CHROME),
        ("Dowiedz się więcej: Basen zostaje otwarty", Kind.CHROME),
        ("Most popular", Kind.BOX),
        ("12 Comments", Kind.END),
        ("Leave a Reply", Kind.END),
        ("Kommentare (4)", Kind.END),
        ("Keine Kommentare", Kind.END),
        ("Crédits photos : Agence Presse", Kind.CAPTION),
        ("Escucha esta noticia", Kind.CHROME),
        ("© 2024 The Harbour Gazette. All rights reserved.", Kind.END),
        ("About the author", Kind.END),
        ("A swimmer dives into the pool on its last day. (Photo: Ann Lee/Gazette)", Kind.CAPTION),
        ("The pool in 1964. Getty Images", Kind.CAPTION),
        ("Photo: Ann Lee", Kind.CAPTION),
        ("By Ann Lee", Kind.BYLINE),
        ("Von Katharina Berger", Kind.BYLINE),
        ("Read more: Bridge opens in May after two years of repairs", Kind.CHROME),
        ("Lesen Sie auch: Die Brücke wird im Mai eröffnet", Kind.CHROME),
        ("Read more", Kind.BOX),
        ("Related stories:", Kind.BOX),
        ("Mehr zum Thema:", Kind.BOX),
        ("Tags: bridge, city, river, council", Kind.BOX),
        ("Von Katharina Berger:", Kind.BYLINE),
        ("Von der Meldepflicht sind ausgenommen:", Kind.BODY),
        ("Por Lucía Fernández", Kind.BYLINE),
        ("March 14, 2024 at 6:45 p.m.", Kind.DATE),
        ("Updated on: November 19, 2019 / 10:07 AM / CBS News", Kind.DATE),
        ("VIDEO 2:31 Are electric planes ready for passengers?", Kind.CHROME),
        ("The mayor on the new bridge VIDEO 3:12", Kind.CHROME),
        # a sentence that names a video or a watch and ends in a time is no player's caption
        ("He checked his watch: 9:15, and still no train came.", Kind.BODY),
        ("The police video shows the first officer arriving at 2:15", Kind.SHORT),
        ("GET THE HARBOUR GAZETTE ON THE GO BY CLICKING HERE", Kind.CHROME),
        ("Download our app by tapping this link", Kind.CHROME),
        # a story tells what someone did by clicking a link: no prompt to the reader
        ("Victims lost money after clicking the link in a text message from the gang.", Kind.BODY),
        ("Residents reported the fault by tapping the button on the council's app.", Kind.BODY),
        ("Police urged people not to click the link or to call the number back.", Kind.BODY),
        ("Click the link below to read the full report on the plans.", Kind.CHROME),
        ("Please press the button to share this story with your friends.", Kind.CHROME),
        ("COVID Testing sites open across the county this week", Kind.SHORT),
        ("Today's best Acme Phone 5 deals", Kind.BOX),
        ("Stocks in this article", Kind.BOX),
        ("", Kind.BLANK),
    ],
)  # fmt: skip
def test_kind_of_line(line, kind):
    assert describe(line).kind is kind


def test_long_paragraph_mentioning_cookies_is_body():
    line = (
        "The bakery sold more than 4,000 cookies on Saturday, and the owner said she would "
        "accept orders for the holidays until the end of the month, as in previous years."
    )
    assert describe(line).kind is Kind.BODY


def test_headline_ending_with_a_name_is_no_caption():
    assert describe("Man pleads guilty to threatening Rep. Ilhan Omar").kind is Kind.SHORT


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("by Martin Fornusek November 21, 2023 9:37 PM 1 min read", "2023-11-21T21:37"),
        ("Nov. 19, 2019, 8:41 AM UTC", "2019-11-19T08:41"),
        ("Mon 18 Nov 2019 18.54 GMT", "2019-11-18T18:54"),
        ("By Tess Bonn - 11/19/19 06:56 AM EST", "2019-11-19T06:56"),
        ("On 11/13/19 at 4:00 PM EST", "2019-11-13T16:00"),
        ("19.11.2019, 08:57", "2019-11-19T08:57"),
        ("13/06/2014 Tony Carter", "2014-06-13"),
        ("2019-11-18T23:30:00Z Health", "2019-11-18T23:30"),
        ("20. November 2023, 14:30 Uhr", "2023-11-20T14:30"),
        ("12 de junio de 2024", "2024-06-12"),
        ("le 3 mars 2021 à 10h30", "2021-03-03T10:30"),
        ("Published Wed, Nov 20 20194:29 AM EST", "2019-11-20T04:29"),
        ("15 Maret 2024", "2024-03-15"),
        ("3 серпня 2023", "2023-08-03"),
        ("12 Ağustos 2022", "2022-08-12"),
        ("21 مارس 2024", "2024-03-21"),
        ("5 जनवरी 2023", "2023-01-05"),
    ],
)
def test_dates(text, iso):
    found = find_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("text", ["version 1.2.3", "In 2019 12 people came", "Room 12/34", ""])
def test_not_dates(text):
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By Jane Doe | May 5, 2020", "Jane Doe"),
        ("by   Bryan DeArdo", "Bryan DeArdo"),
        ("By Michael HiltzikBusiness Columnist", "Michael Hiltzik"),
        ("Von Ludwig van Beethoven, Bonn", "Ludwig van Beethoven"),
        ("By Kashmira Gander On 11/13/19 at 4:00 PM EST", "Kashmira Gander"),
        ("By the way, the pool is closed", None),
        ("By Reuters", "Reuters"),
        ("By Lee | May 5, 2020", "Lee"),
        ("Von Müller 12.03.2020", "Müller"),
        ("By Staff and news service reports", "Staff"),
        ("Von Eulen inspirierte Flügel könnten Windräder leiser machen", None),
        ("Von Montag bis Freitag bleibt die Brücke gesperrt", None),
        ("Von der Wärmemessung zur Energiewende", None),
        ("Interview: Was sagt die Ministerin?", None),
        ("Bypass road opens", None),
        ("김민지 기자", "김민지"),
        ("김민지·이수진 기자 minji@example.kr", "김민지·이수진"),
        ("김민지 기자는 현장에 있었다", None),
        ("Kim Min-ji 기자", None),
        ("بقلم سارة الخطيب - 21 مارس 2024", "سارة الخطيب"),
        ("كتب محمد في رسالته", None),
        ("लेखक: अंजलि वर्मा", "अंजलि वर्मा"),
    ],
)
def test_byline_author(text, name):
    assert byline_author(text) == name


def test_byline_inside_a_dateline():
    line = "Posted on August 22, 2023 by Tomasz Nowak"
    assert byline_author(line) is None
    assert byline_author(line, anywhere=True) == "Tomasz Nowak"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Charlie Wood, Business Insider", "Charlie Wood"),
        ("Meg Kinnard and Errin Haines, Associated Press", "Meg Kinnard"),
        ("Natasha Turak@NatashaTurak", "Natasha Turak"),
        ("The Impeachment Clock", None),
        ("Julian Assange: Sweden drops investigation", None),
    ],
)
def test_credit_name(text, name):
    assert credit_name(text) == name


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Leia também: Ônibus terão novo horário", Kind.CHROME),
        ("Comentários (3)", Kind.END),
        ("Publicidade", Kind.CHROME),
        ("Leggi anche: il nuovo orario dei treni", Kind.CHROME),
        ("Tutti i diritti riservati", Kind.END),
        ("Читайте также", Kind.BOX),
        ("Поделиться", Kind.CHROME),
        ("Читайте також: нові правила", Kind.BOX),
        ("Усі права захищені", Kind.END),
        ("Czytaj także: nowe przepisy", Kind.BOX),
        ("Udostępnij", Kind.CHROME),
        ("Baca juga: Jadwal kereta baru", Kind.CHROME),
        ("Bagikan", Kind.CHROME),
        ("관련기사", Kind.BOX),
        ("댓글", Kind.END),
        ("相关阅读", Kind.BOX),
        ("اقرأ أيضا: مواعيد جديدة للقطارات", Kind.CHROME),
        ("ये भी पढ़ें: ट्रेनों का नया समय", Kind.CHROME),
        ("関連記事", Kind.BOX),
        ("Lees ook: nieuwe dienstregeling", Kind.BOX),
        ("Bunlar da ilginizi çekebilir", Kind.BOX),
        ("Die meistgelesenen Artikel", Kind.BOX),
        ("Hinterlasse einen Kommentar", Kind.END),
        ("Deine E-Mail-Adresse wird nicht veröffentlicht.", Kind.CHROME),
        ("Teile der Stadt standen am Morgen unter Wasser.", Kind.BODY),
        ("Teilen Sie dies mit:", Kind.CHROME),
        ("Gefällt mir Wird geladen …", Kind.CHROME),
        ("Er will das Erbe teilen mit seiner Schwester, sagte er vor Gericht.", Kind.BODY),
        ("Sign up to get our best stories of the week, picked by the editors.", Kind.CHROME),
        ("Get our Daily Edition by email and never miss a story.", Kind.CHROME),
        ("Ein Gedanke zu „Über uns“", Kind.END),
        ("One thought on “Why we moved”", Kind.END),
        ("Mary Ann says:", Kind.CHROME),
        ("The minister says:", Kind.BODY),
        ("Fanden Sie diesen Artikel nützlich?", Kind.END),
        ("War dieser Beitrag hilfreich?", Kind.END),
        ("Was this article helpful?", Kind.END),
        ("Themenseiten: Brücke, Stadt, Verkehr", Kind.BOX),
        ("1 Kommentar:", Kind.END),
        ("12 comments:", Kind.END),
        ("Die Brücke bei Nacht. Zum Vergrößern auf das Bild klicken.", Kind.CAPTION),
        ("The route of the new line (click to enlarge)", Kind.CAPTION),
        ("Die neue Ausgabe ist ab sofort am Kiosk und als E-Paper erhältlich.", Kind.CHROME),
        ("Der Kiosk am Bahnhof schließt im Mai, sagte die Stadt am Montag.", Kind.BODY),
        ("Dziękujemy za lekturę. Wesprzyj nas darowizną lub przekaż nam 1% podatku.", Kind.CHROME),
        ("Prosimy o zaznaczenie zgody przed dodaniem komentarza.", Kind.CHROME),
        ("Leserpost", Kind.END),
        ("Leserbriefe (12)", Kind.END),
        ("Reader comments", Kind.END),
        ("Netiquette:", Kind.END),
        ("Keine Termine mehr versäumen!", Kind.CHROME),
        ("Er wollte nichts mehr verpassen, sagte er, und kaufte ein Abo.", Kind.BODY),
        ("Lue myös:", Kind.BOX),
        ("Lue aiheesta lisää:", Kind.BOX),
        ("Osallistu keskusteluun", Kind.END),
        ("Kuva: Anna Virtanen", Kind.CAPTION),
        ("Tilaa uutiskirjeemme!", Kind.BOX),
    ],
)  # fmt: skip
def test_chrome_words_of_many_languages(line, kind):
    assert describe(line).kind is kind


def test_chrome_data_is_keyed_by_language():
    from tts_pipeline.extract.patterns import language_data, languages

    codes = set(languages())
    top_ten = {"en", "zh", "es", "ar", "hi", "pt", "ru", "ja", "de", "fr"}
    assert top_ten | {"it", "ko", "id", "uk", "pl"} <= codes
    for code in codes:
        data = language_data(code)
        assert data["chrome"] and data["box_markers"] and data["end_markers"], code
        assert data["stop_words"], code


def test_only_the_page_languages_are_used():
    from tts_pipeline.extract.language import guess_languages
    from tts_pipeline.extract.patterns import chrome_languages

    page = "Die Stadt hat am Montag beschlossen, dass die Brücke im Sommer gebaut wird."
    assert guess_languages(page) == ("de", "en")
    assert guess_languages("Новый мост через реку откроют летом") == ("en", "ru", "uk")
    finnish = "Kaupunki päätti, että uusi silta rakennetaan kesällä, mutta työ alkaa syksyllä."
    assert guess_languages(finnish) == ("en", "fi")
    with chrome_languages(["pt", "en"]):
        assert describe("Leia também: novas regras").kind is Kind.BOX
        assert describe("Lesen Sie auch: neue Regeln").kind is not Kind.BOX


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Rovers\t5\t13", "Rovers, 5, 13"),
        ("Total:\t5", "Total: 5"),
        ("\tIndented line", "Indented line"),
        ("Heizöl, schwer\t0,78 Mio. t\t\t43,4 %", "Heizöl, schwer, 0,78 Mio. t, 43,4 %"),
    ],
)
def test_the_cells_of_a_table_row_are_joined_by_commas(raw, text):
    """A browser copies a table row with a tab between cells; a voice should pause there."""
    assert describe(raw).text == text


@pytest.mark.parametrize(
    ("expression", "plain"),
    [
        (
            r"(sign up|subscribe) (to|for) (our )?newsletter",
            r"(?:sign up|subscribe) (?:to|for) (?:our )?newsletter",
        ),
        (r"\(ad\)|[(]sponsored[)]|[^)(]+ \(paid\)", r"\(ad\)|[(]sponsored[)]|[^)(]+ \(paid\)"),
        (r"[]( ]x(y)", r"[]( ]x(?:y)"),
        (r"(?P<name>\w+) (?=says)(?i:(wrote))", r"(?P<name>\w+) (?=says)(?i:(?:wrote))"),
        (r"\\(a)", r"\\(?:a)"),
        (r"(\w+) and \1", r"(\w+) and \1"),  # a backreference: left as it is
    ],
)
def test_chrome_groups_do_not_capture(expression, plain):
    from tts_pipeline.extract.patterns import without_captures

    assert without_captures(expression) == plain


def test_the_compiled_chrome_captures_nothing():
    """Nothing reads the groups of the chrome alternations; capturing them made matching a
    line several times slower."""
    from tts_pipeline.extract.patterns import patterns

    p = patterns()
    for compiled in (p.chrome, p.end_markers, p.box_markers, p.captions, p.prompts):
        assert compiled.groups == 0
    assert p.prompts.search("sign up for our daily newsletter today")


def test_the_spanish_call_to_take_part_ends_a_story_but_words_that_start_alike_do_not():
    from tts_pipeline.extract.patterns import chrome_languages

    with chrome_languages(["es", "en"]):
        assert describe("Participa").kind is Kind.END
        assert describe("Participa en la conversación").kind is Kind.END
        assert describe("Participants").kind is not Kind.END
        assert describe("Participación ciudadana").kind is not Kind.END


def test_book_details_update_marks_and_post_signatures_are_language_data():
    from tts_pipeline.extract.linemarkers import is_update_mark
    from tts_pipeline.extract.patterns import chrome_languages, patterns
    from tts_pipeline.extract.posts import signs_a_post

    with chrome_languages(["de", "en"]):
        assert patterns().book_details.search("320 seiten, 24 euro")
        assert patterns().book_details.search("isbn 978-3-16-148410-0")
        assert is_update_mark(describe("4:14 p.m."))
        assert is_update_mark(describe("___"))
        assert not is_update_mark(describe("4:14 Uhr"))
        assert signs_a_post(describe("— Jane Doe (@jane) May 5, 2020"))
        assert signs_a_post(describe("12:04 PM · May 19, 2024"))
        assert not signs_a_post(describe("May 19, 2024"))
    with chrome_languages(["fr"]):
        assert not patterns().book_details.search("320 seiten")
        assert patterns().book_details.search("320 pages")
        assert not is_update_mark(describe("4:14 p.m."))
        assert is_update_mark(describe("___"))


@pytest.mark.parametrize(
    ("main", "text", "iso"),
    [
        ("en", "04/05/2020", "2020-04-05"),
        (None, "04/05/2020", "2020-04-05"),
        ("fr", "04/05/2020", "2020-05-04"),
        ("de", "Aktualisiert am 04/05/2020", "2020-05-04"),
        ("fr", "12/25/2020", "2020-12-25"),  # 25 is no month: month first after all
    ],
)
def test_a_slashed_date_is_read_day_first_on_a_page_mostly_not_in_english(main, text, iso):
    from tts_pipeline.extract.patterns import chrome_languages

    with chrome_languages(["en", "fr", "de"], main):
        found = find_date(text)
    assert found is not None and found.iso == iso


_LAKERS = (
    "Lakers beat the Clippers\n\nUpdated 04/05/2020\n\n"
    + "The Los Angeles Lakers won the game of the night against the Los Angeles Clippers, "
    "and the fans of Los Angeles cheered for the team that had lost the last three games.\n\n" * 3
)


def test_a_french_dump_gives_its_slashed_date_day_first():
    from pathlib import Path

    from tts_pipeline.extract import extract_article
    from tts_pipeline.models import Document

    page = (Path(__file__).parent / "pages" / "french-news.txt").read_text(encoding="utf-8")
    page = page.replace("Publié le 18 mars 2024 à 10h15", "Publié le 04/05/2024")
    assert extract_article(Document(text=page, name="fr")).published == "2024-05-04"


def test_a_few_spanish_names_do_not_make_an_english_page_write_dates_day_first():
    from tts_pipeline.extract import extract_article
    from tts_pipeline.models import Document

    assert extract_article(Document(text=_LAKERS, name="en")).published == "2020-04-05"


def test_an_html_page_in_french_gives_its_slashed_meta_date_day_first():
    from tts_pipeline.extract import extract_article
    from tts_pipeline.models import Document

    story = "<p>La ville ouvre une nouvelle piscine couverte dans l'ancienne usine du port, "
    story += "et les habitants du quartier sont très contents de ce projet attendu.</p>"
    page = (
        '<html lang="fr"><head><title>Une piscine au port</title>'
        '<meta name="date" content="04/05/2024"></head><body><article>'
        f"<h1>Une piscine au port</h1>{story * 4}</article></body></html>"
    )
    assert extract_article(Document(text=page, name="p")).published == "2024-05-04"


def test_pull_quote_lifted_from_a_paragraph_is_chrome():
    from tts_pipeline.extract.context import in_context

    paragraph = (
        "Rivers ran everywhere on the ice that week. We could hear the water all night. "
        "In the morning the camp was an island."
    )
    quote = '"We could hear the water all night."'
    lines = in_context([describe(t) for t in [paragraph, "", quote]])
    assert [line.kind for line in lines] == [Kind.BODY, Kind.BLANK, Kind.CHROME]


def test_a_comment_quoting_a_quoted_paragraph_leaves_the_paragraph_in_the_story():
    """A story's paragraph that is wholly a quote, quoted again in a longer comment under
    the story's end ("12 Comments"), is the story's: a pull quote is looked for only
    between the same end markers as the paragraph it was lifted from."""
    from tts_pipeline.extract.context import in_context

    quote = '"A town without a library is a town that has given up on its children."'
    after = (
        "Those words, from a pupil who spoke at the meeting, drew the loudest applause of "
        "the night."
    )
    comment = (
        'Well done to the council. As the girl said, "A town without a library is a town '
        'that has given up on its children." I could not agree more.'
    )
    raw = [quote, "", after, "", "12 Comments", "", comment]
    lines = in_context([describe(t) for t in raw])
    assert [line.kind for line in lines][:5] == [
        Kind.BODY, Kind.BLANK, Kind.BODY, Kind.BLANK, Kind.END
    ]  # fmt: skip


def test_a_lone_kicker_teaser_is_chrome_but_a_run_of_kicker_led_items_is_a_list():
    """A tabloid's teaser of another story on a line of its own between paragraphs
    ("SEA RESCUE Boy, 9, saved ...") is chrome; kicker-led lines one under another are a
    list of the story (a roundup's picks: "BEST FOR FAMILIES <a park>, from <a price>")."""
    from tts_pipeline.extract.context import in_context

    para = "Coastguard teams and two lifeboats searched through the night for the missing pair."
    teaser = "SEA RESCUE Boy, 9, saved by paddleboarder after drifting out on lilo"
    picks = [
        "BEST FOR FAMILIES Oakwood Forest Lodges, from £399 for four nights",
        "BEST BUDGET PICK Sandy Bay Holiday Park, from £99 for three nights",
    ]
    lines = in_context([describe(t) for t in [para, "", teaser, "", para + " Again."]])
    assert lines[2].kind is Kind.CHROME
    lines = in_context([describe(t) for t in [para, "", *picks, "", para + " Again."]])
    assert [line.kind for line in lines[2:4]] == [Kind.SHORT, Kind.SHORT]
