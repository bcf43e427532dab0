"""A line opening "By <one word>," and going on as a sentence is story, not a byline."""

from __future__ import annotations

import pytest

from tests.dump_pages import sentence
from tts_pipeline.extract.names import byline_author
from tts_pipeline.extract.textdump import extract_text

SHORT_PARAGRAPH = "By Monday, most residents had left."


@pytest.mark.parametrize(
    ("line", "author"),
    [
        (SHORT_PARAGRAPH, None),
        ("By Tuesday, the roads were open again.", None),
        ("By Jane, staff writer", "Jane"),
        ("By Reuters, updated May 5, 2020", "Reuters"),
        ("By Jane Doe, Reuters", "Jane Doe"),
    ],
)
def test_a_one_word_name_before_a_comma(line: str, author: str | None):
    assert byline_author(line) == author


def test_a_short_paragraph_opening_with_by_and_a_day_is_read():
    lines = ["Home", "News", "", "Flood waters rise in the valley", "", "By Jane Roe", ""]
    for n in range(2):
        lines += [sentence(n, "the flood"), ""]
    lines += [SHORT_PARAGRAPH, ""]
    for n in range(2, 5):
        lines += [sentence(n, "the flood"), ""]
    lines += ["Contact", "Imprint"]
    article = extract_text("\n".join(lines))
    assert article.author == "Jane Roe"
    assert SHORT_PARAGRAPH in article.paragraphs
