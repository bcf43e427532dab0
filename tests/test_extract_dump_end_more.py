"""Where a text dump's story ends: a name in an interview's lines, teasers stamped with
their dates below a box."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n) for n in range(6)]


def test_the_authors_name_opening_an_interviews_answers_does_not_end_the_story():
    lead = [sentence(n) for n in range(2)]
    answers = [
        f"Tom Berg: answer {n} about the new bridge goes on for a while, so that it reads "
        "like a real paragraph of an interview."
        for n in range(4)
    ]
    rest = [sentence(n, "the river") for n in range(4)]
    page = "Bridge opens\n\nBy Tom Berg\n\n" + "\n\n".join(lead + answers + rest)
    page += "\n\nShare\n\nHome\n"
    assert list(extract_text(page).paragraphs) == lead + answers + rest


def test_a_bio_naming_the_author_below_the_story_still_ends_it():
    bio = "Tom Berg is a staff writer who covers transport, cities and the weather for us."
    page = "Bridge opens\n\nBy Tom Berg\n\n" + "\n\n".join(STORY) + f"\n\n{bio}\n\nShare\n"
    assert list(extract_text(page).paragraphs) == STORY


def test_teasers_stamped_with_their_dates_below_a_box_do_not_join_the_story():
    teasers = ""
    for n in range(3):
        teasers += f"Teaser title {n} on the harbour\n\n"
        teasers += "\n\n".join(sentence(k, f"harbour {n}") for k in range(2))
        teasers += "\n\n22 July 2019 By Jane Roe\nRead more\n\n"
    story = [sentence(n) for n in range(10)]
    page = "Bridge opens\n\nBy Tom Berg • 15 January 2020\n\n" + "\n\n".join(story)
    page += "\n\nRead More\n\nTransport\nCities\nShare Share\n\nRelated\n\n" + teasers
    page += "Contact\n\nFollow\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == story
    assert not any("harbour" in p for p in paragraphs)


CARD = [
    "Ingredients",
    "200 g flour",
    "2 eggs",
    "a pinch of salt",
    "Instructions",
    "Mix the flour, the eggs and the salt in a bowl until the dough is smooth and soft.",
    "Let it rest for 30 minutes",
    "Roll it out thin and cut it into wide strips with a sharp knife, then cook them.",
]


def test_a_recipes_card_below_the_post_is_read_with_it():
    page = "Egg noodles\n\n" + "\n\n".join(STORY) + "\n\nPin\nPrint\n\nEgg noodles\n\n"
    page += "Servings\n\n4\n\n" + "\n\n".join(CARD[:5]) + "\n\n" + "\n".join(CARD[5:])
    page += "\n\nNotes\n\nKeep them dry.\n\nRelated\n\nChicken soup\nTomato soup\n\n"
    page += "Leave a Comment\n\nName *\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs[: len(STORY)] == STORY
    assert all(line in paragraphs for line in CARD)
    assert not any(line in paragraphs for line in ("Servings", "Keep them dry.", "Tomato soup"))


def test_an_ingredients_list_without_steps_is_not_a_recipes_card():
    page = "Egg noodles\n\n" + "\n\n".join(STORY) + "\n\nPin\nPrint\n\n"
    page += "\n\n".join(CARD[:4]) + "\n\nRelated\n\nChicken soup\nTomato soup\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == STORY


def test_a_bar_of_tabs_named_like_the_cards_headings_is_not_the_card():
    tabs = "INGREDIENTS\n\nNoodles\n\nHOW TO PREPARE\n\nNoodles\n\n"
    card = "INGREDIENTS\n\n" + "\n".join(CARD[1:4]) + "\n\nHOW TO PREPARE\n\n"
    card += "\n".join(CARD[5:])
    page = "Egg noodles\n\n" + tabs + card + "\n\nShare\n\n" + "\n\n".join(STORY) + "\n\nHome\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert all(line in paragraphs for line in CARD[1:4] + CARD[5:])
    assert "Noodles" not in paragraphs
