"""Round 14, hostile inputs to the cleaner: many tiny blocks, one-word lines, XML files."""

from __future__ import annotations

import time

import pytest

from tts_pipeline.errors import NoArticleError
from tts_pipeline.extract import contents, extract_article
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.plain import unwrap
from tts_pipeline.models import Document


def test_contents_of_many_repeated_tiny_blocks_is_fast():
    """20,000 one-word blocks apart by blank lines: each start looked for its next repeat
    from the top of the page (20 s); now a binary search."""
    lines = [describe(raw) for raw in ["x", ""] * 20_000]
    began = time.perf_counter()
    assert contents.contents_lists(lines) == set()
    assert time.perf_counter() - began < 3.0


def test_contents_run_stops_at_its_first_repeat(monkeypatch):
    """Adjacent repeated lines: each start walked to the end of the page and back (cubic);
    a run ends before its first repeat, so each start looks at a line or two."""
    calls = 0
    entry = contents._entry

    def counted(line):
        nonlocal calls
        calls += 1
        return entry(line)

    monkeypatch.setattr(contents, "_entry", counted)
    lines = [describe("sentence")] * 300
    assert contents.contents_lists(lines) == set()
    assert calls <= 4 * len(lines)


def test_contents_found_as_before():
    """A table of contents with text between the repeats of its entries is still found."""
    body = "The council met on Tuesday and agreed, after a long debate, to spend more on roads and on the bridges that cross the river."  # noqa: E501
    raw = ["What is changing?", "Why now?", "", "What is changing?", body, "Why now?", body]
    assert contents.contents_lists([describe(r) for r in raw]) == {0, 1}


def test_one_word_lines_are_no_article():
    """20,000 one-word lines are a list, not wrapped prose: no article text (they were
    joined into one paragraph of 20,000 words)."""
    text = "\n".join(f"word{i}" for i in range(20_000))
    assert unwrap(text) == text
    with pytest.raises(NoArticleError):
        extract_article(Document(text=text, name="words.txt"))


def test_unwrap_of_many_wrapped_lines_is_linear():
    """A long hard-wrapped paragraph was joined line by line onto one growing string."""
    lines = ["the council agreed to spend more money on the roads and"] * 40_000
    text = "\n".join(["The river rose overnight.", *lines, "and the bridges."])
    began = time.perf_counter()
    joined = unwrap(text)
    assert time.perf_counter() - began < 3.0
    assert joined.count("\n") == 1 and joined.endswith("and the bridges.")
