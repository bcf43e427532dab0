"""Review of round 27's speech rules: each in an ordinary news sentence that shares its
trigger but is not its kind (invented sentences; here only what a reading must be or must
not be)."""

from __future__ import annotations

import pytest

from tts_pipeline.normalize import normalize
from tts_pipeline.speech.segment import split_sentences


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Net profit rose to 450 MN euros in the first half.", "four hundred fifty million euros"),
        ("Turnover reached 1.2 MN tonnes last year.", "one point two million tonnes"),
    ],
)
def test_mn_in_capitals_after_a_number_is_million(sentence, said):
    """Wire copy writes million "MN" as well as "mn"; meganewtons are too rare to take it."""
    assert said in normalize(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank received 5,000 PPI complaints last year.",  # payment protection insurance
        "Some 12 PPI cases were upheld by the ombudsman.",
    ],
)
def test_ppi_in_capitals_after_a_number_is_no_screen_density(sentence):
    assert "pixels" not in normalize(sentence)


def test_ppi_in_lower_case_is_still_a_screen_density():
    assert (
        normalize("The screen has 460ppi.") == "The screen has four hundred sixty pixels per inch."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The BBC X account was hacked on Tuesday.",  # the network X
        "The FBI X account posted a warning.",
        "In the UK X users will have to prove their age.",
    ],
)
def test_x_after_letters_in_capitals_is_the_network_not_ten(sentence):
    assert " ten " not in normalize(sentence)


def test_a_game_numbered_after_letters_in_capitals_is_still_a_number():
    assert normalize("GTA V sold well.") == "G.T.A. five sold well."


@pytest.mark.parametrize(
    "sentence",
    [
        "Alcohol sales rose 4% w/w in the week before Christmas.",
        "Reservoir water levels rose 2% w/w after the storms.",
        "Sales of mixers rose 3% w/w as the mix of products changed.",
    ],
)
def test_w_w_far_from_a_word_of_a_mixture_is_week_on_week(sentence):
    assert "week on week" in normalize(sentence)


def test_w_w_beside_a_word_of_a_mixture_is_still_a_concentration():
    said = normalize("Stir the ethanol into water to make a 5% w/w solution.")
    assert "weight by weight solution" in said


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Traffic was held on the M6 between J19 Knutsford and J18 Holmes Chapel.",
            "between junction nineteen Knutsford and junction eighteen Holmes Chapel",
        ),
        (
            "The M4 was closed between J10 Wokingham and J11 Reading.",
            "between junction ten Wokingham and junction eleven Reading",
        ),
    ],
)
def test_a_junction_before_the_place_it_serves_is_a_junction(sentence, said):
    assert said in normalize(sentence)


def test_a_league_named_with_a_j_and_a_number_is_no_junction():
    said = normalize("Fans drove up the M6 to watch the J2 League side.")
    assert "junction" not in said


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Snow is expected above an altitude of 2050 to 2100 m.",
            "two thousand fifty to two thousand one hundred meters",
        ),
        (
            "It has a kerb weight of 1850 to 2100 kg.",
            "one thousand eight hundred fifty to two thousand one hundred kilograms",
        ),
    ],
)
def test_a_rising_range_after_of_is_no_year(sentence, said):
    """A year stands before "to" and a smaller amount ("from 15% in 1993 to 26%"); a range of
    measures rises."""
    assert said in normalize(sentence)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The clip drew 50K video views in a day.", "fifty thousand video views"),
        ("The channel gained 500K streaming subscribers.", "five hundred thousand streaming"),
    ],
)
def test_thousands_before_a_word_of_video_are_no_resolution(sentence, said):
    assert said in normalize(sentence)


def test_a_resolution_is_still_said_with_its_k():
    assert "five point three-K video" in normalize("It films 5.3K video at 60fps.")


@pytest.mark.parametrize(
    "sentence",
    [
        "She put up a 6 ft. Christmas tree in the hall.",
        "The 20 ft. Christmas tree in the square was lit on Friday.",
        "He won a 9 ft. Gold medal statue in the raffle.",
    ],
)
def test_a_unit_after_an_article_and_a_number_ends_no_sentence(sentence):
    """The number and its unit describe the noun after them: nothing ends at the full stop."""
    assert split_sentences(sentence) == [sentence]


def test_a_unit_after_a_number_still_ends_a_sentence_before_a_capital():
    said = split_sentences("The flat covers 5,500 sq ft. The garden is larger.")
    assert said == ["The flat covers 5,500 sq ft.", "The garden is larger."]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "In the standings it is Red Bull 589, Ferrari 406 and Mercedes 382.",
            "Ferrari four hundred six and",
        ),
        ("McLaren 300, Ferrari 296 points, Alpine 120.", "Ferrari two hundred ninety-six points"),
    ],
)
def test_a_car_maker_s_team_in_a_table_of_points_has_no_model(sentence, said):
    assert said in normalize(sentence)


def test_car_models_beside_each_other_are_still_models():
    said = normalize("In 2019, Porsche 911 and Porsche 718 sales rose.")
    assert "Porsche nine eleven and Porsche seven eighteen" in said


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("More than 100K people were without power after the storm.", "one hundred thousand"),
        ("The summer festival drew 50K visitors.", "fifty thousand visitors"),
        (
            "Temperatures soared to 35C as 60K fans packed the stadium.",
            "sixty thousand fans",
        ),
    ],
)
def test_thousands_in_a_sentence_about_the_weather_are_no_kelvin(sentence, said):
    assert said in normalize(sentence)


def test_a_temperature_in_kelvin_is_still_kelvin():
    said = normalize("The core reaches temperatures of 15,000K in a second.")
    assert "fifteen thousand kelvin in" in said


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Astronauts on the station eat about 1,800g of food a day.", "eight hundred grams"),
        ("The new calipers improve braking and weigh 200g less.", "two hundred grams less"),
    ],
)
def test_grams_in_a_sentence_about_flight_or_braking_are_no_g_force(sentence, said):
    assert said in normalize(sentence)


def test_a_few_g_in_a_sentence_about_cornering_are_still_g_force():
    assert "one point one g and" in normalize("The car corners at 1.1g and brakes hard.")


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("On 3/15 Elm Street residents held a vigil.", "On March fifteenth Elm Street"),
        ("By 6/30 Main St businesses must file.", "By June thirtieth Main"),
    ],
)
def test_a_month_and_day_after_a_word_of_dates_before_a_street_is_a_date(sentence, said):
    assert said in normalize(sentence)


def test_a_unit_and_a_house_number_before_a_street_are_still_an_address():
    said = normalize("Police were called to a flat at 1/23 Smith St in Richmond.")
    assert "unit one, twenty-three Smith Street" in said


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The bill needs a 2/3 committee vote to pass.", "two thirds committee vote"),
        ("The agency takes a 1/3 commission on every sale.", "one-third commission"),
    ],
)
def test_a_common_fraction_before_a_noun_of_an_event_is_a_fraction(sentence, said):
    assert said in normalize(sentence)


def test_a_day_before_a_noun_of_an_event_is_still_a_day():
    assert "the January sixth committee" in normalize("He spoke to the 1/6 committee.")
