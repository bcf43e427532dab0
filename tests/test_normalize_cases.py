"""The normalizer says every case of the project's table as the table says."""

from __future__ import annotations

import pytest
from casetables import load_cases

from tts_pipeline.normalize import normalize

CASES = load_cases("normalize.tsv")


@pytest.mark.parametrize(("written", "spoken"), CASES, ids=[c[0][:50] for c in CASES])
def test_case(written, spoken):
    assert normalize(written) == spoken


def test_the_table_is_broad():
    assert len(CASES) >= 300
