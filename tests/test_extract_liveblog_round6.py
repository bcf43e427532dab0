"""Live blogs, round 6: a story told in timed updates, each under a line with only its time
of day (tests/pages/probe_live/ and pages written here). The times are kept with their
updates and so is the oldest update at the foot, in both kinds; a list of timed headlines
of other stories ("Latest") stays out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.dump_pages import sentence
from tests.story_cases import rendered_dump
from tts_pipeline.extract import extract_article
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


@pytest.mark.parametrize("times", [["14:52", "14:31", "14:05", "13:40"], ["14.52 Uhr"] * 3])
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
