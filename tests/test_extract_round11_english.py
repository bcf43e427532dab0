"""Round 11, English pages: leftovers of the cleaner on the probe pages of round 11 (a
dateline that gives a time of day and zone beside each of its two dates, ...). Each test
writes an invented page and checks what is kept and what is dropped."""

from __future__ import annotations

from tts_pipeline.extract import extract_article
from tts_pipeline.extract.dom import parse, render_tree
from tts_pipeline.sources.read import read_source


def _body(tmp_path, name: str, text: str) -> str:
    page = tmp_path / name
    page.write_text(text, "utf-8")
    return "\n".join(extract_article(read_source(str(page))).paragraphs)


TIMED_DATELINE_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry fares to rise in spring | Bayside Ledger</title></head><body>
<header><a>Bayside Ledger</a><nav><a>News</a><a>Sports</a><a>Opinion</a></nav></header>
<main><article><h1>Ferry fares to rise in spring</h1>
<p class="byline">By Jane Roe | Bayside Ledger</p>
<p class="timestamp">Published 9:05 a.m. ET Feb. 3, 2020 | Updated 4:40 p.m. ET Feb. 4, 2020</p>
<div class="story">
<p>Fares on the island ferry will rise by a quarter in April, the harbor board decided on
Monday, the first increase in six years.</p>
<p>The board said fuel and repairs to the older of its two boats had pushed the service
into the red, and that a weekly pass for residents would stay at its current price.</p>
<p>Commuters who spoke at the meeting said they understood the need but asked the board to
add an early sailing for hospital staff.</p>
<p>The new fares take effect on April 1.</p>
</div></article></main>
<footer><a>Contact</a><a>Terms</a></footer></body></html>
"""


def test_dateline_with_times_and_zones_is_no_lead(tmp_path):
    """A dateline that gives a time of day and its zone beside each of two dates ("Published
    9:05 a.m. ET Feb. 3, 2020 | Updated 4:40 p.m. ET Feb. 4, 2020") is a dateline, not the
    story's lead, in the HTML and in its text dump."""
    html = _body(tmp_path, "ferry.html", TIMED_DATELINE_HTML)
    assert "Published 9:05" not in html
    assert html.startswith("Fares on the island ferry will rise")
    assert "take effect on April 1." in html
    dump = "\n".join(
        [
            "Bayside Ledger",
            "NewsSportsOpinion",
            "Ferry fares to rise in spring",
            "",
            "By Jane Roe | Bayside Ledger",
            "",
            "Published 9:05 a.m. ET Feb. 3, 2020 | Updated 4:40 p.m. ET Feb. 4, 2020",
            "",
            "Fares on the island ferry will rise by a quarter in April, the harbor board"
            " decided on Monday, the first increase in six years.",
            "",
            "The board said fuel and repairs to the older of its two boats had pushed the"
            " service into the red, and that a weekly pass for residents would stay at its"
            " current price.",
            "",
            "Commuters who spoke at the meeting said they understood the need but asked the"
            " board to add an early sailing for hospital staff.",
            "",
            "The new fares take effect on April 1.",
            "",
            "ContactTerms",
        ]
    )
    text = _body(tmp_path, "ferry.txt", dump)
    assert "Published 9:05" not in text
    assert "take effect on April 1." in text


MORE_REVIEWS_DUMP = "\n".join(
    [
        "PAGE TURNER",
        "BooksAuthorsReviewsEvents",
        "Review",
        "'The Salt Road' review: a slow, generous walk through a vanished trade",
        "",
        "By Jane Roe · March 4, 2020",
        "",
        "Anna Brook's second book follows the old salt carriers across the moors, village"
        " by village, and finds in their routes a history of the whole region.",
        "",
        "It is an unhurried book, and some readers will wish for a map on every other page,"
        " but the patience pays off in the last chapters, set in the mill towns.",
        "",
        "Brook writes best about the people she meets on her own walks, who turn out to"
        " remember far more of the trade than any archive does.",
        "",
        "Tags: History Travel Nonfiction",
        "More Reviews",
        "'Night Garden' review: a debut that blooms late★★★",
        "'Ten Winters' review: a memoir of the Arctic, told in ice★★★★",
        "'Common Ground' review: an essay collection in search of a theme★★",
        "Get our weekly books roundup",
        "Every Friday: the best new books and what to read next.",
        "",
        "Subscribe",
        "Page Turner is part of a larger media group.",
        "",
        "AboutContactPrivacy Policy",
    ]
)


def test_more_reviews_opens_a_box_of_teasers(tmp_path):
    """A review page's "More Reviews" heading opens a box of other reviews (titles with
    their stars): the story ends above it, even with sentences further down."""
    text = _body(tmp_path, "review.txt", MORE_REVIEWS_DUMP)
    assert "Anna Brook's second book" in text
    assert "than any archive does." in text
    assert "Night Garden" not in text
    assert "Every Friday" not in text


def _nonprofit_dump(tail: list[str]) -> str:
    """An invented nonprofit newsroom's story as a browser copies it, with ``tail`` below
    its last paragraph."""
    head = [
        "The Hillside Ledger",
        "InvestigationsHealthGovernmentDonate",
        "How a water district lost track of its own pipes",
        "",
        "By Jane Roe",
        "",
        "May 5, 2020",
        "",
        "This story was produced in partnership with a local radio station.",
        "",
        "ShareTweetEmailRepublish This Story",
        "The Pine Valley water district cannot say where a third of its pipes run, according"
        " to records reviewed by The Hillside Ledger, after its paper maps were lost in a"
        " flood in 2011.",
        "",
        "Crews now dig test holes before most repairs, which the district's own engineer"
        " estimates adds two days and several thousand dollars to each job.",
        "",
        "The district's board has twice postponed a plan to survey the network with ground"
        " radar, citing its cost, while the number of main breaks has risen every year.",
        "",
        "A spokesman said the survey would be considered again in the autumn.",
        "",
    ]
    return "\n".join([*head, *tail, "", "Ethics PolicyPrivacy PolicyContact", "© 2020 Ledger"])


def test_republish_button_in_a_share_bar_is_chrome(tmp_path):
    """A share bar glued together with its "Republish This Story" button is chrome."""
    text = _body(tmp_path, "pipes.txt", _nonprofit_dump([]))
    assert "Republish This Story" not in text
    assert "The Pine Valley water district cannot say" in text
    assert "considered again in the autumn." in text


TIP_BOX = [
    "Do you have information about the Pine Valley water district?",
    "We want to hear from people who work for the district or have dealt with it. You can"
    " reach our reporters confidentially by email or through our secure tip line, and we"
    " will not publish your name without your permission.",
    "Share a tip",
    "",
    "Jane Roe covers local government for the Ledger and has written about water for years.",
]


def test_call_for_tips_under_an_investigation_is_not_story(tmp_path):
    """A box under an investigation that asks readers for tips ("Do you have information
    about ...?", "We want to hear from ...") is a call-out, not the story, though written
    in full sentences."""
    text = _body(tmp_path, "pipes.txt", _nonprofit_dump(TIP_BOX))
    assert "The Pine Valley water district cannot say" in text
    assert "considered again in the autumn." in text
    assert "Do you have information" not in text
    assert "We want to hear from" not in text


EVENT_PROMO_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Crate raises $12M for reusable shipping boxes - Venture Notes</title></head><body>
<header><a>Venture Notes</a><nav><a>Startups</a><a>Funding</a><a>Events</a></nav></header>
<main><article><h1>Crate raises $12M for reusable shipping boxes</h1>
<p class="byline">Jane Roe / 9:00 am EST February 4, 2020</p>
<div class="article-content">
<p>Crate, a startup that rents sturdy plastic boxes to online shops in place of cardboard,
has raised $12 million in a round led by a logistics fund, the company said on Tuesday.</p>
<p>Shoppers return the boxes to a drop point or hand them to the courier on the next
delivery, and each box is cleaned and sent out again up to a hundred times.</p>
<div class="event-promo"><h4>Join us at Venture Notes Live: Retail on April 2 in Austin</h4>
<p>Hear from the founders changing how we shop. Early-bird tickets end Friday.</p>
<a>Register now</a></div>
<p>The company says about 300 shops use its boxes, most of them clothing brands, and that
it will use the money to open two more cleaning sites.</p>
<p>Its founders previously ran a courier firm, where they saw how much cardboard each
round of deliveries used.</p>
</div></article></main>
<footer><a>About</a><a>Contact</a></footer></body></html>
"""


def test_event_promo_amid_the_story_is_chrome(tmp_path):
    """An event's promo box amid the story ("Join us at ... on April 2", "Early-bird tickets
    end Friday.") is chrome, in the HTML and in its dump; the story goes on around it."""
    for name, page in (("crate.html", EVENT_PROMO_HTML), ("crate.txt", None)):
        if page is None:
            page = render_tree(parse(EVENT_PROMO_HTML)).text
        text = _body(tmp_path, name, page)
        assert "Crate, a startup that rents sturdy plastic boxes" in text
        assert "two more cleaning sites." in text
        assert "round of deliveries used." in text
        assert "Join us at" not in text
        assert "Early-bird tickets" not in text


BRACKET_CREDIT_DUMP = "\n".join(
    [
        "Valley News 12",
        "HomeWeatherSportsWatch Live",
        "Storm knocks out power to thousands across the valley",
        "",
        "By Jane Roe Published: Nov. 2, 2019 at 6:10 PM EST",
        "",
        "A fallen tree rests on power lines on Hill Street. (Valley News 12)",
        "",
        "High winds brought down trees and power lines across the valley on Saturday,"
        " leaving about 14,000 homes without electricity at the height of the storm.",
        "",
        "The utility said crews from three neighbouring states were on their way and that"
        " most customers should have power back by Monday evening.",
        "",
        "Several roads were closed by fallen trees, and the county opened a warming"
        " centre at the high school for people without heat, with cots, hot meals and"
        " a room where families could charge their phones overnight. (JR)",
        "",
        "Copyright 2019 Valley News 12. All rights reserved.",
    ]
)


def test_caption_with_its_credit_in_brackets(tmp_path):
    """A caption that ends with its credit in brackets ("... on Hill Street. (Valley News
    12)") is a caption, not the story's deck; a longer paragraph (over 30 words) signed
    with its writer's initials in brackets is no caption."""
    text = _body(tmp_path, "storm.txt", BRACKET_CREDIT_DUMP)
    assert "A fallen tree rests" not in text
    assert text.startswith("High winds brought down trees")
    assert "charge their phones overnight. (JR)" in text


LETTERS_DUMP = "\n".join(
    [
        "The Millbrook Echo",
        "NewsSportOpinionJobs",
        "Letters: Parking charges, a lost cat found and the new skate park",
        "",
        "Published: 09:00, 4 March 2020",
        "",
        "Parking charges will empty the high street",
        "The council's plan to charge for parking on Saturdays will drive shoppers to the"
        " retail park, where parking is free, and the small shops will be the losers.",
        "",
        "Mary Stone, Millbrook",
        "",
        "Thank you to the vet",
        "When our cat was found hurt by the river, the vet on Bridge Street treated him"
        " before we had even been traced, and would not take a penny for it.",
        "",
        "Peter and Sue Hall, Oakley Green",
        "",
        "The skate park is a success",
        "Those who said the skate park would bring trouble should visit on a Sunday"
        " afternoon, when it is full of children and their parents watching from the benches.",
        "",
        "Tom Reid, Millbrook",
        "",
        "Have your say",
        "More from Opinion",
        "Privacy Policy",
    ]
)


def test_letters_keep_their_signatures(tmp_path):
    """A page of readers' letters keeps each letter's signature ("Mary Stone, Millbrook"),
    the short line right under its last paragraph, the last letter's too."""
    text = _body(tmp_path, "letters.txt", LETTERS_DUMP)
    assert "Mary Stone, Millbrook" in text
    assert "Peter and Sue Hall, Oakley Green" in text
    assert "Tom Reid, Millbrook" in text
    assert "watching from the benches." in text
    assert "Have your say" not in text


MORE_RESULTS_DUMP = "\n".join(
    [
        "Harbor Times",
        "NewsElectionsSports",
        "Reyes keeps District 2 seat in close race",
        "",
        "By Jane Roe",
        "Nov. 6, 2019",
        "",
        "Incumbent supervisor Ana Reyes held her District 2 seat on Tuesday, beating"
        " challenger Mark Olsen by fewer than 300 votes, according to unofficial results.",
        "",
        "Reyes said she would spend her third term on the harbor dredging plan and on"
        " road repairs in the northern half of the district.",
        "",
        "Olsen conceded on Wednesday morning and said he would run again in four years.",
        "",
        "The county will certify the results later this month.",
        "",
        "More Results",
        "Sheriff\tDiaz (i)\tUnopposed",
        "School Board (2 seats)\tSee full results",
        "Fire District Levy\tYes 61%\tNo 39%",
        "Full results ›",
        "",
        "Privacy Policy",
    ]
)


def test_more_results_opens_a_box(tmp_path):
    """An election story's "More Results" heading opens a box of other races' rows: the
    story ends above it."""
    text = _body(tmp_path, "results.txt", MORE_RESULTS_DUMP)
    assert "Incumbent supervisor Ana Reyes held" in text
    assert "certify the results later this month." in text
    assert "Fire District Levy" not in text
    assert "School Board" not in text


DISQUS_DUMP = "\n".join(
    [
        "Small Plot",
        "PostsTagsAbout",
        "Saving seeds from one year's beans",
        "Posted on October 3, 2019 · 4 minute read",
        "",
        "Last spring I bought one packet of climbing beans. This autumn I have enough seed"
        " for the next five years, and all it took was leaving a few pods on the plants.",
        "",
        "Let the pods dry on the vine until they rattle, then pick them on a dry day and"
        " finish drying them indoors on a tray for a couple of weeks.",
        "",
        "Shell the beans, throw out any that look wrinkled or spotted, and keep the rest in"
        " a paper envelope somewhere cool and dark.",
        "",
        "#beans #seeds",
        "← Previous Post",
        "Next Post →",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "About",
        "Small Plot is a blog about growing vegetables in a small back garden. Written by"
        " a keen amateur in Bristol.",
        "",
        "© 2019 Small Plot · Powered by Hugo",
    ]
)


def test_comment_service_stand_in_ends_the_story(tmp_path):
    """The stand-in of a comment service's thread with JavaScript off ("Please enable
    JavaScript to view the comments powered by ...") ends the story: the blog's "About"
    box below it is not the post's."""
    text = _body(tmp_path, "beans.txt", DISQUS_DUMP)
    assert "Last spring I bought one packet" in text
    assert "somewhere cool and dark." in text
    assert "blog about growing vegetables" not in text


def test_letters_page_rules_for_writers_are_not_a_letter(tmp_path):
    """A letters page's note to writers ("Write to us at ... Letters should be no longer
    than 250 words ...") is a prompt, not the first letter."""
    note = (
        "Write to us at letters@echo.example. Letters should be no longer than 200 words and"
        " must include your full name and address, which will not be published in full."
    )
    first = "Parking charges will empty"
    dump = LETTERS_DUMP.replace(first, f"{note}\n\n{first}")
    text = _body(tmp_path, "letters.txt", dump)
    assert "Write to us" not in text
    assert "Letters should be no longer" not in text
    assert "drive shoppers to the retail park" in text
    assert "Tom Reid, Millbrook" in text
