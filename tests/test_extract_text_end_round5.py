"""Short lines of a text dump's story and its end (round 5): the lines a story reads that
are too short to be paragraphs."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n) for n in range(3)]


def test_a_salutation_above_the_story_text_is_kept_with_it():
    salutation = "Dear friends and readers,"
    letter = (
        "after ten years of writing on this small site about bridges, ferries and the river "
        "I have decided to stop, since my new work leaves me too little time for it."
    )
    page = "A letter\n\n12 May 2021\n\n" + STORY[0] + f"\n\n{salutation}\n\n{letter}\n\n"
    page += "\n\n".join(STORY[1:]) + "\n\nShare\n\nHome\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == [STORY[0], salutation, letter, *STORY[1:]]
    assert "Share" not in paragraphs
