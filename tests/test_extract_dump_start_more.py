"""Text dumps: the story's first lines above the heaviest stretch, past the header's
credits, captions and chrome."""

from __future__ import annotations

from tests.dump_pages import sentence
from tts_pipeline.extract.textdump import extract_text

LEAD = (
    "The two brothers won their opening matches at two different tournaments on the "
    "same day and surprised everyone who follows the tour."
)


def _page(*header: str) -> str:
    lines = ["Home", "Tennis", "Results", "", *header, ""]
    for n in range(4):
        lines += [sentence(n, "the two tournaments"), ""]
    lines += ["Related stories", "", "Privacy", "Contact"]
    return "\n".join(lines)


def test_a_lead_under_the_headline_is_read_past_credits_and_a_caption():
    page = _page(
        "Two surprises on one day for the brothers",
        "",
        LEAD,
        "",
        "from our sports desk",
        "04.02.2022, 08:27",
        "",
        "Photo: Jane Roe",
        "The older brother during the final round in the capital",
    )
    paragraphs = extract_text(page).paragraphs
    assert paragraphs[0] == LEAD
    assert "The older brother during the final round in the capital" not in paragraphs
    assert "Two surprises on one day for the brothers" not in paragraphs


def test_a_paragraph_above_the_headline_is_not_the_lead():
    page = _page(
        LEAD,
        "",
        "Two surprises on one day for the brothers",
        "",
        "from our sports desk",
        "04.02.2022, 08:27",
    )
    paragraphs = extract_text(page).paragraphs
    assert LEAD not in paragraphs
    assert paragraphs[0].startswith("Sentence 0")


def test_a_lead_above_a_box_heading_is_not_read():
    page = _page(
        "Two surprises on one day for the brothers",
        "",
        LEAD,
        "",
        "Breaking News Emails",
        "Subscribe to our newsletter",
        "04.02.2022, 08:27",
    )
    paragraphs = extract_text(page).paragraphs
    assert LEAD not in paragraphs


def _boxed_page(byline_above_story: bool) -> str:
    lines = ["Home", "News", "", "Council approves the budget for the bridge", ""]
    lines += ["By Jane Roe", "12.03.2021 10:00", "", LEAD, ""]
    lines += ["Related stories", "Mayor opens the new harbour", ""]
    if byline_above_story:
        lines += ["By John Doe", ""]
    for n in range(4):
        lines += [sentence(n), ""]
    lines += ["Privacy", "Contact"]
    return "\n".join(lines)


def test_a_lead_under_the_byline_is_read_across_a_box_above_the_story():
    paragraphs = extract_text(_boxed_page(byline_above_story=False)).paragraphs
    assert paragraphs[0] == LEAD
    assert "Mayor opens the new harbour" not in paragraphs


def test_a_paragraph_with_a_byline_of_its_own_above_a_box_is_not_read():
    paragraphs = extract_text(_boxed_page(byline_above_story=True)).paragraphs
    assert LEAD not in paragraphs
    assert paragraphs[0].startswith("Sentence 0")


def _table_page(box: bool, lead: tuple[str, ...] = (LEAD, sentence(7, "the test"))) -> str:
    lines = ["Home", "News", "", "Eighteen child seats in the test", ""]
    lines += ["By Jane Roe", "12.03.2021 10:00", ""]
    for paragraph in lead:
        lines += [paragraph, ""]
    lines += ["Related stories"] if box else []
    lines += [f"Seat model {n}, {100 + n} euros, grade 2,{n}" for n in range(14)]
    lines += [""]
    for n in range(8):
        lines += [sentence(n, "the child seats"), ""]
    lines += ["Privacy", "Contact"]
    return "\n".join(lines)


def test_a_lead_under_the_byline_is_read_across_a_long_table_above_the_story():
    paragraphs = extract_text(_table_page(box=False)).paragraphs
    assert paragraphs[0] == LEAD
    assert any(p.startswith("Sentence 7 about the child seats") for p in paragraphs)


def test_a_paragraph_above_a_long_box_is_not_read():
    paragraphs = extract_text(_table_page(box=True)).paragraphs
    assert LEAD not in paragraphs
    assert "Seat model 3, 103 euros, grade 2,3" not in paragraphs


def test_the_dateline_of_a_quoted_post_does_not_cut_off_the_first_paragraph():
    first = sentence(9, "the mayor's post")
    page = _page(
        "The mayor answers on social media",
        "",
        "12.03.2021 10:00",
        "Photo: John Doe",
        "",
        first,
        "",
        "Glad to see the bridge open again https://t.co/abc",
        "— Jane Doe (@janedoe) March 12, 2021",
    )
    paragraphs = extract_text(page).paragraphs
    assert paragraphs[0] == first
    assert "The mayor answers on social media" not in paragraphs


OPEN_LEAD = (
    "The local elections ended not only with a clear win for the opposition but also with "
    "the fall of the prime minister who resigned on the night"
)


def test_a_long_standfirst_without_a_full_stop_above_the_byline_is_read():
    page = _page(
        "Local elections in the north",
        "",
        OPEN_LEAD,
        "",
        "By Jane Roe",
        "12.03.2021 10:00",
    )
    paragraphs = extract_text(page).paragraphs
    assert paragraphs[0] == OPEN_LEAD
    assert "Local elections in the north" not in paragraphs


def test_a_caption_ending_on_its_credit_above_the_byline_is_not_read():
    caption = (
        "The bacteria that cause the plague survive on the fleas that live on rodents like rats "
        "and rabbits in the old harbour (JANE ROE/PHOTO AGENCY)"
    )
    page = _page("Local elections in the north", "", caption, "", "By Jane Roe", "12.03.2021")
    assert caption not in extract_text(page).paragraphs


def _list_page(*items: str, heading: str = "Ingredients:") -> str:
    lines = ["Home", "Recipes", "", "Almond biscuits", "", heading, *items, ""]
    lines += ["Method:", ""]
    for n in range(4):
        lines += [sentence(n, "the dough"), ""]
    lines += ["Privacy", "Contact"]
    return "\n".join(lines)


def test_a_list_of_amounts_above_the_steps_is_read_with_them():
    items = ("300 g flour", "1 tsp baking powder", "200 g sugar", "2 eggs", "Almond flakes")
    paragraphs = extract_text(_list_page(*items)).paragraphs
    assert "200 g sugar" in paragraphs
    assert "Almond flakes" in paragraphs
    assert "Privacy" not in paragraphs


def test_amounts_of_one_each_are_read_too():
    items = ("1 cup sugar", "1 egg", "1 tsp salt", "1 lemon")
    assert "1 tsp salt" in extract_text(_list_page(*items)).paragraphs


def test_a_numbered_table_of_contents_above_the_story_is_not_read():
    items = ("1 Schedule", "2 Relationships", "3 Gifts", "3.1 Love", "4 Heart Events")
    paragraphs = extract_text(_list_page(*items, heading="Contents:")).paragraphs
    assert "3 Gifts" not in paragraphs
    assert paragraphs[0].startswith("Sentence 0")


def test_a_short_paragraph_under_a_dateline_far_above_the_story_is_not_read():
    paragraphs = extract_text(_table_page(box=False, lead=(LEAD,))).paragraphs
    assert LEAD not in paragraphs
    assert paragraphs[0].startswith("Sentence 0 about the child seats")
