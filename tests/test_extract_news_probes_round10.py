"""Probe pages of round 10 (tests/pages/probe_news10/): invented 2019-2020-style news pages of
site families the other probe sets lack, each with the dump Chromium gives for "select all,
copy" of it (<name>.dump.txt, JavaScript and CSS off). A local chain paper with a gallery and
"Story continues below gallery", a portal's syndicated story with "More from <partner>", a
post of short numbered items each with an embedded post, an explainer as a stack of question
cards, a wire story with its "(Reporting by ...; Editing by ...)" tail (part of the story), a
public broadcaster's story with "Related Topics" and "Top Stories", a daily with a long "Most
popular" list and a reader-support appeal in full sentences, a business page with "Key Points"
and video teasers, a page with shouted "CLICK HERE" promo lines inside its body, a story with
"RELATED..." links inline, a local TV story beside a weather widget and a school closings
table, and a French daily's story cut by its subscriber wall. Each page must reach its F1 as
HTML and as its Chromium dump, keep its story's phrases and drop the chrome.
"""

from __future__ import annotations

from pathlib import Path

from tests.story_cases import probe_set_tests
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "probe_news10"

# name: (HTML floor, Chromium dump floor), a little under what the cleaner reaches.
FLOORS = {
    "bbc-topics": (0.98, 0.98),
    "buzz-items": (0.97, 0.97),
    "cnbc-keypoints": (0.94, 0.90),
    "fox-applines": (0.95, 0.94),
    "fr-abonnes": (0.93, 0.93),
    "gannett-gallery": (0.98, 0.98),
    "guardian-support": (0.82, 0.86),
    "huffpost-related": (0.95, 0.98),
    "localtv-closings": (0.98, 0.98),
    "reuters-wire": (0.98, 0.98),
    "vox-cardstack": (0.95, 0.98),
    "yahoo-syndicated": (0.98, 0.98),
}

CHROME = ["Privacy Policy", "All rights reserved", "All Rights Reserved", "Subscribe"]

# "<kind>_keeps": chrome a reading still keeps; "<kind>_misses": story it still loses
# (known defects); kind is "html" or "text" (the Chromium dump).
CASES = {
    "bbc-topics": {"must": ["A woman who found a Roman coin hoard", "on display next year."],
                   "must_not": ["Related Topics", "Top Stories", "Share this with",
                                "Train fares to rise", "Image caption", "More on this story"]},
    "buzz-items": {"text_keeps": ["What's your reaction?"],
                   "must": ["Sometimes the internet is a lot.", "1. This dog who refuses",
                            "entirely unbothered."],
                   "must_not": ["View this photo on Twitter", "What's your reaction?",
                                "Top Posts On", "Show 12 more comments"]},
    "cnbc-keypoints": {"must": ["Airlines are asking the federal government",
                                "little changed on Tuesday afternoon."],
                       "must_not": ["Key Points", "Licensing & Reprints", "Trending Now",
                                    "Bloomberg | Getty Images", "Squawk Box"]},
    "fox-applines": {"text_keeps": ["TWO HIKERS RESCUED"],
                     "must": ["A Coast Guard crew rescued four fishermen",
                              "along the Oregon coast this year."],
                     "must_not": ["CLICK HERE TO GET", "CLICK HERE FOR MORE",
                                  "TWO HIKERS RESCUED", "Trending in U.S.",
                                  "Do Not Sell my Personal Information"]},
    "fr-abonnes": {"must": ["La mairie de Bordeaux a annoncé mardi",
                            "selon la chambre de commerce."],
                   "must_not": ["Il vous reste 72 %", "Je m'abonne", "Sur le même sujet",
                                "Les plus lus", "Paramétrer les cookies",
                                "Tous droits réservés"]},
    "gannett-gallery": {
                        "must": ["Dozens of families lined Maple Street",
                                 "cross the rail line downtown."],
                        "must_not": ["Story continues below gallery", "Show Caption",
                                     "1 of 14", "More Stories", "Ice jam prompts"]},
    "guardian-support": {"html_keeps": ["Reuse this content"],
                         "must": ["The number of hedgehogs in Britain's countryside",
                                  "gaps in garden boundaries as standard."],
                         "must_not": ["Most popular", "Scientists baffled",
                                      "Reuse this content", "Photograph: Alamy",
                                      "Share on Facebook"]},
    "huffpost-related": {"must": ["A public library in suburban Ohio",
                                  "according to the Urban Libraries Council."],
                         "must_not": ["RELATED", "Librarians Are Fighting Back",
                                      "Good News newsletter", "Suggest a correction"]},
    "localtv-closings": {"must": ["Crews worked through the night",
                                  "one to three inches on Friday."],
                         "must_not": ["School Closings", "2 Hour Delay",
                                      "Full Forecast", "7-Day Forecast", "Trending Stories",
                                      "FCC Public File"]},
    "reuters-wire": {"must": ["LISBON (Reuters) - Portugal's government",
                              "(Reporting by Sofia Amaral; Additional reporting"],
                     "must_not": ["Our Standards", "More From Reuterz", "Sponsored",
                                  "3 Min Read", "All quotes delayed"]},
    "vox-cardstack": {
                      "must": ["If you have paid any attention", "What is a heat pump?",
                               "for the coldest nights.", "close much of the gap."],
                      "must_not": ["Card 1 of 4", "Sign up for the newsletter",
                                   "Share this story", "Most Read", "Cookie Settings"]},
    "yahoo-syndicated": {"must": ["Shoppers hoping to snag a discounted television",
                                  "has continued since."],
                         "must_not": ["More from The Daily Ledger",
                                      "Read the original article", "Trending Now",
                                      "The 10 best budget laptops", "Quotes delayed"]},
}  # fmt: skip


