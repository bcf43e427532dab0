"""Text dumps: a short line that stands apart from the header (a press office's address)
between the byline or dateline and the story does not stop the lead above that dateline,
right under the headline, from being read: only short lines between the lead and the
dateline count (review of exp-a's lead_above)."""

from __future__ import annotations

from tests.dump_pages import sentence
from tts_pipeline.extract.textdump import extract_text

HEADLINE = "Anna Roe elected the new president of the charity"
LEAD = "Anna Roe was elected the new president of the charity by its assembly on Tuesday."


def _page(*between: str) -> str:
    lines = ["Home", "Politics", "Sport", "", HEADLINE, "", LEAD, "", *between, ""]
    for n in range(4):
        lines += [sentence(n, "the charity's assembly"), ""]
    lines += ["Related stories", "", "Privacy", "Contact"]
    return "\n".join(lines)


def test_a_lead_above_a_dateline_is_read_past_an_address_below_it():
    page = _page("Issued on:", "", "13.10.2021", "", "Publisher:", "Main Street 13", "10117 Berlin")
    assert extract_text(page).paragraphs[0] == LEAD
