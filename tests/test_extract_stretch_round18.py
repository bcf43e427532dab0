"""Which stretch of a text dump wins as the story (round 18, :mod:`.stretchchoice`): not the
last of a run of readers' reviews under a product's text (its dateline raised it, and the
reviews above it were too short to be stretches), nor a paper's or an essay's list of
references under its abstract or teaser. Each page fails on the code before the rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tts_pipeline.extract.textdump import extract_text

PAGES = Path(__file__).parent / "pages" / "stretch18"
TRUTH = json.loads((PAGES / "truth.json").read_text(encoding="utf-8"))

CASES = {
    "shop-reviews-de": {
        "must": ["Der Kleintierstall Lindenhof bietet", "Bitte beachten Sie, dass"],
        "must_not": [
            "Wir haben den Stall jetzt seit einem halben Jahr",
            "Gute Qualität für den Preis",
            "Mehr dazu finden Sie",
            "Newsletter",
        ],
    },
    "shop-reviews-en": {
        "must": ["The Harbour stovetop espresso maker", "not suitable for induction hobs"],
        "must_not": [
            "I have owned a few of these",
            "Lovely pot",
            "Questions about this product",
            "Was this review helpful",
        ],
    },
    "paper-references-en": {
        "must": ["This review asks how quickly", "Managed realignment restores"],
        "must_not": ["Adams JB, Grange N.", "Kemp RA.", "Article Google Scholar"],
    },
    "leseprobe-literatur-de": {
        "must": ["Schulgärten gelten meist", "Unser Beitrag stellt drei Schulen vor"],
        "must_not": ["Albrecht, Karin (2014)", "Fuchs, Maria / Roth, Daniel", "Heft bestellen"],
    },
}


def _read(name: str) -> str:
    article = extract_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"))
    return "\n".join(article.paragraphs)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_story_wins_over_reviews_and_references(name: str) -> None:
    case = CASES[name]
    text = _read(name)
    assert all(phrase in text for phrase in case["must"])
    assert not any(phrase in text for phrase in case["must_not"])


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_every_paragraph_of_the_truth_is_read(name: str) -> None:
    text = _read(name)
    assert all(paragraph in text for paragraph in TRUTH[name])


def test_a_story_under_a_run_of_dated_teasers_still_wins() -> None:
    """Guard: a site's list of dated teasers above the story (date, title, text, "read
    more") is no run of reviews: the story under its own dateline and headline is read."""
    text = _read("teasers-dated-above-story")
    assert "Für die Grundschule Am Wall hat der Rat" in text
    assert "Die Bauarbeiten sollen nach den Osterferien beginnen." in text
