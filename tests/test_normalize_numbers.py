"""Numbers in words: the building blocks every rule uses."""

from __future__ import annotations

import pytest

from tts_pipeline.normalize import numbers


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zero"),
        (9, "nine"),
        (15, "fifteen"),
        (40, "forty"),
        (58, "fifty-eight"),
        (100, "one hundred"),
        (305, "three hundred five"),
        (1_000, "one thousand"),
        (1_010, "one thousand ten"),
        (20_000, "twenty thousand"),
        (1_000_001, "one million one"),
        (7_250_000_000, "seven billion two hundred fifty million"),
        (-12, "minus twelve"),
    ],
)
def test_cardinal(n, words):
    assert numbers.cardinal(n) == words


def test_cardinal_beyond_the_named_scales_reads_digits():
    assert numbers.cardinal(10**30).startswith("one zero zero")


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, "first"),
        (2, "second"),
        (3, "third"),
        (5, "fifth"),
        (8, "eighth"),
        (9, "ninth"),
        (12, "twelfth"),
        (20, "twentieth"),
        (21, "twenty-first"),
        (40, "fortieth"),
        (100, "one hundredth"),
        (103, "one hundred third"),
    ],
)
def test_ordinal(n, words):
    assert numbers.ordinal(n) == words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1066, "ten sixty-six"),
        (1600, "sixteen hundred"),
        (1907, "nineteen oh seven"),
        (1999, "nineteen ninety-nine"),
        (2000, "two thousand"),
        (2005, "two thousand five"),
        (2019, "twenty nineteen"),
        (2100, "twenty-one hundred"),
        (800, "eight hundred"),
    ],
)
def test_year(n, words):
    assert numbers.year(n) == words


@pytest.mark.parametrize(
    ("n", "words"),
    [(1960, "nineteen sixties"), (1800, "eighteen hundreds"), (2000, "two thousands"),
     (2020, "twenty twenties"), (60, "sixties"), (20, "twenties")],
)  # fmt: skip
def test_decade(n, words):
    assert numbers.decade(n) == words


@pytest.mark.parametrize(
    ("words", "plural"),
    [("six", "sixes"), ("sixteen", "sixteens"), ("twenty", "twenties"),
     ("twenty-one", "twenty-ones"), ("one hundred", "one hundreds")],
)  # fmt: skip
def test_plural_words(words, plural):
    assert numbers.plural_words(words) == plural


@pytest.mark.parametrize(
    ("written", "words"),
    [("2.75", "two point seven five"), ("0.5", "zero point five"), (".25", "point two five"),
     ("12,000", "twelve thousand"), ("1,234.5", "one thousand two hundred thirty-four point five")],
)  # fmt: skip
def test_decimal(written, words):
    assert numbers.decimal(written) == words


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("XL", 40), ("LVIII", 58), ("MCMXCIX", 1999),
     ("IIII", None), ("VX", None), ("IC", None), ("", None), ("ABC", None)],
)  # fmt: skip
def test_roman_value(numeral, value):
    assert numbers.roman_value(numeral) == value


def test_digits():
    assert numbers.digits("0071") == "zero zero seven one"
