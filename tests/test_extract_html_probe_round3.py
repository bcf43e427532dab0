"""HTML pages of kinds the cleaner has not been tuned on (issue 13, helper H, round 3):
comments and teasers as ``<article>`` elements, a JSON-LD body behind a paywall, a live
blog, AMP, Portuguese and Korean chrome. Every page is invented; the pages and the body a
reader would keep are in ``tests/pages/probe_html`` (``truth.json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.story_cases import shingle_f1
from tts_pipeline.extract.html import extract_html

PAGES = Path(__file__).parent / "pages" / "probe_html"
TRUTH = json.loads((PAGES / "truth.json").read_text("utf-8"))


def _body(name: str) -> str:
    html = (PAGES / f"{name}.html").read_text("utf-8")
    return "\n".join(extract_html(html).paragraphs)


# page: (least F1 against the human body, lines that must not be read)
HELD = {
    "wp-comments": (0.99, ["What a lovely story", "Leave a Reply", "Previous post"]),
    "teaser-articles": (0.99, ["Organisers expect record crowds", "Share on Facebook"]),
    "jsonld-paywall": (0.99, ["Subscribe to keep reading", "Already a subscriber"]),
    "aside-related": (0.99, ["When the neighbouring town closed", "Related stories"]),
    "div-paragraphs": (0.99, ["Advertisement", "Email this article"]),
    "jsonld-short": (0.99, []),
    "korean": (0.95, ["관련기사", "많이 본 뉴스", "무단전재"]),
    "portuguese": (0.93, ["Leia também", "Governo libera verba", "Mais lidas"]),
    "comments-outweigh": (0.95, ["I have taken this bus every week", "Discussion (4)"]),
    "amp": (0.95, ["View full site", "Advertisement"]),
    "linky-notice": (0.99, []),
    "brief-story": (0.99, ["Quarry expansion plans", "The county wants", "Our reporters cover"]),
    "long-others": (0.99, ["Story number 0", "maternity ward", "Elsewhere in the Valley"]),
    "read-next": (0.99, ["cycle hire scheme", "three hundred electric bikes", "Continue reading"]),
}


@pytest.mark.parametrize("name", sorted(HELD))
def test_a_page_of_a_kind_not_tuned_on_reads_as_its_human_body(name: str) -> None:
    least, absent = HELD[name]
    body = _body(name)
    assert shingle_f1(body, "\n".join(TRUTH[name])) >= least
    for text in absent:
        assert text not in body


_STORY = [
    "The central bank left its main interest rate unchanged on Thursday, saying inflation was "
    "falling more slowly than it had expected at the start of the year.",
    "Policymakers voted seven to two to hold the rate, with the two dissenters calling for a "
    "quarter-point cut to support a weakening labour market.",
    "The bank's governor told reporters that price growth in services remained too high and "
    "that it was too early to declare victory over inflation.",
    "Markets had largely expected the decision, and the currency moved little after the "
    "announcement, though bond yields edged lower during the afternoon.",
]
_CREDIT = "Additional reporting by Anna Berg; Editing by Tom Reed and Lisa Park"


def test_an_agencys_staff_credit_right_below_the_story_is_kept() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY)
    html = (
        "<html><head><title>Central bank holds rates as inflation eases slowly</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav><article>"
        "<h1>Central bank holds rates as inflation eases slowly</h1><p class='byline'>By Jane "
        f"Roe</p><div class='article-body'>{paragraphs}</div><p class='credit'>{_CREDIT}</p>"
        "<p class='standards'><a href='/standards'>Our Standards: The Trust Principles.</a></p>"
        "</article><footer><p>All quotes delayed a minimum of 15 minutes.</p></footer>"
        "</body></html>"
    )
    article = extract_html(html)
    assert article.paragraphs[-1] == _CREDIT
    assert _STORY[-1] in article.paragraphs
    assert not any("Our Standards" in p for p in article.paragraphs)
