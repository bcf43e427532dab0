"""A lead under its dateline joins the story below a long "Most read" box (t26): a box of
teasers, each with its time, between the header and the story was longer than the dozen
lines a box between two parts of a story may have, and the lead was lost."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract import extract_article
from tts_pipeline.models import Document

LEAD = (
    "The council voted on Tuesday to rebuild the old pier, after a survey found that two "
    "of its wooden supports had rotted through."
)
TEASERS = [
    ("Fishing boat towed back to port after engine fire", "08:12"),
    ("Ferry timetable changes for the winter months", "07:55"),
    ("New bakery opens in the lower town square", "07:30"),
    ("School choir wins the regional contest again", "Yesterday"),
    ("Storm damages the roof of the sports hall", "Yesterday"),
    ("Harbour master retires after thirty years", "Monday"),
    ("Lifeboat crew rescues two kayakers off the point", "Monday"),
    ("Market traders ask for longer opening hours", "Sunday"),
]
STORY = [sentence(n, "the old pier") for n in range(4)]


def _page() -> str:
    lines = ["Harbour Gazette", "Home   News   Sport   Weather", ""]
    lines += ["Council votes to rebuild the old pier", "", "Published: 4 May 2022, 07:46", ""]
    lines += [LEAD, "", "Most read", ""]
    for title, time in TEASERS:
        lines += [title, time]
    lines += ["", *"\n\n".join(STORY).split("\n"), "", "Related stories", ""]
    lines += ["Pier festival draws record crowds", "", "Contact   Imprint   Privacy"]
    return "\n".join(lines)


def test_a_lead_under_its_dateline_joins_the_story_across_a_long_box():
    paragraphs = list(extract_article(Document(text=_page(), name="pier.txt")).paragraphs)
    assert paragraphs == [LEAD, *STORY]
