"""Counts written the short way: "40m people" (a number and "m" before a noun counted in
millions is "forty million people", not meters), "1,000s of homes" ("thousands of
homes"), thousands written "k" ("20k followers"; "a 10k run" is a race, "ten-K") and a
team named by its number and "-ers" ("49ers": "forty-niners"). The nouns
and the plurals are data (``data/normalize/counts.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import measures, numbers, numerals
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.patterns import NUM, START, amount, compile_words
from tts_pipeline.normalize.temperatures import mentions
from tts_pipeline.resources import load_toml


@cache
def _data() -> dict:
    return load_toml("normalize/counts.toml")


def rules() -> list[Rule]:
    """The rules of this module, in the order they run; before the rules for measures."""
    nouns = compile_words(_data()["million_nouns"])
    return numeric(
        [
            Rule(
                "millions counted",
                re.compile(
                    rf"{START}{_FROM}(?P<n>{NUM})m(?=\s+(?:[A-Z][\w-]*\s+|[a-z]+\s+)?(?i:{nouns})(?:['’]s)?(?![\w]))"
                ),
                _millions_counted,
            ),
            Rule(
                "millions before a plural",
                re.compile(rf"{START}(?P<n>\d+\.\d+)m(?=\s+(?P<noun>[a-z]\w*s)\b(?![\'’-]))"),
                _millions_before_plural,
                re.compile(r"\.\dm\s"),
            ),
            Rule(
                "millions after their noun",
                re.compile(rf"{START}({NUM})m(?=[^\w/]*(?:\s|$))"),
                _millions_after_noun,
            ),
            Rule(
                "millions of a unit",
                re.compile(
                    rf"{START}({NUM})(?P<scale>m|{compile_words(numerals.scales())})"
                    rf"\s(?P<unit>{_long_units()})(?![^\W_]|/\w)"
                ),
                lambda m: (
                    f"{amount(m.group(1))} {_scale_word(m.group('scale'))} "
                    f"{measures.units().names[m.group('unit')][1]}"
                ),
            ),
            Rule(
                "round plural",
                re.compile(rf"{START}({compile_words(_data()['round_plurals'])})(?![\w])"),
                lambda m: _data()["round_plurals"][m.group(1)],
            ),
            Rule("number and -ers", re.compile(rf"{START}(\d{{2}})ers\b"), _number_ers),
            Rule(
                "thousands or a race",
                re.compile(rf"{START}{_FROM}(?P<n>{NUM})(?P<k>[kK])(?![\w])"),
                _thousands,
            ),
        ]
    )


_FROM = rf"(?:(?P<from>{NUM})[-–])?"
"""The first number of a range whose second carries the scale ("5-10k", "2-3m copies")."""


def _from(m: re.Match[str]) -> str:
    """ "five to " for a range's first number, or nothing."""
    return f"{amount(m.group('from'))} to " if m.group("from") else ""


def _millions_counted(m: re.Match[str]) -> str | None:
    """ "40m people" "forty million people"; a race's distance before a phrase of time
    ("won the 200m days after") is left to the rules for measures."""
    if _race_then_time()[0].search(m.string, max(0, m.start() - 40), m.start()) and (
        _race_then_time()[1].match(m.string, m.end())
    ):
        return None
    return f"{_from(m)}{amount(m.group('n'))} million"


@cache
def _race_then_time() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of racing and its article before a distance; a phrase of time after it."""
    data = _data()
    verbs = compile_words([*data["race_verbs"], *data["distance_verbs"]])
    return (
        re.compile(rf"\b(?:{verbs})\s+(?:a|the|her|his|their|my)\s+$"),
        re.compile(
            rf"\s+(?:{compile_words(data['time_nouns'])})\s+"
            rf"(?:{compile_words(data['time_words_after'])})\b"
        ),
    )


def _scale_word(written: str) -> str:
    """ "m" "million", "bn" "billion": the scale written short before a unit ("6.4bn km")."""
    return "million" if written == "m" else numerals.scales()[written]


def _millions_before_plural(m: re.Match[str]) -> str | None:
    """ "232.6m iPhones", "3.5m subscriptions": a number with decimals and "m" before a
    plural noun counts it in millions, whatever the noun; not before a verb in "s" or a
    word of ``not_nouns`` ("1.5m towards"), nor a noun of what meters measure
    (``meter_nouns``: "2.5m waves")."""
    noun = m.group("noun")
    if noun.endswith(("ss", "us", "is")) or noun.lower() in _meter_nouns():
        return None
    if noun.lower() in measures.not_plural_nouns():
        return None
    if _count_before().search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "two 3.5m crocodiles": their size
    return f"{amount(m.group('n'))} million"


@cache
def _count_before() -> re.Pattern[str]:
    """A count of things right before their size (``counts_before_size``, or one or two
    digits: "Since 2019 3.5m homes" counts homes)."""
    words = compile_words(_data()["counts_before_size"])
    return re.compile(rf"(?:\b(?i:{words})|(?<![\d,.])\d{{1,2}})\s+$")


@cache
def _meter_nouns() -> frozenset[str]:
    return frozenset(_data()["meter_nouns"])


@cache
def _million_noun_before() -> re.Pattern[str]:
    nouns = compile_words(_data()["million_nouns_before"])
    links = compile_words(_data()["million_links"])
    return re.compile(rf"\b(?i:{nouns})(?:['’]s)?(?:\s+(?i:{links}))*(?:\s*[:(,]\s*|\s+)$")


@cache
def _clause_goes_on() -> re.Pattern[str]:
    """What may follow millions written "m" at the end of what they count (data
    ``million_words_after`` and the lists after it): not a word of distance ("200m
    away"), nor "from" before a place ("2m from the edge"), nor "in front"."""
    data = _data()
    words = compile_words(data["million_words_after"])
    dimensions = compile_words(data["million_dimensions"])
    before_amount = compile_words(data["million_words_before_amount"])
    return re.compile(
        rf"\s*(?:[^\w\s]|$)|\s+(?:(?:{words})(?!\s+(?:{dimensions})\b)"
        rf"|(?:{before_amount})(?=\s+[£$€]?\d)|[a-z]+ed)\b"
    )


def _millions_after_noun(m: re.Match[str]) -> str | None:
    """ "a population of 1.5m" "one point five million"; a noun counted in millions, then
    only linking words, before a number and "m" that ends what it counts ("fans saw him jump
    8.95m", "the crowd, 200m away": meters)."""
    noun = _million_noun_before().search(m.string, max(0, m.start() - 60), m.start())
    if not noun:
        return None
    if _ranking_at().match(noun.group(0)):
        return None  # "third on the world list at 800m": a race
    if not _clause_goes_on().match(m.string, m.end()):
        return None  # "The crowd, 200m away": meters
    return f"{amount(m.group(1))} million"


@cache
def _ranking_at() -> re.Pattern[str]:
    """A ranking's list and "at" alone before the number ("the world list at 800m")."""
    return re.compile(rf"(?i:{compile_words(_data()['ranking_nouns'])})\s+at\s+$")


@cache
def _long_units() -> str:
    """The units of two letters or more ("sq km", "tonnes", "km") that are no word ("in")."""
    units = measures.units()
    return compile_words(
        u for u in units.names if sum(c.isalpha() for c in u) > 1 and u not in units.attached_only
    )


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|A|An|The)\s+$")
_END_AFTER = re.compile(r"\s*(?:[^\w\s]|$)")


