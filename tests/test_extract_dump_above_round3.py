"""Text dumps, round 3 of the story's start: a standfirst kept across an end marker
(a comments link, an author box's heading) that stands between it and the story."""

from __future__ import annotations

from tests.dump_pages import sentence
from tts_pipeline.extract.textdump import extract_text

STANDFIRST = (
    "The council wants the old ferry back by summer, and it will pay for half of the repairs."
)
HEADLINE = "Ferry to return by summer"


def _page(*between: str) -> str:
    lines = ["Home", "News", "Sport", "", "Transport", "", HEADLINE, "", STANDFIRST, ""]
    lines += ["By Jane Roe", "March 3, 2021", "", *between, ""]
    for n in range(4):
        lines += [sentence(n, "the old ferry"), ""]
    lines += ["Related stories", "", "Privacy", "Contact"]
    return "\n".join(lines)


def test_a_standfirst_above_a_comments_link_is_read():
    article = extract_text(_page("Facebook", "Twitter", "Email", "Comments"))
    assert article.paragraphs[0] == STANDFIRST
    assert not any(p in ("Comments", "Facebook") for p in article.paragraphs)
    assert article.paragraphs[1].startswith("Sentence 0")
