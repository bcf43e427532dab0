"""Every language of the most read news languages has every kind of chrome word English
and German have (data/chrome/<code>.toml)."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.patterns import LANGUAGE_INDEPENDENT, language_data

COVERED = ("zh", "es", "ar", "hi", "fr", "ru", "pt", "ja", "it", "ko", "id", "tr", "nl", "pl")
"""The ten most common languages of news sites besides English and German, and the other
languages whose sites are read most."""
CASELESS = frozenset({"zh", "ar", "hi", "ja", "ko"})
"""Written in a script without case: no capitalised word to tell a name from (``not_names``)."""


def _sections_of_english_and_german() -> set[str]:
    english, german = language_data("en"), language_data("de")
    return {section for section, entries in english.items() if entries and german[section]}


@pytest.mark.parametrize("code", COVERED)
def test_a_covered_language_has_every_section_english_and_german_have(code):
    data = language_data(code)
    needed = _sections_of_english_and_german() - ({"not_names"} if code in CASELESS else set())
    missing = sorted(section for section in needed if not data[section])
    assert not missing, f"{code}.toml lacks {missing}"


def test_the_language_free_file_is_not_a_language():
    assert LANGUAGE_INDEPENDENT not in COVERED
