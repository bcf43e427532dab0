"""Round 15 review: the dump's fields around a story without a byline (storyfields.py) are
a product's or an event's details, not a site's contact box or imprint below the story;
and a JSON Feed whose number is too long to read is refused as the feed it is, not with a
traceback. Every page here is invented."""

from __future__ import annotations

import pytest

from tts_pipeline.batch.jsonfeed import parse_json_feed
from tts_pipeline.errors import InputError
from tts_pipeline.extract.textdump import extract_text

STORY_EN = """Home
News
About

City council approves new cycle lane on Harbour Road

The city council voted on Tuesday evening to build a protected cycle lane along the full \
length of Harbour Road, ending a debate that has run for more than two years.

Work is expected to start in the autumn and to take about six months. Parking on the north \
side of the road will be removed, and the bus stop near the ferry terminal will move.

Local shop owners had asked for the parking to stay, but the council said the loss would \
be made up by a new car park behind the old fire station.

"""

IMPRINT = """Published by
Harbour Town News Ltd
Registered office: 12 Quay Street, Harbourtown
Company number: 08123456
Editor: Jane Example
VAT number: GB 123 4567 89

Privacy policy
"""

STORY_DE = """Startseite
Verein
Termine

Neue Bänke für den Stadtpark am Mühlenteich

Der Bürgerverein hat in diesem Frühjahr zwölf neue Holzbänke rund um den Mühlenteich \
aufgestellt. Die alten Bänke waren nach mehr als zwanzig Jahren morsch geworden.

Finanziert wurden die Bänke aus Spenden, die bei unserem Sommerfest und beim Adventsbasar \
gesammelt wurden. Die Stadt hat die Fundamente gegossen und übernimmt die Pflege.

Wir danken allen Spenderinnen und Spendern sowie den Helfern, die an zwei Samstagen mit \
angepackt haben. Eine kleine Einweihung mit Kaffee und Kuchen ist für Ende Mai geplant.

"""

CONTACT_BOX = """Telefon: 05121 987654
Mobil: 0170 1234567
Fax: 05121 987655
E-Mail: info@buergerverein-example.de

Impressum
Datenschutz
"""


@pytest.mark.parametrize(
    ("dump", "chrome"),
    [
        (STORY_EN + IMPRINT, ("Company number", "VAT number", "Registered office")),
        (STORY_DE + CONTACT_BOX, ("Telefon:", "Mobil:", "Fax:")),
    ],
    ids=["imprint", "contact-box"],
)
def test_a_sites_imprint_or_contact_box_below_the_story_is_no_field_of_it(dump, chrome):
    body = "\n".join(extract_text(dump).paragraphs)
    assert "car park" in body or "Adventsbasar" in body
    for words in chrome:
        assert words not in body


def test_event_fields_below_a_story_are_still_kept():
    fields = "Date: Saturday 14 March\nTime: 10am to 4pm\nVenue: The Old Fire Station\n"
    body = "\n".join(extract_text(STORY_EN + fields).paragraphs)
    assert "Venue: The Old Fire Station" in body


def test_a_json_feed_with_a_number_too_long_to_read_is_refused_as_a_feed():
    data = (
        b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": '
        + b"9" * 5000
        + b', "url": "https://example.org/a"}]}'
    )
    with pytest.raises(InputError, match="not valid JSON"):
        parse_json_feed(data, "https://example.org/feed.json")


GARDEN = """Home
Blog

Planting garlic in November

Garlic wants a long cold spell to split into cloves, so the middle of November is the right \
time to put it in the ground here. We set each clove ten centimetres apart.

A mulch of straw keeps the worst of the frost off and holds down the weeds until spring. By \
June the leaves start to yellow, and that is the sign to lift the bulbs.

This year we are trying a hardneck variety from a neighbour alongside our usual softneck \
ones. We will report back next summer on which does better in our heavy clay.

"""


@pytest.mark.parametrize(
    "tail",
    [
        "2020 – Januar (3)\n2019 – Dezember (5)\n2019 – November (2)\n2019 – Oktober (7)\n",
        "2020 – January (3)\n2019 – December (5)\n\n2020 Example Garden Diary | Powered by Blog\n",
    ],
    ids=["archive", "archive-and-footer"],
)
def test_an_archive_menu_of_years_below_the_story_is_no_chronicle(tail):
    body = "\n".join(extract_text(GARDEN + tail).paragraphs)
    assert "heavy clay" in body
    assert "(5)" not in body and "Powered by" not in body


def test_a_chronicle_below_the_story_is_still_kept():
    tail = "1998 First plot rented\n2004 Greenhouse built\n2012 Second plot added\n"
    body = "\n".join(extract_text(GARDEN + tail).paragraphs)
    assert "2004 Greenhouse built" in body


@pytest.mark.parametrize("failed_at", ["2026-12-03T10:00:00", "9999-12-31T23:59:59+00:00"])
def test_a_hand_edited_failure_time_gives_a_retry_time_that_compares_with_now(failed_at):
    from datetime import datetime, timezone

    from tts_pipeline.batch.feedstate import FeedState

    retry = FeedState(failures=3, failed_at=failed_at).retry_at(600.0)
    assert retry is None or isinstance(retry < datetime.now(timezone.utc), bool)


def test_a_json_feed_written_with_its_keys_sorted_is_a_json_feed():
    import json

    from tts_pipeline.batch.feeds import feed_kind, parse_feed

    story = "<p>" + "The ferry will sail earlier from Monday, the operator said. " * 30 + "</p>"
    items = [
        {"id": str(n), "url": f"https://example.org/{n}", "content_html": story} for n in range(5)
    ]
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Example", "items": items}
    data = json.dumps(feed, sort_keys=True).encode()
    assert data.index(b'"version"') > 4096
    assert feed_kind(data) == "json"
    assert len(parse_feed(data, "https://example.org/feed.json").items) == 5
    assert feed_kind(b'{"items": [], "note": "no feed"}' + b" " * 5000) is None


def test_clean_refuses_a_json_feed_with_its_keys_sorted_and_points_to_batch(cli, tmp_path):
    """Not read aloud as a page: its ``version`` comes after 4 KB of items."""
    import json

    story = "<p>" + "The ferry will sail earlier from Monday, the operator said. " * 30 + "</p>"
    items = [{"id": str(n), "content_html": story} for n in range(5)]
    feed = {"version": "https://jsonfeed.org/version/1", "title": "Example", "items": items}
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed, sort_keys=True))
    assert path.read_bytes().index(b'"version"') > 4096
    done = cli("clean", str(path))
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "a JSON Feed, not an article" in err and "batch" in err
