"""HTML pages whose story the cleaner read wrong (issue 13, helper h8, round 8). Every page
is invented here; each test asserts what must and must not be read."""

from __future__ import annotations

from tts_pipeline.extract.combine import Story

FIRST = [
    "Most gardeners know that a frost can blacken the leaves of a young tomato plant overnight.",
    "The damage comes from ice forming inside the leaf, which tears the cells apart as it grows.",
]
SECOND = [
    "Cover young plants with a fleece on clear nights until the middle of May in most regions.",
]
LAST = [
    "A late frost rarely kills a plant outright, but it can set back its growth by some weeks.",
]


def _story(html: str, trafilatura: list[str]) -> Story:
    """The story of ``html`` when trafilatura's reading of it is the lines ``trafilatura``."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    page = render_tree(parse(html))
    return story_lines(page, "\n".join(trafilatura), page_meta(page), ())


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in lines)


def test_a_subheading_right_below_a_newsletter_box_is_read() -> None:
    """A section heading trafilatura keeps right below a newsletter box inside the story is
    the story's subheading, not one of the box's items; the box's lines are not read."""
    box = (
        "<div class='callout-newsletter'><p><strong>Get our gardening newsletter</strong></p>"
        "<p>Seasonal advice for your plot, straight to your inbox every single week.</p>"
        "<button>Sign Up</button><p>Your privacy is important to us</p></div>"
    )
    html = (
        "<html><head><title>Frost and tomatoes | Plot Life</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/veg'>Vegetables</a></nav>"
        "<article><h1>Why frost hurts young tomatoes</h1>"
        f"{_paragraphs(FIRST)}{box}<h2>How to protect your plants</h2>{_paragraphs(SECOND)}"
        f"<h2>Takeaway</h2>{_paragraphs(LAST)}</article><footer>© Plot Life</footer>"
        "</body></html>"
    )
    reading = [*FIRST, "How to protect your plants", *SECOND, "Takeaway", *LAST]
    story = _story(html, reading)
    assert "How to protect your plants" in story.paragraphs
    assert list(story.paragraphs) == reading
    assert "Your privacy is important to us" not in story.paragraphs


def test_a_caption_span_next_to_a_photo_is_not_the_lead() -> None:
    """A ``<span>`` with a caption class beside the photo it captions (their parent holds
    the ``<img>``) is the photo's caption, not the story's lead right above its start; a
    caption-class span in a paragraph without a photo stays part of it."""
    figure = (
        "<div class='itemImageBlock'><span class='itemImage'><img src='/f.jpg' alt=''></span>"
        "<span class='itemImageCaption'>Frost on the leaves of a tomato plant in May.</span>"
        "</div>"
    )
    html = (
        "<html><head><title>Frost and tomatoes | Plot Life</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/veg'>Vegetables</a></nav>"
        "<div class='item'><h2>Why frost hurts young tomatoes</h2>"
        "<div>Written by Jane Roe</div>"
        f"<div class='itemBody'>{figure}{_paragraphs([*FIRST, *SECOND, *LAST])}</div></div>"
        "<footer>© Plot Life</footer></body></html>"
    )
    story = _story(html, [*FIRST, *SECOND, *LAST])
    assert "Frost on the leaves of a tomato plant in May." not in story.paragraphs
    assert list(story.paragraphs) == [*FIRST, *SECOND, *LAST]


def test_boxes_under_the_story_are_not_read_though_trafilatura_kept_them() -> None:
    """Below the story, a box of notes and a "Cite this article" box trafilatura kept (a
    note, the citation) and a donation appeal are not the story: most of what trafilatura
    kept below the first box's title is the boxes' items."""
    notes = [
        "Plants were grown in raised beds at three sites at least 2 km apart from each other.",
        "Frost damage was scored by counting blackened leaves on each plant the next morning.",
        "Earlier trials have shown that fleece raises leaf temperature by two degrees at night.",
    ]
    citation = "Roe J. Frost and young plants. Plot Life, 3 May 2026."
    appeal = (
        "Plot Life is an independent magazine. Our advice is free for everyone to read. "
        "Donate today to keep it that way."
    )
    html = (
        "<html><head><title>Frost and tomatoes | Plot Life</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/veg'>Vegetables</a></nav>"
        "<article><h1>Why frost hurts young tomatoes</h1>"
        f"<div class='body'>{_paragraphs([*FIRST, *SECOND, *LAST])}</div>"
        "<section class='footnotes'><h2>Notes</h2><ol>"
        + "".join(f"<li>{n} <a href='#r'>↩</a></li>" for n in notes)
        + f"</ol></section><section class='cite'><h3>Cite this article</h3><p>{citation}</p>"
        f"</section><section class='support'><p>{appeal}</p></section></article>"
        "<footer>© Plot Life</footer></body></html>"
    )
    story = _story(html, [*FIRST, *SECOND, *LAST, *notes, citation, appeal])
    assert list(story.paragraphs) == [*FIRST, *SECOND, *LAST]


