"""HTML: the browser-like rendering, metadata from JSON-LD and meta tags, the two readings."""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.extract.html import extract_html
from tts_pipeline.extract.htmlmeta import iso_datetime, page_meta, title_without_site
from tts_pipeline.extract.render import render

PARAGRAPHS = [
    "The museum will reopen its east wing in May after two years of repairs to the roof and "
    "the heating, the director said on Monday.",
    "Visitors will be able to see the restored ceiling paintings from a new gallery, and entry "
    "to the wing will be free for the first month.",
]


def test_render_gives_one_block_a_line_and_skips_what_is_not_seen():
    page = render(
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<nav><a>Home</a><a>News</a></nav><h1>Head</h1><p>One <b>bold</b> line.</p>"
        "<ul><li>a</li><li>b</li></ul><script>var x = '<p>no</p>';</script>"
        "<div hidden>hidden</div><div style='display: none'>gone</div>"
        "<table><tr><td>c1</td><td>c2</td></tr></table></body></html>"
    )
    lines = page.text.split("\n")
    assert "One bold line." in lines
    assert "HomeNews" in lines and "a" in lines and "b" in lines
    assert "c1 c2" in lines
    for unseen in ("p{}", "var x", "no", "hidden", "gone"):
        assert unseen not in page.text
    assert page.title == "T"


def test_render_collects_metadata_and_headings():
    page = render(
        '<html><head><meta property="og:site_name" content="Courier">'
        '<link rel="canonical" href="https://c.example/a">'
        '<script type="application/ld+json">{"@type": "NewsArticle"}</script></head>'
        "<body><h2>Section <i>one</i></h2></body></html>"
    )
    assert page.meta["og:site_name"] == "Courier"
    assert page.canonical == "https://c.example/a"
    assert page.json_ld == ['{"@type": "NewsArticle"}']
    assert page.headings == {"Section one"}


def test_json_ld_in_a_graph_and_meta_tags():
    page = render(
        '<html><head><meta name="description" content="Roof repairs done.">'
        '<meta property="og:image" content="https://c.example/i.jpg">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Site"},'
        '{"@type": ["NewsArticle"], "headline": "Museum reopens east wing",'
        ' "author": [{"name": "By Ana Ruiz"}, {"name": "Tom Berg"}],'
        ' "datePublished": "2024-03-04T09:15:00+01:00",'
        ' "publisher": {"name": "Courier"}}]}</script></head></html>'
    )
    meta = page_meta(page)
    assert meta.title == "Museum reopens east wing"
    assert meta.author == "Ana Ruiz, Tom Berg"
    assert meta.published == "2024-03-04T09:15+01:00"
    assert meta.site == "Courier"
    assert meta.description == "Roof repairs done."
    assert meta.image == "https://c.example/i.jpg"


def test_broken_json_ld_is_ignored():
    page = render('<script type="application/ld+json">{"@type": "NewsArticle",</script>')
    assert page_meta(page).title is None


def test_metadata_from_the_page_when_trafilatura_misses_it():
    html = (
        "<html><head>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"name": "Ana Ruiz"}, "datePublished": "2024-03-04T09:15:00Z"}</script>'
        "</head><body>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>"
    )
    article = extract_html(html)
    assert article.author == "Ana Ruiz"
    assert article.published == "2024-03-04T09:15Z"
    assert list(article.paragraphs) == PARAGRAPHS


def test_iso_datetime():
    assert iso_datetime("2019-11-19T08:03:00-05:00") == "2019-11-19T08:03-05:00"
    assert iso_datetime("2019-11-19T08:03:00.000Z") == "2019-11-19T08:03Z"
    assert iso_datetime("2019-11-19") == "2019-11-19"
    assert iso_datetime("2019-11-19T00:00:00") == "2019-11-19"
    assert iso_datetime("November 19, 2019") == "2019-11-19"
    assert iso_datetime("soon") is None


def test_title_without_site():
    assert title_without_site("Roof fixed | Courier", "Courier", None) == "Roof fixed"
    assert title_without_site("Roof fixed - c.example", None, "https://www.c.example/a") == (
        "Roof fixed"
    )
    assert title_without_site("Left - right", "Courier", None) == "Left - right"


