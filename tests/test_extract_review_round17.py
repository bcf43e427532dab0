"""Review of round 17's dump rules with invented pages: what they must not keep."""

from __future__ import annotations

from tts_pipeline.extract.textdump import extract_text

REVIEW = """Home\tReviews\tPhones\tLaptops\tDeals

The best budget phones of the spring

By Tom Hale | 3 April 2025

We tested eleven phones that cost less than three hundred pounds over four weeks of \
daily use, and most of them were far better than we expected.
Battery life was the biggest surprise: six of the phones lasted two full days of normal \
use without a charge, and none needed charging before the evening.
Cameras were weaker, as you would expect at this price, but the two best ones took \
sharp photos in daylight and decent ones indoors.
Our three favourites, in order, are these
iPhone 16e review: Apple's cheapest phone yet
eBay deals on refurbished tablets this week
iPad Air 2025 hands-on

Share\tTweet\tEmail

\u00a9 2025 Gadget Weekly
"""

MARKETS = """Home\tWeather\tNews\tSport

Berlin
12 \u00b0C
Hamburg
9 \u00b0C
Munich
15 \u00b0C

Carmakers lead the stock market higher after strong sales figures from China came in \
over the weekend and lifted the mood of traders across Europe.
Shares in the three largest German carmakers rose by between two and four percent in \
the morning, while the rest of the market gained less than one percent.
Analysts said the figures showed that demand in China was recovering faster than many \
had expected at the start of the year.
Oil prices fell slightly, and the euro was little changed against the dollar in quiet \
trading before the central bank meeting on Thursday.

\u00a9 2025 Money Daily
"""


def test_teasers_opening_on_a_camel_case_name_are_no_rest_of_a_sentence():
    paragraphs = extract_text(REVIEW).paragraphs
    assert "eBay deals on refurbished tablets this week" not in paragraphs
    assert "iPad Air 2025 hands-on" not in paragraphs
    assert paragraphs[-1].startswith("iPhone 16e review")


def test_a_weather_widget_above_the_story_is_no_data_sheet():
    paragraphs = extract_text(MARKETS).paragraphs
    assert paragraphs[0].startswith("Carmakers lead")
    assert not {"Berlin", "12 \u00b0C", "Munich"} & set(paragraphs)


ELECTION = """Home\tNews\tPolitics\tSport

Local election results 2025

Party\tVotes\tSeats
Green Party\t4,210\t9
Labour\t3,880\t8
Liberals\t2,150\t4
Independents\t1,020\t2

The Green Party won the most votes in the local election on Sunday for the first time, \
taking nine of the twenty-three seats on the town council.
Turnout was fifty-eight percent, four points higher than four years ago, and the \
counting went on until well after midnight at the town hall.
Labour lost two seats but remains the second-largest group, and its leader said the \
party would talk to everyone about forming a majority.
The new council meets for the first time on the second of June, when it will also choose \
the mayor for the next four years.

Related
Who are the new councillors?

\u00a9 2025 Town Herald
"""


def test_the_headline_right_above_a_table_is_the_title_not_the_tables():
    article = extract_text(ELECTION)
    assert article.title == "Local election results 2025"
    assert article.paragraphs[0] == "Party, Votes, Seats"
    assert article.title not in article.paragraphs


PAYWALL = """Home\tNews\tSport\tCulture\tContact

Council approves new cycle lane on Mill Street

By Anna Berg | 12 March 2025

The town council voted on Tuesday evening to build a protected cycle lane along the whole \
length of Mill Street, ending a debate that has gone on for almost three years.
Supporters said the lane would make the school run safer for hundreds of children who now \
share the road with delivery vans and buses every morning.
Shop owners had worried that the loss of twenty parking spaces would keep customers away, \
but the council promised a new car park behind the
Continue reading with Herald Plus

\u00a9 2025 Town Herald
"""


def test_a_paywall_prompt_under_a_story_cut_off_mid_sentence_is_no_rest_of_it():
    paragraphs = extract_text(PAYWALL).paragraphs
    assert "Continue reading with Herald Plus" not in paragraphs
    assert paragraphs[-1].endswith("behind the")


SWIMMING = """Startseite\tPolitik\tSport\tKultur

{date}
Hitzewelle: Stadt öffnet die Freibäder länger
Wegen der anhaltenden Hitze bleiben die drei städtischen Freibäder ab Montag bis \
zweiundzwanzig Uhr geöffnet, wie die Stadtverwaltung am Dienstag mitteilte.
Die längeren Öffnungszeiten gelten zunächst bis Ende August, könnten aber verlängert \
werden, wenn das Wetter so warm bleibt wie in den letzten Wochen.
Der Eintritt am Abend kostet nur die Hälfte, und Kinder unter sechs Jahren schwimmen wie \
immer kostenlos, sagte die Leiterin der Bäder.
Auch die Büchereien verlängern ihre Öffnungszeiten, damit die Menschen einen kühlen Ort \
zum Lesen und Arbeiten finden können.

Mehr zum Thema
Wo es in der Stadt am kühlsten ist

\u00a9 2025 Stadtanzeiger
"""


def test_a_menu_bar_copied_as_a_row_of_cells_is_no_title_above_a_dateline():
    """A date line between the menu and the headline gave the menu the byline bonus."""
    for date in ("Mittwoch, 19. August 2025", "19.08.2025"):
        article = extract_text(SWIMMING.format(date=date))
        assert article.title == "Hitzewelle: Stadt öffnet die Freibäder länger"