def test_a_table_of_figures_below_the_story_is_not_read() -> None:
    """A box score trafilatura kept below the story's last paragraph (its title, rows of
    short cells mostly with numbers, a note of figures) is not read aloud."""
    rows = [
        ("Team", "1", "2", "T"),
        ("Eastport", "30", "28", "58"),
        ("Harbor", "24", "26", "50"),
        ("Player", "MIN", "PTS", "REB"),
        ("J. Doe", "38", "31", "5"),
        ("K. Roe", "34", "16", "14"),
    ]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = (
        "<html><head><title>Frost and tomatoes | Plot Life</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/veg'>Vegetables</a></nav>"
        "<article><h1>Why frost hurts young tomatoes</h1>"
        f"<div class='body'>{_paragraphs([*FIRST, *SECOND, *LAST])}</div>"
        f"<div class='boxscore'><h3>Box score</h3><table>{table}</table>"
        "<p>Attendance: 1,412. Time: 2:14.</p></div></article>"
        "<footer>© Plot Life</footer></body></html>"
    )
    reading = [*FIRST, *SECOND, *LAST, "Box score"]
    reading += [", ".join(r) for r in rows] + ["Attendance: 1,412. Time: 2:14."]
    story = _story(html, reading)
    assert list(story.paragraphs) == [*FIRST, *SECOND, *LAST]


def test_a_photo_caption_between_story_paragraphs_does_not_fill_the_gap() -> None:
    """A photo's caption in a caption-class block between the lines trafilatura kept is
    not a sentence the story lost (an interview's question): it is not read."""
    caption = "Young tomato plants in a raised bed at the allotment, May 2026."
    photo = (
        "<div class='field field--name-field-image'><img src='/t.jpg' alt=''>"
        f"<div class='field field--name-field-caption'>{caption}</div></div>"
    )
    html = (
        "<html><head><title>Frost and tomatoes | Plot Life</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/veg'>Vegetables</a></nav>"
        "<article><h1>Why frost hurts young tomatoes</h1>"
        f"{_paragraphs(FIRST)}{photo}{_paragraphs([*SECOND, *LAST])}</article>"
        "<footer>© Plot Life</footer></body></html>"
    )
    story = _story(html, [*FIRST, *SECOND, *LAST])
    assert caption not in story.paragraphs
    assert list(story.paragraphs) == [*FIRST, *SECOND, *LAST]


def test_tables_longer_than_the_story_above_them_are_read() -> None:
    """A page whose tables hold more words than its one paragraph above them (a season's
    calendar) keeps them: they are its content, not a box after the story."""
    rows = [("Round", "Date", "Town")] + [(str(n), f"May {n}", f"Town {n}") for n in range(1, 9)]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = (
        "<html><head><title>Show calendar | Plot Life</title></head><body>"
        "<article><h1>The 2026 garden show calendar</h1>"
        f"{_paragraphs(LAST)}<h2>Calendar</h2><table>{table}</table></article>"
        "<footer>© Plot Life</footer></body></html>"
    )
    reading = [*LAST, "Calendar", *(", ".join(r) for r in rows)]
    story = _story(html, reading)
    assert "8, May 8, Town 8" in story.paragraphs


def test_a_short_figcaption_trafilatura_kept_is_not_read() -> None:
    """A photo's short caption in a ``<figcaption>`` that trafilatura kept between the
    story's paragraphs is the photo's, not the story's."""
    caption = "The allotment gates on a frosty morning."
    html = (
        "<html><head><title>Frost and tomatoes | Plot Life</title></head><body>"
        "<article><h1>Why frost hurts young tomatoes</h1>"
        f"{_paragraphs(FIRST)}<figure><img src='/g.jpg' alt=''><figcaption>{caption}"
        f"</figcaption></figure>{_paragraphs([*SECOND, *LAST])}</article>"
        "<footer>© Plot Life</footer></body></html>"
    )
    story = _story(html, [*FIRST, caption, *SECOND, *LAST])
    assert caption not in story.paragraphs
    assert list(story.paragraphs) == [*FIRST, *SECOND, *LAST]
