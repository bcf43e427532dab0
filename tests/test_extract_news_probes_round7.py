"""Probe pages of round 7 (tests/pages/probe_news7/): invented news pages of kinds the other
probe sets lack: a JavaScript-off page with noscript fallbacks, lazy-loaded images with
credits in their captions, embedded posts (a tweet, which the benchmark counts as body, an
Instagram card and a video frame), a story cut by "READ MORE:" links and an ad slot,
Brightspot, Drupal, Joomla, Squarespace and Blogger markup, a wire story with an "(AP) —"
dateline, a business story with a stock-quote widget, a game story with a box score, a
health article with a reviewer line and references, a science story with footnotes, an
explainer with a table of contents, a radio transcript, a story with a correction at its
end (part of the story), a feature with pull quotes, a page with a second story as a
teaser below, and an old table layout. Each page is cleaned as HTML and as the text dump
rendered from it; each must reach its F1 against the true body and keep its story's
phrases while dropping chrome.
"""

from __future__ import annotations

from pathlib import Path

from tests.story_cases import probe_set_tests, rendered_dump
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "probe_news7"

# name: (HTML floor, dump floor), a little under what the cleaner reaches.
FLOORS = {
    "ap-dateline": (0.97, 0.97),
    "blogger": (0.97, 0.97),
    "box-score": (0.98, 0.93),
    "brightspot": (0.97, 0.97),
    "correction-note": (0.97, 0.97),
    "drupal": (0.95, 0.91),
    "embeds": (0.97, 0.97),
    "explainer-toc": (0.97, 0.97),
    "health-reviewed": (0.98, 0.95),
    "joomla": (0.98, 0.95),
    "js-off": (0.95, 0.97),
    "lazy-figcaption": (0.97, 0.97),
    "pull-quotes": (0.94, 0.97),
    "radio-transcript": (0.97, 0.97),
    "readmore-inline": (0.97, 0.97),
    "science-footnotes": (0.94, 0.94),
    "squarespace": (0.97, 0.96),
    "stock-widget": (0.97, 0.95),
    "table-layout": (0.96, 0.97),
    "two-articles": (0.98, 0.96),
}

CHROME = ["Accept all", "Privacy Policy", "All rights reserved", "Subscribe"]

