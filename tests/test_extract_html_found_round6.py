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


def test_story_sentence_with_a_prompts_words_between_paragraphs_is_read() -> None:
    """A sentence of the story that holds a prompt's words ("sign up ... today"), which
    trafilatura keeps between two of its paragraphs with no link in it, is read; a call to
    action with its link is not."""
    html = _page(
        "Library lends out tools from March",
        "<p>The town library will lend drills, ladders and sewing machines to its members "
        "from the first week of March, the council said on Monday.</p>"
        "<p>Members can sign up for the scheme today at the front desk, or borrow a tool "
        "without booking when one is on the shelf.</p>"
        "<p>The tools were given by residents who cleared out their sheds during a "
        "spring clean organised by the parish last year.</p>"
        '<p><a href="/newsletter">Sign up for our free newsletter today</a> and get the '
        "news in your inbox.</p>"
        "<p>The scheme will be reviewed after six months, when staff will count how many "
        "tools came back in working order.</p>",
    )
    text = _text(html)
    assert "Members can sign up for the scheme today at the front desk" in text
    assert "The scheme will be reviewed after six months" in text
    assert "Sign up for our free newsletter" not in text
