"""Pages whose story the cleaner read wrong (issue 13, helper g9, round 9). Every page is
invented here; each test asserts what must and must not be read."""

from __future__ import annotations

from tts_pipeline.extract.combine import Story

KO_STORY = [
    "시립 도서관이 다음 달부터 평일 운영 시간을 밤 10시까지 늘린다고 밝혔다.",
    "도서관 측은 직장인 이용자가 많아 저녁 시간 연장 요청이 꾸준히 들어왔다고 설명했다.",
    '관계자는 "시민들이 더 편하게 책을 빌릴 수 있도록 하겠다"고 말했다.',
]


def _story(html: str, trafilatura: list[str], titles: tuple[str, ...] = ()) -> Story:
    """The story of ``html`` when trafilatura's reading of it is the lines ``trafilatura``
    (``titles``: the headline as the page's metadata gives it)."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    page = render_tree(parse(html))
    return story_lines(page, "\n".join(trafilatura), page_meta(page), titles)


def test_the_reporters_sign_off_under_the_story_is_not_read() -> None:
    """The reporter's signature under the story ("<name> 기자 <email>"), the author the
    page's header names, is a byline, as above the story, even when trafilatura keeps it."""
    sign_off = "박서연 기자 sy.park@example.com"
    html = (
        "<html><head><title>도서관 운영 시간 연장</title></head><body>"
        "<h1>시립 도서관, 밤 10시까지 문 연다</h1>"
        "<div class='info'><span>박서연 기자</span> <span>입력 2021.05.04 10:00</span></div>"
        + "".join(f"<p>{p}</p>" for p in KO_STORY)
        + f"<p>{sign_off}</p><div>© 예시일보</div></body></html>"
    )
    story = _story(html, [*KO_STORY, sign_off])
    assert list(story.paragraphs) == KO_STORY
    assert story.author == "박서연"


HALL = [
    "The village hall reopened on Saturday after a year of repairs to its leaking roof.",
    "Volunteers raised most of the money with cake sales, a sponsored walk and a raffle.",
    "The new roof is made of slate from the old quarry above the village, as the first was.",
]


def test_the_byline_and_date_under_a_standfirst_are_not_read() -> None:
    """The header's byline and its labelled date between a paragraph trafilatura keeps above
    them (a standfirst) and the story are the article's header, not its text."""
    lead = "A year of work by volunteers has saved the building for the next generation."
    byline, date = "By Jane Roe", "Published on 12/02/2020 at 18:05"
    html = (
        "<html><head><title>Hall reopens | Valley Post</title></head><body>"
        "<h1>Village hall reopens after a year of repairs</h1>"
        f"<p class='lead'>{lead}</p><div class='by'>{byline}</div><div>{date}</div>"
        "<div class='share'>Share on Facebook</div>"
        + "".join(f"<p>{p}</p>" for p in HALL)
        + "<div class='foot'>© Valley Post</div></body></html>"
    )
    story = _story(html, [lead, byline, date, *HALL])
    assert list(story.paragraphs) == [lead, *HALL]
    assert story.author == "Jane Roe"


def test_a_results_box_under_the_story_is_not_read() -> None:
    """A heading over a list of short items with figures below the story's last paragraph
    (the round's results) is a box, though trafilatura keeps it; a list of short items
    without figures there (the story's closing list) stays."""
    results = ["Results of round 24", "Rovers - City 2-1", "Albion - United 0-0", "Town - Park 1-3"]
    closing = ["What the hall offers", "A library corner", "A kitchen for the cafe", "A stage"]
    for items, read in ((results, False), (closing, True)):
        html = (
            "<html><head><title>Hall reopens | Valley Post</title></head><body>"
            "<h1>Village hall reopens after a year of repairs</h1>"
            + "".join(f"<p>{p}</p>" for p in HALL)
            + f"<div class='box'><h3>{items[0]}</h3><ul>"
            + "".join(f"<li>{item}</li>" for item in items[1:])
            + "</ul></div><div class='foot'>© Valley Post</div></body></html>"
        )
        story = _story(html, [*HALL, *items])
        assert list(story.paragraphs)[: len(HALL)] == HALL
        assert (items[1] in story.paragraphs) is read
        assert (items[0] in story.paragraphs) is read


def test_a_dateline_with_its_time_after_as_or_om_is_a_dateline() -> None:
    """A time of day after "às" (Portuguese) or "om" (Dutch) belongs to the date before it,
    so a line with the published and updated dates and times is a dateline, not read."""
    from tts_pipeline.extract.dates import find_date
    from tts_pipeline.extract.linemarkers import is_dateline

    assert find_date("05/02/2020 às 07h30").iso.endswith("T07:30")
    assert find_date("12 maart 2021 om 14:45").iso.endswith("T14:45")
    date = "Publicado em 05/02/2020 às 07h30 | Atualizado em 05/02/2020 às 09h12"
    assert is_dateline(date)
    html = (
        "<html><head><title>Hall reopens | Valley Post</title></head><body>"
        f"<h1>Village hall reopens after a year of repairs</h1><div>{date}</div>"
        + "".join(f"<p>{p}</p>" for p in HALL)
        + "<div class='foot'>© Valley Post</div></body></html>"
    )
    assert list(_story(html, [date, *HALL]).paragraphs) == HALL


