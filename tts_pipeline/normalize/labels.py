"""Whether a number stands after a word that labels it ("Room 12/01", "Case No. 05/12",
"Resolution 07/04"): then it is that thing's number, not a date; or after a word of marking
("scored 07/10"): then it is a mark. The words are data (``number_labels`` in
``data/normalize/identifiers.toml``, ``score_words`` in ``data/normalize/numbers.toml``)."""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import measures
from tts_pipeline.normalize.patterns import DATE_WORDS, OF_AFTER, amount, compile_words
from tts_pipeline.resources import load_toml


@cache
def _label_before() -> re.Pattern[str]:
    labels = compile_words(load_toml("normalize/identifiers.toml")["number_labels"])
    return re.compile(rf"(?:(?<![\w.])(?:{labels}))\s*$")


def number_label(m: re.Match[str]) -> str | None:
    """The word that labels the number ``m`` right before it ("Room", "No."), or None."""
    label = _label_before().search(m.string, 0, m.start())
    return label.group(0).strip() if label else None


@cache
def _score_before() -> re.Pattern[str]:
    data = load_toml("normalize/numbers.toml")
    words, breaks = compile_words(data["score_words"]), compile_words(DATE_WORDS)
    return re.compile(rf"(?<![\w.])(?i:{words})(?:\s+(?!(?i:{breaks})\b)[\w']+){{0,2}}\s+$")


_BOTTOM = re.compile(r"/\s?(\d+)")
_LEAST_MARKED_OUT_OF = 5
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")


def is_mark(m: re.Match[str]) -> bool:
    """Whether the fraction ``m`` is a mark or a rating: after a word of marking, with at most
    two words between and none that puts a date after it ("scored 8/10", "rated the meal
    4/5"; not "gave birth on 9/11"), and not a share ("in 3/4 of") nor a quantity before a
    unit ("give the dough 1/2 hour")."""
    if not _score_before().search(m.string, 0, m.start()) or OF_AFTER.match(m.string, m.end()):
        return False
    bottom = _BOTTOM.search(m.group(0))
    if bottom and int(bottom.group(1)) < _LEAST_MARKED_OUT_OF:
        return False  # "got 1/2 cup": a quantity; marks are out of five, ten, twenty...
    return not is_quantity_before_unit(m)


def is_quantity_before_unit(m: re.Match[str]) -> bool:
    """Whether the number ``m`` stands before a unit's name ("1/2 hour"): a quantity."""
    after = _WORD_AFTER.match(m.string, m.end())
    if not after:
        return False
    word = after.group(1).replace("metre", "meter").replace("litre", "liter")  # British
    return word in _unit_names()


@cache
def _count_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_toml("normalize/numbers.toml")
    rough = compile_words(data["approximate_nouns"])
    tally = compile_words(data["tally_words"])
    tally_for = compile_words(data["tally_for_words"])
    cricket = compile_words(data["cricket_words"])
    return (
        re.compile(rf"\s+(?i:{rough})\b"),
        re.compile(rf"(?<![\w.])(?i:{tally})(?:\s+[\w']+){{0,2}}\s+$"),
        re.compile(rf"(?<![\w.])(?i:{tally_for})\s+$"),
        re.compile(rf"(?<![\w.-])(?i:{cricket})(?![\w-])"),
    )


def is_rough_count(m: re.Match[str], top: int, bottom: int) -> bool:
    """ "on 2/3 occasions", "3/4 times a week": two numbers a slash apart, the second one
    more and a single digit, before a noun of times or things (data ``approximate_nouns``):
    a rough count ("9/10 times" is a share)."""
    return top >= 1 and bottom == top + 1 <= 9 and bool(_count_words()[0].match(m.string, m.end()))


def is_vote_tally(m: re.Match[str]) -> bool:
    """ "the vote was 35/5", "passed 41/7": after a word of voting, at most two words between."""
    return bool(_count_words()[1].search(m.string, max(0, m.start() - 40), m.start()))


