"""Odd pages: a clear one-line error or the best article there is, never a traceback or a hang."""

from __future__ import annotations

import pytest
from test_errors import assert_clean_failure

from tts_pipeline.errors import NoArticleError
from tts_pipeline.extract import extract_article
from tts_pipeline.models import Document

PARAGRAPH = (
    "The committee met again on Friday to discuss the timetable, and its members agreed "
    "that the work on the northern section should begin before the summer holidays."
)


def clean(text: str):
    return extract_article(Document(text=text, name="page"))


def test_page_of_links_is_no_article(cli, tmp_path):
    links = "".join(f'<li><a href="/s/{n}">Section {n}</a></li>' for n in range(60))
    page = tmp_path / "links.html"
    page.write_text(
        f"<html><head><title>Sitemap</title></head><body><ul>{links}</ul></body></html>"
    )
    assert_clean_failure(cli("clean", str(page)), "no article text", "Sitemap")


def test_dump_with_only_a_headline(cli, tmp_path):
    page = tmp_path / "headline.txt"
    page.write_text("Home\nNews\n\nMayor resigns after budget row\n\nShare\n")
    assert_clean_failure(cli("clean", str(page)), "only a headline", "Mayor resigns")


def test_empty_html_page(cli, tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<!DOCTYPE html><html><head></head><body><div></div></body></html>")
    assert_clean_failure(cli("clean", str(page)), "no article text")


def test_login_wall_gives_the_teaser_it_shows(tmp_path):
    wall = (
        "<html><body><h1>Inside the new stadium deal</h1>"
        f"<p>{PARAGRAPH}</p>"
        "<div><h2>Subscribe to continue reading</h2>"
        "<p>You have reached your limit of free articles this month.</p>"
        "<p>Already a subscriber? Log in</p></div></body></html>"
    )
    article = clean(wall)
    assert article.paragraphs == (PARAGRAPH,)
    assert article.title == "Inside the new stadium deal"


def test_deeply_nested_html_is_read(tmp_path):
    depth = 5000
    page = f"<html><body>{'<div>' * depth}<p>{PARAGRAPH}</p>{'</div>' * depth}</body></html>"
    assert clean(page).paragraphs == (PARAGRAPH,)


def test_unclosed_tags_and_broken_markup():
    page = f"<html><body><div><p>{PARAGRAPH}<p>{PARAGRAPH.upper()}<div></span></table>"
    assert PARAGRAPH in clean(page).paragraphs


@pytest.mark.parametrize("kind", ["html", "text"])
def test_two_megabyte_page(kind):
    sentences = [f"{PARAGRAPH[:-1]}, said witness number {n}." for n in range(5500)]
    if kind == "html":
        links = "".join(f"<a href='/{n}'>Link {n}</a>" for n in range(3000))
        body = "".join(f"<p>{s} {s}</p>" for s in sentences)
        page = f"<html><body><nav>{links}</nav><article><h1>Long</h1>{body}</article></body></html>"
    else:
        page = "Menu\nHome\n\nLong\n\n" + "\n\n".join(f"{s} {s}" for s in sentences)
    assert len(page) > 2_000_000
    article = clean(page)
    assert len(article.paragraphs) == len(sentences)


def test_no_article_error_names_the_input():
    with pytest.raises(NoArticleError, match="page"):
        clean("Home\nNews\nSport\nWeather\n")


@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_deeper_than_libxml2_parses_keeps_its_article(depth):
    page = (
        f"<html><head><title>Deep</title></head><body>{'<div>' * depth}"
        f"<h1>Committee meets</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH.upper()}</p>"
        f"{'</div>' * depth}</body></html>"
    )
    assert PARAGRAPH in clean(page).paragraphs


def test_a_page_of_scripts_is_no_article(cli, tmp_path):
    page = tmp_path / "app.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>News App</title><script src='/app.js'></script>"
        "</head><body><noscript><h1>JavaScript is disabled</h1><p>This website needs "
        "JavaScript to show the news. Please turn it on in your browser and reload the page."
        "</p></noscript><div id='root'></div><script>render('<p>Not text.</p>')</script>"
        "</body></html>"
    )
    err = assert_clean_failure(cli("clean", str(page)), "no article text", "--no-clean")
    assert "reload" not in err


@pytest.mark.parametrize("option", [[], ["--no-clean"]])
def test_a_list_of_web_addresses_is_no_article(cli, tmp_path, option):
    urls = "".join(f"https://news.example/story/{n}\n" for n in range(200))
    page = tmp_path / "urls.txt"
    page.write_text(urls)
    assert_clean_failure(cli("script", str(page), *option), "web addresses", "@")


def test_invisible_characters_never_reach_the_article():
    zero_width = "The com\u200bmittee met\u2060 again on Fri\ufeffday"
    bidi = "\u202bto discuss\u202c the \u2067timetable\u2069"
    text = f"{zero_width} {bidi}, and its members agreed on the work."
    expected = "The committee met again on Friday to discuss the timetable, and its members"
    for article in (clean(f"<html><body><p>{text}</p></body></html>"), clean(text)):
        assert article.paragraphs[0].startswith(expected)
    from tts_pipeline.extract import article_from_text

    no_clean = article_from_text(Document(text=text, name="t"))
    assert no_clean.paragraphs[0].startswith(expected)


def test_joiners_stay_where_a_script_needs_them():
    from tts_pipeline.extract.invisible import visible

    persian = "می\u200cخواهم"
    devanagari = "क्\u200dष"
    family = "👨\u200d👩\u200d👧"
    assert visible(f"{persian} {devanagari} {family}") == f"{persian} {devanagari} {family}"
    assert visible("ex\u200dample \u200cword") == "example word"


@pytest.mark.parametrize("option", [[], ["--no-clean"]])
def test_invisible_characters_never_reach_the_script(cli, tmp_path, option):
    """What is spoken (and so the transcripts and the player) has no invisible characters."""
    page = tmp_path / "zw.txt"
    page.write_text(
        "Bridge\u200b news\n\nThe com\u200dmittee met again on \u202eFriday\u202c to "
        "discuss the timetable, and its members agreed that the work should begin soon.\n",
        encoding="utf-8",
    )
    result = cli("script", str(page), *option)
    assert result.returncode == 0, result.stderr
    spoken = result.stdout.decode("utf-8")
    assert "committee" in spoken
    assert not any(c in spoken for c in "\u200b\u200c\u200d\u202e\u202c\u2060\ufeff")
