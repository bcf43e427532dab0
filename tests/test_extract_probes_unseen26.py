"""Probe pages of round 26 (tests/pages/probe_unseen26/): invented 2018-2020-style English
pages written to stand in for the held-out judge's unseen pages, each with Chromium's copy
(<name>.dump.txt) and a benchmark-style flat dump made from the markup (<name>.flat.txt,
``tests/tools/flat_dump.py``). Round 19-22 varied the kind of story, round 23 the site
template, round 24 the furniture inside the story, round 25 the rendering; this round varies
the story's EDGES, what sits right above its first line and right below its last, and
stories whose first or last lines are short, on six templates (a WordPress news theme, a
national daily, a local paper's BLOX-like page, a personal WordPress blog, a portal carrying
wire copy, a company newsroom), each with its nav, sidebars, related links, comments where
the kind has them, footer and cookie box. Above the story: a one-sentence lede under a wire
dateline; a kicker and "Listen to this article · 5 min"; a "Key points:" summary; two names
with a role ("By X and Y | Staff writers", "Updated 3 hours ago") and "Written by X, edited
by Y"; a lead photo's caption and credit right over paragraph one; a series banner ("This
story is part of ..."); a first paragraph of one quoted line. Below it: "Stay tuned."; a
wire's "(Reporting by ...; Editing by ...)" and "Our Standards: ..."; an AP contributor line
and the AP copyright notice; the writer's contact line; "This story has been updated with
..."; a short bulleted list; WordPress "Tagged", "Share this:", "Like this:" and related
posts; an author box in full sentences; a "Have a news tip?" box; a last subheading with one
short paragraph; a "Recommended" block of full-sentence teasers; a columnist's "Happy
gardening." / "— Jane" sign-off over her italic bio; a blog's question to its readers over
the comments; a release's "###", "About X" and media contact; a local brief of two short
paragraphs.

What the truth keeps, as earlier probe sets decided: the dateline in the first paragraph (as
probe_unseen23's wire stories); a wire's "(Reporting by ...; Editing by ...)" line and an AP
"... contributed to this report." line (probe_full, probe_news7, probe_unseen23 keep them);
"This story has been updated with ..." at the end (as probe_news7's editor's note); a
closing list's lead-in and items; the last subheading and its paragraph; one-line first and
last paragraphs ("We just want our alley back.", "Stay tuned."); a columnist's sign-off and
name ("— Jane", as round 23 and 25 keep a newsletter's "Warmly," / "Jane"); a blog's closing
question to its readers (as probe_kinds16 keeps "Tell us in the comments."); a release's
"About X" heading and paragraph (as probe_unseen22, probe_unseen23). It drops: kickers,
headlines, bylines, "Updated ..." lines, audio players, captions and credits; a "Key points"
summary over the story (as probe_html2's and probe_news14's truths drop key points and
probe_unseen23's a release's highlights; the HTML reading keeps key points right below the
headline, leads.key_point, which found two more phrases/ phrases: the probe truths and
trafilatura's evaluation differ here, and this set follows the probe truths); the series
banner and the series'
list below; "Our Standards", the AP copyright notice, the writer's contact line and bio and
the author box (as probe_unseen24 drops an author's italic bio); the news tip box; tags,
share and like rows; teasers, comments and the "###" and media contact of a release.

Fixed on them: a news tip box under the story ("Have a news tip?", "Email us at ... or call
the newsroom at ...", "send us tips"); a short remark or wish with a full stop right below
the story ("Stay tuned.", "Happy gardening.") above the page's end or over a columnist's
dashed first name ("— Jane", kept), and such a sign-off is no list over the bio below it; a
headline written as sentences right under the site's menu, over the byline, is no lead.
Left alone: the key points in the HTML reading (leads.key_point reads them by design); a
standfirst under the headline (the series page's deck, by design); "Audio produced by ..."
under the audio player in the HTML reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import ENGLISH_FOOTER, flat_dump_tests, probe_set_tests, read_text_page
from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe

PAGES = Path(__file__).parent / "pages" / "probe_unseen26"

# name: (HTML floor, Chromium dump floor, flat dump floor), a little under what the cleaner
# reaches.
FLOORS3 = {
    "en-ap-contributed-copyright": (1.00, 1.00, 1.00),
    "en-author-box-sentences": (1.00, 1.00, 1.00),
    "en-author-contact-line": (1.00, 1.00, 1.00),
    "en-blog-question-comments": (1.00, 1.00, 1.00),
    "en-columnist-signoff": (1.00, 1.00, 1.00),
    "en-dateline-one-sentence-lede": (1.00, 1.00, 1.00),
    "en-ends-bulleted-list": (1.00, 1.00, 1.00),
    "en-ends-stay-tuned": (1.00, 1.00, 1.00),
    "en-ends-subheading-short-para": (1.00, 1.00, 1.00),
    "en-key-points-summary": (0.90, 1.00, 0.96),
    "en-kicker-listen-to-article": (0.98, 1.00, 1.00),
    "en-lead-image-caption-credit": (1.00, 1.00, 1.00),
    "en-local-brief-two-paragraphs": (1.00, 1.00, 1.00),
    "en-news-tip-box": (1.00, 1.00, 1.00),
    "en-press-release-hashes-about": (1.00, 1.00, 1.00),
    "en-quote-first-paragraph": (1.00, 1.00, 1.00),
    "en-recommended-full-sentences": (1.00, 1.00, 1.00),
    "en-series-banner": (0.97, 0.97, 0.97),
    "en-two-bylines-updated": (1.00, 1.00, 1.00),
    "en-updated-note-end": (1.00, 1.00, 1.00),
    "en-wire-reporting-standards": (1.00, 1.00, 1.00),
    "en-wp-tags-share-like": (1.00, 1.00, 1.00),
}


CASES = {
    "en-ap-contributed-copyright": {
        "must": [
            "NEW ORLEANS (AP) — A tropical storm",
            "“We've seen worse, but it's early",
            "in New Orleans contributed to this report.",
        ],
        "must_not": [
            "This material may not be published",
            "Copyright 2020 The Associated Press",
            "More from AP",
            "Wildfire grows in Arizona",
            "By JAY REEVES",
        ],
    },
    "en-author-box-sentences": {
        "must": [
            "Ridgeline Community College will add evening and",
            "“We have people who want to",
            "fall class are open until April 15.",
        ],
        "must_not": [
            "covers education and health for The Ridgeline Report",
            "two very loud dogs",
            "RELATED ARTICLES",
            "Leave a Reply",
            "County fair dates announced",
        ],
    },
    "en-author-contact-line": {
        "must": [
            "Wilkes County will hire six more ambulance",
            "“When you're having a heart attack",
            "crews should be on duty by September.",
        ],
        "must_not": [
            "Contact Ben Carver at",
            "Follow him on Twitter",
            "Two hurt in highway crash",
            "Welcome to the discussion.",
        ],
    },
    "en-blog-question-comments": {
        "must": [
            "At the start of June we put",
            "It wasn't all great. Rainy days",
            "think? Let us know in the comments.",
        ],
        "must_not": [
            "3 thoughts on",
            "I am in awe that you lasted all summer",
            "The comic book about the dog mayor needs to be published",
            "Leave a Reply",
            "Posted in",
        ],
    },
    "en-columnist-signoff": {
        "must": [
            "Every October my neighbor cuts every plant",
            "You'll have more birds at the",
            "— Jane",
        ],
        "must_not": [
            "is a master gardener who has written this column since 2004",
            "Send your questions to",
            "Pumpkin festival draws record crowd",
            "Welcome to the discussion.",
        ],
    },
    "en-dateline-one-sentence-lede": {
        "must": [
            "LONDON (Reuters) - British house prices fell",
            "“Buyers are holding back while the",
            "by Daniel Ashworth; Editing by Keith Monro)",
        ],
        "must_not": [
            "2 Min Read",
            "More From Economy",
            "Retail sales slow in March",
            "Oil steadies as supply worries ease",
        ],
    },
    "en-ends-bulleted-list": {
        "must": [
            "Riders on three of the city's busiest",
            "The test will run for six",
            "By mail, through the agency's website",
        ],
        "must_not": [
            "Written by",
            "edited by Sara Klein",
            "RELATED ARTICLES",
            "Transit board approves fare increase",
            "Heat advisory in effect until 8 p.m.",
            "New bike lanes on Grand Avenue",
        ],
    },
    "en-ends-stay-tuned": {
        "must": [
            "I've had the Nova 7 in my",
            "Apps open quickly, and I haven't",
            "Stay tuned.",
        ],
        "must_not": [
            "Posted in",
            "4 thoughts on",
            "Does it have a headphone jack?",
            "Leave a Reply",
            "Your email address will not be published.",
        ],
    },
    "en-ends-subheading-short-para": {
        "must": [
            "Drivers in the state would no longer",
            "Supporters pointed to a rise in",
            "Tillman has said he will sign it.",
        ],
        "must_not": [
            "More Politics",
            "Senate panel kills gas tax plan",
            "Governor signs tax bill",
        ],
    },
    "en-key-points-summary": {
        "must": [
            "Forty junior doctors a year will spend",
            "The government will spend $22 million",
            "doctors will begin their placements in January.",
        ],
        "must_not": [
            "Key points:",
            "Forty junior doctors a year will train in regional hospitals",
            "Rural doctors say the plan is a start but not enough",
            "Related Stories",
            "Posted Thu 19 Sep",
        ],
        "html_keeps": [
            "Key points:",
            "Forty junior doctors a year will train in regional hospitals",
            "Rural doctors say the plan is a start but not enough",
        ],
        "text_keeps": [
            "Rural doctors say the plan is a start but not enough",
        ],
    },
    "en-kicker-listen-to-article": {
        "must": [
            "MARLOW BAY — The sea has come",
            "“Nobody here wanted this,” said Mayor",
            "town hall is to begin next spring.",
        ],
        "must_not": [
            "Listen to this article",
            "5 min",
            "Audio produced by Narrate Labs",
            "CLIMATE",
            "More on climate",
            "Why insurers are leaving the coast",
        ],
        "html_keeps": [
            "Audio produced by Narrate Labs",
        ],
    },
    "en-lead-image-caption-credit": {
        "must": [
            "Hikers can cross Mill Creek again.",
            "The new bridge is 42 feet",
            "dusk. Dogs must be on a leash.",
        ],
        "must_not": [
            "Volunteers carry a section of railing onto the new Mill Creek footbridge",
            "Dana Whitcomb/Courier",
            "Flood damage closes three county roads",
            "Welcome to the discussion.",
        ],
    },
    "en-local-brief-two-paragraphs": {
        "must": [
            "The Cedar Valley Public Library will be",
            "be returned in the outdoor drop box.",
        ],
        "must_not": [
            "From staff reports",
            "Library board approves new hours",
            "Snow totals top a foot in places",
            "Welcome to the discussion.",
            "Powered by BLOX",
        ],
    },
    "en-news-tip-box": {
        "must": [
            "Firefighters from five departments were still pouring",
            "Fire Chief Mike Tolliver said grain",
            "farmers at its west elevator during harvest.",
        ],
        "must_not": [
            "Have a news tip?",
            "Email us at news@prairiesentinel.example",
            "send us tips anonymously",
            "Harvest running ahead of schedule",
        ],
    },
    "en-press-release-hashes-about": {
        "must": [
            "AUSTIN, Texas, March 3, 2020 – Greenfield",
            "The project will create about 250",
            "has more than 1,800 megawatts in operation.",
        ],
        "must_not": [
            "Media Contact",
            "press@greenfieldenergy.example",
            "Recent releases",
            "Greenfield names new chief operating officer",
            "Logos and images",
        ],
    },
    "en-quote-first-paragraph": {
        "must": [
            "“We just want our alley back.”",
            "“Our kids used to ride their",
            "Crews are to install them in March.",
        ],
        "must_not": [
            "More from Community",
            "Block club plants 40 trees",
            "Leave a Reply",
            "Snow emergency lifted at noon",
        ],
    },
    "en-recommended-full-sentences": {
        "must": [
            "Kessler's Bakery on Ninth Street will sell",
            "“I don't blame anybody,” Kessler said",
            "will be sold at auction in January.",
        ],
        "must_not": [
            "Recommended",
            "Sal Moretti has fixed the city's heels and soles",
            "We spent 24 hours at the counter",
            "Higher rents and a shortage of workers",
            "The last shoe repair shop downtown",
        ],
    },
    "en-series-banner": {
        "must": [
            "When Luis Herrera's kitchen tap sputtered and",
            "The deeper wells reach water that",
            "he said. “What else can I do?”",
        ],
        "must_not": [
            "This story is part of",
            "Read the whole series",
            "Who owns the water?",
            "Sheriff's race heads to runoff",
        ],
    },
    "en-two-bylines-updated": {
        "must": [
            "The Eastern Bay school board put off",
            "Parents of younger children and several",
            "a year, mostly for extra bus routes.",
        ],
        "must_not": [
            "Staff writers",
            "Updated 3 hours ago",
            "1,204 views",
            "RELATED ARTICLES",
            "Teachers union endorses two board candidates",
            "Power restored to most homes after storm",
        ],
    },
    "en-updated-note-end": {
        "must": [
            "Mayor Linda Foss on Tuesday vetoed a",
            "Council President Mark Ellison said the",
            "with comments from Council President Mark Ellison.",
        ],
        "must_not": [
            "Updated Nov. 19, 2019",
            "Read more",
            "Council passes budget on 6-3 vote",
            "Snow plow drivers get raise",
        ],
    },
    "en-wire-reporting-standards": {
        "must": [
            "NAIROBI (Reuters) - Kenya's tea exports rose",
            "“Volumes are back, but the prices",
            "by Joseph Mwangi; Editing by Edmund Kerr)",
        ],
        "must_not": [
            "Our Standards",
            "Trust Principles",
            "More from Reuters",
            "Uganda coffee exports climb",
            "Gold hits two-week high",
        ],
    },
    "en-wp-tags-share-like": {
        "must": [
            "The crab apple tree at the bottom",
            "They simmered for about forty minutes",
            "spring on toast and with roast pork.",
        ],
        "must_not": [
            "Share this:",
            "Like this:",
            "Like Loading",
            "Tagged",
            "Rosehip syrup",
            "Sloe gin, two ways",
            "Leave a Reply",
            "Proudly powered by WordPress",
        ],
    },
}


test_html_page, test_chromium_dump = probe_set_tests(PAGES, FLOORS3, CASES, ENGLISH_FOOTER)

test_flat_dump_is_the_makers, test_flat_dump = flat_dump_tests(
    PAGES, FLOORS3, CASES, ENGLISH_FOOTER
)


@pytest.mark.parametrize(
    "line",
    [
        "Have a news tip?",
        "Got a news tip?",
        "Have a story idea?",
        "Email us at news@courier.example or call the newsroom at 555-0189.",
        "You can also send us tips anonymously through our website.",
        "Call our newsroom at 555-0100 with your story ideas.",
    ],
)
def test_a_news_tip_box_under_the_story_is_chrome(line):

    assert describe(line).kind is Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Residents who have a tip can call the sheriff's office at 555-0100, the sheriff said.",
        "The newsroom got a tip about the fire on Monday night and sent a reporter.",
        "She said the company would email us at the end of the week with its answer.",
        "Police asked people to send tips to the department's anonymous line.",
    ],
)
def test_a_story_s_sentence_about_tips_stays_body(line):

    assert describe(line).kind is Kind.BODY


_STORY = [
    "The old mill on the river reopened on Saturday as a museum, ten years after the last "
    "workers left and the machines fell silent for good.",
    "Volunteers spent three winters cleaning the looms, and two of the former weavers showed "
    "visitors how the machines worked on opening day.",
    "The museum will be open on weekends through October, and admission is free for children "
    "under twelve, the trust that runs it said.",
]
_HEAD = ["Home", "News", "Sport", "Mill reopens as a museum", "By Jane Roe"]
_FOOT = ["Most Read", "Council approves new budget", "Bridge closed for repairs", "About Us"]


def _kept(page: str) -> list[str]:
    lines, reading = read_text_page(page)
    return [lines[i].text for i in reading.text_lines]


@pytest.mark.parametrize("wish", ["Happy gardening.", "Enjoy the weekend!", "See you there."])
@pytest.mark.parametrize("name", ["— Jane", "-- Tom", "– Mark and Lisa"])
def test_a_columnist_s_wish_and_dashed_first_name_under_the_story_are_kept(wish, name):
    page = "\n\n".join([*_HEAD, *_STORY, wish, name, *_FOOT])
    assert _kept(page) == [*_STORY, wish, name]


@pytest.mark.parametrize("remark", ["Stay tuned.", "More to come.", "Enjoy!"])
@pytest.mark.parametrize("end", ["Posted in Phones", "Leave a Reply", None])
def test_a_short_closing_remark_right_above_the_page_s_end_is_kept(remark, end):
    # a blog post's last line, then its category line or its comment form (or nothing)
    page = "\n\n".join([*_HEAD, *_STORY, remark, *([end] if end else [])])
    assert _kept(page) == [*_STORY, remark]


@pytest.mark.parametrize("remark", ["Stay tuned.", "Top Stories"])
def test_a_short_line_above_a_box_of_teasers_is_left_out(remark):
    # not above the page's end: a box of other stories (a closing remark there is a teaser's
    # label as much as the story's)
    page = "\n\n".join([*_HEAD, *_STORY, remark, *_FOOT])
    assert _kept(page) == _STORY


def test_a_columnist_s_bio_under_her_sign_off_is_left_out():
    # the wish and the name are no list whose last paragraph the bio would be
    bio = "Jane Roe is a master gardener who has written this column since 2004."
    page = "\n\n".join([*_HEAD, *_STORY, "Happy gardening.", "— Jane", bio, *_FOOT])
    assert _kept(page) == [*_STORY, "Happy gardening.", "— Jane"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["dump", "flat"])
def test_a_headline_with_a_full_stop_right_under_the_menu_is_no_lead(gap):
    # a blog's post title of two sentences over its date and byline; the blog's name and
    # tagline stand over the menu
    top = ["Notes from the Mill", "", "Life by the river, with two dogs", "", *_MENU]
    headline = "We tried a screen-free summer. Here's what happened."
    page = "\n".join(top) + gap + gap.join([headline, "August 29, 2019 by Jane Roe"])
    page += gap + "\n\n".join([*_STORY, *_FOOT])
    assert _kept(page) == _STORY


def test_a_lead_under_the_headline_under_the_menu_is_read():
    # the headline in a block of its own between the menu and the lead
    lead = "Growers in the valley say machines will pick a fifth of this year's apples."
    page = "\n".join(
        [*_MENU, "", "Orchard growers hire robots", "", lead, "", "Published 12 May 2019"]
    )
    page += "\n\n" + "\n\n".join([*_STORY, *_FOOT])
    assert _kept(page) == [lead, *_STORY]


_MENU = ["Home", "Parenting", "Projects", "Travel", "About"]
