"""End markers and chrome of round 27 found on the probe pages of tests/pages/probe_unseen27m/
that are no news story: the heading of a shop's customer reviews under a product's text, of
a recipe's comments with their count, a recipe blog's link down to its recipe card and the
card's rating with the count of votes in brackets, and the inquiry and feedback boxes under
a Japanese city's page. Each line shape is tested on an invented line, with an invented
story sentence using the same words that must stay body text."""

from __future__ import annotations

from tests.story_cases import line_kind_tests
from tts_pipeline.extract.linefeatures import Kind

# the heading of a shop's reviews without a count: a box, not the end (a consumer story
# may have it as a subheading and goes on below it: test_extract_review27)
BOX_LINES = [
    ("de", "Kundenbewertungen"),
    ("de", "Kundenrezensionen"),
    ("es", "Opiniones de clientes"),
    ("es", "Valoraciones de nuestros clientes"),
    ("fr", "Avis clients"),
    ("it", "Recensioni dei clienti"),
    ("nl", "Klantbeoordelingen"),
    ("pl", "Opinie klientów"),
    ("cs", "Hodnocení zákazníků"),
    ("vi", "Đánh giá của khách hàng"),
    ("vi", "Khách hàng nhận xét"),
]

END_LINES = [
    # the heading of a shop's reviews under the product's text
    ("de", "Kundenbewertungen (12)"),
    ("fr", "Avis de nos clients (8)"),
    ("pl", "Opinie klientów (31)"),
    # the heading of readers' comments with their count
    ("zh", "网友评论（23）"),
    ("zh", "网友评论 (5)"),
    # a Japanese city's inquiry box and feedback form under every page
    ("ja", "このページに関するお問い合わせ"),
    ("ja", "このページの情報は役に立ちましたか？"),
]

CHROME_LINES = [
    # a recipe blog's link down to its recipe card, glued to the card's print link
    ("de", "Direkt zum Rezept"),
    ("de", "Direkt zum Rezept Rezept drucken"),
    ("de", "Zum Rezept springen"),
    # a recipe card's or a product's rating with the count of votes in brackets
    ("de", "★★★★★ 4,9 von 5 (31 Bewertungen)"),
    ("de", "4,5 von 5 Sternen (212 Bewertungen)"),
    ("de", "4,2 von 5 (8 Stimmen)"),
]

STORY_LINES = [
    "Direkt zum Rezept der Großmutter führte die Spur, die das Museum schließlich fand.",
    "Die Wirte gaben dem Festzelt 4,9 von 5 Punkten, wie die Umfrage unter 31 Betrieben zeigte.",
    "Die Kundenbewertungen im Internet sind nach Ansicht der Verbraucherzentrale oft gekauft.",
    "Las opiniones de clientes insatisfechos llegaron a la oficina del consumidor en marzo.",
    "Les avis clients publiés sur le site ont été vérifiés par une association de consommateurs.",
    "网友评论说，这座桥修好以后，孩子们上学的路近了很多。",
    "市は、このページに関するお問い合わせが増えたため、窓口の受付時間を延ばした。",
    "Đánh giá của khách hàng về dịch vụ xe buýt mới đã được thành phố công bố hôm qua.",
]

test_line_is_of_its_kind, test_story_sentence_with_the_same_words = line_kind_tests(
    [
        *((Kind.END, lang, line) for lang, line in END_LINES),
        *((Kind.BOX, lang, line) for lang, line in BOX_LINES),
        *((Kind.CHROME, lang, line) for lang, line in CHROME_LINES),
    ],
    STORY_LINES,
)
