"""`clean --explain`: every line of a page, kept or dropped, and why."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

PAGES = Path(__file__).parent / "pages"


def explained(cli, name: str | Path) -> dict[str, str]:
    """The report's lines by the text they show: "KEEP reason" or "drop reason"."""
    result = cli("clean", str(PAGES / name), "--explain")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").split("\n")
    found = {}
    for line, reason in pairwise(lines):
        parts = line.split(maxsplit=3)
        if len(parts) == 4 and parts[1] in ("KEEP", "drop"):
            found[parts[3].strip("'\"")] = f"{parts[1]} {reason.strip()}"
    return found


def test_every_line_of_a_dump_is_explained(cli):
    report = explained(cli, "listicle.txt")
    assert report["Destinations"].startswith("drop above the story")
    assert report["Sign in"].startswith("drop above the story; chrome")
    assert report["Go early."].startswith("KEEP")
    assert report["6. Hire a bike"].startswith("KEEP kept: an item of a numbered list")
    assert report["You might also like"].startswith("drop below the story; box marker")
    assert "By Hana Kowalczyk" in report and report["By Hana Kowalczyk"].startswith("drop")


def test_every_line_of_html_is_explained(cli):
    report = explained(cli, "news-article.html")
    kept = [text for text, why in report.items() if why.startswith("KEEP")]
    assert any(text.startswith("Volunteers counted 1,240 nesting pairs") for text in kept)
    assert any("trafilatura kept it" in report[text] for text in kept)
    headline = "Volunteers count record number of swifts in the old town"
    assert report[headline].startswith("drop the headline")
    assert not any(text.startswith("We use cookies") for text in kept)


def test_verse_amid_a_story_is_kept_and_said_to_be(cli, tmp_path):
    paragraph = (
        "The choir sang on the new bridge on Sunday, and the mayor read out the poem that a "
        "pupil of the town's school wrote for the day it opened."
    )
    verse = ["and the river runs under the bridge we built", "and the trains go over it"]
    page = tmp_path / "verse.txt"
    closing = paragraph.replace("Sunday", "Monday").replace("choir", "band")
    chrome = "Home\nNews\nSport\nSign in"
    parts = [chrome, "Bridge opens", paragraph, "\n".join(verse), closing, "Related stories\nA"]
    page.write_text("\n\n".join(parts))
    report = explained(cli, page)
    for line in verse:
        assert report[line].startswith("KEEP kept: a short line amid the story's sentences")