def is_shots_tally(m: re.Match[str]) -> bool:
    """ "went 7/19", "shot 9/12": made over taken, right after a word of shooting or going;
    not a share ("went 3/4 of the way")."""
    if OF_AFTER.match(m.string, m.end()):
        return False
    return bool(_count_words()[2].search(m.string, max(0, m.start() - 12), m.start()))


@cache
def _pressure_words() -> re.Pattern[str]:
    words = compile_words(load_toml("normalize/numbers.toml")["pressure_words"])
    return re.compile(rf"(?<![\w.])(?:{words})(?![\w-])")


def is_blood_pressure(top: int, bottom: int, sentence: str) -> bool:
    """ "Her BP was 140/90": a blood pressure's two numbers in a sentence about one."""
    return (
        60 <= top <= 260
        and 30 <= bottom <= 160
        and top > bottom
        and bool(_pressure_words().search(sentence))
    )


def about_cricket(sentence: str) -> bool:
    """Whether the sentence speaks of cricket ("were 3/245 at lunch")."""
    return bool(_count_words()[3].search(sentence))


@cache
def _result_before() -> re.Pattern[str]:
    verbs = compile_words(load_toml("normalize/numbers.toml")["result_verbs"])
    return re.compile(rf"(?<![\w.])(?i:{verbs})(?:\s+[\w'’]+){{0,3}}\s+$")


def is_result(m: re.Match[str]) -> bool:
    """ "The hosts beat the visitors 28-6": a score after a verb of winning or losing."""
    return bool(_result_before().search(m.string, max(0, m.start() - 60), m.start()))


@cache
def _odds_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_toml("normalize/numbers.toml")
    words = compile_words(data["odds_words"])
    near = compile_words(data["odds_near_words"])
    objects = compile_words(data["odds_verb_objects"])  # "3/4 backed the plan": a share
    return (
        re.compile(rf"(?<![\w.])(?i:{words})\b"),
        re.compile(rf"(?<![\w.])(?i:{near})\s+(?:(?!by\b)[\w-]+\s+)?$"),
        re.compile(rf"\s+(?:[\w-]+\s+)?(?i:{near})\b(?!\s+(?:{objects})\b)"),
    )


def odds_context(m: re.Match[str]) -> bool:
    """Whether the number ``m`` is in a sentence about betting ("bookmakers", "punters") or
    beside a word of betting that other news uses too ("priced at 10/11", "the 4/6
    favourite"; not "her favourite recipe calls for 3/4 cup"): a fraction there is a price,
    said "to"."""
    anywhere, before, after = _odds_words()
    return bool(
        anywhere.search(m.string)
        or before.search(m.string, 0, m.start())
        or after.match(m.string, m.end())
    )


@cache
def _unit_names() -> frozenset[str]:
    """The units' names in full, singular and plural ("inch", "hours"); not their short
    forms, words too ("in", "min")."""
    units = measures.units()
    names = {name for pair in units.names.values() for name in pair}
    return frozenset(names | set(units.rate_words.values()))


def spaced_mark(m: re.Match[str]) -> str | None:
    """ "scored 7 / 10" "seven out of ten": a mark written with spaces around its slash after
    a word of marking; any other numbers so apart are left to the pause of a spaced slash."""
    top, bottom = m.group(1), m.group(2)
    if int(top) <= int(bottom) and is_mark(m):
        return f"{amount(top)} out of {amount(bottom)}"
    return None


@cache
def _mortgage_after() -> re.Pattern[str]:
    words = compile_words(load_toml("normalize/numbers.toml")["mortgage_words"])
    return re.compile(rf"\s+(?:{words})(?![\w])")


def is_mortgage_term(m: re.Match[str]) -> bool:
    """Whether the fraction ``m`` stands before a word of an adjustable-rate mortgage ("5/1
    ARMs"): its fixed years and its reset, said one after the other."""
    return bool(_mortgage_after().match(m.string, m.end()))
