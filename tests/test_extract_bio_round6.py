"""An opinion column's end (helper f7, round 6): the columnist's bio ("Jane Roe is a
contributing columnist...") and the site's note on opinion pieces are not the story, in an
HTML page and in its text dump, however short the column; a news story that ends with a
sentence about someone else ("John Doe is a nurse...") keeps it. Every page is invented."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.dom import parse, render_tree
from tts_pipeline.extract.html import extract_html
from tts_pipeline.extract.textdump import extract_text

NAV = (
    '<header><a href="/">The Dale Courier</a><nav><a href="/news">News</a>'
    '<a href="/opinion">Opinion</a><a href="/sport">Sport</a></nav></header>'
)
FOOT = "<footer><p>&copy; 2026 The Dale Courier. All rights reserved.</p></footer>"
CARDS = (
    '<section class="more"><h3>More Opinion</h3>'
    + "".join(
        f'<div class="card"><a href="/opinion/{slug}">{title}</a><p>{summary}</p>'
        f"<span>{who}</span></div>"
        for slug, title, summary, who in (
            (
                "bus-lanes",
                "Give the buses their own lanes at last",
                "Every study the council has paid for says the same thing, and every year "
                "the painters are sent home before they reach the high street.",
                "Ruth Amsel",
            ),
            (
                "pool-hours",
                "The pool should open before the school run",
                "Shift workers and early risers have asked for it for a decade; the cost "
                "is one more lifeguard for two hours each weekday morning.",
                "Ken Obi",
            ),
            (
                "library-vote",
                "Why I changed my mind about the library vote",
                "I argued for the merger of the two branches last spring. A winter of "
                "visits to the one that would close has taught me otherwise.",
                "Lena Marsh",
            ),
        )
    )
    + "</section>"
)


def _page(title: str, byline: str, paragraphs: list[str], below: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body>{NAV}<main><article><h1>{title}</h1>"
        f'<div class="byline">{byline} | May 4, 2026</div>'
        f'<div class="body">{body}</div>{below}</article>{CARDS}</main>{FOOT}</body></html>'
    )


def _both(html: str) -> dict[str, str]:
    """The story read from the HTML page and from its text dump."""
    dump = render_tree(parse(html)).text
    return {
        "html": "\n".join(extract_html(html).paragraphs),
        "text": "\n".join(extract_text(dump).paragraphs),
    }


SHORT = [
    "Walk down any terrace in the old mill quarter and you will count more front gardens "
    "paved for a second car than gardens with a tree, a hedge or even a pot of herbs.",
    "We did this one driveway at a time. Each was a small choice that made sense to the "
    "family that made it, and together they have turned our streets into drains.",
]
BIO = (
    "Martha Velden is a contributing columnist for The Dale Courier and the author of two "
    "books on town gardens, including one on the hedges of the northern mill towns. She "
    "spent eighteen years as a parks officer for the county and now chairs the residents' "
    "association of the mill quarter, where she grows far too many beans."
)
NOTE = (
    "The Dale Courier publishes a diversity of opinions. We welcome letters to the editor; "
    "send yours to the address on our contact page."
)


@pytest.mark.parametrize("kind", ["html", "text"])
def test_a_short_columns_bio_and_opinion_note_are_left_out(kind: str) -> None:
    html = _page(
        "Pave the gardens and the streets will flood",
        "By Martha Velden",
        SHORT,
        f'<div class="bio"><p><em>{BIO}</em></p><p><em>{NOTE}</em></p></div>',
    )
    text = _both(html)[kind]
    assert SHORT[0] in text and SHORT[1] in text
    assert "contributing columnist" not in text
    assert "diversity of opinions" not in text
    assert "Give the buses" not in text


LONG = [
    f"{opening} the river path between the weir and the old tannery, {rest}"
    for opening, rest in (
        ("Every spring the council promises to mend", "and every autumn it is still mud."),
        ("Families with prams have given up on", "and so have the runners who once used it."),
        ("The path was built by the mill owners along", "to carry workers to the looms."),
        ("A survey last year counted forty holes on", "some of them deep enough to hold a boot."),
        ("Volunteers have offered twice to resurface", "only to be told to wait for a budget."),
        ("It is time the council simply paid for", "before someone breaks an ankle on it."),
    )
]
LONG_BIO = (
    "Tomas Reyne is the author of two books on the rivers of the north, a former lock "
    "keeper on the canal and a member of the ramblers' club, whose walks he has led for "
    "twenty years. He lives by the weir with his daughter and an elderly spaniel."
)


@pytest.mark.parametrize("kind", ["html", "text"])
def test_a_long_columns_bio_is_left_out(kind: str) -> None:
    html = _page(
        "Mend the river path before someone gets hurt",
        "By Tomas Reyne",
        [*LONG, LONG_BIO],
    )
    text = _both(html)[kind]
    assert all(p in text for p in LONG)
    assert "former lock keeper" not in text


STORY = [
    "The county hospital opened its new night clinic on Monday, the first in the valley to "
    "see patients without an appointment between ten at night and six in the morning.",
    "The clinic will be staffed by two nurses and a doctor on call, and the hospital expects "
    "about thirty patients a night once word of it has spread through the towns.",
    "Ella Fenn is a nurse at the hospital and has worked nights on its wards for twelve "
    "years. She said the clinic would spare many patients a long wait in the emergency room.",
]


@pytest.mark.parametrize("kind", ["html", "text"])
def test_a_story_ending_with_someone_elses_bio_keeps_it(kind: str) -> None:
    html = _page("Night clinic opens at county hospital", "By Peter Lund", STORY)
    text = _both(html)[kind]
    assert all(p in text for p in STORY)
    assert "Give the buses" not in text


def test_a_german_columns_bio_is_left_out_of_its_dump() -> None:
    paragraphs = [
        "Wer morgens durch die Altstadt geht, sieht mehr leere Schaufenster als offene "
        "Läden, und in den meisten hängt seit Monaten derselbe Zettel mit einer Telefonnummer.",
        "Die Stadt hat lange zugesehen. Jetzt sollte sie die Mieten für junge Händler für "
        "zwei Jahre übernehmen, bevor auch die letzten Bäcker und Buchläden aufgeben.",
    ]
    bio = (
        "Anna Berger ist Redakteurin im Ressort Wirtschaft und schreibt seit vielen Jahren "
        "über den Handel in der Region, über Märkte, Messen und die Sorgen kleiner Läden. "
        "Zuvor war sie zehn Jahre lang Korrespondentin in Leipzig und Dresden. Sie lebt mit "
        "ihrer Familie am Rand der Altstadt und kauft dort noch immer jeden Samstag ein."
    )
    dump = "\n".join(
        ["Startseite", "Meinung", "", "Rettet die Altstadt", "", "Von Anna Berger", "4. Mai 2026"]
        + [f"\n{p}" for p in (*paragraphs, bio)]
        + ["", "Mehr zum Thema", "", "Impressum", "Datenschutz"]
    )
    text = "\n".join(extract_text(dump).paragraphs)
    assert all(p in text for p in paragraphs)
    assert "Redakteurin im Ressort" not in text