test_html_page, test_chromium_dump = probe_set_tests(PAGES, FLOORS, CASES, CHROME)


def _clean_dump(tmp_path: Path, text: str) -> str:
    page = tmp_path / "page.txt"
    page.write_text(text, "utf-8")
    return "\n".join(extract_article(read_source(str(page))).paragraphs)


SHARE_BAR_DUMP = "\n".join(
    [
        "Tidewater Post",
        "NewsPoliticsScienceVideo",
        "Support our work",
        "Tide mills, explained",
        "Why an old way of grinding grain is back in the news.",
        "",
        "By Ruth Keane Updated Mar 3, 2020, 9:00am EST",
        "Share this storyShare this on FacebookShare this on Twitter",
        "If you have followed the debate over river energy this winter, you have probably"
        " heard about tide mills. Here is what they are and why they matter again.",
        "",
        "Part 1 of 3",
        "",
        "What is a tide mill?",
        "A tide mill stores sea water behind a gate at high tide and lets it out through "
        "a wheel as the tide falls, turning millstones for a few hours each day.",
        "",
        "The oldest ones on this coast are about nine hundred years old, and a handful "
        "still grind flour for visitors in the summer months.",
        "",
        "Why are engineers interested?",
        "The same idea, on a much larger scale, could make electricity at times of day "
        "that can be known years ahead, which wind and sun cannot promise.",
        "",
        "Several small schemes are being studied, though none has yet found the money to "
        "be built, and fishermen worry about the effect on the estuaries.",
        "",
        "Sign up for the newsletter",
        "Cookie Settings",
        "",
    ]
)


def test_share_bar_is_no_teaser_title(tmp_path):
    """A share bar glued to the story's first paragraph is not a teaser's title: the run of
    "teasers" under a box title at the top of the page (a donation link above the headline)
    stops there, and the story's opening paragraph and first subheading stay."""
    text = _clean_dump(tmp_path, SHARE_BAR_DUMP)
    assert "If you have followed the debate" in text
    assert "What is a tide mill?" in text
    assert "fishermen worry about the effect" in text
    assert "Share this story" not in text
    assert "Cookie Settings" not in text


EMBED_ITEMS_DUMP = "\n".join(
    [
        "Pet Corner",
        "Five dogs who love the beach",
        "Posted on June 2, 2019",
        "",
        "Summer is here, and some dogs are very happy about it. Here are five of them.",
        "",
        "1. This dog who digs a new hole every single morning:",
        "",
        "instagram.com",
        "",
        "His family says the hole is usually gone by lunchtime, and he starts again.",
        "",
        "2. This one who will not leave the water:",
        "",
        "instagram.com",
        "",
        "She has been known to swim after the same stick for an entire afternoon.",
        "",
        "3. And this one who guards the picnic basket:",
        "",
        "twitter.com",
        "",
        "Nobody has managed to take a sandwich from him all summer, his owner says.",
        "",
        "Privacy Policy",
    ]
)


def test_bare_domain_line_is_chrome(tmp_path):
    """A line that is nothing but a domain name ("instagram.com", the source label of an
    embedded post) is chrome, not the story."""
    text = _clean_dump(tmp_path, EMBED_ITEMS_DUMP)
    assert "1. This dog who digs" in text
    assert "his owner says." in text
    assert "instagram.com" not in text
    assert "twitter.com" not in text


