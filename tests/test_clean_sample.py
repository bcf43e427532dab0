"""The sample page cleans to exactly the expected article."""

from __future__ import annotations

import json

from conftest import SAMPLE_PAGE


def test_clean_json_matches_expectation(cli, expected):
    result = cli("clean", str(SAMPLE_PAGE), "--format", "json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["title"] == expected["title"]
    assert article["author"] == expected["author"]
    assert article["published"] == expected["published"]
    assert article["paragraphs"] == expected["paragraphs"]
    for key in ("title", "author", "published", "site", "url", "paragraphs"):
        assert key in article


def test_clean_text_is_the_paragraphs_only(cli, expected):
    result = cli("clean", str(SAMPLE_PAGE))
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert text.strip().split("\n\n") == expected["paragraphs"]
    for phrase in expected["must_not_contain"]:
        assert phrase not in text


def test_script_speaks_every_sentence_and_no_chrome(cli, expected):
    spoken = cli("script", str(SAMPLE_PAGE)).stdout.decode("utf-8")
    written = cli("script", str(SAMPLE_PAGE), "--original").stdout.decode("utf-8")
    lines = [line for line in written.splitlines() if line]
    assert lines[0] == expected["title"]
    for paragraph in expected["paragraphs"]:
        for line in (line for line in lines if line in paragraph):
            paragraph = paragraph.replace(line, "", 1)
        assert not paragraph.strip(), f"not spoken: {paragraph!r}"
    for phrase in expected["must_not_contain"]:
        assert phrase not in spoken and phrase not in written
    assert "November twenty-first" in spoken
    assert "Nov. 21" not in spoken
