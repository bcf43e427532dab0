"""Live blogs, round 6: a story told in timed updates, each under a line with only its time
of day (tests/pages/probe_live/ and pages written here). The times are kept with their
updates and so is the oldest update at the foot, in both kinds; a list of timed headlines
of other stories ("Latest") stays out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.dump_pages import sentence
from tests.story_cases import rendered_dump, shingle_f1
from tts_pipeline.extract import extract_article
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.liveblog import live_updates
from tts_pipeline.extract.textdump import extract_text
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "probe_live"


def _read(name: str, kind: str, tmp_path: Path) -> str:
    page = PAGES / f"{name}.html"
    path = page if kind == "html" else rendered_dump(page, tmp_path)
    return "\n".join(extract_article(read_source(str(path))).paragraphs)


@pytest.mark.parametrize("kind", ["html", "text"])
def test_update_times_and_the_oldest_update_are_kept(kind: str, tmp_path: Path):
    text = _read("live-keyevents", kind, tmp_path)
    for time in ("16:40", "16:05", "15:10", "14:30", "13:55"):
        assert f"\n{time}\n" in f"\n{text}\n"
    assert "The river has burst its banks just above the lower town." in text
    assert "Council approves new budget" not in text
    assert "17:02" not in text


def _dump(times: list[str], teasers: bool) -> str:
    lines = ["Home", "News", "Sport", "", "Ferry strike live", "", sentence(0, "the strike"), ""]
    for n, time in enumerate(times, 1):
        lines += [time, "", sentence(n, "the strike"), "", "Share", ""]
    lines += ["Load more", "", "Latest", ""]
    if teasers:
        lines += ["17:02", "Council approves new budget", "16:48", "Ferries cancelled again"]
        lines += ["16:15", "Team names new coach", ""]
    lines += ["Privacy", "Contact"]
    return "\n".join(lines)


TIMES = [["14:52", "14:31", "14:05", "13:40"], ["14.52 Uhr"] * 3, ["14.52 GMT"] * 3]


@pytest.mark.parametrize("times", TIMES)
def test_a_dump_keeps_a_live_blogs_times(times: list[str]):
    paragraphs = extract_text(_dump(times, teasers=True)).paragraphs
    assert [p for p in paragraphs if p in times] == times
    assert "Council approves new budget" not in paragraphs
    assert "17:02" not in paragraphs


def test_two_times_are_no_live_blog():
    paragraphs = extract_text(_dump(["14:52", "14:31"], teasers=False)).paragraphs
    assert "14:52" not in paragraphs


@pytest.mark.parametrize("kind", ["html", "text"])
def test_a_box_of_key_events_above_the_updates_stays_out(kind: str, tmp_path: Path):
    paragraphs = _read("live-keyevents", kind, tmp_path).split("\n")
    assert not any("Rescue boats reach the lower town" in p for p in paragraphs)
    assert not any("Bridge closed to all traffic" in p for p in paragraphs)
    assert "Key events" not in paragraphs
    assert "Rescue boats have reached the lower town" in "\n".join(paragraphs)


def test_a_dumps_key_events_in_two_lines_each_stay_out():
    page = _dump(["14:52", "14:31", "14:05"], teasers=False).split("\n")
    at = page.index("14:52")
    box = ["Key events", "", "14:52", "Final whistle", "", "14:05", "Visitors equalise", ""]
    paragraphs = extract_text("\n".join(page[:at] + box + page[at:])).paragraphs
    assert paragraphs.count("14:52") == 1 and paragraphs.count("14:05") == 1
    assert not {"Key events", "Final whistle", "Visitors equalise"} & set(paragraphs)
    assert paragraphs[0].startswith("Sentence 0")


@pytest.mark.parametrize("kind", ["html", "text"])
def test_an_updates_heading_between_its_time_and_text_is_kept(kind: str, tmp_path: Path):
    text = _read("direct-fr", kind, tmp_path)
    for line in ("12h15", "11h02", "09h40", "08h00", "Le courant revient peu à peu"):
        assert f"\n{line}\n" in f"\n{text}\n"
    assert "Une nuit agitée\nLes pompiers sont intervenus" in text
    assert "Le marché de Noël" not in text and "11h30" not in text


@pytest.mark.parametrize("kind", ["html", "text"])
def test_dated_times_above_a_heading_and_a_byline_make_a_live_blog(kind: str, tmp_path: Path):
    text = _read("live-us-dated", kind, tmp_path)
    assert "\n11:30 a.m. ET, December 3, 2026\nWhat is in the bill\n" in text
    assert "Senators are casting their votes now." in text
    assert "The bill funds the government until the end of September." in text
    assert "Governor signs new school budget" not in text


def _comments(marker: bool) -> list[str]:
    lines = ["Home", "News", "", "Ferry strike ends", "", *[sentence(n) for n in range(4)], ""]
    lines += ["Comments", ""] if marker else []
    for n in range(4):
        lines += [f"1{n}.04.2020 22:2{n}", "", f"user{n}", "", "Member since 2019", ""]
        lines += [sentence(n + 10, "the comment"), ""]
    return lines


def _story_and_a_comment(lines: list[Line]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.text.startswith(FIRST_STORY_AND_COMMENT)]


FIRST_STORY_AND_COMMENT = ("Sentence 0 ", "Sentence 10 ")


def test_dated_comments_below_the_comments_heading_are_no_live_blog():
    paragraphs = extract_text("\n".join(_comments(marker=True))).paragraphs
    assert not any("the comment" in p or "22:2" in p for p in paragraphs)
    # a reading that kept the story and a comment (trafilatura's): no live blog
    lines = [describe(text) for text in _comments(marker=True)]
    story = _story_and_a_comment(lines)
    assert not live_updates(lines, story)
    # without the heading the same lines read as a live blog: the heading is what tells
    lines = [describe(text) for text in _comments(marker=False)]
    story = _story_and_a_comment(lines)
    assert live_updates(lines, story)


def test_prices_above_texts_are_no_update_times():
    lines = [describe(text) for text in _dump(["9.99", "12.95", "7.49"], teasers=False).split("\n")]
    story = [i for i, line in enumerate(lines) if line.kind is Kind.BODY]
    assert not live_updates(lines, story)
    lines = [describe(text) for text in _dump(["9.59", "12.35", "7.49"], teasers=False).split("\n")]
    assert live_updates(lines, story)


# name: (HTML floor, dump floor), a little under what the cleaner reaches; direct-fr's
# dateline with its update time ("Publié le ... à 08h00, mis à jour à 12h15") is kept.
FLOORS = {
    "direct-fr": (0.95, 0.95),
    "live-keyevents": (0.99, 0.99),
    "live-ticker-de": (0.99, 0.99),
    "live-us-dated": (0.97, 0.99),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_live_pages_reach_their_floor(name: str, tmp_path: Path):
    truth = "\n".join(json.loads((PAGES / "truth.json").read_text("utf-8"))[name])
    html, dump = FLOORS[name]
    assert shingle_f1(_read(name, "html", tmp_path), truth) >= html
    assert shingle_f1(_read(name, "text", tmp_path), truth) >= dump
