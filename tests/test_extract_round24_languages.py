"""Chrome and box words of round 24 found on the German and other-language probe pages
(tests/pages/probe_unseen24m/): each line shape tested on an invented line, with an
invented story sentence using the same words that must stay body text."""

from __future__ import annotations

from tests.story_cases import line_kind_tests
from tts_pipeline.extract.language import guess_languages
from tts_pipeline.extract.linefeatures import Kind

CHROME_LINES = [
    # an inline "related article" label in full-width brackets and its teaser's headline
    ("ja", "【関連記事】駅舎の改修工事が完了　地元産の木材を使用"),
    ("zh", "【相关阅读】地铁新线路年底开通"),
    # a row of share buttons, each of a verb and its channel
    ("de", "Auf Facebook teilen Per E-Mail senden Drucken"),
    ("de", "Auf Facebook teilen Auf Twitter teilen"),
    # a blog's share label and its post navigation
    ("nb", "Del innlegget: Facebook Twitter E-post"),
    (
        "nb",
        "← Forrige innlegg: Beste mobil for under 4000 kroner Neste innlegg: Smarte termostater →",
    ),
    ("da", "Forrige indlæg: Sådan planter du tulipaner"),
    # "follow <site> on Google News too"
    ("ro", "Urmărește Jurnalul Zilei și pe Google News"),
    # a paywall's question to subscribers, a subscription pitch
    ("de", "Sie haben bereits ein Abo? Hier anmelden."),
    (
        "pt",
        "O jornalismo de qualidade tem um custo. "
        "Assine o Diário da Manhã e tenha acesso ilimitado.",
    ),
    # a shop's button
    ("de", "In den Warenkorb"),
    # a link to a file with its type and size, in any language
    ("de", "Zehn-Punkte-Plan (PDF, 420 KB)"),
    ("de", "Pressefoto Dr. Ulrike Hansen (JPG, 2,1 MB)"),
    ("en", "Annual report 2019 (PDF, 1.2 MB)"),
]

BOX_LINES = [
    ("de", "Artikel zum Thema"),
    # a dump glues the label to the teaser's headline when the markup has no space
    ("cs", "Čtěte takéAquapark v sousedním městě zdražuje vstupné"),
]

CAPTION_LINES = [
    # a Chinese caption: "the picture shows ..."
    ("zh", "图为市民佩戴头盔骑行。"),
]

STORY_LINES = [
    "編集部は記事の末尾に【関連記事】の欄を設けることを決めたと発表した。",
    "图为本报记者在现场拍摄。当天下午，数百名市民来到广场参加活动，现场秩序井然。",
    "Wer seine Fotos auf Facebook teilen will, muss seit Montag einer neuen Regel zustimmen.",
    "Viele Leser fragen, ob sie bereits ein Abo haben, wenn sie die App der Zeitung nutzen.",
    "Den vollständigen Bericht gibt es als Datei auf der Seite des Verbands (PDF, 420 KB).",
    "Kunden legen die Ware in den Warenkorb und zahlen erst, wenn das Paket angekommen ist.",
    "Der Artikel zum Thema Mieten erschien bereits im Mai in der gedruckten Ausgabe.",
    "Forrige innlegg på forumet ble slettet av moderatorene etter klager fra flere brukere.",
    "Sindicatul cere ca fiecare angajat să poată urmări ședința și pe internet, nu doar în sală.",
    "O sindicato pede que cada trabalhador assine o acordo antes de ter acesso ao novo regime.",
]

LINES_OF_KIND = [
    *((Kind.CHROME, lang, line) for lang, line in CHROME_LINES),
    *((Kind.BOX, lang, line) for lang, line in BOX_LINES),
    *((Kind.CAPTION, lang, line) for lang, line in CAPTION_LINES),
]


test_line_is_of_its_kind, test_story_sentence_with_the_same_words = line_kind_tests(
    LINES_OF_KIND, STORY_LINES
)


def test_bokmal_page_gets_norwegian_chrome_words():
    """A page in Norwegian Bokmål, whose most common words (og, er, til, kan) are Danish
    too, gets the Norwegian chrome words beside the Danish ones: words Danish spells
    otherwise (seg/sig, enn/end, slik/sådan) tell it."""
    bokmal = (
        "Med noen enkle grep kan du likevel holde kostnadene nede, og det er slik jeg har "
        "gjort det hele vinteren. Bilen varmer seg opp mens den står i laderen, og det gir "
        "mer rekkevidde enn du tror. "
    )
    danish = (
        "Med nogle enkle greb kan du alligevel holde udgifterne nede, og det er sådan jeg har "
        "gjort det hele vinteren. Bilen varmer sig op mens den står i laderen, og det giver "
        "mere rækkevidde end du tror. "
    )
    assert "nb" in guess_languages(bokmal * 3)
    assert "nb" not in guess_languages(danish * 3)
