"""A hard-wrapped post amid a page dump is read as paragraphs (t26)."""

from __future__ import annotations

from tts_pipeline.extract import extract_article
from tts_pipeline.extract.wrapped import join_wrapped_runs
from tts_pipeline.models import Document

FIRST = (
    "The ferry to the outer islands ran late again on Tuesday, and the harbour",
    "master blamed a pump that had failed twice since the spring. Passengers",
    "waited for almost two hours on the quay, most of them with shopping from",
    "the mainland market and a few with bicycles.",
)
SECOND = (
    "A spokesman for the operator said a new pump had been ordered in March",
    "but would not arrive before the end of the month.",
)
THIRD = (
    "Islanders have asked the council to hire a second boat for the summer,",
    "when the number of visitors doubles and the timetable is already tight.",
    "Nobody on the council has said yet where the money for it would come from.",
)
SHARE = (
    "Posted by Tom at 9:14 PM   No comments:   Email This BlogThis! Share to Twitter "
    "Share to Facebook Share to Pinterest"
)  # a line of over a hundred characters: the page is no plain wrapped text
ARCHIVE = [
    "►   2024  (6)",
    "►   November  (2)",
    "►   October  (1)",
    "►   September  (3)",
    "►   August  (2)",
    "►   July  (4)",
]


def _page() -> str:
    lines = ["Harbour Notes", "Home   About   Contact", "", "Wednesday, 13 November 2024", ""]
    lines += ["Ferry late again", "", *FIRST, "", *SECOND, "", *THIRD, "", SHARE, ""]
    lines += ["Newer Post   Older Post   Home", "", "Blog Archive", "", *ARCHIVE, ""]
    return "\n".join([*lines, "Simple theme. Powered by Blogger.", ""])


def test_a_hard_wrapped_post_amid_a_page_is_read_as_its_paragraphs():
    article = extract_article(Document(text=_page(), name="notes.txt"))
    assert list(article.paragraphs) == [" ".join(FIRST), " ".join(SECOND), " ".join(THIRD)]


def test_menus_lists_and_long_lines_are_not_joined():
    teasers = [
        "Council approves the new budget after a long night of talks",
        "Old mill on the river reopens as a museum of local crafts",
        "School choir wins the regional contest for the third year",
        "Storm damages the roof of the sports hall in the lower town",
    ]
    items = [
        "a bag of flour, the coarse kind that the mill sells by the kilo",
        "two eggs from the farm shop on the road out of the village",
        "a pinch of salt and a little water from the well behind it",
        "half a cup of milk, warm but not hot, and a spoon of honey",
    ]
    long_line = "word " * 30
    text = "\n".join(["Menu", "", *teasers, "", *items, "", long_line, long_line, long_line])
    assert join_wrapped_runs(text) == text
