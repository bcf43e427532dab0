"""What finishes a text dump's story right below its last line: the rest of a sentence
broken across lines, and a blogger's postscript."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n, "the lake clean-up") for n in range(7)]
FOOTER = "\n\nPost Views: 22\n\nCategories: News\n\nLeave a Reply\n\nHome\n"


def _page(tail: str) -> str:
    return "Keep our lake clean!\n\n" + "\n\n".join(STORY) + f"\n\n{tail}{FOOTER}"


def test_the_rest_of_a_sentence_broken_on_a_function_word_is_kept():
    lines = [
        "Draw a poster about the lake and send it before the third of May to the",
        "Friends of the Lake and their guests.",
    ]
    paragraphs = list(extract_text(_page("\n".join(lines))).paragraphs)
    assert paragraphs[-1] == lines[1]
    assert paragraphs[-2] == lines[0]


def test_the_rest_of_a_sentence_opening_in_lower_case_is_kept():
    lines = [
        "We thank every helper who came out on that cold and windy Sunday morning",
        "with gloves and bags.",
    ]
    assert list(extract_text(_page("\n".join(lines))).paragraphs)[-2:] == lines


def test_a_line_under_a_finished_sentence_is_no_rest_of_it():
    lines = [
        "We thank every helper who came out on that cold and windy Sunday morning.",
        "Summer Festival at the Old Harbour",
    ]
    assert lines[1] not in extract_text(_page("\n".join(lines))).paragraphs


def test_a_postscript_below_the_story_is_kept_even_above_a_photo_credit():
    ps = "PS: I tried the new bins at home too, and they really are as good as promised."
    page = _page(f"{ps}\nPhoto Credit: Lakeside Pictures")
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs[-1] == ps
    assert "Photo Credit: Lakeside Pictures" not in paragraphs


def test_a_product_named_ps_is_no_postscript():
    assert "PS Plus" not in extract_text(_page("PS Plus")).paragraphs