def test_deeply_nested_json_ld_is_ignored():
    nested = "[" * 5000 + "]" * 5000
    page = render(f'<script type="application/ld+json">{nested}</script>')
    assert page_meta(page).title is None


LOST_STORY = [
    "The harbour board voted on Tuesday to deepen the main channel by two metres, a project "
    "it has put off three times since the storm of 2019.",
    "Dredging will start in March and last eleven months, the board said, and ships of up to "
    "ten thousand tonnes will be able to dock at the north quay from next winter.",
    "Fishermen asked for the work to stop during the herring season; the board agreed to "
    "pause it for six weeks in the spring.",
]


def _story(precise: str, fuller: str):
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    html = "<html><body><div><p>May 19, 2020</p>"
    html += "".join(f"<p>{p}</p>" for p in LOST_STORY) + "</div></body></html>"
    page = render_tree(parse(html))
    asked = []

    def fuller_text() -> str:
        asked.append(True)
        return fuller

    return story_lines(page, precise, page_meta(page), (), fuller_text), asked


def test_a_precise_reading_that_lost_the_story_gives_way_to_the_default_reading():
    story, asked = _story("May 19, 2020", "\n".join(["May 19, 2020", *LOST_STORY]))
    assert asked
    assert list(story.paragraphs)[-3:] == LOST_STORY
    assert "default reading" in story.source


def test_a_precise_reading_that_holds_the_story_is_kept_without_a_second_reading():
    story, asked = _story("\n".join(LOST_STORY), "\n".join(["Subscribe now", *LOST_STORY]))
    assert not asked
    assert list(story.paragraphs) == LOST_STORY


def test_a_default_reading_with_fewer_words_does_not_replace_the_story():
    story, asked = _story("\n".join(LOST_STORY[:1]), "May 19, 2020")
    assert asked
    assert LOST_STORY[0] in story.paragraphs
    assert "default reading" not in story.source


SHORT_POST = ["„Will it rain before the bus comes“", "– „Only if you forgot your umbrella“"]
COMMENT = (
    "This reminds me of my grandmother, who carried an umbrella every single day of the year "
    "and never trusted the weather forecast on the radio."
)


def test_a_precise_reading_of_a_comment_gives_way_to_a_shorter_story_above_the_comments():
    """A post of two short lines, and a comment below "Leave a Reply" with more words: when
    trafilatura's precise reading is the comment and its default one the post, the post is
    the story, though it has fewer words."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    post = "".join(f"<p>{line}</p>" for line in SHORT_POST)
    html = f"<html><body><h1>Overheard</h1><div>{post}</div><h3>Leave a Reply</h3>"
    html += f"<div><p>Rosalind Park</p><p>{COMMENT}</p></div></body></html>"
    page = render_tree(parse(html))
    story = story_lines(page, COMMENT, page_meta(page), (), lambda: "\n".join(SHORT_POST))
    assert list(story.paragraphs) == SHORT_POST
    assert "default reading" in story.source


def _story_of(blocks: list[str], reading: list[str]):
    """The story of a page of ``blocks`` (a ``<div>`` each, no blank line between) when
    trafilatura reads ``reading``."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    page = render_tree(parse("<html><body>" + "".join(f"<div>{b}</div>" for b in blocks)))
    return story_lines(page, "\n".join(reading), page_meta(page), ())


def test_a_caption_above_its_credit_is_dropped_from_a_story():
    caption = "The north quay at dawn, where the first dredger will start work in March."
    blocks = [*LOST_STORY[:2], caption, "Photo: Reuters", LOST_STORY[2]]
    story = _story_of(blocks, blocks)
    assert list(story.paragraphs) == LOST_STORY


def test_a_slideshow_whose_every_paragraph_has_a_credit_keeps_its_paragraphs():
    blocks = [block for paragraph in LOST_STORY for block in (paragraph, "Photo: Reuters")]
    story = _story_of(blocks, blocks)
    assert list(story.paragraphs) == LOST_STORY
    kept = [v.reason for v in story.verdicts if v and v.keep]
    assert any("most of the story" in reason for reason in kept)


def _page_with_bylines(meta_author: str) -> str:
    return (
        f'<html><head><title>The museum reopens</title><meta name="author" content="{meta_author}">'
        "</head><body><article><h1>The museum reopens</h1>"
        "<p>By Tom Reed, 3 December 2024</p>"
        f"<p>{PARAGRAPHS[0]}</p><p>By Ann Lee</p><p>{PARAGRAPHS[1]}</p>"
        "</article></body></html>"
    )


