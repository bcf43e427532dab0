"""Text dumps of round 16: short lines around a story without a byline. A reader's review
under the story ("Name:", "Rating:" and the review) is no field of the story, and a list of
other posts whose titles open with a year is no chronicle of it; a story's own fields and
chronicle are still kept. Every page here is invented."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.textdump import extract_text

WALK = """Home
Walks
Maps
About

The coast path from Saltby to Kelham Cove

The path leaves the village past the lifeboat station and climbs steeply onto the cliffs, \
where it stays for most of the four miles to the cove.

There is a bench at the halfway point with a fine view back along the bay, and on a clear \
day you can see the lighthouse on the far headland.

The last half mile drops down a set of wooden steps to the beach. Check the tide tables \
before you set out, as the cove is cut off at high water.

"""

REVIEWS_EN = """Reader reviews

Name: Tom B.
Location: Bristol
Rating: 4 out of 5
Lovely walk, but the car park fills up early on Sundays.

Name: Priya S.
Location: Leeds
Rating: 5 out of 5
We saw seals from the steps. Well worth the climb back up.

Privacy
Contact
"""

REVIEW_ALONE = """Name: Tom B.
Location: Bristol
Rating: 4 out of 5

Leave a comment
"""

RECIPE_DE = """Startseite
Rezepte
Kontakt

Apfelkuchen vom Blech

Den Teig aus Mehl, Butter, Zucker und zwei Eiern rasch verkneten und eine halbe Stunde \
kalt stellen. Die Äpfel schälen, vierteln und in dünne Spalten schneiden.

Den Teig auf dem Blech ausrollen, die Äpfel dachziegelartig darauf legen und mit Zimt und \
Zucker bestreuen. Bei 180 Grad etwa 40 Minuten backen, bis der Rand goldbraun ist.

Bewertungen

Name: Monika
Wohnort: Kassel
Bewertung: 5 von 5 Sternen
Genau wie bei meiner Oma, der Kuchen war sofort weg.

Impressum
"""


@pytest.mark.parametrize(
    ("dump", "kept", "left_out"),
    [
        (WALK + REVIEWS_EN, "high water", ("Tom B.", "Rating:", "car park fills up")),
        (WALK + REVIEW_ALONE, "high water", ("Tom B.", "Rating:", "Bristol")),
        (RECIPE_DE, "goldbraun", ("Monika", "Bewertung:", "Oma")),
    ],
    ids=["reviews", "one-review", "review-de"],
)
def test_a_readers_review_below_the_story_is_no_field_of_it(dump, kept, left_out):
    body = "\n".join(extract_text(dump).paragraphs)
    assert kept in body
    for words in left_out:
        assert words not in body


def test_a_products_fields_above_its_reviews_are_still_kept():
    fields = "Length: 4 miles\nClimb: 180 metres\nTime: about two hours\n\n"
    body = "\n".join(extract_text(WALK + fields + REVIEWS_EN).paragraphs)
    assert "Climb: 180 metres" in body and "Time: about two hours" in body
    assert "Tom B." not in body


def test_a_films_fields_with_a_name_and_a_rating_that_is_no_score_are_still_kept():
    fields = "Name: The Harbour Light\nRunning time: 94 minutes\nRating: PG\n"
    body = "\n".join(extract_text(WALK + fields).paragraphs)
    assert "Rating: PG" in body and "Running time: 94 minutes" in body


def test_a_critics_verdict_box_in_a_bylined_review_does_not_end_it():
    box = "Name: Saltby coast path\nLength: 4 miles\nRating: 4 out of 5\n\n"
    first, rest = WALK.split("There is a bench", 1)
    first = first.replace("Kelham Cove\n\n", "Kelham Cove\n\nBy Jane Example\n\n")
    body = "\n".join(extract_text(first + box + "There is a bench" + rest).paragraphs)
    assert "halfway point" in body and "high water" in body


def test_a_games_fields_that_name_a_quest_are_still_kept():
    fields = "Name: The Lost Lantern\nLevel: 12\nReward: 400 gold\n"
    body = "\n".join(extract_text(WALK + fields).paragraphs)
    assert "Name: The Lost Lantern" in body and "Reward: 400 gold" in body


@pytest.mark.parametrize(
    "tail",
    [
        "2019 Coast Path Challenge: how it went\n2021 Guide to the Northern Cliffs\n"
        "2018 Winter Walks We Loved\n\nPrivacy\n",
        "2020 Wanderung im Schnee\n2017 Die schönsten Buchten\n2021 Mit Kindern unterwegs\n"
        "2019 Rückblick auf den Sommer\n\nImpressum\n",
    ],
    ids=["en", "de"],
)
def test_other_posts_titled_by_a_year_below_the_story_are_no_chronicle(tail):
    body = "\n".join(extract_text(WALK + tail).paragraphs)
    assert "high water" in body
    assert "Northern Cliffs" not in body and "Buchten" not in body


@pytest.mark.parametrize(
    "tail",
    [
        "1998 First plot rented\n2004 Greenhouse built\n2012 Second plot added\n",
        "2019 Neuer Vorstand\n2012 Zweite Halle gebaut\n2012 Jugendabteilung gegründet\n"
        "1987 Verein gegründet\n",
    ],
    ids=["rising", "falling"],
)
def test_a_chronicle_in_order_below_the_story_is_still_kept(tail):
    body = "\n".join(extract_text(WALK + tail).paragraphs)
    assert "high water" in body
    assert tail.split("\n")[1] in body
