"""A breadcrumb of three parts or more is chrome in any language, and the line it ends in
is the headline; French quotes are not a breadcrumb."""

from __future__ import annotations

from tests.dump_pages import sentence
from tts_pipeline.extract.textdump import extract_text

CRUMB = "Home → Vegan news → Seven years are left to act, the clock on the tower says"
QUOTED = (
    "The ranking sorts the journals into « 1 » or « 1* » and the researchers place a few "
    "articles in them every year, which decides their grants and their posts."
)


def _page(lead: str) -> str:
    lines = ["Home", "Recipes", "Shop", "", lead, ""]
    for n in range(5):
        lines += [sentence(n, "the clock on the tower"), ""]
    lines += ["Contact", "Imprint", "Privacy"]
    return "\n".join(lines)


def test_a_breadcrumb_above_the_story_is_not_read():
    article = extract_text(_page(CRUMB))
    assert CRUMB not in article.paragraphs
    assert sentence(0, "the clock on the tower") in article.paragraphs


def test_a_sentence_with_french_quotes_is_read():
    article = extract_text(_page(QUOTED))
    assert article.paragraphs[0] == QUOTED


HEADLINE = "Copper prices climb to a two-year high as the strike at the mine enters its third week"


def test_the_line_a_breadcrumb_ends_in_is_the_headline_however_long():
    lines = ["News", "Markets", "Subscribe", f"Home › Markets › {HEADLINE}", "", HEADLINE, ""]
    for n in range(5):
        lines += [sentence(n, "the copper market"), ""]
    lines += ["Contact", "Imprint", "Privacy"]
    article = extract_text("\n".join(lines))
    assert article.title == HEADLINE
    assert HEADLINE not in article.paragraphs
    assert article.paragraphs[0] == sentence(0, "the copper market")
