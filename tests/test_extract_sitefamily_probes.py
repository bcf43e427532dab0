"""Probe pages of site families other than news (tests/pages/probe_family/): a WordPress
blog post with comments and a blogroll, a Blogger post, a Medium-like essay, a Substack
post, a company press release and a company blog post (German), a government press
release, a charity's news release, a university news story, a trade article behind a
registration wall, a travel story with a recipe card, a product review, a law firm's
briefing with footnotes, a podcast episode with a transcript, and regional news in German,
French, Spanish and Italian. Each page is cleaned as HTML and as the text dump rendered
from it; each must keep its story and drop its chrome.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import assert_story, rendered_dump
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "probe_family"

# "html" / "text" hold what only one kind checks (its first or last line: a standfirst
# one reading keeps, a box the other drops).
CASES = {
    "wp-blog": {
        "first": "The wall along the top field fell down in February",
        "last": "If anyone nearby has spare cope stones, let me know.",
        "must": ["Taking it down properly", "Building it back up"],
        "must_not": ["Share this:", "Lambing diary", "Dales Dave", "Leave a Reply", "Blogroll",
                     "Muddy Boots", "Proudly powered", "14 thoughts", "Meg keeps thirty"],
    },
    "blogspot": {
        "first": "With the power supply sorted last week",
        "last": "makes everybody sound like a chipmunk.",
        "must_not": ["Posted by", "Labels:", "Newer Post", "Older Post", "Fishing line is a",
                     "Blog Archive", "My Blog List", "Email This", "Subscribe to:"],
    },
    "medium-essay": {
        "last": "and that alone was worth the quarter.",
        "must": ["For three years I wrote bug tickets", "The experiment",
                 "A ticket is a message to a tired colleague"],
        "must_not": ["Sign up", "Written by", "More from", "Recommended from Medium", "Follow",
                     "6 min read", "Responses (23)", "Member-only", "1.2K"],
        "text": {"first": "For three years I wrote bug tickets"},
    },
    "press-room": {
        "first": "LEEDS, 17 June 2025",
        "last": "employs 1,900 people in eleven countries.",
        "must": ["LEEDS, 17 June 2025"],
        "must_not": ["We value your privacy", "Accept All Cookies", "Downloads", "Latest news",
                     "record first quarter", "Subscribe to our news", "Registered in England"],
    },
    "gov-release": {
        "last": "the existing bus service operators grant.",
        "must": ["Transport Minister Sam Hollis said:", "Next steps",
                 "For many people in the countryside"],
        "must_not": ["Cookies on GOV.EXAMPLE", "Related content", "Share this page",
                     "Is this page useful?", "Open Government Licence", "Crown copyright",
                     "Skip to main content", "Births, death", "Published 4 February"],
    },
    "uni-news": {
        "first": "A team of final-year engineering students",
        "last": "which is open to the public.",
        "must": ["A team of final-year engineering students"],
        "must_not": ["Media contact", "s.lang@", "Topics:", "Share this story", "Latest news",
                     "Find a course", "Registered charity", "Photo: University", "Apply now"],
    },
    "trade-regwall": {
        "last": "hit by delays in compressor parts.",
        "must": ["Temperature-controlled hauliers are facing waits"],
        "must_not": ["Register to continue reading", "Register for free", "Already registered",
                     "Unlimited access to", "Exclusive reports and webinars",
                     "More on this topic", "Most read", "Advertisement", "All rights reserved"],
        "text": {"first": "Temperature-controlled hauliers are facing waits"},
    },
    "food-recipe": {
        "first": "The road to the village runs between cork oaks",
        "must": ["Eating well in the Alentejo", "This is the version I settled on."],
        "must_not": ["affiliate links", "Advertisement", "Jump to Recipe", "Hi, I'm Lucia",
                     "Reader favourites", "Made this last night", "Get new recipes by email",
                     "This site uses cookies", "Tried this recipe?"],
    },
    "product-review": {
        "must": ["The Corvale K7 is the lightest", "Should you buy it?",
                 "look at a model with a swappable battery instead."],
        "must_not": ["Accept all", "affiliate commission", "Today's best deals",
                     "You might also like", "Does it work on pet hair", "Trending",
                     "Kestrel Media", "home appliance editor"],
    },
    "law-newsletter": {
        "first": "A break notice sent to the wrong address",
        "must": ["What should you do?", "The landlord had argued"],
        "must_not": ["Key contacts", "Related insights", "Stay up to date", "Download PDF",
                     "Senior Associate", "authorised and regulated", "Cookie Policy"],
    },
    "podcast": {
        "first": "This week we spend a morning with the volunteers",
        "last": "The whole thing takes under a minute.",
        "must": ["Switch it off, yes."],
        "must_not": ["Listen on", "Apple Podcasts", "Download", "More episodes",
                     "Become a supporter", "Rewilding a golf course"],
    },
    "de-news": {
        "last": "der größte seiner Art in Oberfranken.",
        "must": ["Die Stadtwerke wollen bis Ende", "Kosten von 28 Millionen Euro"],
        "must_not": ["Zustimmung", "Alle akzeptieren", "Lesezeit", "Artikel anhören",
                     "Foto: Stadtwerke", "Anzeige", "Lesen Sie auch", "Themen:",
                     "Mehr aus Bayreuth", "Kommentare", "Meistgelesen", "Impressum",
                     "Von Katrin"],
    },
    "fr-news": {
        "last": "à cinq autres écoles à la rentrée prochaine.",
        "must": ["Les carottes viennent d'une ferme"],
        "must_not": ["cookies", "S'abonner", "Par Élodie", "Publié le", "Partager sur",
                     "Publicité", "LIRE AUSSI", "Abonnez-vous", "Sur le même sujet",
                     "Les plus lus", "Tous droits réservés"],
    },
    "es-news": {
        "last": "hasta el puerto antes de 2027.",
        "must": ["El Ayuntamiento de Valencia inauguró", "Sombra para el verano"],
        "must_not": ["Utilizamos cookies", "Suscríbete", "Marta Ibáñez", "Actualizado",
                     "Publicidad", "Te puede interesar", "Temas", "Noticias relacionadas",
                     "Lo más leído", "Todos los derechos"],
        "text": {"first": "El Ayuntamiento de Valencia inauguró"},
    },
    "substack-post": {
        "must": ["There is a shop at the end of my road", "The parcel counter",
                 "Goodwill as a balance sheet", "is the real threat to the shop."],
        "must_not": ["Sign in", "Thanks for reading", "Type your email", "142 Likes", "Restack",
                     "By subscribing", "Discussion about this post", "Our shop closed",
                     "Ready for more?", "Start Writing", "Substack is the home",
                     "Subscribe to Corner Ledger", "Launched 3 years ago"],
        "text": {"first": "There is a shop at the end of my road",
                 "last": "is the real threat to the shop."},
    },
    "it-news": {
        "first": "Dopo tre anni di lavori, sabato riapre",
        "last": "con una banda e una degustazione gratuita.",
        "must_not": ["cookie", "Abbonati", "Giulia Rota", "Tempo di lettura", "Condividi",
                     "Pubblicità", "Leggi anche", "Argomenti", "Potrebbe interessarti",
                     "Commenti", "I più letti", "Tutti i diritti"],
    },
    "de-corpblog": {
        "first": "Vor zwei Jahren haben wir jeden Monat",
        "last": "wo die Kreisläufe schon geschlossen sind.",
        "must": ["Der Anfang: eine Zählung", "Was nicht funktioniert hat", "Fazit"],
        "must_not": ["Datenschutzeinstellungen", "Alle akzeptieren", "Angebot anfordern",
                     "Lesezeit", "Über die Autorin", "leitet seit 2019", "Beitrag teilen",
                     "Weitere Beiträge", "Jetzt Kontakt aufnehmen", "Impressum"],
    },
    "ngo-release": {
        "first": "One in five popular river swimming spots failed",
        "must": ["are available on the trust’s website."],
        "must_not": ["Donate today", "Posted on", "Campaigns", "Share this", "Stay in the loop",
                     "Otters return", "Company limited by guarantee", "Cookie policy"],
    },
}  # fmt: skip


def _case(name: str, kind: str) -> dict:
    case = {k: v for k, v in CASES[name].items() if k not in ("html", "text")}
    return case | CASES[name].get(kind, {})


@pytest.mark.parametrize("name", CASES)
def test_html_page_keeps_story(name):
    article = extract_article(read_source(str(PAGES / f"{name}.html")))
    assert_story(article, _case(name, "html"))


@pytest.mark.parametrize("name", CASES)
def test_rendered_dump_keeps_story(name, tmp_path):
    dump = rendered_dump(PAGES / f"{name}.html", tmp_path)
    assert_story(extract_article(read_source(str(dump))), _case(name, "text"))
