"""Properties of normalization that hold for any text (hypothesis)."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from tts_pipeline.normalize import expansions, normalize
from tts_pipeline.normalize.core import MASK, render

# Pieces that news text is made of, so that generated text reaches every rule.
_FRAGMENTS = [
    "$", "€", "£", "US$", "%", "°C", "km", "km/h", "mm", "kg", "bn", "m", "million",
    "Nov.", "Jan", "May", "a.m.", "PM", "p.m", ":", "/", "-", "–", "—", "&", "+", "#", "@",
    ".", ",", "'", "’s", "s", "th", "st", "(", ")", '"', "“", "”", "Gen.", "Mr", "Dr.",
    "St.", "No.", "e.g.", "i.e.", "vs.", "U.S.", "FBI", "NATO", "II", "IV", "War", "Elizabeth",
    "https://", "www.", ".com", "example", "x", "y", "Kyiv", "the", "of", "in", "\u00a0",
    " ", "  ", "½", "¾", "\ue000", "\n", "St", "Ave.", "N", "CA", "ON", "EST", "e.s.t", "GMT+",
    "Q", "H", "AD", "B.C.", "x", "×", "KG", "Mbps", "kg/m²", "/yr", "/", "(k)", "401(k)", "@",
    "gmail.com", "+1", "(", ")", "ending in", "¢", "t", "p", "ab", "2Q", "Jan-", "-Jan-",
]  # fmt: skip
_NUMBERS = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(str),
    st.integers(min_value=0, max_value=10**9).map("{:,}".format),
    st.integers(min_value=1000, max_value=2099).map(str),
)
NEWSISH = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), _NUMBERS, st.text(max_size=6)), max_size=25
).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), NEWSISH)
WORD = re.compile(r"\w+")


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_never_raises_and_gives_text(text):
    assert isinstance(normalize(text), str)


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_keeps_every_word_that_is_not_expanded(text):
    text = text.replace(MASK, " ")
    found = expansions(text)
    spoken = normalize(text)
    kept = [
        w.group(0)
        for w in WORD.finditer(text)
        if not any(e.start < w.end() and w.start() < e.end for e in found)
    ]
    position = 0
    for word in kept:
        position = spoken.find(word, position)
        assert position >= 0, f"{word!r} lost from {text!r}: {spoken!r}"
        position += len(word)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_expansions_do_not_overlap_and_lie_in_the_text(text):
    found = expansions(text)
    for before, after in pairwise(found):
        assert before.end <= after.start
    assert all(0 <= e.start < e.end <= len(text) for e in found)


_PLAIN_NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**15).map(str),
    st.integers(min_value=0, max_value=10**12).map("{:,}".format),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(str),
)
_WORDS = st.sampled_from(["troops", "said", "the", "about", "in", "rose", "fell", "to"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PLAIN_NUMBERS, _WORDS), min_size=1, max_size=12))
def test_every_number_standing_alone_is_said_in_words(tokens):
    spoken = normalize(" ".join(tokens) + ".")
    assert not re.search(r"\d", spoken), spoken


def test_render_without_expansions_collapses_white_space_only():
    assert render("  a\tb \n c ", []) == "a b c"
