"""Probe pages of round 11 (tests/pages/probe_news11/): invented 2019-2020-style English pages of
site families and story shapes the other probe sets lack, each with the dump Chromium gives for
"select all, copy" of it (<name>.dump.txt, JavaScript and CSS off). A WordPress "Newspaper"
theme story with its author box, comments and "You may also like" grid; a Ghost blog post with
its subscribe form and read-next cards; a morning newsletter of short stories under bold leads;
letters to the editor, each signed "Name, Town"; a film review with star rating and info box; a
fact-check with its "Claim / Rating" box; an election story with a results table; a weekly
police log of timed items under day headings; a "Today in History" list; an investigation with
a tip-line appeal in full sentences; a startup-funding story with inline "Read more:" links, an
event promo box and an author bio; a match report with player ratings and a poll; an AMP page
with its sidebar menu and share buttons; and a Hugo blog post with a table of contents. Each
page must reach its F1 as HTML and as its Chromium dump, keep its story's phrases and drop the
chrome.
"""

from __future__ import annotations

from pathlib import Path

from tests.story_cases import probe_set_tests

PAGES = Path(__file__).parent / "pages" / "probe_news11"

# name: (HTML floor, Chromium dump floor), a little under what the cleaner reaches.
FLOORS = {
    "amp-sidebar": (0.98, 0.98),
    "election-results": (0.98, 0.98),
    "fact-check": (0.98, 0.98),
    "film-review": (0.96, 0.98),
    "ghost-post": (0.96, 0.94),
    "hugo-blog": (0.98, 0.98),
    "investigation-tipline": (0.95, 0.95),
    "letters-editor": (0.96, 0.98),
    "morning-briefing": (0.98, 0.98),
    "police-blotter": (0.98, 0.98),
    "sports-ratings": (0.92, 0.93),
    "tech-event": (0.98, 0.98),
    "today-history": (0.98, 0.98),
    "wp-newspaper": (0.98, 0.98),
}

CHROME = ["Privacy Policy", "All rights reserved", "All Rights Reserved"]

# "<kind>_keeps": chrome a reading still keeps; "<kind>_misses": story it still loses
# (known defects); kind is "html" or "text" (the Chromium dump).
CASES = {
    "amp-sidebar": {"must": ["Residents of three coastal towns are being warned",
                             "bring their own shovels."],
                    "must_not": ["Watch Live", "Local News", "More Local News",
                                 "View Full Site", "Advertisement", "Published: Oct. 26, 2019",
                                 "Public Inspection File"]},
    "election-results": {"must": ["Political newcomer Chidi Okafor won", "Chidi Okafor",
                                  "Precincts reporting: 14 of 14.",
                                  "sworn in on Jan. 6."],
                         "must_not": ["Published 11:48 p.m.", "Library Levy",
                                      "Election Coverage", "Live results for every race"]},
    "fact-check": {"must": ["Claim:", "Rating:", "A post shared thousands of times",
                            "We rate this claim False."],
                   "must_not": ["Recent Fact Checks", "Donate today", "Send it to us",
                                "Corrections Policy", "Share on Facebook"]},
    "film-review": {"must": ["For its first twenty minutes", "I will be there to see it."],
                    "must_not": ["Get Tickets", "Where to watch", "More Reviews", "Night Ferry",
                                 "Get our weekly review roundup", "Ad Choices"]},
    "ghost-post": {"must": ["I started riding the N14", "Who rides at 3am",
                            "waiting for longer than that already."],
                   "must_not": ["Subscribe to Kerbside Notes", "Get the latest posts",
                                "See all 14 posts", "successfully subscribed",
                                "Where the city's pavements are narrowest"]},
    "hugo-blog": {"must": ["When we moved into this flat", "What did not",
                           "what has worked for you."],
                  "must_not": ["Table of Contents", "Previous Post", "Share this post",
                               "comments powered by Disqus", "Recent posts",
                               "Thin Soil is a small blog", "Powered by"]},
    "investigation-tipline": {"must": ["From the road, the Coldwater landfill",
                                       "Missed deadlines", "a spokeswoman said."],
                              "must_not": ["Become a member", "Do you have information",
                                           "Republish This Story", "Help us keep digging",
                                           "Part 2: The wells nobody tested", "Ethics Policy"]},
    "letters-editor": {"text_misses": ["Libraries are more than books"],
                       "must": ["Libraries are more than books", "I was saddened to read",
                                "Margaret Hale, Dunmore", "Tom Achebe, Fenwick",
                                "even on a smaller scale."],
                       "must_not": ["Have your say", "More from Opinion", "Write to us at",
                                    "Comments are closed", "Cookie policy", "IPSO"]},
    "morning-briefing": {"must": ["Good morning. It's Tuesday",
                                  "Flood barriers go up downtown.",
                                  "Here's what else is happening",
                                  "That's it for today."],
                         "must_not": ["We use cookies", "Sign up here",
                                      "Get the Morning Briefing", "Latest Newsletters",
                                      "Most Read", "Subscribe for $1"]},
    "police-blotter": {"must": ["Monday, June 10", "A Lake Road resident reported",
                                "no damage was reported."],
                       "must_not": ["Share this:", "Filed Under", "Subscribe to the Press",
                                    "Recent Posts", "Powered by WordPress",
                                    "Fireworks complaints"]},
    "sports-ratings": {"html_keeps": ["Who was your man of the match?"],
                       "text_keeps": ["Who was your man of the match?"],
                       "must": ["Substitute Emeka Nwosu headed in a corner",
                                "Calder City player ratings", "Jordan Ashdown 8",
                                "home on the same day."],
                       "must_not": ["Who was your man of the match?", "Championship Table",
                                    "Latest Football News", "Show Purposes", "12 comments"]},
    "tech-event": {"must": ["Parcelly, a startup that installs smart package lockers",
                            "did not disclose its valuation."],
                   "must_not": ["Read more:", "Register now", "Early-bird tickets end Friday.",
                                "More articles by Kenji Moreau", "The Daily Crunch",
                                "Most Popular", "Image Credits"]},
    "today-history": {"must": ["Today is Tuesday, April 14", "On this date:",
                               "In 1865, President Abraham Lincoln",
                               "Thought for Today:"],
                      "must_not": ["More Today in History", "Trending", "Sign up!",
                                   "This material may not be published", "BLOX"]},
    "wp-newspaper": {"must": ["More than 150 people crowded", "Cleanup plan questioned",
                              "until March 4."],
                     "must_not": ["Share on Facebook", "RELATED ARTICLES", "LEAVE A REPLY",
                                  "Please enter your comment", "Previous article",
                                  "Dana Whitcombe covers county government", "MOST POPULAR",
                                  "You may also like", "Nobody who lives on River Road"]},
}  # fmt: skip


test_html_page, test_chromium_dump = probe_set_tests(PAGES, FLOORS, CASES, CHROME)
