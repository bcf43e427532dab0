"""HTML pages whose story the cleaner read wrong (issue 13, helper a9, round 9). Every page
is invented here; each test asserts what must and must not be read."""

from __future__ import annotations

from tts_pipeline.extract.combine import Story

STORY = [
    "The village hall reopened on Saturday after a year of repairs to its leaking roof.",
    "Volunteers raised most of the money with cake sales, a sponsored walk and a raffle.",
]

MORE = [
    "The new roof is made of slate from the old quarry above the village, as the first was.",
    "The builders found a time capsule from the year the hall was built under the old floor.",
]


def _story(html: str, trafilatura: list[str]) -> Story:
    """The story of ``html`` when trafilatura's reading of it is the lines ``trafilatura``."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    page = render_tree(parse(html))
    return story_lines(page, "\n".join(trafilatura), page_meta(page), ())


def test_a_linked_title_right_below_the_story_is_read() -> None:
    """A linked line trafilatura keeps right below the story's last paragraph (the title of
    the film or the source the story points to) is the story's; a menu's link trafilatura
    keeps above the story is not."""
    link = "A short film about the hall and its volunteers"
    html = (
        "<html><head><title>Hall reopens | Valley Post</title></head><body>"
        "<div class='top'><a href='/events'>Upcoming village events</a></div>"
        "<h1>Village hall reopens after repairs</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + f"<p><a href='https://video.example/hall'>{link}</a></p>"
        "<div class='foot'>© Valley Post</div></body></html>"
    )
    story = _story(html, ["Upcoming village events", *STORY, link])
    assert link in story.paragraphs
    assert list(story.paragraphs) == [*STORY, link]
    assert "Upcoming village events" not in story.paragraphs


def test_a_footer_link_or_a_menu_right_below_the_story_is_not_read() -> None:
    """A link below the story that is not a paragraph of its own (a "back to" link in a
    ``<div>``), or the first of a run of links (a menu), is not the story's."""
    back = "Back to all stories"
    menu = ["Village news archive", "Parish council minutes"]
    for below in (
        f"<div><a href='/news'>{back}</a></div>",
        "".join(f"<p><a href='/{n}'>{item}</a></p>" for n, item in enumerate(menu)),
    ):
        html = (
            "<html><head><title>Hall reopens | Valley Post</title></head><body>"
            "<h1>Village hall reopens after repairs</h1>"
            + "".join(f"<p>{p}</p>" for p in STORY)
            + below
            + "<div class='foot'>© Valley Post</div></body></html>"
        )
        story = _story(html, [*STORY, back, *menu])
        assert list(story.paragraphs) == STORY


def test_a_here_is_the_way_to_link_is_chrome_in_german() -> None:
    """ "Hier geht es zur ..." is a link's prompt as "Hier geht's zur ..." is."""
    from tts_pipeline.extract.linefeatures import Kind
    from tts_pipeline.extract.lines import describe
    from tts_pipeline.extract.patterns import chrome_languages

    with chrome_languages(("de",)):
        assert describe("Hier geht es zur neuen Satzung des Vereins").kind is Kind.CHROME
        assert describe("Hier geht's zur neuen Satzung des Vereins").kind is Kind.CHROME


def test_a_paragraph_above_a_photo_credit_is_not_a_caption() -> None:
    """A paragraph of three sentences (text in a ``<div>``) trafilatura keeps right above a
    photo's credit reads as the photo's caption by its neighbour, but it is the story's last
    paragraph; a caption in a ``<figcaption>`` above its credit is not read."""
    last = (
        "Next spring the volunteers want to paint the hall. They also plan a hedge along its "
        "path. Anyone who wants to help can come to the meeting on Friday."
    )
    caption = "Volunteers carry chairs back into the main room of the reopened hall."
    html = (
        "<html><head><title>Hall reopens | Valley Post</title></head><body>"
        "<h1>Village hall reopens after repairs</h1>"
        + "".join(f"<p>{p}</p>" for p in [*STORY, *MORE])
        + f"<figure><img src='chairs.jpg'><figcaption>{caption}</figcaption>"
        "<div>Photo: Jane Roe</div></figure>"
        f"<div class='text'><div>{last}</div><div>Photo: John Doe</div></div>"
        "<div class='foot'>© Valley Post</div></body></html>"
    )
    story = _story(html, [*STORY, *MORE, caption, last])
    assert last in story.paragraphs
    assert caption not in story.paragraphs
    assert list(story.paragraphs) == [*STORY, *MORE, last]
