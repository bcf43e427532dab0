"""Fixes of the probe pages' known defects, each on an invented page this file writes.

Each page is a browser's copy of a whole page (a text dump); each test asserts what the
story keeps and what it drops.
"""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source


def _clean(tmp_path: Path, text: str) -> str:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return "\n\n".join(extract_article(read_source(str(page))).paragraphs)


WIRE = "\n".join(
    [
        "Home",
        "News",
        "Business",
        "Sport",
        "Sign in",
        "Home / Business",
        "Ferry line to the islands reopens in spring",
        "The operator promises two crossings a day from April",
        "12 March 2025, 09:40",
        "Photo: harbour press office",
        (
            "The ferry line between the harbour and the northern islands will reopen in "
            "April after two years without service, the operator said on Tuesday."
        ),
        (
            "Boats will leave twice a day on weekdays and three times on Saturdays. The "
            "crossing takes about an hour, half an hour less than before the line closed."
        ),
        (
            "A single ticket will cost twelve euros. Children under twelve travel free, and"
            " islanders get a yearly pass at half the price."
        ),
        (
            "The operator bought two new boats for the line. The harbour also rebuilt its "
            "waiting room and put up a new timetable board."
        ),
        (
            "The mayor called the reopening a good day for the islands and said a third "
            "crossing could follow next summer if enough people use the line."
        ),
        "Source: Baltic News Agency",
        "Share",
        "Tags: ferry, islands, harbour",
        "Read more",
        "Council plans a new cycle lane on the seafront",
        "© 2025 Harbour Courier. All rights reserved.",
        "",
    ]
)


def test_a_source_credit_under_the_last_paragraph_does_not_make_it_a_caption(tmp_path):
    text = _clean(tmp_path, WIRE)
    assert "The ferry line between the harbour" in text
    assert "a third crossing could follow next summer" in text
    for chrome in ("Source: Baltic", "cycle lane", "All rights reserved"):
        assert chrome not in text, chrome


def test_a_photo_credit_still_makes_the_line_above_a_caption(tmp_path):
    page = WIRE.replace("Source: Baltic News Agency", "Photo: Baltic News Agency")
    assert "a third crossing could follow next summer" not in _clean(tmp_path, page)


THREAD = "\n".join(
    [
        "Home",
        "Local",
        "",
        "Library opens on Sundays from June",
        "",
        "By Clara Hughes",
        "March 28, 2025",
        "",
        (
            "The town library will open on Sundays from June, the council said on "
            "Thursday, after a petition signed by more than two thousand residents."
        ),
        "",
        "The library will open from ten to four, with two more staff paid by the county.",
        "",
        "The reading room upstairs will stay closed on Sundays until the autumn.",
        "",
        "",
        "Martin Groves",
        "2 hours ago",
        (
            "About time. I have asked for this for years and every time they said there "
            "was no money, so I wonder where the money came from all of a sudden."
        ),
        "Reply",
        "",
        "Helen Marsh",
        "3 hours ago",
        (
            "Great news for the students who need a quiet place to study at the weekend, "
            "the cafes in town are far too loud for that."
        ),
        "Reply",
        "",
        "Name",
        "Email",
        "Post comment",
        "© 2025 Town Herald. All rights reserved.",
    ]
)


def test_the_first_comment_of_a_thread_without_heading_is_left_out(tmp_path):
    text = _clean(tmp_path, THREAD)
    assert text.startswith("The town library will open on Sundays")
    assert text.endswith("will stay closed on Sundays until the autumn.")
    for chrome in ("Martin Groves", "hours ago", "About time", "quiet place", "Reply"):
        assert chrome not in text, chrome


def test_a_name_and_a_date_amid_the_story_do_not_end_it(tmp_path):
    page = THREAD.replace("2 hours ago", "March 2, 2025")
    assert "About time." in _clean(tmp_path, page)


MATCH = "\n".join(
    [
        "Football",
        "",
        "City snatch late win at the Lane",
        "",
        "By Owen Pryce",
        "April 5, 2025",
        "",
        (
            "A late strike from Joe Barnes gave City a third win in a row on Saturday, "
            "against a Harbour side who had not lost at home since October."
        ),
        "",
        (
            "Harbour had the better of the first half and hit the bar twice, but City "
            "grew into the game once their manager changed the shape at the break."
        ),
        "",
        '"We kept going until the end," said the City captain after the game.',
        "",
        "City: Ford; Lane, Abbot, Sims, Rowe; Barnes, Tate (Quinn 80), Hale; Ives, Cobb, Dore.",
        "",
        "Harbour: Pike; Nash, Vale, Holm, Reed; Kemp, Lyle, Mott; Gale, Hunt (Bell 75), Fry.",
        "",
        "More Football",
        "United appoint a new head coach",
        "Share this article",
        "© 2025 Harbour Sport",
    ]
)


def test_a_match_reports_lineups_below_it_are_kept(tmp_path):
    text = _clean(tmp_path, MATCH)
    assert text.startswith("A late strike from Joe Barnes")
    assert "City: Ford; Lane, Abbot" in text
    assert "Harbour: Pike; Nash, Vale" in text
    for chrome in ("More Football", "new head coach", "Share this", "Harbour Sport"):
        assert chrome not in text, chrome


def test_a_line_of_tags_below_the_story_is_no_lineup(tmp_path):
    page = MATCH.replace(
        "City: Ford; Lane, Abbot, Sims, Rowe; Barnes, Tate (Quinn 80), Hale; Ives, Cobb, Dore.",
        "Tags: City; Harbour; League Two; Joe Barnes",
    )
    text = _clean(tmp_path, page)
    assert "Tags:" not in text
    assert "Harbour: Pike" not in text


REVIEW = "\n".join(
    [
        "Reviews",
        "",
        "Brewmaster One review: a quiet coffee grinder",
        "",
        "By Nora Vance",
        "May 2, 2025",
        "",
        (
            "The Brewmaster One grinds evenly and quietly, and it is easy to clean. It is "
            "also expensive, and the hopper is small for a family."
        ),
        "",
        "Pros",
        "",
        "Very quiet motor",
        "Even grind size",
        "Easy to clean",
        "",
        "Cons",
        "",
        "Small bean hopper",
        "High price",
        "No timer",
        "",
        "Grind quality",
        "",
        (
            "On every setting from espresso to French press the grounds came out even, "
            "with very little dust, and the flavour of the coffee showed it."
        ),
        "",
        "More reviews",
        "",
        "Best Budget Kettles",
        "Top Espresso Machines",
        "Our Favourite Mugs",
        "",
        "© 2025 Kitchen Bench. All rights reserved.",
    ]
)


def test_a_reviews_pros_and_cons_amid_it_are_kept(tmp_path):
    text = _clean(tmp_path, REVIEW)
    for item in ("Pros", "Very quiet motor", "Easy to clean", "Cons", "Small bean hopper"):
        assert item in text, item
    assert text.endswith("the flavour of the coffee showed it.")
    for chrome in ("More reviews", "Best Budget Kettles", "Our Favourite Mugs", "Kitchen Bench"):
        assert chrome not in text, chrome


def test_a_short_list_of_two_items_is_not_kept(tmp_path):
    page = REVIEW.replace("High price\nNo timer\n", "").replace("Easy to clean\n", "")
    text = _clean(tmp_path, page)
    assert "Even grind size" not in text and "Small bean hopper" not in text