def test_the_authors_own_byline_is_not_read_again_in_the_story():
    """The framing says "By Tom Reed." before the story: the story does not repeat his
    byline. A byline of someone the metadata does not name stays (a guest's part)."""
    article = extract_html(_page_with_bylines("Tom Reed"))
    assert article.author == "Tom Reed"
    assert list(article.paragraphs) == [PARAGRAPHS[0], "By Ann Lee", PARAGRAPHS[1]]


def test_a_byline_of_another_author_than_the_metadata_names_stays():
    article = extract_html(_page_with_bylines("Maria Okafor"))
    assert "By Tom Reed, 3 December 2024" in article.paragraphs


def test_a_table_row_is_read_with_a_pause_between_its_cells():
    rows = "".join(
        f"<tr><td>{n}</td><td>{day} March</td><td>{place}</td></tr>"
        for n, day, place in ((1, 16, "Australia"), (2, 23, "China"), (3, 30, "Japan"))
    )
    html = (
        "<html><body><article><h1>The race calendar</h1>"
        f"<p>{PARAGRAPHS[0]}</p><table><tr><th>Round</th><th>Date</th><th>Grand Prix</th></tr>"
        f"{rows}</table><p>{PARAGRAPHS[1]}</p></article></body></html>"
    )
    paragraphs = extract_html(html).paragraphs
    assert "Round, Date, Grand Prix" in paragraphs
    assert "2, 23 March, China" in paragraphs


def test_a_lead_trafilatura_left_out_is_read_across_a_dateline_and_a_share_bar():
    """The lead paragraph stands between the headline and a dateline in words the date
    reader does not know, then a share bar: it is still the start of the story."""
    lead = (
        "The harbour will be deepened after all: the board gave in to the shipping companies "
        "after a year of talks, and the work is to start this spring."
    )
    top = ["The harbour is deepened", lead, "Online since today, 12.09", "Share on Facebook Share"]
    story = _story_of([*top, *LOST_STORY], LOST_STORY)
    assert list(story.paragraphs) == [lead, *LOST_STORY]


def test_questions_trafilatura_left_out_between_answers_are_read():
    """An interview's questions fill the gaps between the answers trafilatura kept."""
    questions = ["When will the work start?", "Will the fishermen lose their season?"]
    blocks = [LOST_STORY[0], questions[0], LOST_STORY[1], questions[1], LOST_STORY[2]]
    story = _story_of(blocks, LOST_STORY)
    assert list(story.paragraphs) == blocks


def test_a_gap_with_a_box_in_it_is_not_filled():
    blocks = [LOST_STORY[0], "When will the work start?", "Related stories", *LOST_STORY[1:]]
    story = _story_of(blocks, LOST_STORY)
    assert list(story.paragraphs) == LOST_STORY


