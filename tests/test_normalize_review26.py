"""Review of round 26's speech rules: each in an ordinary sentence that shares its trigger
but is not its kind (invented sentences), and sentences the splitter cut at an ellipsis
written as one character where it leaves three full stops alone."""

from __future__ import annotations

import pytest

from tts_pipeline.normalize import normalize
from tts_pipeline.speech.segment import split_sentences


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a photo caption's positions in brackets: "(R)" is the right, beside "(L)" or "(C)"
        (
            "Gov. Ann Lee (R) shakes hands with Mayor Tom Hale (L) after the ceremony.",
            "Governor Ann Lee (R) shakes hands with Mayor Tom Hale (L) after the ceremony.",
        ),
        (
            "Cllr Jane Brown (C) and Cllr Amy Reed (R) cut the ribbon.",
            "Councillor Jane Brown (C) and Councillor Amy Reed (R) cut the ribbon.",
        ),
        # a month written short that is a given name too, before a verb, or after "the late"
        (
            "Since Jan took over as coach, the team has won nine games.",
            "Since Jan took over as coach, the team has won nine games.",
        ),
        ("The club thrived until Jan retired.", "The club thrived until Jan retired."),
        ("Since Jun was a child, she sang.", "Since Jun was a child, she sang."),
        (
            "Friends paid tribute to the late Jan, who died at home.",
            "Friends paid tribute to the late Jan, who died at home.",
        ),
        # a race's distance after a verb of winning or running, then a phrase of time
        (
            "Bolt won the 200m days after his 100m triumph.",
            "Bolt won the two hundred meters days after his one hundred meters triumph.",
        ),
        (
            "She ran the 400m hours after landing in Paris.",
            "She ran the four hundred meters hours after landing in Paris.",
        ),
        ("He won the 100m years ago.", "He won the one hundred meters years ago."),
        # a weekday's letters after a time of day that begin a name
        (
            "The first flight lands at 7am Sun Valley time.",
            "The first flight lands at seven a.m. Sun Valley time.",
        ),
        ("At 9am Sun Yang dived in.", "At nine a.m. Sun Yang dived in."),
        # a range of weekdays with "to", whose second day comes before a time
        ("Open Mon to Fri 9am-5pm.", "Open Monday to Friday nine a.m. to five p.m."),
        # a ranking's list and "at" before a race's distance
        (
            "She is third on the world list at 800m.",
            "She is third on the world list at eight hundred meters.",
        ),
        # a size in meters with decimals before a plural after a count of the things
        (
            "Fishermen caught two 3.5m crocodiles.",
            "Fishermen caught two three point five-meter crocodiles.",
        ),
        (
            "Workers put up 3 2.4m barriers.",
            "Workers put up three two point four-meter barriers.",
        ),
        (
            "The snow left 1.5m drifts across the road.",
            "The snow left one point five-meter drifts across the road.",
        ),
    ],
)
def test_a_rule_outside_its_kind(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Pollen will be high across the SE today.",
            "Pollen will be high across the southeast today.",
        ),
        ("The NE corner flooded.", "The northeast corner flooded."),
        ("The asteroid struck 66m years ago.", "The asteroid struck sixty-six million years ago."),
        ("The waiting list stands at 7.2m.", "The waiting list stands at seven point two million."),
        (
            "Since 2019 3.5m homes have been built.",
            "Since twenty nineteen three point five million homes have been built.",
        ),
        ("Prices rose in Jan, then fell.", "Prices rose in January, then fell."),
        ("The plan runs until Dec 2027.", "The plan runs until December twenty twenty-seven."),
        (
            "Sen. Ann Lee (D) and Rep. Tom Hale (R) spoke.",
            "Senator Ann Lee (Democrat) and Representative Tom Hale (Republican) spoke.",
        ),
    ],
)
def test_the_rule_still_reads_its_kind(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    "paragraph",
    [
        "“I think… Boris was right,” she said.",
        "The list included Paris… London and Rome.",
    ],
)
def test_an_ellipsis_as_one_character_splits_as_three_full_stops_do(paragraph):
    assert split_sentences(paragraph) == [paragraph]
    assert split_sentences(paragraph.replace("…", "...")) == [paragraph.replace("…", "...")]
