"""What an input is comes from its content: HTML, a page dump, or plain article text."""

from __future__ import annotations

import pytest

from tts_pipeline.extract import extract_article
from tts_pipeline.extract.plain import unwrap
from tts_pipeline.extract.sniff import looks_like_html
from tts_pipeline.models import Document

STORY = [
    "The river rose by two metres overnight and flooded the lower town, the fire service "
    "said on Sunday morning.",
    "Residents of forty houses near the old bridge were taken to the sports hall, where the "
    "council set up beds and a kitchen.",
]


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "\ufeff  <html><head><title>t</title></head></html>",
        "<div class='a'><p>Fragment without a document around it.</p></div>",
        "Saved by a tool:\n<html>\n<body>\n<p>Late start.</p>\n</body>\n</html>",
        "<style>\n" + ".box { margin: 0; }\n" * 2000 + "</style>\n<div><p>After it.</p></div>",
        "<!-- saved page -->\n" + "<!-- x -->\n" * 3000 + "<div><p>After comments.</p></div>",
        "Intro\n" + "plain line of text\n" * 1500 + "<div><p>x</p><span>y</span></div>",
    ],
)
def test_html_is_recognised(text):
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "A plain story about the <b> key on a keyboard and the < sign.\n",
        "Home\nNews\n\nHeadline\n\nBody text of the page.\n",
        "Use a <br> tag? No: this is text that mentions a tag once.\n",
    ],
)
def test_text_is_not_html(text):
    assert not looks_like_html(text)


def test_html_saved_as_txt_is_cleaned_as_html():
    html = (
        "<html><head><title>Flood</title></head><body><nav><a href='/'>Home</a></nav>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</body></html>"
    )
    article = extract_article(Document(text=html, name="page.txt"))
    assert list(article.paragraphs) == STORY


def test_plain_article_text_is_returned_whole():
    text = (
        "Flood in the lower town\n\nBy Mia Roth\nJune 2, 2024\n\n"
        + "\n\n".join(STORY)
        + "\n\nWhat the council plans\n\nA new wall.\n\nThanks.\n"
    )
    article = extract_article(Document(text=text, name="t"))
    assert article.title == "Flood in the lower town"
    assert article.author == "Mia Roth"
    assert article.published == "2024-06-02"
    assert list(article.paragraphs) == [*STORY, "What the council plans", "A new wall.", "Thanks."]
    assert article.headings == (2,)


def test_hard_wrapped_text_is_joined_into_paragraphs():
    wrapped = (
        "The river rose by two metres overnight and flooded the lower town, the\n"
        "fire service said on Sunday morning.\n\n"
        "Residents of forty houses near the old bridge were taken to the sports\n"
        "hall, where the council set up beds and a kitchen.\n"
    )
    assert unwrap(wrapped) == "\n\n".join(STORY)
    assert list(extract_article(Document(text=wrapped, name="t")).paragraphs) == STORY


def test_page_dump_lines_are_not_joined():
    dump = "Home\nNews\nSport\n\nHeadline here\n\n" + "\n\n".join(STORY) + "\n"
    assert unwrap(dump) == dump
