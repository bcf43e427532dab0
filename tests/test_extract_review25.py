"""Review of round 25's cleaner rules: a story's sentence or subheading that shares a
rendering prompt's or a shop button's words is the story's (English, French, German), and
a page title that opens on the site's name is no "Site - Headline" title (invented lines)."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.htmlmeta import title_without_site
from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe


@pytest.mark.parametrize(
    "line",
    [
        "She had been looking forward to a friend's wedding in the village on Saturday, she said.",
        "He looked forward to a friend visiting from the coast, his daughter said.",
        # a police appeal in a French story, not the paper's call for readers' tips
        "Les enquêteurs lancent un appel : si vous avez des informations, contactez la "
        "brigade de gendarmerie de Lyon.",
    ],
)
def test_a_story_s_sentence_with_a_prompt_s_words_is_body(line):
    assert describe(line).kind is Kind.BODY


@pytest.mark.parametrize(
    "line",
    [
        "Forward to a friend",
        "Like this issue? Forward it to a friend.",
        "Forward this to a friend",
        "Jetzt ansehen bei Amazon*",
        "Kaufen bei Amazon*",
    ],
)
def test_the_prompt_and_the_button_are_still_chrome(line):
    assert describe(line).kind is Kind.CHROME


@pytest.mark.parametrize("line", ["Kaufen auf Raten", "Entdecken auf eigene Faust"])
def test_a_subheading_with_a_shop_button_s_words_is_no_button(line):
    assert describe(line).kind is Kind.SHORT


@pytest.mark.parametrize(
    ("title", "url"),
    [
        (
            "Reuters reporters detained in Myanmar - officials",
            "https://www.reuters.example/a",
        ),
        (
            "The Gazette view on the budget - a missed chance",
            "https://thegazette.example/b",
        ),
    ],
)
def test_a_headline_that_names_the_site_keeps_its_head(title, url):
    """The head of "Site - Headline" is the site's name alone; a headline that opens on it
    is said whole, not cut to its tail ("officials")."""
    assert title_without_site(title, None, url) == title


def test_a_title_headed_by_the_site_s_name_gives_the_headline():
    title = "The Pine Ridge Gazette - Storm closes the coastal road"
    url = "https://pineridgegazette.example/news/1"
    assert title_without_site(title, None, url) == "Storm closes the coastal road"


@pytest.mark.parametrize(
    "line",
    [
        "This story is published under a pseudonym to protect the writer, the editors said.",
        "Our work is published under strict rules set by the regulator, the agency said.",
        "Photos of the fire, licensed under a Creative Commons licence, spread quickly online.",
        "Die Beiträge unserer Website werden unter anderem von Fachärzten geprüft, sagte die "
        "Sprecherin.",
    ],
)
def test_a_story_s_sentence_published_under_something_else_than_a_licence_is_body(line):
    """ "Published under a pseudonym", "unter anderem" (among others): no licence."""
    assert describe(line).kind is Kind.BODY


@pytest.mark.parametrize(
    "line",
    [
        "The content of this blog is available under the MIT License.",
        "Content on this site is licensed under CC BY 4.0.",
    ],
)
def test_the_site_s_licence_line_is_still_chrome(line):
    assert describe(line).kind is Kind.CHROME
