"""Round 11 review: prompts merged this round narrowed so that story sentences sharing their
words stay (a sell-out of early-bird tickets, a police appeal for witnesses, a council's tip
line, a German fare "jetzt für 58 €"). Each test writes an invented page, as HTML and as
its text dump, and checks what is kept and what is dropped."""

from __future__ import annotations

from tts_pipeline.extract import extract_article
from tts_pipeline.extract.dom import parse, render_tree
from tts_pipeline.sources.read import read_source


def _bodies(tmp_path, html: str) -> list[str]:
    """The cleaned body of ``html``, read as HTML and as its text dump."""
    found = []
    for name, text in (("page.html", html), ("page.txt", render_tree(parse(html)).text)):
        page = tmp_path / name
        page.write_text(text, "utf-8")
        found.append("\n".join(extract_article(read_source(str(page))).paragraphs))
    return found


FESTIVAL_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Riverside festival returns | Millbrook News</title></head><body>
<nav><a>Home</a><a>News</a></nav>
<article><h1>Riverside festival returns after two years</h1>
<p class="byline">By Jane Roe</p>
<p>The riverside music festival will return to Millbrook this summer after a two-year pause,
organisers confirmed on Tuesday, with three stages and more than forty acts.</p>
<p>Early-bird tickets sold out within minutes of going on sale, and the organisers said a
second release would follow next week for those who missed out.</p>
<p>Police said a man had been arrested after a fight at last year's event. "We want to hear
from anyone who saw what happened," a spokesperson said.</p>
<p>The council has set up a secure tip line for residents worried about noise, and officers
will patrol the site each night of the festival.</p>
<p>Local traders welcomed the news, saying the festival brought thousands of visitors into
town each year and kept many small shops afloat through the winter.</p>
<div class="promo"><p>Early-bird tickets end Friday. Get your tickets now.</p></div>
</article>
<footer><a>Contact</a><a>Terms</a></footer></body></html>
"""


def test_story_sentences_on_tickets_and_tips_stay(tmp_path):
    """A story's sentences on an early-bird sell-out, a police appeal for witnesses and a
    council's tip line are no prompts; an early-bird promo ("tickets end Friday") is."""
    for text in _bodies(tmp_path, FESTIVAL_HTML):
        assert "Early-bird tickets sold out within minutes" in text
        assert "We want to hear from anyone who saw what happened" in text
        assert "set up a secure tip line for residents" in text
        assert "kept many small shops afloat" in text
        assert "Early-bird tickets end Friday" not in text


FARE_HTML = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Deutschlandticket wird teurer | Nordblick</title></head><body>
<article><h1>Deutschlandticket wird teurer</h1>
<p>Von Anna Schmidt</p>
<p>Das Deutschlandticket wird teurer. Die Verkehrsminister der Länder haben sich am Montag
auf einen neuen Preis geeinigt, der ab Januar gelten soll.</p>
<p>Das Ticket gibt es jetzt für 58 € im Monat, bisher waren es 49 Euro. Pendler müssen also
deutlich mehr bezahlen als noch vor einem Jahr.</p>
<p>Fahrgastverbände kritisierten die Entscheidung scharf und forderten mehr Geld vom Bund,
damit der Preis stabil bleiben könne. Eine Einigung ist nicht in Sicht.</p>
<div class="paywall"><p>Jetzt für 0,99 € im ersten Monat testen, danach 9,99 € monatlich.</p></div>
</article></body></html>
"""


def test_german_price_in_a_story_is_no_paywall(tmp_path):
    """A German story's price ("jetzt für 58 € im Monat") is no paywall's offer; the offer
    ("Jetzt für 0,99 € im ersten Monat testen") is."""
    for text in _bodies(tmp_path, FARE_HTML):
        assert "Das Ticket gibt es jetzt für 58 € im Monat" in text
        assert "Eine Einigung ist nicht in Sicht." in text
        assert "im ersten Monat testen" not in text


MATCH_DUMP = "\n".join(
    [
        "Harriers win the county cup",
        "",
        "By Tom Field",
        "",
        "Millbrook Harriers won the county cup on Saturday, beating Eastwood by three goals to"
        " one in front of a crowd of more than two thousand at the town ground.",
        "",
        "The replay starts at 7:30 p.m. on March 3, 2026.",
        "",
        "The club's chairman said the win was the best moment in its hundred-year history and"
        " thanked the volunteers who ran the ground.",
        "",
        "The league's season ends next month with the awards dinner at the town hall, where the"
        " players of the year will be named by the managers.",
        "",
        "© 2026 Millbrook News",
    ]
)


def test_sentence_with_one_date_and_a_time_is_no_dateline(tmp_path):
    """A story's sentence with a time of day and one date ("The replay starts at 7:30 p.m. on
    March 3, 2026.") is no dateline: only beside two dates do times count as no words."""
    page = tmp_path / "match.txt"
    page.write_text(MATCH_DUMP, "utf-8")
    text = "\n".join(extract_article(read_source(str(page))).paragraphs)
    assert "The replay starts at 7:30 p.m. on March 3, 2026." in text
    assert "will be named by the managers." in text
    assert "© 2026" not in text


CREDITS_DUMP = "\n".join(
    [
        "Bridge repairs to start in May",
        "",
        "The county will close the old river bridge for six weeks from May while engineers"
        " replace its worn bearings, officials said on Monday at a meeting in the town hall.",
        "",
        "Jane Roe, Staff Writer",
        "",
        "Drivers will be sent on a signed detour through the industrial estate, adding about ten"
        " minutes to most journeys into the town centre at peak times.",
        "",
        "John Doe, Contributing Editor",
        "",
        "Trending Now",
        "",
        "Council tax to rise by five percent",
    ]
)


def test_staff_credits_are_no_letter_signatures(tmp_path):
    """Two credits with a journalist's role ("John Doe, Contributing Editor") under paragraphs
    are no readers' signatures ("Ann Lee, Leeds"): the last one is not kept."""
    page = tmp_path / "bridge.txt"
    page.write_text(CREDITS_DUMP, "utf-8")
    text = "\n".join(extract_article(read_source(str(page))).paragraphs)
    assert "adding about ten minutes" in text
    assert "Contributing Editor" not in text
