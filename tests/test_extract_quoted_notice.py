"""Lines of a story that read as chrome by a few of their words. A sentence that names a
copyright notice in brackets or quotation marks is the story's text, even when an
abbreviation's full stop ("bzw.", "e.g.") cuts it into pieces that look like sentences; a
notice line still ends the story. The site's own licence line under a post is chrome, a
story's sentence about a licensed work is not. A sentence that opens on "By"/"Von" and a
name of several words, then runs on in lower-case words to its end, is not a byline."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.names import byline_author


@pytest.mark.parametrize(
    "line",
    [
        "The licences sit between classic copyright, i.e. copyright (all rights reserved), and"
        " the public domain, where no rights are kept at all.",
        "Unter dem Motto „einige Rechte vorbehalten“ stehen die Lizenzen zwischen dem"
        " Urheberrecht bzw. Copyright (alle Rechte vorbehalten) und der Gemeinfreiheit.",
        "The museum's old prints carried the usual line, e.g. “All rights reserved”, which"
        " the new director removed from every reproduction last spring.",
    ],
)
def test_a_sentence_naming_a_notice_in_brackets_is_body(line: str) -> None:
    assert describe(line).kind is Kind.BODY


@pytest.mark.parametrize(
    "line",
    [
        "The Valley Times (all rights reserved)",
        "Photos by the club's members, e.g. the chairman. All rights reserved.",
        "All rights reserved. Reproduction in whole or in part without permission is"
        " prohibited (see our terms).",
    ],
)
def test_a_notice_line_still_ends_the_story(line: str) -> None:
    assert describe(line).kind is Kind.END


@pytest.mark.parametrize(
    "line",
    [
        "Except where otherwise noted, content on this site is licensed under a Creative"
        " Commons Attribution 4.0 International license.",
        "Unless otherwise stated, all text on this blog is available under CC BY-SA.",
        "This work is licensed under a Creative Commons Attribution-ShareAlike 4.0"
        " International License.",
        "Sofern nicht anders angegeben, stehen die Inhalte dieser Website unter CC BY 4.0",
        "Soweit nicht anders vermerkt, sind alle Texte dieses Blogs lizenziert unter einer"
        " Creative-Commons-Lizenz.",
        "Dieses Werk ist lizenziert unter einer Creative Commons Namensnennung 4.0"
        " International Lizenz.",
    ],
)
def test_the_site_s_licence_line_is_not_the_story_s(line: str) -> None:
    assert describe(line).kind is Kind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Unless otherwise noted, the council said, the new rules apply to every site in the"
        " county from next month.",
        "The photographer said the work is licensed under a Creative Commons licence, so the"
        " paper could print it without paying a fee.",
        "Sofern nicht anders angegeben, gelten die neuen Regeln ab März für alle Vereine im"
        " Landkreis.",
    ],
)
def test_a_story_sentence_about_licences_is_body(line: str) -> None:
    assert describe(line).kind is Kind.BODY


@pytest.mark.parametrize(
    "line",
    [
        "By Public Health England officials were told to wait for the new guidance.",
        "Von Open Source bis zur freien Lizenz reicht das Angebot der neuen Bibliothek.",
        "von Freier Software (FS) aus und schreiben einen Leitfaden für Vereine.",
    ],
)
def test_a_sentence_opening_on_by_and_a_name_of_several_words_is_not_a_byline(
    line: str,
) -> None:
    assert byline_author(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Roe (Reuters) and John Doe.", "Jane Roe"),
        ("Von Anna Müller, die seit Jahren über die Stadt schreibt.", "Anna Müller"),
        ("By Mary Ann Smith | May 5, 2020", "Mary Ann Smith"),
        ("By The Associated Press", "The Associated Press"),
        ("Von Anna Müller und Peter Schmidt aus der Redaktion.", "Anna Müller"),
        ("By Maria De La Cruz for the paper's local news team.", "Maria De La Cruz"),
        ("By Jane Roe and John Doe in Kyiv and our staff in the capital.", "Jane Roe"),
    ],
)
def test_a_byline_of_a_name_of_several_words_keeps_its_author(line: str, author: str) -> None:
    assert byline_author(line) == author