# "text_keeps" / "html_keeps": chrome a reading still keeps (known defects).
CASES = {
    "ap-dateline": {"must": ["MILLBROOK, Ore. (AP) —", "Carl Jensen in Portland contributed"],
                    "must_not": ["AP Photo/Ben Ortega", "Recommended for you", "Sign up!",
                                 "BLOX Content"]},
    "blogger": {"must": ["Next job: the gate."],
                "must_not": ["Posted by", "Newer Post", "Blog Archive", "proper job, Tom",
                             "Email This"]},
    "box-score": {"must": ["rimmed out"],
                  "must_not": ["More Mariners coverage", "Kim Dao / Sentinel"],
                  "text_keeps": ["Kim Dao / Sentinel"]},
    "brightspot": {"must": ["Why the commission cut the request", "better than expected."],
                   "must_not": ["Related Stories", "More Local News", "FCC Public File", "Route 14",
                                "Freezing fog"]},
    "correction-note": {"must": ["Correction: An earlier version", "Editor's note: This story"],
                        "must_not": ["Have a news tip?", "Related Stories",
                                     "School board race draws"]},
    "drupal": {"must": ["growers' associations."],
               "must_not": ["Media contact", "Latest news", "Skip to main content",
                            "Registered charity"]},
    "embeds": {"must": ["(@paperlanternsband) November 23, 2026", "back behind the kit"],
               "must_not": ["View this post on Instagram", "Trending", "Get the Backbeat",
                            "Official Video"]},
    "explainer-toc": {"must": ["What if I already compost at home?", "You can carry on."],
                      "must_not": ["Back to top", "Key dates", "More explainers", "Contents",
                                   "Accept additional cookies"]},
    "health-reviewed": {"must": ["Much of what we call taste is really smell."],
                        "must_not": ["Get our wellness newsletter", "Read this next",
                                     "Last medically reviewed", "Was this article helpful",
                                     "Harlow J, et al.", "Medically reviewed by"],
                        "text_keeps": ["Harlow J, et al."]},
    "joomla": {"must": ["society's fund for young singers."],
               "must_not": ["Read 312 times", "Rate this item", "Related items",
                            "Leave a comment", "GNU General Public License"]},
    "js-off": {"must": ["review the arrangement in six months."],
               "must_not": ["Please enable JavaScript", "Most Read", "Advertisement",
                            "upgrading to a web browser"]},
    "lazy-figcaption": {"must": ["Volunteers will be at the viewing area"],
                        "must_not": ["Photo: Alan Mercer", "Credit: Coastline Today",
                                     "Support local news", "Share this:", "Previous:",
                                     "Image courtesy of"]},
    "pull-quotes": {"must": ["sailing again by the summer of 2028."],
                    "must_not": ["You might also like", "Enjoyed this story?",
                                 "Photograph: Sam Keogh"],
                    "text_keeps": ["Photograph: Sam Keogh"]},
    "radio-transcript": {"must": ["DALE HUNT: We lost the whole flock"],
                         "must_not": ["Listen Live", "More Stories From EPR", "Download",
                                      "Accuracy and availability"]},
    "readmore-inline": {"must": ["if the teenager's condition worsened."],
                        "must_not": ["READ MORE", "Advertise with", "Latest news",
                                     "Surf clubs short of volunteers"]},
    "science-footnotes": {"must": ["give farmland colonies the same benefit."],
                          "must_not": ["More in Life", "Production of new queens",
                                       "Cite this article"]},
    "squarespace": {"must": ["seeing it through."],
                    "must_not": ["Written by", "Join our mailing list", "Powered by Squarespace",
                                 "Seed swap dates"]},
    "stock-widget": {"must": ["about a quarter of its value"],
                     "must_not": ["Most Popular News", "Trending Tickers", "DJIA",
                                  "Listen (3 min)"]},
    "table-layout": {"must": ["must be returned by July 10."],
                     "must_not": ["Other Headlines", "Printer-friendly", "CLASSIFIEDS",
                                  "Kline Feed"]},
    "two-articles": {"must": ["summer of 2027."],
                     "must_not": ["Continue reading", "Most Read", "Next article", "ice cream"]},
}  # fmt: skip


test_html_page, test_rendered_dump = probe_set_tests(PAGES, FLOORS, CASES, CHROME, dumps="rendered")


TRANSCRIPT = "\n".join([
    "Valley Radio", "News", "Music", "Donate", "",
    "Why the ferry fares are going up", "", "March 3, 2026 5:06 PM ET", "",
    "ANNA LEE, HOST: Fares on the island ferries will rise by a tenth in April. Our reporter "
    "Tom Hart went down to the pier to ask the crews and the passengers what they make of it.", "",
    "TOM HART, BYLINE: The morning boat leaves at seven, and by a quarter to the queue of cars "
    "already reaches back past the harbour office and the old fish market.", "",
    "RUTH OWEN: I cross twice a day for work, so for me it is another forty pounds a month.", "",
    "HART: The operator says fuel and new engines have pushed its costs up by a fifth since last "
    "year. For Valley Radio News, I'm Tom Hart.", "",
    "Copyright © 2026 Valley Radio. All rights reserved. Visit our website terms of use and "
    "permissions pages for further information. Transcripts are made on a rush deadline and may "
    "not be in their final form. Accuracy and availability may vary.", "",
    "More Stories", "Library opens on Sundays", "Bridge repairs start in May",
])  # fmt: skip