def _story_with_gap(gap: list[str], article: bool = True):
    """The story of a page whose story has the blocks ``gap`` (each a ``<div>``) between its
    first two paragraphs, when trafilatura reads only the story's paragraphs."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    text = [*LOST_STORY, *PARAGRAPHS]
    blocks = [f"<p>{text[0]}</p>", *(f"<div>{b}</div>" for b in gap)]
    blocks += [f"<p>{p}</p>" for p in text[1:]]
    wrapper = "article" if article else "div"
    html = f"<html><body><{wrapper}>{''.join(blocks)}</{wrapper}></body></html>"
    page = render_tree(parse(html))
    return story_lines(page, "\n".join(text), page_meta(page), ())


def test_a_paragraph_of_the_article_beside_a_credit_in_a_gap_of_the_story_is_read():
    """A paragraph trafilatura left out between two of its story's lines, beside a photo
    credit and a button, is read when it is in the article element; a question standing as
    a heading there is not, nor a paragraph outside the article element."""
    paragraph = (
        "The board had first planned to dredge the channel in the autumn, but the tides of "
        "the equinox made that too costly, its chairman said."
    )
    story = _story_with_gap(["Photo: Reuters", paragraph, "Subscribe"])
    assert list(story.paragraphs) == [LOST_STORY[0], paragraph, *LOST_STORY[1:], *PARAGRAPHS]
    question = "Will the fishermen lose their season?"
    assert question not in _story_with_gap(["Photo: Reuters", question]).paragraphs
    outside = _story_with_gap(["Photo: Reuters", paragraph, "Subscribe"], article=False)
    assert paragraph not in outside.paragraphs


GERMAN = [
    "Das Museum öffnet seinen Ostflügel im Mai wieder, nachdem das Dach und die Heizung zwei "
    "Jahre lang repariert worden sind, sagte die Direktorin am Montag.",
    "Die Besucher können die restaurierten Deckengemälde von einer neuen Galerie aus sehen, "
    "und der Eintritt in den Flügel ist im ersten Monat frei.",
]


def test_each_page_is_read_with_the_stop_words_of_its_own_language(monkeypatch):
    """Trafilatura's justext fallback takes its stop words from a global: a German page read
    after an English one in the same process gets German ones, not the English page's."""
    from trafilatura import external

    from tts_pipeline.extract.trafilatura_core import extraction_core

    core = extraction_core()
    seen: list[tuple[str, ...] | None] = []
    real = core.bare_extraction

    def watched(*args, **kwargs):
        seen.append(external.JT_STOPLIST)
        return real(*args, **kwargs)

    monkeypatch.setattr(core, "bare_extraction", watched)
    for paragraphs in (PARAGRAPHS, GERMAN, PARAGRAPHS):
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        extract_html(f"<html><body><article>{body}</article></body></html>")
    english, german, english_again = (set(words or ()) for words in (seen[0], seen[1], seen[-1]))
    assert "the" in english and "und" not in english
    assert "und" in german  # (English may be among the languages the page plausibly holds)
    assert english_again == english


def _hyphenated(text: str) -> str:
    """``text`` with a soft hyphen in each word of five letters or more, as pages set them."""
    return " ".join(w[:3] + "\u00ad" + w[3:] if len(w) > 4 else w for w in text.split())


def test_a_page_with_soft_hyphens_is_read_from_its_lines():
    """Trafilatura's text has no soft hyphens: its lines are still found on the page, so
    the page's lines are read and our checks apply (a caption above its credit is left out)."""
    caption = "The north quay at dawn, where the first dredger will start work in March."
    blocks = [*LOST_STORY[:2], caption, "Photo: Reuters", LOST_STORY[2]]
    story = _story_of([_hyphenated(b) for b in blocks[:3]] + blocks[3:], blocks)
    assert "the page's lines" in story.source
    assert [p.replace("\u00ad", "") for p in story.paragraphs] == LOST_STORY


def test_a_link_line_between_two_lines_of_text_stays_and_a_menu_goes():
    """A line that is all link, outside the article element, is a menu item, but not when
    it stands between two lines of the story that are not links: a place named in a list."""
    place = "<a href='/quay'>The north quay</a>"
    menu = ["<a href='/'>Harbour news</a>", "<a href='/board'>Board minutes</a>"]
    blocks = [LOST_STORY[0], place, *LOST_STORY[1:], *menu]
    reading = [LOST_STORY[0], "The north quay", *LOST_STORY[1:], "Harbour news", "Board minutes"]
    story = _story_of(blocks, reading)
    assert list(story.paragraphs) == [LOST_STORY[0], "The north quay", *LOST_STORY[1:]]


def test_a_lead_below_a_breadcrumb_trafilatura_kept_is_read():
    """Trafilatura's story starts with a breadcrumb and leaves out the lead below it: the
    lead, in the article element, is read; the dateline between is not."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    crumbs = "Home News Harbour"
    lead = (
        "The harbour will be deepened after all: the board gave in to the shipping companies "
        "after a year of talks, and the work is to start this spring."
    )
    html = f"<html><body><article><div>{crumbs}</div><p>{lead}</p><p>12 May 2024</p>"
    text = [*LOST_STORY, *PARAGRAPHS]
    html += "".join(f"<p>{p}</p>" for p in text) + "</article></body></html>"
    page = render_tree(parse(html))
    story = story_lines(page, "\n".join([crumbs, *text]), page_meta(page), ())
    assert list(story.paragraphs) == [crumbs, lead, *text]
    assert "12 May 2024" not in story.paragraphs


def _story_below_headline(above: list[str], below: list[str], tag: str = "p"):
    """The story of an article element with paragraphs ``above`` and ``below`` its headline
    (in ``tag``), then a byline, a dateline and a short line, when trafilatura reads only
    the story."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    text = [*LOST_STORY, *PARAGRAPHS]
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in above)
    html += "<h1>The harbour is deepened</h1>" + "".join(f"<{tag}>{p}</{tag}>" for p in below)
    html += "<p>By Tom Reed</p><p>12 May 2024</p><div>Harbour works</div>"
    html += "".join(f"<p>{p}</p>" for p in text) + "</article></body></html>"
    page = render_tree(parse(html))
    return story_lines(page, "\n".join(text), page_meta(page), ("The harbour is deepened",))


