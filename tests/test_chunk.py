"""Long sentences are split at clause boundaries, never inside a word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tts_pipeline.speech.chunk import split_long

LONG = (
    "The declassified intelligence confirms that the group has been preparing to provide "
    "air defense capabilities to either Iran or Hezbollah, a spokesperson told reporters, "
    "and officials said the transfers could begin within weeks; allies were told in advance."
)


def test_short_text_is_one_piece():
    assert split_long("A short sentence.", 100) == ["A short sentence."]
    assert split_long("  ", 100) == []


def test_cuts_after_the_last_clause_mark_that_fits():
    pieces = split_long(LONG, 150)
    assert pieces[0].endswith("Hezbollah,")
    assert all(len(p) <= 150 for p in pieces)
    assert " ".join(pieces) == LONG


def test_semicolon_and_dash_are_clause_boundaries():
    text = "First part of the sentence goes here; second part follows — third part ends it."
    assert split_long(text, 45) == [
        "First part of the sentence goes here;",
        "second part follows — third part ends it.",
    ]


def test_without_punctuation_cuts_before_a_clause_word():
    text = "The army moved its heavy guns to the river crossing because the bridge had fallen"
    assert split_long(text, 60) == [
        "The army moved its heavy guns to the river crossing",
        "because the bridge had fallen",
    ]


def test_without_any_boundary_cuts_at_a_space():
    text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
    pieces = split_long(text, 20)
    assert all(len(p) <= 20 for p in pieces)
    assert " ".join(pieces) == text


def test_a_word_longer_than_the_limit_stays_whole():
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis"
    assert split_long(f"{word} is long", 10) == [word, "is long"]


def test_a_tiny_first_clause_is_not_used():
    text = "Yes, the committee said the long awaited report on the spending will be out soon"
    pieces = split_long(text, 50)
    assert pieces[0] != "Yes,"
    assert all(len(p) <= 50 for p in pieces)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=1, max_value=200))
def test_never_cuts_a_word_and_loses_nothing(text, limit):
    pieces = split_long(text, limit)
    assert " ".join(pieces) == " ".join(text.split())
    words = text.split()
    assert [w for p in pieces for w in p.split()] == words
    for piece in pieces:
        assert len(piece) <= limit or " " not in piece
        assert piece == piece.strip() and piece