def test_long_copyright_notice_under_a_transcript_is_chrome(tmp_path):
    """A copyright notice too long for an end marker (the copyright, then terms of use and
    a note on transcripts) is still the page's notice, not a paragraph of the story."""
    dump = tmp_path / "transcript.txt"
    dump.write_text(TRANSCRIPT, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert text.endswith("I'm Tom Hart.")
    assert "All rights reserved" not in text
    page = rendered_dump(PAGES / "radio-transcript.html", tmp_path)
    assert "Accuracy and availability" not in "\n".join(
        extract_article(read_source(str(page))).paragraphs
    )


FOOTNOTES = "\n".join([
    "Field Notes", "Life", "Earth", "Space", "",
    "Moths in lit streets lay fewer eggs", "", "By Jane Roe", "",
    "Moths that live along streets lit all night lay about a third fewer eggs than moths in "
    "dark lanes nearby, a study of twenty sites around a market town has found.[1]", "",
    "The researchers set traps along pairs of lanes, one of each pair under street lamps and "
    "one unlit, and counted the eggs laid by the females they caught over two summers.", "",
    "The team now wants to know whether warmer lamps, which many towns are putting up to save "
    "power, make any difference to the moths.[2]", "",
    "Notes", "",
    "Roe J, Park A. Street lighting and moth fecundity. Journal of Insect Ecology, 2026.",
    "Warmer lamps give off less blue light, which insects see best.", "",
    "Cite this article", "",
    "Roe J. Moths in lit streets lay fewer eggs. Field Notes, 2 March 2026.", "",
    "More in Life", "Why frogs sing after rain",
])  # fmt: skip


def test_notes_and_citation_under_the_story_are_not_read(tmp_path):
    """A story's notes ("Notes", "Footnotes") and the box that says how to cite it are boxes
    below the story, not more of it."""
    dump = tmp_path / "moths.txt"
    dump.write_text(FOOTNOTES, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert text.endswith("make any difference to the moths.[2]")
    assert "Street lighting and moth fecundity" not in text
    assert "Cite this article" not in text


GUIDE = "\n".join([
    "Town Guide", "News", "Guides", "Events", "",
    "New parking permits: what you need to know", "", "By Jane Roe", "",
    "Contents", "What is changing?", "Who needs a permit?", "How much will it cost?", "",
    "The council will bring in resident parking permits in the streets around the station from "
    "May, after a consultation in which most people who replied said they could not park near "
    "their homes during the day.", "",
    "What is changing?", "",
    "From May, only cars with a permit will be allowed to park in the marked bays between eight "
    "in the morning and six in the evening, from Monday to Saturday.", "",
    "Who needs a permit?", "",
    "Anyone who lives in one of the twelve streets in the zone and keeps a car there will need a "
    "permit, and each household may have up to two of them.", "",
    "How much will it cost?", "",
    "The first permit will cost forty pounds a year and the second sixty, with a discount for "
    "electric cars and free permits for blue badge holders.", "",
    "Related guides", "How to pay a parking fine",
])  # fmt: skip


def test_table_of_contents_goes_and_the_subheadings_stay(tmp_path):
    """A list of a guide's sections above it, each repeated below as a subheading, is a table
    of contents: the list is left out, and every subheading stays with its text."""
    dump = tmp_path / "guide.txt"
    dump.write_text(GUIDE, "utf-8")
    paragraphs = extract_article(read_source(str(dump))).paragraphs
    assert paragraphs[0].startswith("The council will bring in")
    assert paragraphs.count("Who needs a permit?") == 1
    assert paragraphs[paragraphs.index("How much will it cost?") + 1].startswith("The first")


REVIEWED = """<html><head><title>Can cold water ease a sore throat?</title></head><body>
<header><a href="/">Health Daily</a>
<nav><a href="/a">Conditions</a> <a href="/b">Nutrition</a></nav></header>
<main><article><h1>Can cold water ease a sore throat?</h1>
<div class="meta">Medically reviewed by Ann Lowe, MD — Written by Sam Price — Updated on
May 4, 2026</div>
<div class="body">
<p>Many people reach for a hot drink when their throat hurts, but cold drinks and ice can
help too, because cold narrows the swollen blood vessels in the lining of the throat.</p>
<p>Sucking ice chips or drinking cold water may dull the pain for a while, and staying well
hydrated keeps the throat moist, which makes swallowing easier.</p>
<p>See a doctor if a sore throat lasts for more than a week, or if it comes with a high fever
or trouble breathing.</p>
</div></article></main>
<footer><p>About us</p><p>Privacy Policy</p></footer></body></html>"""


def test_medical_reviewer_line_is_a_byline(tmp_path):
    """A health article's reviewer line ("Medically reviewed by <name>, MD — Written by
    <name>") is its byline, not its lead."""
    page = tmp_path / "throat.html"
    page.write_text(REVIEWED, "utf-8")
    text = "\n".join(extract_article(read_source(str(page))).paragraphs)
    assert text.startswith("Many people reach for a hot drink")
    assert "Medically reviewed" not in text


SEALS = "\n".join([
    "Coast News", "Home", "Nature", "",
    "Puffins return early to the islands", "", "By Jane Roe", "",
    "The first puffins of the year were seen on the outer islands on Sunday, almost a week "
    "earlier than the wardens have recorded them in any year since the counts began.", "",
    "Wardens think the mild weather at sea in March brought the birds back sooner, and expect "
    "the main colony to be busy within a fortnight.", "",
    "A warden counts burrows on the north slope. Image courtesy of the Island Trust", "",
    "Boat trips to the islands start on the first of April, and the trust asks visitors to keep "
    "to the paths, where the ground is riddled with burrows.", "",
    "More from Nature", "Seal pups born on the sandbank",
])  # fmt: skip


def test_caption_ending_in_courtesy_credit_is_not_story(tmp_path):
    """A caption in the story that ends in its credit without a colon ("... on the north
    slope. Image courtesy of the Island Trust") is a caption."""
    dump = tmp_path / "puffins.txt"
    dump.write_text(SEALS, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "Image courtesy" not in text
    assert text.endswith("riddled with burrows.")


NEXT_STORY = "\n".join([
    "Valley Times", "News", "Sport", "",
    "Old mill to become a bakery school", "", "Jane Roe", "Monday 1 June 2026", "",
    "The old water mill on the river is to become a school for bakers after the town council "
    "agreed to lease it to a baking charity for twenty years at a nominal rent.", "",
    "The charity will teach bread making to young people who have left school without a job, "
    "and will sell the bread they bake from a shop on the ground floor.", "",
    "It hopes to take its first students in the spring.", "",
    "Next article", "",
    "Library wins award for its reading club", "", "John Doe", "Sunday 31 May 2026", "",
    "The town library has won a national award for the reading club it runs for children who "
    "find reading hard, which now has more than eighty members.", "",
    "The club meets on Saturday mornings, when volunteers read with the children in small "
    "groups and help them choose books to take home.", "",
    "Continue reading",
])  # fmt: skip


def test_next_article_label_ends_the_story(tmp_path):
    """ "Next article" over another story loaded below the page's own ends the story: the
    next story's opening is not read with it."""
    dump = tmp_path / "mill.txt"
    dump.write_text(NEXT_STORY, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert text.endswith("first students in the spring.")
    assert "reading club" not in text


SECTION_BOX = "\n".join([
    "Channel 5 News", "Local", "Weather", "",
    "Bridge on Route 9 to close for repairs", "", "By Jane Roe", "",
    "The bridge that carries Route 9 over the river will close for six weeks from Monday while "
    "crews replace its deck, the state transportation department said on Tuesday.", "",
    "Drivers will be sent on a signed detour through the town centre, which officials said "
    "would add about ten minutes to the trip at busy times.", "",
    "More Local News", "",
    "City council delays vote on new library", "A final vote is now expected in January.",
    "Two hurt in crash on Main Street", "Both were taken to hospital with minor injuries.",
])  # fmt: skip


def test_section_box_title_ends_the_story(tmp_path):
    """A box of a section's stories ("More Local News") below the story is not read with it,
    however short the summaries under its teasers."""
    dump = tmp_path / "bridge.txt"
    dump.write_text(SECTION_BOX, "utf-8")
    text = "\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert text.endswith("at busy times.")
    assert "final vote" not in text
