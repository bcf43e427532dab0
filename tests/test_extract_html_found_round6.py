"""HTML pages whose story lines the cleaner lost or read wrongly (issue 13, helper a7,
round 6). Every page is invented here; each test asserts what must and must not be read."""

from __future__ import annotations

from tts_pipeline.extract.html import extract_html

NAV = (
    '<header class="site-header"><a href="/">The Dale Courier</a><nav><ul>'
    '<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>'
    '<li><a href="/business">Business</a></li></ul></nav></header>'
)
FOOT = (
    '<footer class="site-footer"><ul><li><a href="/about">About us</a></li>'
    '<li><a href="/privacy">Privacy policy</a></li></ul>'
    "<p>&copy; 2026 The Dale Courier. All rights reserved.</p></footer>"
)


def _page(title: str, article: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body>{NAV}<main><article><h1>{title}</h1>{article}</article></main>"
        f"{FOOT}</body></html>"
    )


def _text(html: str) -> str:
    return "\n".join(extract_html(html).paragraphs)


def test_syndication_box_above_the_story_is_not_its_lead() -> None:
    """A notice in a container named "syndication" above the story (where it came from,
    under what agreement) is not the story's lead, though it reads like one."""
    html = _page(
        "Otters return to the mill stream",
        '<div class="syndication"><p>This report comes to readers through a regional '
        "sharing arrangement between independent newsrooms, which lets member papers carry "
        "one another's work on nature and the countryside without any fee being charged."
        "</p></div>"
        '<div class="body"><p>Otters have been seen in the mill stream for the first time '
        "in forty years.</p><p>A walker filmed two of them near the old weir last week.</p>"
        "<p>The river trust says cleaner water has brought back the fish they feed on.</p>"
        "<p>Volunteers will now count the holts along the banks.</p></div>",
    )
    text = _text(html)
    assert "Otters have been seen in the mill stream" in text
    assert "Volunteers will now count the holts" in text
    assert "sharing arrangement between independent newsrooms" not in text


