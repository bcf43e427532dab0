"""Text dumps: the story's closing paragraph below a small box of teasers set inside it
("Related articles", each teaser a title and a one-sentence deck) stays in the story,
while a promotion or an author's bio in the same place is still left out."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n) for n in range(6)]
BOX = (
    "Related articles\n\n"
    "Ferry returns to the river\n\n"
    "The old ferry carries passengers again after a winter in the dock.\n\n"
    "Tunnel plans delayed again\n\n"
    "The city says the tunnel will take six more years to build.\n"
)
FOOTER = "Share Facebook X Email\n\nMore local news\n\nPark opens\n\nContact Imprint Privacy\n"


def _page(tail: str, paragraphs: list[str] = STORY) -> str:
    story = "\n\n".join(paragraphs)
    return f"Home News Sport\n\nBridge opens\n\n{story}\n\n{BOX}\n{tail}\n\n{FOOTER}"


def test_the_story_s_last_paragraph_below_a_box_of_teasers_with_decks_is_kept() -> None:
    last = (
        "On the first day, hundreds of people walked across, and the mayor said that the "
        "bridge had been worth the wait for everyone in town."
    )
    kept = list(extract_text(_page(last)).paragraphs)
    assert kept == [*STORY, last]


def test_two_closing_paragraphs_below_the_box_are_kept() -> None:
    last = [
        "On the first day, hundreds of people walked across the bridge in the rain.",
        "The mayor said that the bridge had been worth the long wait for the whole town.",
    ]
    kept = list(extract_text(_page("\n\n".join(last))).paragraphs)
    assert kept == [*STORY, *last]
    assert "The city says the tunnel will take six more years to build." not in kept


def test_a_promotion_below_the_box_is_left_out() -> None:
    promo = "Subscribe to our newsletter and get the best stories of the week in your inbox."
    kept = list(extract_text(_page(promo)).paragraphs)
    assert kept == STORY


def test_an_author_s_bio_below_the_box_is_left_out() -> None:
    bio = "Maren Holt is a staff writer who covers transport, cities and the weather for us."
    kept = list(extract_text(_page(bio)).paragraphs)
    assert kept == STORY


def test_paragraphs_below_a_teaser_s_title_are_its_deck() -> None:
    """Below a title, not a deck, the paragraph is the box's: a teaser."""
    box = "Related articles\n\nFerry returns to the river\n\nTunnel plans delayed again\n"
    teaser = "The tunnel under the harbour will take six more years to build, the city says."
    page = "Bridge opens\n\n" + "\n\n".join(STORY) + f"\n\n{box}\n{teaser}\n\n{FOOTER}"
    assert list(extract_text(page).paragraphs) == STORY


def test_three_paragraphs_below_the_box_under_a_long_story_are_not_its_close() -> None:
    story = [sentence(n) for n in range(16)]
    about = [
        "Welcome to my little blog about bridges, ferries and other ways across water.",
        "I am an engineer who has lived by the river for most of her life.",
        "I write about the bridges I visit on my travels, and the people who build them.",
    ]
    kept = list(extract_text(_page("\n\n".join(about), story)).paragraphs)
    assert kept == story
