"""Probe pages of round 9 (tests/pages/probe_news9/): invented news pages of kinds the other
probe sets lack, each with the dump Chromium gives for "select all, copy" of it
(<name>.dump.txt, rendered with JavaScript and CSS off, as the benchmark's dumps are). In
English: a 2019 WordPress theme with sidebar widgets and a comment form, a local paper on a
BLOX-like CMS with e-edition and "Load comments" promos, a review with a spec table and
pros and cons, a listicle of ten numbered subheadings, a league page that is mostly a
standings table, a deals roundup, a two-paragraph brief under a long "More news" block, a
column with an author bio, a newswire press release (its "About" section is part of it,
its media contact is not), a longread with a drop cap and pull quotes, a charity's
announcement and a doctor's Q&A. In other languages: a Portuguese listicle, an Italian
league table, a short Russian story above a long block of other stories, a Korean story
with a comment thread, an Indonesian page whose HTML shows only the lead while its JSON-LD
holds the whole story, a Spanish deals roundup, a French story cut by "Lire aussi" links
above comments, and a German story under a consent box. Each page must reach its F1 as
HTML and as its Chromium dump, keep its story's phrases and drop the chrome.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.story_cases import probe_set_tests
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "probe_news9"

# name: (HTML floor, Chromium dump floor), a little under what the cleaner reaches.
FLOORS = {
    "blox-local": (0.98, 0.98),
    "brief-morenews": (0.98, 0.98),
    "column-bio": (0.98, 0.98),
    "de-consent-interest": (0.94, 0.94),
    "deals-weekend": (0.98, 0.98),
    "es-ofertas": (0.98, 0.98),
    "fr-lireaussi-comments": (0.94, 0.94),
    "health-qa": (0.98, 0.98),
    "id-jsonld-teaser": (0.98, 0.19),
    "it-classifica": (0.98, 0.98),
    "ko-comments": (0.98, 0.98),
    "listicle-ten": (0.98, 0.98),
    "longread-dropcap": (0.96, 0.96),
    "newswire-pr": (0.98, 0.98),
    "ngo-announce": (0.98, 0.98),
    "pt-listicle": (0.98, 0.98),
    "ru-morestories": (0.98, 0.98),
    "standings": (0.98, 0.98),
    "tech-review": (0.98, 0.98),
    "wp-sidebar": (0.98, 0.98),
}

CHROME = ["Accept all", "Privacy Policy", "All rights reserved", "Subscribe"]

# "<kind>_keeps": chrome a reading still keeps; "<kind>_misses": story it still loses
# (known defects); kind is "html" or "text" (the Chromium dump).
CASES = {
    "blox-local": {"must": ["HARLAN SPRINGS — The Harlan", "public forum on the new bus"],
                   "must_not": ["Load comments", "e-Edition", "Support local journalism",
                                "Parents split on later start", "Education reporter"]},
    "brief-morenews": {"must": ["A section of the coastal footpath", "at least two weeks."],
                       "must_not": ["Harbour master retires", "Tom Rowe, who has run",
                                    "Load more stories", "Share this article"]},
    "column-bio": {"must": ["Every spring the same argument", "worth knowing."],
                   "must_not": ["About the author", "former head teacher", "Related columns",
                                "views expressed in this column", "Have your say"]},
    "de-consent-interest": {"must": ["Dimmen in der Nacht", "im April beginnen."],
                            "must_not": ["Wir brauchen Ihre Zustimmung", "Alle akzeptieren",
                                         "Das könnte Sie auch interessieren", "Neue Radwege",
                                         "Fehler entdeckt",
                                         "Impressum"]},
    "deals-weekend": {"must": ["Robot vacuum, $149 (was $279)", "the controls are simple."],
                      "must_not": ["Buy now at Marketly", "Never miss a deal",
                                   "More from The Shopping Desk"]},
    "es-ofertas": {"must": ["Freidora de aire de 4 litros", "en el lavavajillas."],
                   "must_not": ["Ver oferta en Tiendalia", "Suscríbete gratis",
                                "Te puede interesar", "Aceptar y cerrar"]},
    "fr-lireaussi-comments": {"must": ["La piscine municipale", "il va falloir rattraper"],
                              "must_not": ["Lire aussi", "À lire également",
                                           "Enfin ! Les horaires", "Signaler un abus",
                                           "Les plus lus", "Accepter & Fermer"]},
    "health-qa": {"must": ["Q: I am 58 and have started waking", "worth ruling that out."],
                  "must_not": ["More from Ask the Doctor", "sleepless_in_leeds",
                               "Show more comments", "Ask Dr Fairley"]},
    "id-jsonld-teaser": {"must": ["Pemerintah kota Bandar Lestari"],
                         "must_not": ["Berita Terkait", "Terpopuler", "Hak cipta"]},
    "it-classifica": {"must": ["Il Castelvecchio vince lo scontro diretto", "Pontesecco",
                               "riceverà lo Sporting Maremonte."],
                      "must_not": ["Articoli correlati", "Pubblicità", "Accetta",
                                   "Coppa Italia dilettanti"]},
    "ko-comments": {"must": ["서울시가 다음 달부터", "순찰 인력을 늘리겠다"],
                    "must_not": ["드디어! 퇴근하고", "댓글 더보기", "많이 본 뉴스",
                                 "무단 전재 및 재배포 금지",
                                 "한빛일보 자료사진", "글씨 크게"]},
    "listicle-ten": {"must": ["10. Plan your route before you go", "on a Saturday morning."],
                     "must_not": ["Get the best motoring advice", "Sign me up", "More advice",
                                  "Photo: Getty", "Is it worth switching to winter tyres?"]},
    "longread-dropcap": {"must": ["The first thing you notice about the lighthouse",
                                  "\"I was there.\""],
                         "must_not": ["Read next", "Photograph: Ewan McCrae",
                                      "The boatbuilders of Inish Beg"]},
    "newswire-pr": {"must": ["DENVER, Feb. 11, 2020 /NewsLink/ --", "employs 420 people."],
                    "must_not": ["Media Contact", "Other releases from this source",
                                 "Journalists and Bloggers", "SOURCE Alpenrock"]},
    "ngo-announce": {"must": ["The Riverlands Water Trust has today opened",
                              "Projects that can be finished within 18 months", "How to apply",
                              "held at the Trust's visitor centre on 18 March."],
                     "must_not": ["Cookies on this site", "Support our work", "Latest news",
                                  "Otters return", "registered charity"]},
    "pt-listicle": {"must": ["7. Compare o selo de eficiência", "custem um pouco mais."],
                    "must_not": ["Leia também", "Mais lidas", "Cadastre seu e-mail",
                                 "Todos os direitos reservados", "Foto: Divulgação"]},
    "ru-morestories": {"must": ["В Заречном районе с понедельника", "трещины в опорах."],
                       "must_not": ["Другие новости", "В городе открылся новый каток",
                                    "Нашли ошибку?", "Все права защищены"]},
    "standings": {"must": ["Ashby Town moved three points clear", "Westover Athletic",
                           "decisive game of the run-in."],
                  "must_not": ["Top scorers", "Have your say", "Latest scores",
                               "Next fixtures"]},
    "tech-review": {"must": ["Budget earbuds usually ask you", "Water resistance",
                             "Secure fit that stays put on runs",
                             "these are them."],
                    "must_not": ["Today's best Corvid Pods Lite deals", "You might also like",
                                 "affiliate commission", "audio editor"]},
    "wp-sidebar": {"must": ["Residents of the Lower Fenwick", "Station Road in the meantime."],
                   "must_not": ["Recent Posts", "Archives", "Leave a Reply", "About time too",
                                "Proudly powered by WordPress", "Post navigation",
                                "Quarry Lane residents start petition"]},
}  # fmt: skip


test_html_page, test_chromium_dump = probe_set_tests(PAGES, FLOORS, CASES, CHROME)


WALL = [
    "The crumbling east wall of the harbour will be rebuilt before the winter storms, the "
    "harbour board said on Monday.",
    "Engineers found last spring that waves had washed out the rubble behind the wall's face, "
    "and a stretch of about forty metres has been fenced off since.",
    "The work will cost about two million pounds, most of it from a coastal defence grant, and "
    "boats will be moved to the west quay while it is done.",
    "Fishermen say they are relieved but worried about the weeks of lost mooring space in the "
    "busiest part of the autumn season.",
    "The board said it would look for space at the marina across the bay for the larger boats, "
    "and that mooring fees would be waived for the weeks of the work.",
    "The old wall was built in the eighteen-sixties and was last repaired after the great storm "
    "of nineteen fifty-three, when much of the town's seafront was flooded.",
]
LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "author": {"name": "Jo Penrose"},
    "headline": "Harbour wall to be rebuilt before winter",
    "articleBody": "\n\n".join(WALL),
}
TEASER = f"""<html><head><title>Harbour wall to be rebuilt before winter</title>
<script type="application/ld+json">{json.dumps(LD)}</script></head><body>
<header><a href="/">Coast Daily</a><nav><a>News</a> <a>Sport</a></nav></header>
<article><h1>Harbour wall to be rebuilt before winter</h1>
<p class="author">Jo Penrose</p><p class="date">Monday, 7 September 2026 | 08:00</p>
<p>{WALL[0]}</p>
<div class="paywall"><h3>Read on with a subscription</h3>
<p>Enjoy unlimited reading of every premium story on Coast Daily from a pound a week.</p>
<p>Only one pound a week for the first three months</p>
<p>Subscribe now</p></div></article>
<footer><p>Privacy Policy</p></footer></body></html>"""  # fmt: skip


def test_teaser_beside_a_byline_and_a_prompt_is_read_from_json_ld(tmp_path):
    """A page that shows only the first paragraph of its JSON-LD ``articleBody`` is read
    from that body, though a byline, a date and a subscription prompt are kept beside the
    teaser: only the sentences found on the page are weighed against the body."""
    page = tmp_path / "wall.html"
    page.write_text(TEASER, "utf-8")
    text = "\n".join(extract_article(read_source(str(page))).paragraphs)
    assert "busiest part of the autumn season." in text
    assert "Subscribe now" not in text


def _deals(disclosure: str, items: list[str]) -> str:
    head = ["Deal Desk", "Deals Home Tech", "Best lamps on sale this week", "By Jane Roe"]
    return "\n\n".join([*head, disclosure, *items, "More deals", "Cheap kettles"])


AFFILIATE = {
    "en": _deals(
        "Deal Desk is independent of our newsroom. We may get a commission if you buy "
        "something through our links.",
        [
            "Desk lamps are cheaper this week than at any time this year, and three of them "
            "are lamps our testers have liked for a long time.",
            "The folding lamp with a clamp is down to twenty dollars, which is the lowest price "
            "we have seen since it went on sale two years ago.",
        ],
    ),
    "es": _deals(
        "Este artículo contiene enlaces de afiliados: si compras a través de ellos, recibimos "
        "una pequeña comisión sin que pagues más.",
        [
            "Las lámparas de escritorio están más baratas esta semana que en todo el año, y tres "
            "de ellas son modelos que nuestros probadores recomiendan desde hace tiempo.",
            "La lámpara plegable con pinza baja a veinte euros, el precio más bajo que hemos "
            "visto desde que salió a la venta hace dos años.",
        ],
    ),
}


@pytest.mark.parametrize("language", AFFILIATE)
def test_affiliate_disclosure_above_a_deals_story_is_left_out(language, tmp_path):
    """A shopping page's note that the site gets a commission on what readers buy through
    its links ("We may get a commission", "recibimos una pequeña comisión") is a notice of
    the page, not a paragraph of its story."""
    dump = tmp_path / f"deals-{language}.txt"
    dump.write_text(AFFILIATE[language], "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "commission" not in text and "comisión" not in text
    assert "twenty" in text or "veinte" in text


RELEASE = "\n\n".join([
    "Wire Room", "News Send a release Log in", "News provided by", "Harbourside Ferries Ltd",
    "Mar 3, 2026, 09:00 ET", "Harbourside Ferries to run electric boats from May",
    "PORTHALL, March 3, 2026 -- Harbourside Ferries Ltd today said it will run two electric "
    "boats on its river route from May, the first of a fleet of six to be in service by 2028.",
    "The boats charge at each end of the route in the ten minutes they wait for passengers, "
    "and the company expects them to cut its fuel bill on the route by two thirds.",
    "\"Our passengers asked for quieter, cleaner boats and we listened,\" said Amy Wren, the "
    "company's managing director, at the launch of the first boat on Monday.",
    "About Harbourside Ferries Ltd",
    "Founded in 1952, Harbourside Ferries Ltd runs passenger boats on three river routes and "
    "carries about two million people a year.",
    "Media contact:", "Tom Hale", "press@ferries.example",
    "Other releases from this source", "Harbourside Ferries names new chair Jan 5, 2026",
])  # fmt: skip


def test_about_section_of_the_releasing_company_stays(tmp_path):
    """A press release names its company in its first line; the "About <company>" section
    under it is part of the release (the benchmark counts it), not an author's bio, though
    the company is the name under "News provided by"."""
    dump = tmp_path / "release.txt"
    dump.write_text(RELEASE, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert text.endswith("carries about two million people a year.")
    assert "Media contact" not in text


GLUED = "\n".join([
    "Valley Times", "News Sport Weather", "", "Town pool to reopen in May", "", "By Jane Roe", "",
    "The town's outdoor pool will reopen in May after a winter of repairs to its cracked "
    "tiles and its old boiler, the council said on Tuesday.", "",
    "The repairs cost more than expected because the boiler had to be replaced rather than "
    "mended, and the work took three weeks longer than planned.", "",
    "Advertisement",
    "Longer opening hours",
    "The pool will open at seven in the morning on weekdays this summer, an hour earlier than "
    "last year, so that people can swim before work.", "",
    "Read more: Library to open on Sundays", "",
    "Cheaper tickets for families",
    "A family ticket for two adults and two children will cost twelve pounds, two pounds less "
    "than last year, and children under five will swim free.", "",
    "Share this article", "", "More news", "Bridge repairs start in June",
])  # fmt: skip


def test_subheading_set_on_its_paragraph_under_an_ad_label_or_a_link_stays(tmp_path):
    """A dump sets a subheading on its paragraph with no blank line between them; such a
    line opening its block (or set under an ad's label) is a subheading of the story, though
    a link to another story or an ad stands above it."""
    dump = tmp_path / "pool.txt"
    dump.write_text(GLUED, "utf-8")
    paragraphs = extract_article(read_source(str(dump))).paragraphs
    assert "Longer opening hours" in paragraphs
    assert "Cheaper tickets for families" in paragraphs
    assert "Advertisement" not in paragraphs


ADVICE = "\n".join([
    "Home Helper", "Advice Money Garden", "", "Why does my kettle fur up?", "",
    "By Jane Roe", "",
    "Q: My kettle gets a white crust inside within a week of cleaning it. Is it harmful, and "
    "how can I stop it coming back so quickly?", "",
    "A: The crust is limescale, the minerals left behind when hard water boils. It is not "
    "harmful, but it makes the kettle slower and uses more power.", "",
    "A cup of white vinegar and a cup of water, boiled and left overnight, will lift most of "
    "it. A filter jug slows the build-up a great deal.", "",
    "Ask Home Helper",
    "Send your questions to ask@homehelper.example. We cannot reply to every letter, and "
    "our answers are general advice only.", "",
    "More advice",
    "How to get rid of damp in a bathroom",
    "A fan that runs for twenty minutes after every shower makes most of the difference.", "",
    "Why is my fridge freezing the lettuce?",
    "The thermostat is usually set one notch too cold.", "",
    "Privacy Policy",
])  # fmt: skip


def test_ask_box_and_more_advice_below_a_qa_are_left_out(tmp_path):
    """A Q&A column's box asking readers to send their questions ("Send your questions
    to ...") and a box of other pieces under "More advice" are not part of the answer."""
    dump = tmp_path / "kettle.txt"
    dump.write_text(ADVICE, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert text.endswith("slows the build-up a great deal.")
    assert "Send your questions" not in text and "twenty minutes" not in text


def _report(lines: list[str], note: str) -> str:
    return "\n\n".join(["Stadtblatt", "Lokales Sport", "Neue Laternen für die Altstadt",
                        *lines, note, "Weitere Artikel", "Impressum"])  # fmt: skip


ERRORS = {
    "de": _report(
        [
            "Die Stadt will im Frühjahr alle Laternen in der Altstadt durch neue Leuchten "
            "ersetzen, die nur noch halb so viel Strom brauchen.",
            "Die Arbeiten sollen im März beginnen und bis zum Sommer dauern, teilte das "
            "Bauamt am Montag mit.",
        ],
        "Haben Sie einen Fehler entdeckt? Schreiben Sie uns an redaktion@stadtblatt.example.",
    ),
    "en": _report(
        [
            "The town will replace every street lamp in the old quarter this spring with new "
            "lamps that use half as much power, the council said on Monday.",
            "The work is due to start in March and to last until the summer, a spokesman for "
            "the council's roads department said.",
        ],
        "Spotted an error in this story? Let us know at newsdesk@townpaper.example.",
    ),
}


@pytest.mark.parametrize("language", ERRORS)
def test_note_asking_readers_to_report_an_error_is_left_out(language, tmp_path):
    """A note under a story asking readers who spotted an error to write in ("Haben Sie
    einen Fehler entdeckt?", "Spotted an error?") is the page's, not the story's."""
    dump = tmp_path / f"error-{language}.txt"
    dump.write_text(ERRORS[language], "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "Fehler entdeckt" not in text and "Spotted an error" not in text
    assert "im März beginnen" in text or "start in March" in text


MAGAZINE = "\n\n".join([
    "Quarterly", "Features Travel Archive", "The orchard at the end of the line",
    "By Jane Roe",
    "The last stop on the branch line is a halt with one bench and a timetable, and beyond it "
    "an orchard that a retired signalman has tended for forty years.",
    "He grows eleven kinds of apple, most of them old varieties that the shops stopped "
    "selling before he was born, and he gives away what he cannot eat.",
    "This article appears in Issue 12 of Quarterly. Buy the issue or subscribe to get every "
    "issue delivered.",
    "Read next", "The ferryman of the upper river",
])  # fmt: skip


def test_print_issue_note_with_a_buy_prompt_is_left_out(tmp_path):
    """A magazine's note that the piece appears in one of its issues, followed in the same
    paragraph by an offer to buy or subscribe, is the page's note, not the story's end."""
    dump = tmp_path / "orchard.txt"
    dump.write_text(MAGAZINE, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert text.endswith("he gives away what he cannot eat.")
