"""A blog archive's rows ("►   October  (2)") are no data table (t26): a count of posts in
brackets is no data, and the archive under a short post was read as its story."""

from __future__ import annotations

from tts_pipeline.extract.context import in_context
from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe

ARCHIVE = [
    "►   2024  (6)",
    "►   November  (2)",
    "►   October  (1)",
    "►   September  (3)",
    "►   August  (2)",
    "►   July  (4)",
]


def test_a_blog_archives_counts_are_no_data_table():
    raw = ["Blog Archive", "", *ARCHIVE]
    lines = in_context([describe(line) for line in raw])
    assert [line.kind for line in lines[2:]].count(Kind.BODY) == 0


def test_a_table_of_numbers_is_still_one():
    rows = ["Team   Won   Lost", "Harbour   12   (3)", "Mill Town   9   (5)", "Riverside   7   (8)"]
    lines = in_context([describe(line) for line in ["Standings", "", *rows]])
    assert [line.kind for line in lines[3:]] == [Kind.BODY] * 3
