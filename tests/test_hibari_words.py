"""What hibari is given: words in capitals it would spell letter by letter given as words,
and words it says wrong given their phonemes (data/engines/hibari.toml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tts_pipeline.engines import hibari_words
from tts_pipeline.engines.hibari_engine import HibariEngine, _own_lexicon
from tts_pipeline.voices import load_profile

KNOWN = {"NATO": "nˈATO", "FEMA": "fˈimə", "swat": "swˈɑt", "U": "jˈu", "S": "ˈɛs", "K": "kˈA"}
"""A stand-in for hibari's own lexicon."""


@pytest.mark.parametrize(
    ("script", "given"),
    [
        ("More HIMARS launchers arrived.", "More [HIMARS](/hˈImɑɹz/) launchers arrived."),
        ("The DACA rules and AUKUS pact.", "The Daca rules and Aukus pact."),
        ("The PEPFAR program's funds.", "The Pepfar program's funds."),
        ("TANF's budget was cut.", "Tanf's budget was cut."),
        ("NATO and FEMA teams, a SWAT unit.", "NATO and FEMA teams, a SWAT unit."),
        ("The F.B.I. and the C.I.A. said so.", "The F.B.I. and the C.I.A. said so."),
        ("World War II ended; Henry VIII ruled.", "World War II ended; Henry VIII ruled."),
        ("THE DACA RULING SHOCKS CAPITAL", "THE DACA RULING SHOCKS CAPITAL"),
        (
            "Xi Jinping met Lisa Nguyen.",
            "[Xi](/ʃˈi/) [Jinping](/ʤˌɪnpˈɪŋ/) met Lisa [Nguyen](/wˈɪn/).",
        ),
        (
            "Xi's aides and Torres's lawyer.",
            "[Xi's](/ʃˈiz/) aides and [Torres's](/tˈɔɹɛsᵻz/) lawyer.",
        ),
        ("A Xi-led talk; Xixi and Nguyenville.", "A [Xi](/ʃˈi/)-led talk; Xixi and Nguyenville."),
        ("The XI team.", "The XI team."),
        (
            "Lead pipes and lead paint.",
            "[Lead pipes](/lˈɛd pˈIps/) and [lead paint](/lˈɛd pˈAnt/).",
        ),
        (
            "The U.S.'s allies and the U.K.'s plan.",
            "The [U.S.'s](/jˌuˈɛsᵻz/) allies and the [U.K.'s](/jˌukˈAz/) plan.",
        ),
        ("The Q.E.D.'s end.", "The Q.E.D.'s end."),  # letters this lexicon lacks
    ],
)
def test_what_hibari_is_given(script, given):
    assert hibari_words.prepared(script, KNOWN) == given


SILVER = {"raids": "ɹˈAdz", "cases": "kˈAsᵻz"}
"""A stand-in for hibari's lesser lexicon."""
GOLD = {**KNOWN, "resign": "ɹəzˈIn", "home": "hˈOm", "up": "ˈʌp"}


@pytest.mark.parametrize(
    ("headline", "given"),
    [
        ("FBI RAIDS HOME OF AIDE", "FBI Raids HOME OF AIDE"),
        ("GOVERNOR RESIGNS AS CASES RISE", "GOVERNOR Resigns AS Cases RISE"),
        ("UPS AND DHS STAFF WALK OUT", "UPS AND DHS STAFF WALK OUT"),  # letters stay letters
    ],
)
def test_a_headline_in_capitals_keeps_its_initialisms_and_says_its_words(headline, given):
    assert hibari_words.prepared(headline, GOLD, SILVER) == given


def test_pronunciations_use_only_phonemes_hibari_has():
    vocab = json.loads((_hibari_assets() / "vocab.json").read_text(encoding="utf-8"))
    for word, phonemes in hibari_words.pronunciations().items():
        assert set(phonemes) <= set(vocab), word
        assert "ˈ" in phonemes, f"{word}: no stressed syllable"


def test_the_data_is_part_of_the_engines_identity():
    assert hibari_words.data_digest() in HibariEngine().identity(load_profile("default"))


@pytest.mark.engine
def test_hibari_says_capitals_left_in_the_script_as_words():
    model = HibariEngine()._model(load_profile("default"))
    as_word = model.g2p("The Pepfar program.")
    assert model.g2p("The PEPFAR program.") != as_word  # hibari alone spells it
    assert model.g2p(hibari_words.prepared("The PEPFAR program.", _own_lexicon(model))) == as_word


def _hibari_assets() -> Path:
    import hibari.voices

    return Path(hibari.voices.ASSETS)
