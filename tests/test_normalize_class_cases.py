"""The normalizer says invented inputs of every semiotic class as the table
``cases/normalize-classes.tsv`` says: the shapes a peer's test cases use (bare tokens such
as "$1.5 billion", "5'11\\"", "1-800-FLOWERS", "123-45-6789", "the XIX century") and the
same classes in short news sentences, each said as a newsreader reads it."""

from __future__ import annotations

import pytest
from casetables import load_cases

from tts_pipeline.normalize import normalize

CASES = load_cases("normalize-classes.tsv")


@pytest.mark.parametrize(("written", "spoken"), CASES, ids=[c[0][:50] for c in CASES])
def test_class_case(written, spoken):
    assert normalize(written) == spoken


def test_the_table_covers_every_class():
    assert len(CASES) >= 200
