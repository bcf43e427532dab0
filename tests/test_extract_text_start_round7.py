"""Text dumps, round 7 of the story's start: a long opening paragraph above the byline."""

from __future__ import annotations

from tests.dump_pages import sentence
from tts_pipeline.extract.textdump import extract_text

OPENING = (
    "The black sheep of our family was my uncle, a cheerful dance-band musician who played "
    "in halls all over the country for fifty years. Only when I was forty did I learn by "
    "chance that he had spent eight years in prison camps, and that nobody in the family "
    "had ever spoken of it, not even at his funeral."
)
TEASER = "The black sheep of our family was my uncle, who played in halls all over the country."


def _page(opening: str) -> str:
    lines = ["Home", "Films", "Blog", "Start » Film » History", "", opening, ""]
    lines += ["There had to be more behind it…", "", "Sounds of silence", ""]
    lines += ["A detective's film about music", "", "by Jane Roe", ""]
    for n in range(5):
        lines += [sentence(n, "the uncle's songs"), ""]
    lines += ["Contact", "Imprint", "Privacy"]
    return "\n".join(lines)


def test_a_long_opening_paragraph_above_the_byline_is_read():
    article = extract_text(_page(OPENING))
    assert article.paragraphs[0] == OPENING
    assert "Start » Film » History" not in article.paragraphs
    assert article.paragraphs[-1].startswith("Sentence 4")


def test_a_short_teaser_above_the_byline_is_not_read():
    article = extract_text(_page(TEASER))
    assert TEASER not in article.paragraphs
    assert sentence(0, "the uncle's songs") in article.paragraphs


TEASER_LONG = (
    "The council's youth panel met at the town hall on Saturday and asked for safer paths "
    "to school, more benches in the parks and a playground by the river, and the mayor "
    "promised to bring their list to the next meeting of the council before the winter "
    "comes, when the days are short and the roads are dark."
)


def test_long_teasers_each_with_its_date_above_the_story_are_not_read():
    lines = ["Home", "News", "", TEASER_LONG, "read more", "05.10.2016", ""]
    lines += ["Museums: what has changed since the spring?", "read more", "04.10.2016", ""]
    lines += ["Back to the overview", "", "The school gets its new hall", ""]
    for n in range(5):
        lines += [sentence(n, "the school's hall"), ""]
    lines += ["Contact", "Imprint", "Privacy"]
    article = extract_text("\n".join(lines))
    assert TEASER_LONG not in article.paragraphs
    assert sentence(0, "the school's hall") in article.paragraphs