_MODEL_BEFORE = re.compile(r"[^\W\d_]\w*-$")
"""Letters and digits and a hyphen before a number: a model's code ("i7-13700K")."""


@cache
def _heated_to() -> re.Pattern[str]:
    """A verb of heating or cooling and "to" right before a number (``kelvin_verbs``)."""
    return re.compile(rf"\b(?:{compile_words(_data()['kelvin_verbs'])})\s+to\s+$")


def _kelvin(m: re.Match[str]) -> bool:
    """ "heated to 1,200K", "a surface temperature of 5,800K": a number and "K" after a verb
    of heating or cooling to (``kelvin_verbs``), or in a sentence with a word of
    ``kelvin_words`` where no word in lower case follows it but one of ``kelvin_after`` (a
    count's noun does: "as temperatures soared, 60K fans packed the stadium")."""
    if _heated_to().search(m.string, 0, m.start()):
        return True
    data = _data()
    after = _WORD_AFTER.match(m.string, m.end())
    if after and after.group(1) not in data["kelvin_after"]:
        return False
    return mentions(m.string, frozenset(data["kelvin_words"]))


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


@cache
def _resolution_after() -> re.Pattern[str]:
    """A word of screens or video, or a refresh rate, after a number and "K"."""
    words = compile_words(_data()["resolution_words"])
    return re.compile(rf"\s+(?:(?:{words})\b|\d+\s?(?:Hz|fps)\b)")


RESOLUTION_MAX_K = 16
"""The largest number of a resolution written with "K" (16K); a larger one is thousands,
whatever follows ("50K video views")."""


def _resolution(m: re.Match[str]) -> bool:
    """A number up to ``RESOLUTION_MAX_K`` and a capital "K" before a word of screens or
    video, or a refresh rate ("5.3K video", "a 2.8K 90Hz panel"), is a resolution."""
    if m.group("k") != "K" or m.group("from") or not _resolution_after().match(m.string, m.end()):
        return False
    return float(m.group("n").replace(",", "")) <= RESOLUTION_MAX_K


def _thousands(m: re.Match[str]) -> str | None:
    """ "20k followers" "twenty thousand followers", "rose by 12K to 231K"; "a 10k run", "ran
    the 5k.", "ran a 10k in 41 minutes" "ten-K"; a digit alone and "K" is a code ("a 4K
    TV")."""
    if m.group("k") == "K" and not m.group("from") and _kelvin(m):
        return f"{amount(m.group('n'))} kelvin"  # "heated to 1,200K"
    if m.group("k") == "K" and (
        (len(m.group("n")) == 1 and not m.group("from"))
        or _MODEL_BEFORE.search(m.string, 0, m.start())
    ):
        return None  # "a 4K TV", "an i7-13700K chip": codes
    if _resolution(m):
        return f"{amount(m.group('n'))}-K"  # "5.3K video", "a 2.8K 90Hz panel"
    race_after = re.match(rf"\s+(?:{compile_words(_data()['race_words'])})\b", m.string[m.end() :])
    race_alone = _ARTICLE_BEFORE.search(m.string, 0, m.start()) and _END_AFTER.match(
        m.string, m.end()
    )
    race_run = re.search(
        rf"\b(?:{compile_words(_data()['race_verbs'])})\s+(?:a|the|her|his|their|my)\s+$",
        m.string[: m.start()],
    )
    if (race_after or race_alone or race_run) and not m.group("from"):
        return f"{amount(m.group('n'))}-K"
    return f"{_from(m)}{amount(m.group('n'))} thousand"


def _number_ers(m: re.Match[str]) -> str:
    """ "49ers" "forty-niners", "76ers" "seventy-sixers"."""
    words = numbers.cardinal(int(m.group(1)))
    return words.removesuffix("e") + "ers"