def test_a_paragraph_of_the_article_right_above_the_story_is_its_lead():
    """A paragraph in the article element between the headline and trafilatura's story is
    the lead, though neither reading kept it; a paragraph above the headline is not (nor
    is a list item: see the key points below)."""
    lead = "Deeper, wider, later: the harbour plan has changed again."
    notice = "This story is part of our series on the towns of the coast."
    for tag in ("p", "div"):
        story = _story_below_headline([], [lead], tag)
        assert list(story.paragraphs) == [lead, *LOST_STORY, *PARAGRAPHS]
    assert notice not in _story_below_headline([notice], []).paragraphs


def test_key_points_in_a_list_right_below_the_headline_are_read():
    """A list of key points between the headline and the story is read with the story; a
    list above the headline, or a list of links below it (a menu), is not."""
    points = ["The channel is deepened by two metres", "Work starts in March."]
    story = _story_below_headline([], points, "li")
    assert list(story.paragraphs) == [*points, *LOST_STORY, *PARAGRAPHS]
    assert points[0] not in _story_below_headline(points, [], "li").paragraphs
    links = [f"<a href='/{n}'>{point}</a>" for n, point in enumerate(points)]
    assert not set(points) & set(_story_below_headline([], links, "li").paragraphs)


def test_a_standfirst_without_a_full_stop_right_below_the_headline_is_read():
    """A long line of running text without a full stop, right below the headline and right
    above the story, is its standfirst; a short one (a video's title), one in title case or
    one that does not stand below a headline is not."""
    standfirst = "The board gives in to the shipping companies after a year of talks on the costs"
    story = _story_below_headline([], [standfirst])
    assert list(story.paragraphs) == [standfirst, *LOST_STORY, *PARAGRAPHS]
    for line in ("Watch the video of the works", "The Board Gives In To The Shipping Companies"):
        assert line not in _story_below_headline([], [line]).paragraphs
    kicker = "Harbour works: the story so far and what comes next in the spring"
    assert standfirst not in _story_below_headline([], [kicker + ".", standfirst]).paragraphs


def test_a_subheading_without_a_full_stop_right_below_the_headline_is_a_standfirst():
    """An ``<h2>`` right below the headline, long and without a full stop, is read as the
    standfirst; so is one ending like a sentence, as the lead above the byline."""
    standfirst = "The board gives in to the shipping companies after a year of talks on the costs"
    for text in (standfirst, standfirst + "."):
        story = _story_below_headline([], [text], "h2")
        assert list(story.paragraphs) == [text, *LOST_STORY, *PARAGRAPHS]


def test_a_lead_is_read_across_a_box_beside_the_story():
    """A box (an ``<aside>`` of related stories) between the lead and the story does not part
    them; the box is not read."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    lead = "Deeper, wider, later: the harbour plan has changed again."
    links = "".join(f"<li><a href='/{n}'>{n} harbour</a></li>" for n in ("Old", "New"))
    box = f"<aside><p>Related stories</p><ul>{links}</ul></aside>"
    text = [*LOST_STORY, *PARAGRAPHS]
    html = f"<html><body><article><h1>The harbour</h1><p>{lead}</p>{box}"
    html += "".join(f"<p>{p}</p>" for p in text) + "</article></body></html>"
    page = render_tree(parse(html))
    story = story_lines(page, "\n".join(text), page_meta(page), ("The harbour",))
    assert list(story.paragraphs) == [lead, *text]


def test_a_lead_of_several_paragraphs_is_read_from_the_story_upwards():
    """A question of several paragraphs in the article element above the answers that
    trafilatura reads (a comments box between): each of its sentences is a lead, as the one
    below it is; the comments are not read."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    first = "How does the board decide when to dredge the channel of the harbour?"
    last = "Why did they not dredge it in the autumn, when the tides were low?"
    question = [first, "My notes say it is done", "every second year", last]
    comment = "Maybe the tides are a bad example, I think the storms matter more here"
    text = [*LOST_STORY, *PARAGRAPHS]
    html = "<html><body><h1>The harbour</h1><article>"
    html += "".join(f"<p>{p}</p>" for p in question) + "</article>"
    html += "<div class='menu'><a>Share</a><br><a>Follow</a></div><div>asked Feb 6, 2014</div>"
    html += f"<div class='comments'><div>{comment}</div><div>Add a comment</div></div>"
    html += "<h2>2 Answers</h2><article>" + "".join(f"<p>{p}</p>" for p in text)
    page = render_tree(parse(html + "</article></body></html>"))
    story = story_lines(page, "\n".join(text), page_meta(page), ("The harbour",))
    assert list(story.paragraphs) == [first, last, *text]


