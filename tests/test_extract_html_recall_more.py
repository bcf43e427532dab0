"""HTML pages: text of the story that trafilatura leaves out and the cleaner reads (issue
13, helper C). Every page here is invented."""

from __future__ import annotations

from tts_pipeline.extract.html import extract_html

STORY = [
    "The harbour board met on Tuesday evening to decide on the new quay and its costs.",
    "After three hours of debate the members agreed to build it in two stages instead of one.",
    "The first stage will start in the spring, when the storms of the winter are over.",
    "Fishermen said they welcomed the decision but feared the works would block the channel.",
    "The board promised to keep one lane open for boats at all times during the works.",
    "A second meeting on the financing of the second stage is planned for the autumn.",
]


TOOLS = "".join(
    f"<div><a href='/{w}'>{w}</a></div>"
    for w in ("Print", "Mail", "Save", "Listen", "Font size", "Copy", "Gift", "Alert", "Follow")
)
"""A tool bar of more short lines than may stand between a lead and the story."""


def _page(head: str, header: str, body: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>New quay | Harbour News</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<header class='article-header'><h1>The board agrees on a new quay</h1>{header}</header>"
        f"<article>{paragraphs}{body}</article><footer>© Harbour News</footer></body></html>"
    )


def test_a_paragraph_below_the_headline_that_the_description_says_is_read():
    """A sentence right below the headline whose words are the page's description is the
    standfirst the site wrote: it is read. Without the description saying it, or without
    a sentence's end (a second headline), it is not."""
    standfirst = "Two stages, one open lane: how the harbour will change next year."
    meta = f"<meta property='og:description' content='{standfirst}'>"
    header = f"<p>{standfirst}</p><div class='tools'>{TOOLS}</div>"
    found = extract_html(_page(meta, header)).paragraphs
    assert list(found) == [standfirst, *STORY]
    assert standfirst not in extract_html(_page("", header)).paragraphs
    counts = "".join(f"<div>{c}</div>" for c in ("Asked 3 days ago", "Viewed 120 times", "12"))
    found = extract_html(_page(meta, counts + header)).paragraphs
    assert list(found) == [standfirst, *STORY]
    found = extract_html(_page(meta, header.replace("p>", "div>", 2))).paragraphs
    assert list(found) == [standfirst, *STORY]
    subtitle = standfirst.rstrip(".")
    meta = f"<meta property='og:description' content='{subtitle}'>"
    header = f"<p>{subtitle}</p><div class='tools'>{TOOLS}</div>"
    found = extract_html(_page(meta, header)).paragraphs
    assert subtitle not in found and "Print" not in found


SOURCES = [
    "Miller A, Stone B, 2004. Tides and quays of the northern coast. Harbour Studies 12.",
    "Young C, 1998. The building of breakwaters. Coastal Press, Leeds.",
    "Baker D, Hill E, 2015. Channels kept open during works. Port Review 3.",
]
TEASERS = [
    "New ferry line opens in the west",
    "Storm damages the old pier again",
    "Fish prices rise at the market",
]


def _story_with_box(title: str, items: list[str]) -> tuple[str, ...]:
    above = "".join(f"<p>{p}</p>" for p in STORY[:3])
    below = "".join(f"<p>{p}</p>" for p in STORY[3:])
    box = f"<h3>{title}</h3><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    html = (
        "<html><head><title>Quay</title></head><body><h1>The board agrees on a new quay</h1>"
        f"<article>{above}{box}{below}</article></body></html>"
    )
    return extract_html(html).paragraphs


def test_the_sources_a_story_cites_under_a_box_title_are_read():
    """A list under "References" amid the story whose items each cite a year is the story's
    sources (author, year, title): read. Items without a year under such a title, or under
    "Related stories", are a box's teasers: not read."""
    found = _story_with_box("References", SOURCES)
    assert list(found) == [*STORY[:3], *SOURCES, *STORY[3:]]
    for title in ("References", "Related stories"):
        found = _story_with_box(title, TEASERS)
        assert list(found) == STORY
