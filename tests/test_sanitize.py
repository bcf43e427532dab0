"""One sanitizer per published format: whatever an article holds, the output parses."""

from __future__ import annotations

import html.parser
import json
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tts_pipeline.models import Article, Chapter
from tts_pipeline.publish.sanitize import (
    clean_text,
    for_html,
    for_id3,
    for_json,
    for_xml,
    web_url,
)

XML_CHAR = re.compile("[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*")
"""The XML 1.0 ``Char`` production."""
HOSTILE = "\x00\x01\x08\x0b\x0c\x1b\x7f\x85\x9f\ud800\udfff\ufdd0\ufffe\uffff\U0001fffe\U0010ffff"
anything = st.text(alphabet=st.characters(codec=None), max_size=60) | st.sampled_from(
    [HOSTILE, f"a {HOSTILE} b", "Bridge \x01 news", "\ufeff\u200b\u202e"]
)


@settings(deadline=None)
@given(anything)
def test_text_for_xml_always_parses_back(text):
    element = ET.Element("item", {"title": for_xml(text)})
    element.text = for_xml(text)
    back = ET.fromstring(ET.tostring(element, encoding="utf-8"))
    assert XML_CHAR.fullmatch(back.text or "") and XML_CHAR.fullmatch(back.get("title"))


@settings(deadline=None)
@given(anything)
def test_text_for_html_has_no_markup_and_no_forbidden_code_point(text):
    escaped = for_html(text)
    assert "<" not in escaped and '"' not in escaped
    escaped.encode("utf-8")  # no lone surrogate
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]", escaped)
    parser = html.parser.HTMLParser()
    parser.feed(f"<p>{escaped}</p>")


@settings(max_examples=60, deadline=None)
@given(st.recursive(anything | st.floats() | st.integers(), lambda inner: st.lists(inner)
                    | st.dictionaries(anything, inner), max_leaves=10))  # fmt: skip
def test_json_is_valid_json_in_utf8(value):
    text = json.dumps(for_json(value), ensure_ascii=False, allow_nan=False)
    assert json.loads(text.encode("utf-8")) is not None or text == "null"


@settings(max_examples=40, deadline=None)
@given(title=anything, author=anything, url=anything, chapter=anything)
def test_id3_tags_of_any_text_are_written_and_read_back(title, author, url, chapter):
    import io

    from mutagen.id3 import ID3

    from tts_pipeline.publish.tag import TagInfo, tagged_mp3

    article = Article(title, author, None, None, url, ("Text.",))
    info = TagInfo(album=title, voice=author, encoder="LAME", duration=1.0, transcript=title,
                   chapters=(Chapter(chapter, 0.0, 1.0),))  # fmt: skip
    tags = ID3(io.BytesIO(tagged_mp3(b"\xff\xfb\x90\x00" + bytes(413), article, info)))
    if title and clean_text(title):
        assert str(tags["TIT2"]) == for_id3(title)
    for frame in tags.getall("WOAS"):
        assert frame.url == web_url(url)


@pytest.mark.parametrize(
    ("given_url", "published"),
    [
        ("https://example.com/news/story", "https://example.com/news/story"),
        ("HTTP://Example.COM", "http://example.com/"),
        ("https://example.com/a b?q=ü#x y", "https://example.com/a%20b?q=%C3%BC#x%20y"),
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("https://example.com:8080/x", "https://example.com:8080/x"),
        ("https://[2001:db8::1]/x", "https://[2001:db8::1]/x"),
        ("https://example.com/\x01x\ufffe", "https://example.com/x"),
        ("javascript:alert(1)", None),
        ("JavaScript://example.com/%0Aalert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("file:///etc/passwd", None),
        ("/relative/path", None),
        ("//example.com/no-scheme", None),
        ("http://", None),
        ("http:///path", None),
        ("http://[::1", None),
        ("http://exa mple.com/", None),
        ("http://example.com:99999/", None),
        ("https://example.com/\nnext", None),
        ("http://under_score.example/", None),
        ("", None),
        (None, None),
    ],
)
def test_only_http_urls_are_published(given_url, published):
    assert web_url(given_url) == published