def test_a_lead_is_read_across_a_comments_button():
    """A share bar with a "Comments" button between the lead and the story: the button is
    no end of the story above it."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    lead = "Deeper, wider, later: the harbour plan has changed again."
    text = [*LOST_STORY, *PARAGRAPHS]
    html = f"<html><body><article><h1>The harbour</h1><p>{lead}</p><div>Share</div>"
    html += "<div>Comments</div>" + "".join(f"<p>{p}</p>" for p in text) + "</article>"
    page = render_tree(parse(html))
    story = story_lines(page, "\n".join(text), page_meta(page), ("The harbour",))
    assert list(story.paragraphs) == [lead, *text]
    assert "Comments" not in story.paragraphs


def _story_with_list(intro: str, items: list[str]):
    """The story of a page whose last paragraph ``intro`` has a list of ``items`` below it,
    when trafilatura reads the story's paragraphs and the introduction but not the list."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    text = [*LOST_STORY, intro]
    listed = "".join(f"<li>{item}</li>" for item in items)
    html = "<html><body><div>" + "".join(f"<p>{p}</p>" for p in text)
    html += f"<ul>{listed}</ul></div><div><h3>Related stories</h3></div></body></html>"
    page = render_tree(parse(html))
    return story_lines(page, "\n".join(text), page_meta(page), ())


def test_the_list_a_story_line_introduces_with_a_colon_is_read():
    """The sentences of a list below a story line ending with a colon are read; a list of
    links there ("Read also:") is not."""
    tips = [
        "Close every window and the balcony door when you leave the house, even for an hour.",
        "Never hide a key outside: burglars know every place where one could be hidden.",
    ]
    story = _story_with_list("How to protect your home:", tips)
    assert list(story.paragraphs) == [*LOST_STORY, "How to protect your home:", *tips]
    teasers = [
        '<a href="/a">The harbour board elects a new chairman after a long dispute.</a>',
        '<a href="/b">Herring prices fell again this spring, the fishermen say.</a>',
    ]
    story = _story_with_list("Read also:", teasers)
    assert not any("harbour board elects" in p for p in story.paragraphs)


def test_the_short_items_of_a_list_a_story_line_introduces_are_read():
    """Short items (a table's rows, an ingredient list) below a colon are read too."""
    items = ["Dredger North Star, 4,200 tonnes", "Dredger Kittiwake, 3,100 tonnes"]
    story = _story_with_list("The board hired two ships:", items)
    assert list(story.paragraphs) == [*LOST_STORY, "The board hired two ships:", *items]


NO_JUSTEXT_STOP_WORDS = {"zh", "ja", "th"}
"""Chrome-data languages justext has no stop words for (written without spaces)."""


def test_every_chrome_language_has_justexts_stop_words_where_justext_has_them():
    import justext

    from tts_pipeline.extract.html import JUSTEXT_LANGUAGES

    chrome = Path(__file__).parent.parent / "tts_pipeline" / "data" / "chrome"
    codes = {p.stem for p in chrome.glob("*.toml")} - {"any"}
    assert codes - NO_JUSTEXT_STOP_WORDS <= set(JUSTEXT_LANGUAGES)
    assert set(JUSTEXT_LANGUAGES.values()) <= set(justext.get_stoplists())
