"""The end of a text dump's story (round 7): what the story keeps below its stretch."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n, "the summer fair") for n in range(3)]
PLAN = [
    "Gates open 10:00",
    "Brass band 11:00",
    "Parade 12:00",
    "Lunch 13:00",
    "Pony rides 14:00",
    "Tug of war 16:00",
    "Dance 20:00",
    "Fireworks 22:00",
]


def test_a_last_paragraph_below_the_storys_closing_list_is_kept():
    last = "See you all there!"
    page = "Summer fair\n\n12 May 2021\n\n" + "\n\n".join(STORY)
    page += "\n\nThis is the plan for the day:\n\n" + "\n".join(PLAN)
    page += f"\n\n{last}\n\nRelated articles\n\nOld mill reopens\n\nHome\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert last in paragraphs
    assert paragraphs.index(last) == len(paragraphs) - 1
    assert "Old mill reopens" not in paragraphs


def test_a_numbered_list_under_the_paragraph_below_the_storys_list_is_kept():
    picks = ["Anna Roe, the baker", "Ben Doe, the smith", "Cleo Poe, the potter"]
    full = [f"{n:02d}. Stall keeper number {n}" for n in range(1, 21)]
    page = "Summer fair\n\n12 May 2021\n\n" + "\n\n".join(STORY)
    page += "\n\nMy own favourites, who are not on the list:\n\n" + "\n\n".join(picks)
    page += "\n\nHere is the full list of the stall keepers.\n\n" + "\n".join(full)
    page += "\n\nTweet\n\nLeave a Comment\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert "Here is the full list of the stall keepers." in paragraphs
    assert "20. Stall keeper number 20" in paragraphs
    assert "Leave a Comment" not in paragraphs


def test_a_paragraph_below_the_storys_list_over_a_prompt_is_not_kept():
    pitch = "New members get a free tote bag!"
    page = "Summer fair\n\n12 May 2021\n\n" + "\n\n".join(STORY)
    page += "\n\nThis is the plan for the day:\n\n" + "\n".join(PLAN)
    page += f"\n\n{pitch}\n\nAlready a subscriber? Log in\n\nHome\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert pitch not in paragraphs
