"""Fifth probe round: English text dumps of page kinds the earlier rounds had not seen.

Invented pages (tests/pages/probe3/), each a browser's copy of a whole page: a wire story
with "RELATED:" links and ad slots between its paragraphs, an opinion column with its
author's bio, a story with an editor's note and a correction, a markets story with ticker
lines, a local TV story with its syndication notice, a paywalled story, a long feature
with subheadings and a list, a product review with its verdict box, a health story with
its sources, a sports recap with a box score, a tabloid story with captions and credits
between one-sentence paragraphs, a magazine story with its byline below the standfirst,
a story with an embedded post and a video player, a brief above a list of latest news,
a story with an audio player and a print-edition note, and a ferry story with an update
line; and page kinds of the benchmark's sites: a story told in timed updates apart by
rules of underscores, photo notices as separate lines, a blog platform's post, a
contributor's column, a tabloid's bullet summary and a tech blog's story with image
credits; a reader-funding appeal under a story, a wire story with its staff credit, a
TV network's story with a photo gallery's captions, a cable site's story with app
prompts, a blog post with its comments, a press release, a newsletter box amid the
story, a list of numbered tips and captions that end with their credit in brackets.
Each must keep its story and drop its chrome.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import assert_story
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "probe3"

CASES = {
    "en-wire-related.txt": {
        "first": "WASHINGTON — Federal regulators on Thursday ordered",
        "last": "expected to take at least six weeks.",
        "must": ["Railroad industry groups said"],
        "must_not": ["RELATED:", "READ MORE:", "Advertisement", "Story continues", "More in Nation",
                     "Morning Briefing", "32 Comments", "All rights reserved"],
    },
    "en-opinion-bio.txt": {
        "first": "Every few years my town widens the road",
        "last": "The answer may be nobody you know.",
        "must_not": ["is a professor of urban planning", "The views expressed", "Gift Article",
                     "More from Opinion", "four-day week", "View 48 Comments"],
    },
    # known defect: the editor's note above the story is dropped (the page's shape alone
    # cannot tell it from a notice); the correction below is kept
    "en-editors-note.txt": {
        "last": "It was two, not three.",
        "must": ["The school board voted 5-2 late Monday", "Correction: An earlier version"],
        "must_not": ["Republish this story", "Tags", "Enrollment drop", "Support independent",
                     "Donate"],
    },
    # known (debatable) leak: the "Key Points" sentences above the story are kept
    "en-markets.txt": {
        "must": ["Stocks climbed on Wednesday as investors bought back",
                 "several Federal Reserve officials on Thursday."],
        "must_not": ["NVLX", "+4.8%", "10-yr yield", "Share Article via", "WATCH LIVE",
                     "Subscribe to Markets Daily Pro",
                     "Trending Now", "Mortgage rates", "Data is a real-time snapshot"],
    },
    "en-localtv.txt": {
        "first": "OAKVIEW, Tenn. (WKXT) -- Firefighters pulled two people",
        "last": "The cause of the fire is under investigation.",
        "must_not": ["Photo: Eight News Now", "may not be published, broadcast", "Loading",
                     "Man arrested after police chase", "FCC Public File", "72°"],
    },
    "en-paywall.txt": {
        "first": "For sixty-eight years, the smell of rye bread",
        "last": "decided it is time to sleep in.\"",
        "must_not": ["Subscribe to continue reading", "unlimited digital access",
                     "Already a subscriber", "Copy article link", "High school coach"],
    },
    # known defect: the last paragraph above a photo credit is taken for the photo's
    # caption (here the caption stands below the credit)
    "en-feature-subheads.txt": {
        "first": "The boat from the mainland runs twice a week",
        "must": ["A Job Nobody Wanted", "Life by the Tides", "What Comes Next",
                 "Check the lamp and clean the lenses before sunrise.",
                 "Walk the island to look for storm damage."],
        "must_not": ["Photographs by Mira Castell", "12 minute read", "Read This Next",
                     "remote post office", "Email address", "Your Privacy Choices"],
    },
    "en-review-specs.txt": {
        "first": "The Aurel Q5 arrive in a crowded field",
        "last": "the Aurel Q5 are easy to recommend.",
        "must": ["Design", "Noise cancelling is the real surprise."],
        "must_not": ["Our Verdict", "4 out of 5 stars", "Strong noise cancelling", "$159.99",
                     "Buy now at", "Weight: 250g", "Jump to:", "Senior Audio Editor",
                     "affiliate commission", "Best budget earbuds"],
    },
    "en-health-sources.txt": {
        "first": "A few minutes of light walking after a meal",
        "last": "sitting is good for metabolic health.",
        "must_not": ["Medically reviewed", "Getty Images", "Last medically reviewed",
                     "Sources", "Ruiz A, et al.", "Physical activity basics",
                     "Is sitting really", "informational purposes"],
    },
    # known (debatable) leak: the "Next game:" line under the story is kept
    "en-sports-boxscore.txt": {
        "first": "Desmond Malone scored 27 points",
        "must": ["\"That is on all of us.\""],
        "must_not": ["Box score", "Malone 27, Okoye 19", "Rebounds: Harbor City 46",
                     "Final", "More Basketball", "player of the week", "Standings"],
    },
    "en-tabloid-captions.txt": {
        "first": "A pensioner has found a gold watch",
        "last": "Jean says she will never take it off again.",
        "must": ["She thought it was a stone at first.", "Amazingly, it started ticking"],
        "must_not": ["Jean Cobb with the gold watch she lost in 1984",
                     "The watch still has the engraving", "Jean in the garden where",
                     "Photo: Ben Sharp", "Got a story?", "Most Read", "57 comments"],
    },
    # known (debatable) leak: the standfirst above the byline
    "en-magazine-standfirst.txt": {
        "must": ["In the spring of 1968, the town of Elk Falls",
                 "did not seem to be waiting for an answer."],
        "must_not": ["May 2024 Issue", "This article appears in the May 2024 print edition",
                     "is a staff writer at", "More Stories",
                     "The Case Against the Lawn", "Ideas Newsletter", "All Rights Reserved"],
    },
    # the embedded post's timestamp ("12:04 PM · May 19, 2024") signs the post, it is not
    # the story's dateline; a paragraph of two sentences right after the video player's
    # duration is the story going on, not an item of its "Up Next" box
    "en-embeds.txt": {
        "first": "Lila Grey gave hundreds of fans a surprise on Sunday",
        "last": "Her fall tour begins in October.",
        "must": ["The singer posted a short video", "Grey played seven songs",
                 "The performance lasted about forty minutes.", "Grey's new album, her third"],
        "must_not": ["@lilagreymusic", "Read 86 replies", "Embed", "Watch: Lila Grey",
                     "Replay", "More Videos", "announces fall tour dates",
                     "View this post on Instagram", "A post shared by", "Festival lineup"],
    },
    "en-brief-latest.txt": {
        "first": "A water main break early Thursday has closed Oak Street",
        "last": "Drivers are asked to use Main Street as a detour.",
        "must_not": ["Staff report", "Latest News", "9:42 a.m.", "Library to extend",
                     "Local bakery wins", "Load more"],
    },
    "en-audio-gift.txt": {
        "first": "For most of the last century, the lake trout",
        "last": "to protect the trout that remain.",
        "must_not": ["Listen to this article", "Gift this article", "Reporting from",
                     "covers climate and the environment", "A version of this article",
                     "Order Reprints", "Related Content", "Site Index"],
    },
    "en-updated-wire.txt": {
        "first": "A passenger ferry carrying 140 people ran aground",
        "last": "This story will be updated.",
        "must": ["Update, 11:20 a.m.: All passengers have been taken ashore",
                 "The Associated Wire contributed to this report."],
        "must_not": ["BREAKING NEWS", "1:36", "Passengers describe moment",
                     "Show Comments", "Harbor dredging plan", "Download the app"],
    },
    "en-ap-sections.txt": {
        "first": "RIDGECREST, Calif. (AW) — The latest on wildfires",
        "last": "if the air quality improves.",
        "must": ["6:15 p.m.", "\n\n___\n\n2:30 p.m.\n\nUtility crews", "10:45 a.m."],
        "must_not": ["AP NEWSWIRE", "Oddities", "Ad Choices", "All contents"],
    },
    "en-ap-sections.html": {
        "first": "RIDGECREST, Calif. (AW) — The latest on wildfires",
        "last": "if the air quality improves.",
        "must": ["6:15 p.m.", "\n\n___\n\n2:30 p.m.\n\nUtility crews", "10:45 a.m."],
        "must_not": ["Oddities", "Ad Choices", "All contents"],
    },
    "en-image-copyright.txt": {
        "first": "Cars will be banned from a seaside town's harbour front",
        "last": "will be reviewed after one year.",
        "must": ["Some shop owners had warned"],
        "must_not": ["Image copyright", "Harbour Trust", "Image caption", "packed with parked",
                     "Fishing boats will still", "Related Topics", "More on this story",
                     "Rail strike", "external linking"],
    },
    "en-medium.txt": {
        "first": "For two years, Friday was the day I cleared my inbox.",
        "last": "try it for a month and see what happens.",
        "must": ["Here is what I learned:", "People adapt quickly to a clear rule."],
        "must_not": ["Get started", "5 min read", "1.2K", "claps", "Written by",
                     "Engineer and writer", "More From Medium", "one-hour rule"],
    },
    # known leaks: the author's tagline above the story ("I write about ...") and the author
    # box below it (a name and a sentence)
    "en-contributor.txt": {
        "must": ["When Clara and Joe Whitfield took over",
                 "1. Sell the story, not just the product", "5. Take a day off",
                 "take turns with the milking."],
        "must_not": ["Editors' Pick", "Opinions expressed by", "more than 4 years old",
                     "Reprints & Permissions",
                     "All Rights Reserved"],
    },
    # known leaks: the caption with no credit under it, and the headline repeated under
    # "Share or comment on this article:"
    "en-mail-bullets.txt": {
        "first": "A council worker who found £20,000 in cash",
        "must": ["'At first I thought it was fake money.", "He has restored my faith in people.'"],
        "must_not": ["Binman spotted the bundle", "Owner has now come forward", "Mailnews",
                     "132 shares", "View comments", "What a gentleman", "Click to rate"],
    },
    "en-techblog.txt": {
        "first": "Basketly, a startup that delivers groceries",
        "last": "\"People want the bakery down the street, not a warehouse,\" he said.",
        "must": ["The startup says it now has more than 150,000 monthly customers"],
        "must_not": ["Image Credits", "@ninapark", "Comment", "Early Stage", "Register now",
                     "Sponsored", "live transcripts", "Tech Pulse Media"],
    },
    "en-reuters-style.txt": {
        "first": "COPENHAGEN (Wirenews) - Danish shipping company",
        "last": "Reporting by Lars Holm; Editing by Susan Grant",
        "must_not": ["3 Min Read", "FILE PHOTO", "Our Standards", "Advertise with Us",
                     "Market quotes", "All Rights Reserved"],
    },
    "en-appeal.txt": {
        "first": "Beekeepers across the country are reporting",
        "last": "lower than average last year, at around 16%.",
        "must_not": ["Before you go", "could you help us keep reporting", "Gifts of any size",
                     "from just £1", "Last modified", "Reuse this content", "Most popular"],
    },
    "en-cnn-style.txt": {
        "first": "Millbrook, Missouri (NWN) — The river that swallowed",
        "last": "with shovels, bleach and hot meals.",
        "must_not": ["Updated 1250 GMT", "Download the NWN app", "Photos: Flooding",
                     "Residents clear mud", "Hide Caption", "1 of 8", "Paid Content",
                     "License Footage"],
    },
    "en-fox-style.txt": {
        "first": "A man who swam across a lake to rescue",
        "last": "\"But we are glad it worked out.\"",
        "must_not": ["top headlines for November 20", "CLICK HERE", "Continue Reading Below",
                     "is a reporter for", "Trending in Lifestyle", "rare coin",
                     "may not be copied"],
    },
    "en-wordpress.txt": {
        "first": "Every October I promise myself I will get the garlic in early",
        "last": "It is the easiest crop in my garden.",
        "must_not": ["Posted on", "Like Loading", "Categories:", "Previous Post",
                     "2 thoughts on", "I always forget the garlic", "Good luck Tom",
                     "Required fields", "Blog at"],
    },
    # debatable: the media contact under the release (an end marker here) is left out
    "en-prwire.txt": {
        "first": "CHICAGO, Nov. 20, 2019 /PRWire/ -- Brightway Foods Inc.",
        "last": "under the Brightway and Green Bowl brands.",
        "must": ["About Brightway Foods"],
        "must_not": ["News provided by", "Share this article", "SOURCE Brightway",
                     "Related Links", "For Journalists", "All Rights Reserved"],
    },
    "en-inline-signup.txt": {
        "first": "The county library system signed up nearly three times",
        "last": "are considering similar policies.",
        "must": ["\"We were turning away the very people"],
        "must_not": ["daily newsletter", "delivered to your inbox", "Email address",
                     "By signing up", "covers local government", "two new branch libraries",
                     "Around the web", "Share your thoughts"],
    },
    "en-numbered-tips.txt": {
        "first": "A slow kitchen drain is one of the most common",
        "last": "it is time to call a professional.",
        "must": ["1. Never pour grease down the drain", "7. Know when to call a plumber"],
        "must_not": ["Updated on", "Was this page helpful", "Thanks for letting us know",
                     "Related Articles", "descale a kettle", "Follow Us"],
    },
    "en-inline-credit.txt": {
        "first": "A village shop that had been on the market for two years",
        "last": "gave them a grant and a loan.",
        "must": ["\"It is the only place in the village"],
        "must_not": ["(Image: Amy Lowe)", "Volunteers outside the shop", "Shopkeeper Nora Pike",
                     "Want more news", "Most Read", "Man rescued", "Show Comments"],
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def articles():
    return {name: extract_article(read_source(str(PAGES / name))) for name in CASES}


@pytest.mark.parametrize("name", CASES)
def test_story_is_kept_whole_and_alone(articles, name):
    assert_story(articles[name], CASES[name])


def test_a_post_signature_is_chrome_but_a_sentence_about_a_video_is_not():
    from tts_pipeline.extract.linefeatures import Kind
    from tts_pipeline.extract.lines import describe

    assert describe("A post shared by Jane Doe (@janedoe)").kind is Kind.CHROME
    assert describe("A video shared by police shows the driver running away.").kind is Kind.BODY
