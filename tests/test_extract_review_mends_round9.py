"""Mends of round 9's review: invented pages where a rule merged this round over-reached
(dropped a story sentence or kept a line of chrome)."""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source


def _clean(tmp_path: Path, lines: list[str], suffix: str = ".txt") -> str:
    """The story our cleaner reads in a page of ``lines``."""
    page = tmp_path / f"page{suffix}"
    page.write_text("\n".join(lines), "utf-8")
    return "\n".join(extract_article(read_source(str(page))).paragraphs)


BOATHOUSE = [
    "Home", "News", "Sport", "Business", "",
    "Boathouse keeps its doors open through a hard winter", "",
    "By Maria Stone", "", "March 3, 2026", "",
    "The old boathouse on the river has survived floods, fires and a pandemic, and its "
    "owners say it will survive this winter too.", "",
    "\"We make money on the tours in summer, but the winter months are hard for a small "
    "business like ours,\" said Ana Lopez, who has run it for twenty years.", "",
    "She said the town council had offered a small grant to cover the heating bills until "
    "the spring season begins in April.", "",
    "\"People here care about the place, and we get money from neighbours every week,\" "
    "Lopez said, pointing at a jar by the door.", "",
    "The boathouse will host an open day on Saturday, with free coffee and a talk about the "
    "history of the river.", "",
    "We may earn a commission when you buy through links on our site.", "",
    "Share this article", "Related stories",
]  # fmt: skip


def test_a_quote_about_making_money_is_the_story(tmp_path):
    """"We make money", "we get money" in a quote are the story's; only money earned from
    the site's links (an affiliate notice) is chrome."""
    text = _clean(tmp_path, BOATHOUSE)
    assert "We make money on the tours in summer" in text
    assert "we get money from neighbours every week" in text
    assert "We may earn a commission" not in text
