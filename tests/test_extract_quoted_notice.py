"""A story's sentence that names a copyright notice in brackets or quotation marks is the
story's text, even when an abbreviation's full stop ("bzw.", "e.g.") cuts it into pieces
that look like sentences; a notice line still ends the story."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe


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
