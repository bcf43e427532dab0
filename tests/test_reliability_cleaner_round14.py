"""Round 14, hostile inputs to the cleaner: many tiny blocks, one-word lines, XML files."""

from __future__ import annotations

import pytest

from tts_pipeline.errors import NoArticleError
from tts_pipeline.extract import contents, extract_article
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.plain import unwrap
from tts_pipeline.models import Document
from tts_pipeline.sources.read import read_source


def test_contents_of_many_repeated_tiny_blocks_is_no_list():
    """20,000 one-word blocks apart by blank lines are no table of contents (each start
    looked for its next repeat from the top of the page: 20 s; now a binary search; the
    time is benchmark comparison 15's)."""
    lines = [describe(raw) for raw in ["x", ""] * 20_000]
    assert contents.contents_lists(lines) == set()


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


def test_unwrap_joins_a_long_wrapped_paragraph_into_one():
    """A long hard-wrapped paragraph (it was joined line by line onto one growing string;
    the time is benchmark comparison 15's) becomes one line under its first."""
    lines = ["the council agreed to spend more money on the roads and"] * 40_000
    text = "\n".join(["The river rose overnight.", *lines, "and the bridges."])
    joined = unwrap(text)
    assert joined.count("\n") == 1 and joined.endswith("and the bridges.")


SVG = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>'
RSS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Metro</title>'
    "<item><title>Bridge shut</title><link>https://metro.example/bridge</link></item>"
    "</channel></rss>"
)
ATOM = '<feed xmlns="http://www.w3.org/2005/Atom"><title>Metro</title></feed>'
NOTE = '<?xml version="1.0"?>\n<note><to>Ann</to><body>The bridge is shut.</body></note>'


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("logo.svg", SVG, "an SVG image, not an article"),
        ("logo.svg", SVG.split("?>", 1)[1] + "\n", "an SVG image, not an article"),
        ("news.xml", RSS, "an RSS feed, not an article"),
        ("news.atom", ATOM, "an Atom feed, not an article"),
        ("note.xml", NOTE, "an XML document (<note>), not an article"),
    ],
)
def test_xml_that_is_no_page_is_refused(cli, tmp_path, name, content, said):
    """XML that is not (X)HTML came out as text with its markup, to be spoken."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = cli("clean", str(path))
    error = result.stderr.decode()
    assert result.returncode == 2 and not result.stdout
    assert said in error and len(error.strip().splitlines()) == 1
    if "feed" in said:
        assert "tts-pipeline batch" in error


def test_xhtml_and_pages_opening_with_an_inline_svg_are_read(tmp_path):
    body = "<p>The bridge over the river was shut on Monday after engineers found cracks in two of its supports, the council said.</p>"  # noqa: E501
    xhtml = tmp_path / "page.xhtml"
    xhtml.write_text(
        '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        + body
        + "</body></html>",
        encoding="utf-8",
    )
    inline = tmp_path / "page.html"
    inline.write_text('<svg width="9"><path d="M0 0"/></svg><div>' + body + "</div>")
    for path in (xhtml, inline):
        article = extract_article(read_source(str(path)))
        assert "engineers found cracks" in " ".join(article.paragraphs)
