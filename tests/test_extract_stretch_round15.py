"""Where a text dump's story starts (round 15): a standfirst of a sentence or two between
the headline and the byline (split into a "By" and a name), a share bar or a photo is the
story's first paragraph; a deck of a headline's length without a full stop, a teaser's
text above the story's headline, or a headline the page shows twice, is not. The paragraph
below a box of three or more bare titles inside the story is the story's close."""

from __future__ import annotations

from pathlib import Path

import pytest

from tts_pipeline.extract.textdump import extract_text

PAGES = Path(__file__).parent / "pages" / "stretch15"

CASES = {
    "standfirst-share-bar": {
        "first": "Commuters on the island routes will pay up to £4 more a week",
        "must": ["The operator of the island ferries", "who crosses every weekday"],
        "must_not": [
            "Ferry fares to rise",
            "Martin Hale",
            "Share on Facebook",
            "Most read",
            "Harbour wall repairs",
        ],
        "title": "Ferry fares to rise by a fifth from March",
    },
    "vorspann-photo": {
        "first": "Nach zwei Jahren Bauzeit fehlen nur noch das Geländer",
        "must": ["Die neue Brücke für Radfahrer", "der Umweg über die Autobahnbrücke"],
        "must_not": ["Verkehr", "Neue Radbrücke soll", "Katrin Vogel", "Teilen", "Stadtfest fällt"],
        "title": "Neue Radbrücke soll im Sommer fertig sein",
    },
    "teasers-above-story": {
        "first": "Three farms near the river have leased picking robots",
        "must": ["the apples will not wait"],
        "must_not": [
            "swimming pool",
            "closed since a roof leak",
            "Bakery on the high street",
            "Share",
        ],
        "title": "Orchard growers hire robots for the apple harvest",
    },
    "deck-without-stop": {
        "first": "The town library will reopen on Monday",
        "must": ["while the staff finish moving the books back"],
        "must_not": ["Readers can borrow books again", "Paul Grant", "Share", "Tweet"],
        "title": "Library reopens after the flood",
    },
    "headline-shown-twice": {
        "first": "The old mill by the weir has stood empty",
        "must": ["first flats should be ready"],
        "must_not": ["Why the town's old mill", "NEWS  FEATURES", "Photo: Tom Reed"],
        "title": "Why the town's old mill is being turned into flats next year",
    },
}


ENDS = {
    "closing-below-related": {
        "last": "a new oven in the main bakery cuts its energy bill by a fifth.",
        "must_not": ["Related stories", "Supermarket opens", "Flour prices rise", "Share"],
    },
}


@pytest.mark.parametrize("name", sorted(ENDS))
def test_the_story_ends_with_its_close_below_a_box_of_bare_titles(name: str) -> None:
    """A box of three or more bare titles inside the story has no deck under its last
    title: the paragraph below it is the story's close."""
    case = ENDS[name]
    article = extract_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"))
    text = "\n".join(article.paragraphs)
    assert article.paragraphs[-1].endswith(case["last"])
    assert not any(phrase in text for phrase in case["must_not"])


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_story_starts_at_its_standfirst_and_not_above(name: str) -> None:
    case = CASES[name]
    article = extract_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"))
    text = "\n".join(article.paragraphs)
    assert article.paragraphs[0].startswith(case["first"])
    assert all(phrase in text for phrase in case["must"])
    assert not any(phrase in text for phrase in case["must_not"])
    assert article.title == case["title"]