def _clean_dump(page: str) -> list[str]:
    """The kept lines of the text dump ``page``."""
    from tts_pipeline.extract.context import in_context
    from tts_pipeline.extract.lines import describe
    from tts_pipeline.extract.textdump import read_dump

    lines = in_context([describe(line) for line in page.split("\n")])
    reading = read_dump(lines)
    assert reading is not None
    return [lines[i].text for i in reading.keep]


def test_headings_glued_over_and_under_a_list_in_a_dump_are_read() -> None:
    """A browser's copy sets a heading, its list and the next section's heading and
    paragraph with no blank line between: both headings are the story's; a line of the
    list is not taken for a heading."""
    items = [
        "Community groups and schools based in the valley",
        "Groups of farmers working together on the river",
        "Projects that can be finished within a year",
    ]
    close = (
        "Applications close on 30 April. Groups can apply online or ask for a paper form "
        "by calling the office, and a decision will be sent to them by the end of June."
    )
    page = "\n".join(
        [
            "Valley Post",
            "News Sport Contact",
            "",
            "Village hall reopens after repairs",
            "",
            "\n\n".join(HALL),
            "",
            "Who can apply",
            *items,
            "How to apply",
            close,
            "",
            "© Valley Post",
        ]
    )
    kept = _clean_dump(page)
    assert "Who can apply" in kept
    assert "How to apply" in kept
    assert kept.index("Who can apply") < kept.index(items[0]) < kept.index("How to apply")
    assert kept[-1] == close
    assert "© Valley Post" not in kept


def test_pros_and_cons_glued_under_the_story_in_a_dump_are_read() -> None:
    """Two headed lists of phrases in one block right below the story's last paragraph (a
    review's pros and cons) are the story's, up to a deals box glued below them; a single
    headed list there (a box of other stories) is not."""
    pros = ["Pros", "Secure fit that stays put on runs", "Battery life matches the claim"]
    cons = ["Cons", "Touch controls are too sensitive", "Bass-heavy tuning out of the box"]
    deals = ["Today's best Corvid Pods deals", "ShopNet $49 View Deal"]
    head = ["Valley Post", "News Sport Contact", "", "Village hall reopens after repairs", ""]
    page = "\n".join([*head, "\n\n".join(HALL), "", *pros, *cons, *deals, "", "© Valley Post"])
    kept = _clean_dump(page)
    assert kept[-len(pros + cons) :] == pros + cons
    assert deals[0] not in kept
    page = "\n".join([*head, "\n\n".join(HALL), "", *pros, *deals, "", "© Valley Post"])
    assert pros[1] not in _clean_dump(page)


def test_a_magazines_issue_line_is_not_read() -> None:
    """A magazine's print issue under its headline ("Issue 42, Winter 2019", "Vol. 12, No.
    3") is chrome, though trafilatura keeps it; a sentence naming an issue stays."""
    from tts_pipeline.extract.linefeatures import Kind
    from tts_pipeline.extract.lines import describe

    for issue in ("Issue 42, Winter 2019", "Vol. 12, No. 3"):
        assert describe(issue).kind is Kind.CHROME
        html = (
            "<html><head><title>Hall reopens | Valley Post</title></head><body>"
            f"<h1>Village hall reopens after a year of repairs</h1><p>{issue}</p>"
            + "".join(f"<p>{p}</p>" for p in HALL)
            + "<div class='foot'>© Valley Post</div></body></html>"
        )
        assert list(_story(html, [issue, *HALL]).paragraphs) == HALL
    assert describe("Issue 42 of the magazine").kind is not Kind.CHROME


def test_a_deck_between_the_headline_and_the_byline_is_not_read() -> None:
    """A short line with no sentence end that trafilatura keeps right under the headline and
    over the byline (the headline's deck) is not the story's; a line of the story with no
    sentence end under its first paragraph stays."""
    deck = "A year of work by volunteers saves the old building"
    note = "Opening hours from Monday to Friday"
    html = (
        "<html><head><title>Hall reopens | Valley Post</title></head><body>"
        f"<h1>Village hall reopens after a year of repairs</h1><p>{deck}</p>"
        "<div class='by'>By Jane Roe</div><div>12 February 2020</div>"
        + f"<p>{HALL[0]}</p><p>{note}</p>"
        + "".join(f"<p>{p}</p>" for p in HALL[1:])
        + "<div class='foot'>© Valley Post</div></body></html>"
    )
    headline = ("Village hall reopens after a year of repairs",)
    story = _story(html, [deck, HALL[0], note, *HALL[1:]], headline)
    assert list(story.paragraphs) == [HALL[0], note, *HALL[1:]]
