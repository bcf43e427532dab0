"""Text dumps, round 5 of the story's start: a lead that ends on a call to action."""

from __future__ import annotations

from tests.dump_pages import sentence
from tts_pipeline.extract.textdump import extract_text

LEAD = (
    "The old mill by the river has stood empty for twenty years, and the town has now "
    "found the money to bring it back to life for the people who live along the water. "
    "Follow us on Twitter for updates on the works."
)
NOTICE = (
    "Sign up for our newsletter today and get the news of the valley delivered to your "
    "inbox every morning, with the weather, the events of the week and the stories of "
    "the people who live here."
)


def _page(lead: str) -> str:
    lines = ["Home", "News", "Sport", "", "Why the old mill reopens", "", lead, ""]
    lines += ["What the town plans", ""]
    for n in range(4):
        lines += [sentence(n, "the old mill"), ""]
    lines += ["Related stories", "", "Privacy", "Contact"]
    return "\n".join(lines)


def test_a_lead_that_ends_on_a_call_to_action_is_read():
    article = extract_text(_page(LEAD))
    assert article.paragraphs[0] == LEAD
    assert article.paragraphs[-1].startswith("Sentence 3")


def test_a_notice_that_opens_with_a_call_to_action_is_not_read():
    article = extract_text(_page(NOTICE))
    assert NOTICE not in article.paragraphs
    assert "Sentence 0" in " ".join(article.paragraphs)
