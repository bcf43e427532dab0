"""Words the default voice was heard saying wrong because the script had them wrong: a
state's news abbreviation standing alone ("police in Md. and Va." was heard "M D and vah")
and titles the script left abbreviated ("Ald. Sophia Grant" was heard "old Sophia Grant").
Found by listening to invented news passages (benchmarks/listen.py)."""

from __future__ import annotations

import pytest

from tts_pipeline.normalize import normalize
from tts_pipeline.speech.segment import split_sentences

CASES = [
    ("Police in Md. and Va. were alerted.", "Police in Maryland and Virginia were alerted."),
    (
        "The governor of N.Y. said schools would reopen.",
        "The governor of New York said schools would reopen.",
    ),
    ("In N.J., the teachers union objected.", "In New Jersey, the teachers union objected."),
    ("The flight from N.Y. to Fla. was late.", "The flight from New York to Florida was late."),
    (
        "Fires spread across Calif. and Nev. this week.",
        "Fires spread across California and Nevada this week.",
    ),
    ("He was born in Ga.", "He was born in Georgia."),
    (
        "A Calif.-based startup hired a N.Y.-born chef.",
        "A California-based startup hired a New York-born chef.",
    ),
    ("Lake Charles, La., took a direct hit.", "Lake Charles, Louisiana, took a direct hit."),
    ("Ald. Sophia Grant called for a recount.", "Alderman Sophia Grant called for a recount."),
    (
        "Del. Eleanor Park and Spc. Ray Lee spoke.",
        "Delegate Eleanor Park and Specialist Ray Lee spoke.",
    ),
    ("Chmn. Tim Cole thanked Comr. Ana Li.", "Chairman Tim Cole thanked Commissioner Ana Li."),
    ("Asst. Chief Bo Park and Tpr. Jay Ruiz", "Assistant Chief Bo Park and Trooper Jay Ruiz"),
]

LEFT = [
    "The SPAC boom and a Super PAC ad.",  # said as words, not spelled letter by letter
    "A FOIA request reached HUD; RICO charges followed.",
    "The JEDI contract, a CRISPR trial and a NASCAR race.",
    "She went to Mass. on Sunday.",  # the church service, not Massachusetts
    "He moved in with his Pa. last year.",  # an abbreviation that is also a word
    "The N.Y. Times reported it.",  # not after a preposition
    "Iron ore. Copper ore. Both fell.",
]


@pytest.mark.parametrize(("written", "spoken"), CASES, ids=[c[0][:40] for c in CASES])
def test_said_in_full(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize("written", LEFT)
def test_left_as_written(written):
    assert normalize(written) == written


def test_a_new_title_does_not_end_the_sentence():
    text = "Ald. Ben Torres agreed. Spc. Ray Lee was hurt."
    assert split_sentences(text) == ["Ald. Ben Torres agreed.", "Spc. Ray Lee was hurt."]