def test_reader_funding_appeal_is_a_prompt(tmp_path):
    """The sentences of a reader-funding appeal under a story ("readers ... support us
    financially", "every contribution ... powers our journalism", "support us from as
    little as $1") are prompts, not the story."""
    story = [
        "The old swing bridge over the canal will reopen to walkers on Saturday after a"
        " year of repairs, the county council said.",
        "Engineers replaced the rotting timber deck and fitted new bearings so the bridge"
        " can still be swung open for boats in the summer.",
        "Cyclists will have to wait until the ramps on either side are widened next spring.",
    ]
    appeal = [
        "Before you go, we have a small favour to ask.",
        "Thousands of readers now support us financially, which keeps this site free.",
        "Every contribution, large or small, pays for our local journalism and keeps it"
        " independent.",
        "Support the Canal Courier from as little as $1 a month.",
    ]
    dump = "\n\n".join(["Canal Courier", "Swing bridge to reopen", *story, *appeal, "Terms"])
    text = _clean_dump(tmp_path, dump)
    assert "ramps on either side are widened" in text
    for line in appeal:
        assert line not in text


def test_gallery_counter_and_continues_line_are_chrome(tmp_path):
    """A gallery's counter ("Photo 1 of 12") and "Story continues below gallery" inside a
    story are chrome."""
    story = [
        "The town's oldest bakery closed its doors on Friday after ninety years, with a"
        " queue for the last loaves stretching round the corner.",
        "The owners, who are retiring, said no buyer had come forward for the business.",
        "Regulars left cards and flowers on the step, and the baker handed out the last of"
        " the buns for free.",
    ]
    lines = ["Valley Gazette", "Last loaves at the old bakery", story[0], "Photo 1 of 12",
             "Story continues below gallery", *story[1:], "Terms of Use"]  # fmt: skip
    text = _clean_dump(tmp_path, "\n\n".join(lines))
    assert "the last of the buns for free." in text
    assert "Photo 1 of 12" not in text
    assert "Story continues below" not in text


def test_french_subscription_offer_is_a_prompt(tmp_path):
    """A French subscription offer under a paywall ("Offre spéciale : 1 € le premier mois,
    sans engagement.") is a prompt, not the story's last paragraph."""
    story = [
        "Le conseil municipal a voté lundi soir la rénovation complète de la halle du"
        " marché, fermée depuis deux ans pour des raisons de sécurité.",
        "Les travaux devraient commencer à l'automne et durer dix-huit mois, selon le maire.",
        "Les commerçants, installés en attendant sur la place de l'église, se disent"
        " soulagés mais inquiets pour la période des fêtes.",
    ]
    offer = "Offre spéciale : 1 € le premier mois, sans engagement."
    lines = ["Le Courrier", "La halle du marché sera rénovée", *story,
             "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.",
             offer, "Je m'abonne", "Mentions légales"]  # fmt: skip
    text = _clean_dump(tmp_path, "\n\n".join(lines))
    assert "inquiets pour la période des fêtes." in text
    assert offer not in text


def _tweet(text: str) -> str:
    return (
        '<div class="embed"><blockquote class="twitter-tweet">'
        f"<p>{text}</p>&mdash; Jo Bell (@jo_bell_garden) <a>June 9, 2019</a></blockquote>"
        '<p class="embed-fallback">View this photo on Twitter</p></div><p>twitter.com</p>'
    )


GARDEN_ITEMS = [
    ("1. The tomato plant that escaped over the fence:", "my tomatoes have left home",
     "It now grows mostly in the neighbour's garden, who has been very good about it."),
    ("2. The sunflower taller than the shed:", "she is three metres and rising",
     "Its owner has had to borrow a ladder to check on it each weekend this summer."),
    ("3. The pumpkin that broke the wheelbarrow:", "rip wheelbarrow 2009-2019",
     "A new wheelbarrow has been bought, and the pumpkin is going to the village show."),
]  # fmt: skip
GARDEN_PAGE = (
    "<html><head><title>3 Gardens That Got Out Of Hand</title></head><body>"
    "<header><a href='/'>Plot Post</a><nav><a>Quizzes</a> <a>News</a></nav></header><main>"
    "<h1>3 Gardens That Got Out Of Hand</h1><p>Posted on June 10, 2019</p>"
    "<div class='buzz'><p>Some gardens have plans of their own. Here are three of them,"
    " shared by their slightly overwhelmed owners this week.</p>"
    + "".join(f"<div><h2>{h}</h2>{_tweet(t)}<p>{p}</p></div>" for h, t, p in GARDEN_ITEMS)
    + "</div></main><footer><p>Privacy Policy</p></footer></body></html>"
)


def test_embedded_post_signature_in_a_gap_is_kept(tmp_path):
    """The signature of an embedded post ("— Jo Bell (@jo_bell_garden) June 9, 2019") that
    the dump cleaner keeps in a gap of trafilatura's story is kept with the post it signs."""
    page = tmp_path / "garden.html"
    page.write_text(GARDEN_PAGE, "utf-8")
    text = "\n".join(extract_article(read_source(str(page))).paragraphs)
    assert "going to the village show." in text
    assert text.count("— Jo Bell (@jo_bell_garden) June 9, 2019") == 3
    assert "View this photo on Twitter" not in text
