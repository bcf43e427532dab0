"""Where our text-dump reading of a page disagreed with our HTML reading of it (issue 13,
helper x11, round 11). Every page is invented here; each test asserts what must and must
not be read."""

from __future__ import annotations

from tts_pipeline.extract.textdump import extract_text

STORY = [
    "The harbour ferry will be replaced next spring by two electric boats, the operator said on"
    " Monday, after a trial run across the bay passed its last safety checks in the winter.",
    "Each boat will carry up to two hundred passengers and forty bicycles, and will charge at both"
    " ends of the crossing while passengers get on and off, the company said.",
    "The old diesel ferry, which has crossed the bay for thirty years, will be sold to a museum"
    " on the east coast that restores working boats for visitors to ride in summer.",
]
CAPTION = "A drawing of one of the new boats at the quay."


def _dump(below_title: str) -> str:
    return "\n".join(
        [
            "Skip to content",
            "HomeNewsSportWeather",
            "",
            "Electric ferries to replace the old harbour boat",
            "By Jo Marsh 3 March 2026",
            "",
            below_title,
            "",
            *[f"{p}\n" for p in STORY[1:]],
            "Share this story",
            "More from News",
            "Contact usPrivacy",
        ]
    )


def _read(text: str) -> str:
    return "\n".join(extract_text(text).paragraphs)


def test_a_caption_atop_the_story_straight_above_its_paragraph_is_not_read() -> None:
    """A short sentence at the story's top with the first paragraph right under it (no blank
    line between, where the story's paragraphs stand apart) is the photo's caption."""
    body = _read(_dump(f"{CAPTION}\n{STORY[0]}"))
    assert STORY[0] in body and STORY[2] in body
    assert CAPTION not in body


def test_a_short_first_paragraph_standing_apart_is_read() -> None:
    """The same sentence with a blank line under it is the story's first paragraph; so is
    a short question straight above the paragraph."""
    assert CAPTION in _read(_dump(f"{CAPTION}\n\n{STORY[0]}"))
    question = "Why does the bay need new boats?"
    assert question in _read(_dump(f"{question}\n{STORY[0]}"))


def test_a_caption_right_under_the_byline_is_not_read() -> None:
    """A short sentence in the byline's block (no blank line between), with a blank line
    under it, is the caption of the photo at the story's top."""
    dump = _dump(STORY[0]).replace("3 March 2026\n", f"3 March 2026\n{CAPTION}\n")
    body = _read(dump)
    assert STORY[0] in body and STORY[2] in body
    assert CAPTION not in body
