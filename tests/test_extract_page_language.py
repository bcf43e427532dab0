"""The languages a page is read in (extract/language.py): its story's, not its theme's, menus'
or tables'; invented pages."""

from __future__ import annotations

from tts_pipeline.extract.language import guess_languages, main_language

GERMAN_BLOG_ENGLISH_THEME = """Home
About
Contact
Search for:
Recent Posts
Archives
Categories
Meta
Log in
Entries feed
Comments feed
WordPress.org

Ein Sonntag am See

12. Mai 2019 · Filed under Allgemein

Am Sonntag sind wir früh aufgestanden und mit den Rädern an den See gefahren.
Das Wasser war noch kalt, aber die Kinder wollten trotzdem schwimmen.
Mittags gab es Brezeln am Kiosk, danach haben wir im Schatten gelesen.
Auf dem Heimweg hat uns ein Gewitter erwischt, nass waren wir sowieso schon.

Leave a Reply
Your email address will not be published. Required fields are marked *
Comment
Name *
Email *
Website
Save my name, email, and website in this browser for the next time I comment.
This entry was posted in Allgemein and tagged See, Sommer. Bookmark the permalink.
Proudly powered by WordPress | Theme: Twenty Twelve by the WordPress team.
"""


def test_a_german_blog_in_an_english_theme_is_read_in_german():
    assert main_language(GERMAN_BLOG_ENGLISH_THEME) == "de"
    assert "de" in guess_languages(GERMAN_BLOG_ENGLISH_THEME)


_MARKS = "\to" * 6
RESULTS_TABLE = (
    "Kreismeisterschaften im Hochsprung\n\n"
    "Bei schönem Wetter haben am Samstag mehr als achtzig Jugendliche aus dem Kreis "
    "an den Meisterschaften teilgenommen.\n\n"
    + "\n".join(f"{n}.\tJ. Mustermann{_MARKS}\txxx\tW {n}" for n in range(1, 30))
    + "\n\nDie Ergebnisse der Mädchen folgen in der nächsten Woche.\n"
)


def test_one_letter_marks_of_a_table_tell_no_language():
    # a high jump's 'o' and 'x' and the age class 'W' are no Portuguese 'o', no Polish 'w'
    assert main_language(RESULTS_TABLE) == "de"
    assert guess_languages(RESULTS_TABLE) == ("de", "en")


PORTUGUESE_WITH_COOKIE_BANNER = """We value your privacy. We and our partners store and access \
information on your device, such as cookies, and process personal data, such as unique \
identifiers and the standard information sent by a device, for personalised ads and content, \
ad and content measurement, and audience insights, as well as to develop and improve products. \
With your permission we and our partners may use precise geolocation data and identification \
through device scanning. You may click to consent to our and our partners' processing as \
described above. Alternatively you may access more detailed information and change your \
preferences before consenting or to refuse consenting. Please note that some processing of \
your personal data may not require your consent, but you have a right to object to such \
processing. Your preferences will apply to this website only and you can change them at any \
time by returning to the site or visiting our privacy policy.
I accept
Show purposes

Início
Notícias
Esportes

Feira de orgânicos volta ao centro de Curitiba

Os produtores rurais da região voltam a ocupar a praça aos sábados, com barracas de frutas, \
verduras e pães caseiros.
A prefeitura informou que a feira terá mais espaço para os visitantes e uma área para as \
crianças, além de apresentações de música ao vivo.
Segundo os organizadores, a expectativa é receber cerca de três mil pessoas por dia.
"""


def test_a_long_english_cookie_banner_leaves_a_portuguese_story_portuguese():
    assert main_language(PORTUGUESE_WITH_COOKIE_BANNER) == "pt"
    assert "pt" in guess_languages(PORTUGUESE_WITH_COOKIE_BANNER)


def test_chinese_is_told_from_japanese_by_its_kana():
    chinese = "新的跨江大桥将于明年夏天通车，市民往返两岸的时间将缩短一半。"
    japanese = "新しい橋は来年の夏に開通する予定で、市民の通勤時間は半分になるという。"
    assert main_language(chinese) == "zh"
    assert main_language(japanese) == "ja"


def test_ukrainian_is_told_from_russian_by_its_letters():
    assert (
        main_language("Новий міст через річку відкриють влітку, повідомили в міській раді.") == "uk"
    )
    assert main_language("Новый мост через реку откроют летом, сообщили в городской думе.") == "ru"


def test_a_few_letters_of_another_script_leave_an_english_story_english():
    text = (
        "The festival opened on Friday with a concert in the old harbour, and the organisers "
        "said that more than ten thousand visitors were expected over the weekend.\n"
        "Its motto, printed on every poster, is Greek: Φῶς καὶ θάλασσα.\n"
    )
    assert main_language(text) == "en"


def test_an_html_page_declares_a_language_its_words_share_with_a_neighbour():
    from tts_pipeline.extract.html import read_html

    # Norwegian shares its commonest words with Danish; the page's lang tells them apart
    html = """<!DOCTYPE html><html lang="nb-NO"><head><meta charset="utf-8">
<title>Ny skole åpner i august</title></head><body><article><h1>Ny skole åpner i august</h1>
<p>Kommunen har bestemt at den nye skolen skal åpne til høsten, og elevene er glade for det.</p>
<p>Det er mange år siden byen fikk en ny skole, og rektor sier at alle er klare til å starte.</p>
<p>Foreldrene har fått et brev med informasjon om skoleveien og om den nye kantinen.</p>
</article></body></html>"""
    assert "nb" in read_html(html)[2]


def test_an_html_page_declared_english_over_a_german_story_stays_german():
    from tts_pipeline.extract.html import read_html

    html = """<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>Neue Brücke</title></head><body><article><h1>Neue Brücke über den Neckar</h1>
<p>Die neue Brücke über den Neckar soll im Sommer fertig sein, sagt die Stadt.</p>
<p>Für die Anwohner ist das eine gute Nachricht, denn der Umweg über die Altstadt ist lang.</p>
</article></body></html>"""
    assert "de" in read_html(html)[2]


def test_one_long_line_of_tags_is_no_story_of_short_lines():
    # a German photo blog's tag cloud, read once its German box words ('Schlagworte') are
    # known, is no list of results or deals
    from tts_pipeline.extract.context import in_context
    from tts_pipeline.extract.lines import describe
    from tts_pipeline.extract.shortstories import list_story

    cloud = (
        "Alpen Bahnhof Bergsee Chiemsee Donau Fotowalk Herbst Isar Kamera Leica Nebel Nikon "
        "Olympus Pentax Rollfilm Schwarzweiß Sonnenaufgang Stadtpark Winter Zugspitze Brücken "
        "Dämmerung Fluss Grafing Hafen Inntal Jura Kirchen Landshut Moor Nordsee Ostsee Passau "
        "Regen Rhön Sylt Tegernsee Ulm Venedig Wald Würzburg"
    )
    lines = in_context([describe(raw) for raw in ["Schlagworte", "", cloud, "", "Impressum"]])
    assert list_story(lines) is None
