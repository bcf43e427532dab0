"""Known defects of the text-dump cleaner, round 19: each page here is invented.

A bar of buttons a browser's copy runs into the headline ("Live TV Edition Log In") is not
the title: the headline under it is.

A story that quotes a copyright notice in the middle of one of its sentences ("stamped
with the words all rights reserved", „Alle Rechte vorbehalten“) goes on under that
sentence: only a footer line (short, opening with its notice or the site's name) ends it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.textdump import extract_text

PAGES = Path(__file__).parent / "pages" / "defects19"


def _body(name: str) -> str:
    return "\n".join(extract_text((PAGES / name).read_text(encoding="utf-8")).paragraphs)


@pytest.mark.parametrize(
    ("name", "quoting", "below", "footer"),
    [
        (
            "licence-quote-en.txt",
            "stamped on the back with the words all rights reserved",
            "The club meets every Tuesday evening",
            "The Riverside Courier. All rights reserved",
        ),
        (
            "rechte-zitat-de.txt",
            "„Alle Rechte vorbehalten“ versehen",
            "bis Ende Oktober zu sehen",
            "Tal-Anzeiger. Alle Rechte vorbehalten",
        ),
    ],
)
def test_a_sentence_quoting_a_copyright_notice_does_not_end_the_story(
    name: str, quoting: str, below: str, footer: str
) -> None:
    body = _body(name)
    assert quoting in body
    assert below in body
    assert footer not in body
    assert "Comments" not in body and "Kommentare" not in body


@pytest.mark.parametrize(
    "line",
    [
        "© 2020 The Riverside Courier. All rights reserved.",
        "All rights reserved.",
        "Riverside Media Group, all rights reserved",
        "Copyright 2020 Riverside Media Group Ltd, all rights reserved, registered in England.",
        "Material on this site may not be reproduced without permission. All rights reserved.",
        "Tal-Anzeiger GmbH | Alle Rechte vorbehalten | Impressum | Datenschutz",
        "Copyright Riverside Media Group. All rights reserved.",
        "Content copyright by Riverside Media Group, all rights reserved worldwide.",
        "Text and photos: copyright 2021 Riverside Media, all rights reserved by the authors.",
    ],
)
def test_a_copyright_footer_line_still_ends_the_story(line: str) -> None:
    assert describe(line).kind is Kind.END


@pytest.mark.parametrize(
    "line",
    [
        "The licences sit between classic copyright (all rights reserved) and the public"
        " domain, where anyone may use a work for any purpose.",
        "Zwischen dem Urheberrecht oder Copyright („Alle Rechte vorbehalten“) und der"
        " Gemeinfreiheit liegen diese Lizenzen, sagt die Juristin.",
    ],
)
def test_a_sentence_naming_copyright_around_a_quoted_notice_is_body(line: str) -> None:
    """The word "copyright" in a sentence about it is not the notice's sign ("Copyright
    2020", "© ..."): the sentence that quotes the notice is the story's text."""
    assert describe(line).kind is Kind.BODY


@pytest.mark.parametrize("name", ["menu-bar-over-headline-en.txt", "menu-bar-under-video-en.txt"])
def test_a_bar_of_buttons_run_into_the_headline_is_not_the_title(name: str) -> None:
    """A browser's copy runs the menu, a bar of buttons ("Live TV Edition Log In") and the
    headline together above the byline: the headline is the title, not the bar, nor the
    site's name higher up (when the menu's last item, "Video", is read as a box marker)."""
    from tts_pipeline.extract import extract_article
    from tts_pipeline.sources.read import read_source

    article = extract_article(read_source(str(PAGES / name)))
    assert article.title == "Storm closes schools across the valley"
    assert "Schools across the valley stayed closed" in "\n".join(article.paragraphs)


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Live TV Edition Log In", True),
        ("Sign In Subscribe Newsletters", True),
        ("Live Music Returns To The Park", False),
        ("Storm closes schools across the valley", False),
    ],
)
def test_a_row_of_menu_items_is_told_from_a_headline(line: str, row: bool) -> None:
    from tts_pipeline.extract.menuwords import menu_items_row
    from tts_pipeline.extract.patterns import chrome_languages

    with chrome_languages(["en"]):
        assert menu_items_row(line) is row
