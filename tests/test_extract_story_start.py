"""Text dumps: lines above the heaviest stretch that start the story."""

from __future__ import annotations

from tts_pipeline.extract.textdump import extract_text

STORY = (
    "The council met on Monday evening to discuss the new budget for the coming year. "
    "Members argued for hours about the cost of the bridge and the state of the roads. "
    "In the end the plan was approved by a narrow margin after a long and heated debate."
)


def _page(*above: str) -> str:
    lines = ["Home", "News", "Sport", "", *above, ""]
    for n in range(4):
        lines += [f"{STORY} Paragraph {n} of the report goes on.", ""]
    lines += ["Related stories", "", "Privacy", "Contact"]
    return "\n".join(lines)


def test_summary_points_under_the_dateline_start_the_story():
    page = _page(
        "Council approves the budget",
        "",
        "12.03.2021 10:00",
        "",
        "The bridge will be rebuilt within two years",
        "",
        "Road repairs get twice as much money as before",
        "",
        "Opposition members voted against the whole plan",
    )
    paragraphs = extract_text(page).paragraphs
    assert paragraphs[0] == "The bridge will be rebuilt within two years"
    assert paragraphs[2] == "Opposition members voted against the whole plan"
    assert "Council approves the budget" not in paragraphs


def test_the_headline_atop_the_points_is_left_out():
    page = _page(
        "12.03.2021 10:00",
        "",
        "Council approves the budget for next year",
        "",
        "The mayor on the long debate about the bridge and the roads",
        "Road repairs get twice as much money as before",
        "Opposition members voted against the whole plan",
    )
    paragraphs = extract_text(page).paragraphs
    assert paragraphs[0] == "The mayor on the long debate about the bridge and the roads"
    assert "Council approves the budget for next year" not in paragraphs


def test_tags_and_a_repeated_headline_are_not_points():
    page = _page(
        "12.03.2021 10:00",
        "",
        "Council approves the budget for next year",
        "",
        "Council approves the budget: what it means",
        "",
        "Politics, Local news, Roads, Budget",
    )
    paragraphs = extract_text(page).paragraphs
    assert paragraphs[0].startswith("The council met")
