"""A date the calendar has not (31 February, hour 25) is no page's date, in a meta tag or a line."""

import pytest

from tts_pipeline.extract import extract_article
from tts_pipeline.extract.dates import find_date, on_the_calendar
from tts_pipeline.extract.htmlmeta import iso_datetime
from tts_pipeline.models import Document

STORY = (
    "The council met on Monday to decide on the new bridge over the river. "
    "Members voted for it by a wide margin after a long debate.\n"
    "Work starts next spring and should end within two years, the mayor said. "
    "The cost is put at ten million.\n"
)


@pytest.mark.parametrize(
    "value", ["2023-02-31", "2023-04-31T10:00:00Z", "0000-01-01", "9999-12-31"]
)
def test_a_meta_date_the_calendar_has_not_is_none(value):
    assert iso_datetime(value) is None


def test_a_meta_time_of_no_clock_keeps_the_day_only():
    assert iso_datetime("2024-02-29T25:99:00Z") == "2024-02-29"
    assert iso_datetime("2024-02-29T23:59:00Z") == "2024-02-29T23:59Z"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published 31 February 2023", None),
        ("February 30, 2023", None),
        ("29.02.2023", None),
        ("February 29, 2024", "2024-02-29"),
        ("29.02.2024", "2024-02-29"),
        ("2024-02-29T23:59", "2024-02-29T23:59"),
    ],
)
def test_a_written_date_is_one_the_calendar_has(line, iso):
    found = find_date(line)
    assert on_the_calendar(found.iso if found else None) == iso


def test_a_dump_dated_31_february_has_no_date_and_its_dateline_is_not_read():
    page = "Big news in town\nPublished 31 February 2023\n" + STORY
    article = extract_article(Document(text=page, name="p"))
    assert article.published is None
    assert article.paragraphs[0].startswith("The council met")
