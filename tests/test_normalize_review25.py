"""Review of round 25's speech rules: each in an ordinary sentence that shares its trigger
but is not its kind (invented sentences), and two that the sentence splitter cut before the
normalizer could read them."""

from __future__ import annotations

import pytest

from tts_pipeline.normalize import normalize
from tts_pipeline.speech.segment import split_sentences


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a surname that is a numbering word too, or a plural of one, ends a name
        ("Robert Hall III was elected mayor.", "Robert Hall the third was elected mayor."),
        ("Lester Ward II won the race.", "Lester Ward the second won the race."),
        ("William H. Gates III spoke.", "William H. Gates the third spoke."),
        ("She moved to Hall II of the dormitory.", "She moved to Hall two of the dormitory."),
        ("Chapters IV to VI were cut.", "Chapters four to six were cut."),
        ("He fought in both World Wars I and II.", "He fought in both World Wars one and two."),
        # "MP" is a member of parliament unless written on its number
        (
            "Expenses rose to £200,000 per MP last year.",
            "Expenses rose to two hundred thousand pounds per M.P. last year.",
        ),
        (
            "The party has 12 MP candidates.",
            "The party has twelve M.P. candidates.",
        ),
        ("The phone has a 48MP sensor.", "The phone has a forty-eight-megapixel sensor."),
        # a currency's name after another currency's sign is a word of the sentence
        (
            "The firm bought a $5 million real estate portfolio.",
            "The firm bought a five million dollar real estate portfolio.",
        ),
        ("He paid $25 million dollars for it.", "He paid twenty-five million dollars for it."),
        # a word in "s" after a measure that is no plural noun it describes
        ("She lost 10kg thanks to the diet.", "She lost ten kilograms thanks to the diet."),
        ("The wall moved 2m sideways.", "The wall moved two meters sideways."),
        ("Just 3km separates the two armies.", "Just three kilometers separates the two armies."),
        (
            "Every 100g contains 5g of sugar.",
            "Every one hundred grams contains five grams of sugar.",
        ),
        ("He sold 20kg bags the next day.", "He sold twenty-kilogram bags the next day."),
        ("They sell 20kg bags a week.", "They sell twenty-kilogram bags a week."),
        # a street's abbreviation before a bracket is no title
        (
            "Traffic on Main St (near the station) was slow.",
            "Traffic on Main St (near the station) was slow.",
        ),
        ("He lives on Park Dr (off the ring road).", "He lives on Park Dr (off the ring road)."),
        # two ranks written short without full stops
        ("Lt Col Jane Roe led the unit.", "Lieutenant Colonel Jane Roe led the unit."),
        ("Maj Gen Tom Hale spoke.", "Major General Tom Hale spoke."),
        # "train" a verb: its number is a count; a train's number after an article
        (
            "We will train 2417 nurses.",
            "We will train two thousand four hundred seventeen nurses.",
        ),
        (
            "The academy trains 2345 cadets.",
            "The academy trains two thousand three hundred forty-five cadets.",
        ),
        ("She boarded train 2417 at noon.", "She boarded train twenty-four seventeen at noon."),
        # "pc" after "per" is a piece, never "percent"
        ("They cost $5 per pc at the market.", "They cost five dollars per pc at the market."),
        # a season across a century's turn
        (
            "The 1999-00 season was his best.",
            "The nineteen ninety-nine to two thousand season was his best.",
        ),
        # initials with vowels late are letters, not a dateline's name
        ("The LGBTQIA community marched.", "The L.G.B.T.Q.I.A. community marched."),
        ("Snow fell on PITTSBURGH again.", "Snow fell on PITTSBURGH again."),
    ],
)
def test_a_rule_outside_its_kind(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    "paragraph",
    [
        "The talk by Gen. (ret.) Tom Hale was long.",  # normalize says "(retired)"
        "The rule is in Art. V.",
        "Read Art. I of the treaty before the vote.",
        "The town (pop. 5,000) lies on the coast.",  # normalize says "population"
    ],
)
def test_a_numeral_or_a_bracket_the_normalizer_reads_ends_no_sentence(paragraph):
    assert split_sentences(paragraph) == [paragraph]


def test_a_lone_i_after_a_word_written_short_is_still_the_pronoun():
    assert len(split_sentences("He said no. I think he lied.")) == 2
