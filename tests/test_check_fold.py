"""Folding for `check`: both sides to the words they say, numbers read the script's way."""

from __future__ import annotations

import pytest

from tts_pipeline.check import numbers
from tts_pipeline.check.fold import Context, fold, fold_words, simplify


def folded(text: str, script: str | None = None) -> str:
    context = Context(fold_words(script)) if script is not None else None
    return " ".join(fold_words(text, context))


@pytest.mark.parametrize(
    ("n", "plain", "british"),
    [
        (0, "zero", "zero"),
        (21, "twenty one", "twenty one"),
        (105, "one hundred five", "one hundred and five"),
        (2005, "two thousand five", "two thousand and five"),
        (12500, "twelve thousand five hundred", "twelve thousand five hundred"),
        (1_000_021, "one million twenty one", "one million and twenty one"),
        (-3, "minus three", "minus three"),
    ],
)
def test_cardinals(n, plain, british):
    assert numbers.cardinal(n) == plain
    assert numbers.cardinal(n, british=True) == british


def test_years_and_ordinals():
    assert numbers.year_readings(1990) == ["nineteen ninety"]
    assert numbers.year_readings(1905)[0] == "nineteen oh five"
    assert numbers.year_readings(1900) == ["nineteen hundred"]
    assert "two thousand five" in numbers.year_readings(2005)
    assert numbers.ordinal("twenty one") == "twenty first"
    assert numbers.ordinal("twelve") == "twelfth"
    assert numbers.ordinal("forty") == "fortieth"
    assert numbers.ordinal_readings("3") == ["third"]


@pytest.mark.parametrize(
    ("heard", "script"),
    [
        # what Whisper writes, and what the script says
        ("On November 21st, 2023.", "On November twenty-first, twenty twenty-three."),
        ("It cost $5.2 billion.", "It cost five point two billion dollars."),
        ("It cost £3,400.", "It cost three thousand four hundred pounds."),
        ("A $1 coin and $5.50 change", "A one dollar coin and five dollars and fifty cents change"),
        ("Up 15% since the 1990s.", "Up fifteen percent since the nineteen nineties."),
        ("At 10:30 a.m. and 9:05", "At ten thirty a.m. and nine oh five"),
        ("COVID-19 hit 12,500 people.", "COVID-nineteen hit twelve thousand five hundred people."),
        ("Mr. Smith met Dr. Jones", "Mister Smith met Doctor Jones"),
        ("The U.S. and the F B I", "The US and the FBI"),
        ("Ham & eggs", "ham and eggs"),
        ("In 1905 and 2005", "In nineteen oh five and two thousand and five"),
        ("3.14 and .5", "three point one four and point five"),
    ],
)
def test_numbers_and_abbreviations_fold_to_the_script_reading(heard, script):
    assert folded(heard, script) == folded(script)


@pytest.mark.parametrize(
    ("uk", "us"),
    [
        ("colour labour behaviour favourite", "color labor behavior favorite"),
        ("organise organised organisation realising", "organize organized organization realizing"),
        ("analyse paralysed", "analyze paralyzed"),
        ("centre theatre metres fibre", "center theater meters fiber"),
        ("defence offence licence", "defense offense license"),
        ("catalogue dialogue", "catalog dialog"),
        ("travelled cancelling counsellor", "traveled canceling counselor"),
        ("paediatric anaemia", "pediatric anemia"),
        ("grey programme tyres aluminium jewellery", "gray program tires aluminum jewelry"),
    ],
)
def test_uk_and_us_spellings_fold_together(uk, us):
    assert folded(uk) == folded(us)


def test_case_punctuation_accents_and_hyphens_go():
    assert folded("“Kyiv’s” café—anti-aircraft, Assad's!") == "kyivs cafe anti aircraft assads"
    assert folded("Anti -aircraft") == folded("anti-aircraft")


def test_without_the_script_the_plainest_reading():
    assert folded("2023") == "two thousand twenty three"
    assert folded("2023", "twenty twenty-three") == "twenty twenty three"
    assert folded("Dr. Who", "the doctor") == "doctor who"
    assert folded("Dr. Who", "drive who") == "drive who"


def test_a_reading_the_script_lacks_falls_back_to_the_plainest():
    assert folded("In 2023", "in the year") == "in two thousand twenty three"


def test_offsets_point_into_the_text():
    text = "Paid $5 billion, on Nov. 21st."
    tokens = fold(text)
    assert [t.word for t in tokens][:4] == ["paid", "five", "billion", "dollars"]
    assert {t.at for t in tokens[1:4]} == {text.index("$")}
    assert tokens[-1].at == text.index("21st")


def test_simplify_keeps_offsets_once_simplified():
    once = simplify("Zelenskyy’s café – “quoted”")
    assert simplify(once) == once
    assert once == 'Zelenskyy\'s cafe - "quoted"'
