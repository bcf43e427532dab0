"""Sentence splitting: the project's case table and properties that hold for any text."""

from __future__ import annotations

import pytest
from casetables import load_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from tts_pipeline.speech.segment import split_sentences

CASES = load_cases("split.tsv")


@pytest.mark.parametrize(("paragraph", "sentences"), CASES, ids=[c[0][:50] for c in CASES])
def test_case(paragraph, sentences):
    assert split_sentences(paragraph) == sentences.split(" || ")


def test_white_space_is_collapsed_and_empty_text_has_no_sentences():
    assert split_sentences("  It rained.\n\n  It  poured. ") == ["It rained.", "It poured."]
    assert split_sentences(" \n\t ") == []


_PIECES = st.sampled_from(
    ["Mr.", "Gen.", "U.S.", "Nov.", "21.", "It", "the", "said", ".", "?", "!", '"', "“", "”",
     "(", ")", "e.g.", "3.5%", "a.m.", "J.", "He", "she", "...", "No.", "5", "St.", "\n", " "]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=40).map(" ".join))


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_sentences_are_the_paragraph_in_order_with_nothing_lost(text):
    sentences = split_sentences(text)
    assert " ".join(sentences) == " ".join(text.split())
    assert all(s == s.strip() and s for s in sentences)
