"""HTML pages whose story lines the cleaner lost (issue 13, helper c8, round 7). Every page
is invented here; each test asserts what must and must not be read."""

from __future__ import annotations

from tts_pipeline.extract.combine import Story

STORY = [
    "The money tree has become one of the most popular houseplants of the last few years.",
    "It needs a bright room, but no direct sun, and only a little water every other week.",
    "Growers say the round leaves turn towards the window, so the pot should be turned often.",
    "New shoots come up around the stem and can be cut off and potted on their own in spring.",
    "In a cold room the plant stops growing, but it comes back once the days get warmer.",
]


def _story(html: str, trafilatura: list[str]) -> Story:
    """The story of ``html`` when trafilatura's reading of it is the lines ``trafilatura``."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    page = render_tree(parse(html))
    return story_lines(page, "\n".join(trafilatura), page_meta(page), ())


def _page(below_headline: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Money trees | Green Rooms</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/plants'>Plants</a></nav>"
        f"<article><h1>How to grow a money tree at home</h1>{below_headline}"
        f"{paragraphs}</article><footer>© Green Rooms</footer></body></html>"
    )


INVITE = (
    "The money tree is an easy plant that thrives in bright rooms and forgives the odd "
    "missed watering, which makes it a favourite of first-time growers. Share this story "
    "with a friend who has one."
)
NOTICE = (
    "This post contains links to products from our partners, and we may earn a commission "
    "when you buy through them. Prices and offers change often and apply only as listed."
)


def test_a_lead_right_below_the_headline_with_an_invite_in_it_is_read() -> None:
    """A paragraph right below the headline that the dump cleaner keeps but that reads as
    chrome only by an invite in it ("Share this story with a friend") is the lead; a notice
    with such words below the byline and date is not."""
    story = _story(_page(f"<p>{INVITE}</p>"), STORY)
    assert story.paragraphs[0] == INVITE
    assert list(story.paragraphs[1:]) == STORY
    byline = "<div>By Jane Roe</div><div>12 March 2026</div>"
    story = _story(_page(f"{byline}<p>{NOTICE}</p>"), STORY)
    assert NOTICE not in story.paragraphs
    assert list(story.paragraphs) == STORY


STANDFIRST = (
    "The money tree grows slowly, forgives the odd missed watering and lives for decades, "
    "which makes it the houseplant most first-time growers start with."
)
FACTS = "".join(
    f"<li>{fact}</li>"
    for fact in (
        "Height up to two metres",
        "Bright room",
        "Little water",
        "Loamy soil",
        "Grows slowly",
        "Lives for decades",
        "Safe for cats",
        "Shoots in spring",
        "Easy to share",
    )
)
"""A plant's facts: more short lines than may stand between a lead and the story."""


def test_the_dump_cleaners_paragraph_in_the_descriptions_words_is_read() -> None:
    """A paragraph right below the headline in the words of the page's description is its
    standfirst: read when the dump cleaner keeps it, though a list of short facts stands
    between it and the story (too far above for a lead); not when the description does not
    say it."""
    meta = f"<meta name='description' content='{STANDFIRST}'>"
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)

    def page(head: str, below_headline: str) -> str:
        return (
            f"<html><head><title>Money trees | Green Rooms</title>{head}</head><body>"
            "<article><h1>How to grow a money tree at home</h1>"
            f"{below_headline}{paragraphs}</article><footer>© Green Rooms</footer></body></html>"
        )

    header = f"<p>{STANDFIRST}</p><ul>{FACTS}</ul>"
    story = _story(page(meta, header), STORY)
    assert list(story.paragraphs) == [STANDFIRST, *STORY]
    story = _story(page("", header), STORY)
    assert list(story.paragraphs) == STORY