def _story(html: str, trafilatura: list[str]):
    """The story of ``html`` when trafilatura's reading of it is the lines ``trafilatura``."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    page = render_tree(parse(html))
    return story_lines(page, "\n".join(trafilatura), page_meta(page), ())


OPENING = [
    "Cutting a joint by eye often leaves a gap that shows once the glue has dried hard.",
    "A simple jig made from an offcut removes the guesswork from the job for good.",
    "Note: the blade guard was taken off for the photos only, never do this at home.",
]
STEPS = [
    "Clamp a scrap strip to the fence and push it gently against the blade until it leaves "
    "a shallow mark on the edge.",
    "That is all: the jig is ready, and its notch should be at least as long as the blade.",
    "Mark the workpiece first…",
    "Line the mark up with the jig…",
]
CLOSING = [
    "With thin boards a guess by eye often works, but with thick ones a small error shows.",
    "With the jig every cut is right without any guessing at all, whatever the board.",
    "A common mistake is to forget the width of the blade; the jig takes care of that too.",
]


def test_block_running_into_a_story_line_is_read_from_its_start() -> None:
    """Lines that run on, with no blank line between, into a line of trafilatura's story
    (the steps of a how-to, set one ``<div>`` each under their photos, and the text below
    them) are read from the top of the run when a sentence of the dump cleaner's is among
    them; a run of short lines alone is not."""
    steps = "".join(
        f'<div class="step"><img src="/{n}.jpg"><div>{t}</div></div>' for n, t in enumerate(STEPS)
    )
    opening = "".join(f"<p>{t}</p>" for t in OPENING)
    html = (
        f"<html><body><article><h1>A jig for half-lap joints</h1>{opening}{steps}"
        f"<div>{'<br>'.join(CLOSING)}</div></article></body></html>"
    )
    story = _story(html, [*OPENING, *CLOSING[1:]])
    assert list(story.paragraphs) == [*OPENING, *STEPS, *CLOSING]
    short = "".join(f"<div>{t}</div>" for t in STEPS[2:])
    html = (
        f"<html><body><article><h1>A jig for half-lap joints</h1>{opening}{short}"
        f"<div>{'<br>'.join(CLOSING[1:])}</div></article></body></html>"
    )
    assert list(_story(html, [*OPENING, *CLOSING[1:]]).paragraphs) == [*OPENING, *CLOSING[1:]]


def test_lead_above_a_share_bar_is_read() -> None:
    """The lead paragraph the dump cleaner keeps right above trafilatura's story is read
    also when a share bar (a box by its class) stands between them."""
    lead = (
        "Demand for heating that does without oil and gas is rising across the country, and "
        "suppliers are looking for fuels that can be made from waste and run in the boilers "
        "people already have."
    )
    story = [
        "One of them is a gas that turns liquid under little pressure, much like propane.",
        "It burns with hardly any soot and can be made from farm waste or from methanol.",
        "Suppliers say it can be mixed into bottled gas without any change to the boilers.",
        "The first blends are expected to reach customers within the next two years.",
    ]
    share = (
        '<div class="share-bar"><div>Share this article</div><div><a href="#">Link</a></div>'
        '<div><a href="#">Mail</a></div><div><a href="#">Whatsapp</a></div></div>'
    )
    body = "".join(f"<p>{t}</p>" for t in story)
    html = (
        "<html><body><main><h1>A new gas for old boilers</h1><p>Published: 24 October 2022</p>"
        f"<p>{lead}</p>{share}<h2>Clean fuel for homes</h2><article>{body}</article></main>"
        "</body></html>"
    )
    paragraphs = _story(html, story).paragraphs
    assert paragraphs[0] == lead
    assert "Whatsapp" not in paragraphs


def test_key_points_below_a_boxs_links_are_read() -> None:
    """Key points in a list that trafilatura keeps, right below a "Related content" box's
    links with no blank line between (our checks call them the box's items by their
    neighbours), are read when they have no link; the box's links are not."""
    points = [
        "40 routes in 14 counties kept until at least 2028",
        "councils to receive 62 million over three years",
        "a new standard of one bus every two hours on weekdays",
    ]
    story = [
        "Forty bus routes that connect villages to towns and hospitals will keep running for "
        "at least three more years, the minister confirmed today.",
        "The routes had been at risk after a temporary support scheme came to an end, and "
        "councils will now share the money between them.",
        "Every supported route must run at least one bus every two hours on weekdays.",
    ]
    related = (
        '<div class="aside-links"><h2>Related content</h2><ul>'
        '<li><a href="/a">Bus services: grant guidance for councils</a></li>'
        '<li><a href="/b">Rural transport statistics 2024</a></li></ul></div>'
    )
    html = (
        "<html><body><main><h1>Funding confirmed for rural bus routes</h1>"
        f"{related}<ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>"
        f"{''.join(f'<p>{t}</p>' for t in story)}</main></body></html>"
    )
    paragraphs = _story(html, [*points, *story]).paragraphs
    assert list(paragraphs) == [*points, *story]


def test_live_blog_update_below_the_last_kept_one_is_read() -> None:
    """An update of a live blog below the last one trafilatura kept, after the same time
    and share button as stand between the updates above, is read with its time; the page's
    footer is not."""
    intro = (
        "Welcome to our live coverage of the last match of the season, where a draw is "
        "enough for the home side to win the league."
    )
    updates = [
        "The final whistle has gone and the home side have won the league for the first time "
        "in twenty years, with their fans already on the pitch.",
        "A second goal for the home side, a header from a corner that the keeper could only "
        "watch as it flew past him into the net.",
        "Half time, and the home side lead by a single goal after a quiet half in which the "
        "visitors had most of the ball but few chances.",
        "The opening goal comes from a quick break down the left, the winger crossing for the "
        "striker to tap in at the far post.",
        "The visitors hit the post early on, and their coach is shouting at the referee from "
        "the edge of his area after a late tackle.",
        "Kick-off is delayed by ten minutes while the last of the crowd find their seats in "
        "the packed stand behind the goal.",
    ]
    entries = "".join(
        f'<div class="entry"><time>15:{50 - 5 * n}</time><div class="entry-body"><p>{text}'
        f'</p></div><div class="entry-share"><a href="#e{n}">Share this update</a></div></div>'
        for n, text in enumerate(updates)
    )
    html = (
        f"<html><body><main><h1>League decider live</h1><p>{intro}</p>"
        f'<div class="feed">{entries}<button>Load more updates</button></div></main>'
        "<footer><p>The Dale Courier, 4 Mill Lane, Dale.</p></footer></body></html>"
    )
    story = _story(html, [intro, *updates[:-1]])
    times = [f"15:{50 - 5 * n}" for n in range(len(updates))]
    timed = [part for pair in zip(times, updates, strict=True) for part in pair]
    assert list(story.paragraphs) == [intro, *timed]  # a live blog's times are kept
