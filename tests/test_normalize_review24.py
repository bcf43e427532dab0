"""Review of round 24's speech rules: each in an ordinary sentence that shares its trigger
but is not its kind (invented sentences; exact readings are in cases/normalize-classes.tsv,
here only what a reading must not be)."""

from __future__ import annotations

import pytest

from tts_pipeline.normalize import normalize


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials declared 3/30 a day of mourning.",  # a day declared, no innings
        "Only 1/250 of the tea crop was lost.",  # a fraction of something, not wickets
    ],
)
def test_a_slash_pair_outside_cricket_is_no_score(sentence):
    assert " for " not in normalize(sentence)


def test_millions_before_from_and_another_amount_stay_millions():
    """ "from" after millions written "m" goes on with another amount; before a place it is
    a distance ("2m from the edge", in the table)."""
    said = normalize("Viewers rose to 4.5m from 3.9m.")
    assert said.startswith("Viewers rose to four point five million from ")
