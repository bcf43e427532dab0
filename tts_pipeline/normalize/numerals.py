"""Numbers standing on their own: ordinals ("1,000th"), decades and their ranges, fractions,
ranges and scores, years, signed numbers, and plain cardinals and decimals. Runs after the
rules for numbers with a meaning (dates, times, money, measures, codes), so what is left
here is a number as such. A run of ten digits or more without commas is no quantity news
would write that way (a card, account or ISBN number): it is read digit by digit.
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import MASK, Rule, numeric
from tts_pipeline.normalize.cricket import bowling_figures, not_out
from tts_pipeline.normalize.fraction_adjectives import (
    HYPHEN_WORD_AFTER,
    before_noun,
    describing,
    fraction_words,
)
from tts_pipeline.normalize.labels import (
    about_cricket,
    is_blood_pressure,
    is_mark,
    is_mortgage_term,
    is_result,
    is_rough_count,
    is_shots_tally,
    is_vote_tally,
    odds_context,
    spaced_mark,
)
from tts_pipeline.normalize.patterns import (
    END,
    NUM,
    OF_AFTER,
    RANGE_DASH,
    SIGN_BEFORE,
    START,
    amount,
    compile_words,
)
from tts_pipeline.resources import load_toml

VULGAR_FRACTIONS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4),
                    "⅕": (1, 5), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}  # fmt: skip
"""The vulgar fractions, each as (top, bottom)."""
_FRACTIONS = VULGAR_FRACTIONS


@cache
def _data() -> dict:
    return load_toml("normalize/numbers.toml")


@cache
def scales() -> dict[str, str]:
    """Abbreviated scales written after a bare number ("5bn", "1.5M"), from currencies.toml:
    one capital letter or "k" only after a decimal ("3M" is a code, "1.5M" one point five
    million, "100.5k" one hundred point five thousand; "1.5m" stays meters)."""
    scales = load_toml("normalize/currencies.toml")["scales"]
    return {k: v for k, v in scales.items() if (len(k) > 1 or k.isupper() or k == "k") and k != v}


def _decade_pattern(n: int) -> str:
    """ "1980s", "1980's", "80s" or "'80s", its digits the group ``d<n>``."""
    return rf"(?:(?<![\w'’])['’]|{START})(?P<d{n}>\d?\d?\d0)['’]?s"


_LONGEST_QUANTITY = 9
"""Digits a number written without commas may have and still be read as a quantity."""


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    vulgar = "".join(_FRACTIONS)
    return numeric(
        [
            Rule(
                "not out",
                re.compile(rf"{START}(\d{{1,3}})\*(?![\w*])"),
                not_out,
                re.compile(r"\d\*"),
            ),
            Rule(
                "numbered book",
                re.compile(
                    rf"(?<![\w.,:])([1-3])(?=\s(?:{compile_words(_data()['numbered_books'])})"
                    rf"\s(?:\d{{1,3}}:\d|{MASK}))"
                ),
                lambda m: numbers.ordinal(int(m.group(1))).capitalize(),
            ),
            Rule(
                "ordinal",
                re.compile(rf"{START}(\d{{1,3}}(?:,\d{{3}})+|\d+)(st|nd|rd|th)(?![^\W_])"),
                _ordinal,
            ),
            Rule(
                "decade range",
                re.compile(rf"{_decade_pattern(1)}{RANGE_DASH}{_decade_pattern(2)}(?![^\W_])"),
                _decade_range,
            ),
            Rule("decade", re.compile(rf"{_decade_pattern(1)}(?![^\W_])"), _decade),
            Rule(
                "mixed fraction",
                re.compile(rf"{START}(\d+)(?:\s+(\d+)/(\d+)|\s?([{vulgar}]))(?![\w/])"),
                _mixed_fraction,
            ),
            Rule(
                "per round number",
                re.compile(rf"{START}({NUM})/(10{{3,}}|1(?:,000)+|10{{1,2}},000)(?![\w/]|[.,]\d)"),
                lambda m: f"{amount(m.group(1))} per {amount(m.group(2))}",
            ),
            Rule(
                "decimal rating",
                re.compile(rf"{START}(\d+\.\d+)/(\d{{1,3}})(?![\w/]|[.,]\d)"),
                _decimal_rating,
            ),
            Rule(
                "spaced mark",
                re.compile(rf"{START}(\d{{1,3}}) / (\d{{1,3}})(?![\w/]|[.,]\d)"),
                spaced_mark,
                re.compile(r"\d / \d"),
            ),
            Rule(
                "fraction",
                re.compile(
                    rf"(?:(?:{SIGN_BEFORE})(?P<sign>[-−]))?{START}(?:(\d+)/(\d+)|([{vulgar}]))(?![\w/])"
                ),
                _fraction,
            ),
            Rule(
                "plural number",
                re.compile(rf"{START}(?:(\d{{1,2}})[-–])?(\d{{1,3}})s(?![\w'’])"),
                _plural_number,
            ),
            Rule(
                "ratio",
                re.compile(
                    rf"{START}(\d{{1,3}}(?:\.\d+(?=:))?):(\d{{1,3}}(?:,\d{{3}})+|\d\.\d+|\d|\d{{3,}})"
                    r"(?![\w:]|[.,]\d)"
                ),
                _ratio,
            ),
            Rule(
                "run of numbers",
                re.compile(rf"{START}(?<![-–])\d{{2,3}}(?:-\d{{2,3}}){{2,}}(?![\w-]|[.,]\d)"),
                lambda m: ", ".join(amount(n) for n in m.group(0).split("-")),
                re.compile(r"\d-\d+-\d"),
            ),
            Rule(
                "range",
                re.compile(
                    rf"(?:(?:{SIGN_BEFORE})(?P<sign>[-−–])|{START}(?<!\d[-–]))(?P<a>{NUM})"
                    rf"{RANGE_DASH}(?P<b>{NUM}){END}(?![-–]\d)"
                ),
                _range,
            ),
            Rule(
                "scaled",
                re.compile(
                    rf"{START}({NUM}) ?({'|'.join(k for k in scales() if len(k) > 1)})(?![^\W_])"
                    rf"|{START}(\d+\.\d+)({'|'.join(k for k in scales() if len(k) == 1)})"
                    r"(?![^\W_])"
                ),
                _scaled,
            ),
            Rule("signed", re.compile(rf"(?:{SIGN_BEFORE})([-−–+])({NUM}){END}"), _signed),
            Rule("number", re.compile(rf"{START}({NUM}){END}"), _number),
        ]
    )


def _ordinal(m: re.Match[str]) -> str | None:
    """ "21st" -> "twenty-first", "1,000th" -> "one thousandth". A suffix that does not belong
    to the number is read as written ("4rd" "four rd"): it may be a typo for either "4th" or
    "3rd", and a guess would state a wrong fact with confidence."""
    n = m.group(1).replace(",", "")
    if len(n) >= 16:
        return None
    if m.group(2) != numbers.ordinal_suffix(int(n)):
        return f"{numbers.cardinal(int(n))} {m.group(2)}"
    return numbers.ordinal(int(n))


def _decade_range(m: re.Match[str]) -> str:
    """ "1960s-1980s": "nineteen sixties to nineteen eighties"."""
    return f"{_say_decade(m.group('d1'))} to {_say_decade(m.group('d2'))}"


def _decade(m: re.Match[str]) -> str:
    return _say_decade(m.group("d1"))


def _say_decade(written: str) -> str:
    n = int(written)
    if n in (100, 1000):
        return numbers.plural_words(numbers.cardinal(n)).removeprefix("one ")
    if 100 < n < 1100 or n > 2090:
        return numbers.plural_words(numbers.cardinal(n))
    return numbers.decade(n)


def _mixed_fraction(m: re.Match[str]) -> str | None:
    if m.group(4):
        top, bottom = _FRACTIONS[m.group(4)]
    else:
        top, bottom = int(m.group(2)), int(m.group(3))
        if not 0 < top < bottom or bottom not in _data()["denominators"]:
            return None
    whole = numbers.cardinal(int(m.group(1)))
    return f"{whole} and {fraction_words(top, bottom, article=True)}"


def _fraction(m: re.Match[str]) -> str | None:
    words = _unsigned_fraction(m)
    return f"minus {words}" if words and m.group("sign") else words


_PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per cent\b|pc\b)")


def _decimal_rating(m: re.Match[str]) -> str:
    """ "4.5/5" "four point five out of five"; before "percent" a range of rates: "2.5/3
    percent" "two point five to three percent"."""
    joiner = "to" if _PERCENT_AFTER.match(m.string, m.end()) else "out of"
    return f"{amount(m.group(1))} {joiner} {amount(m.group(2))}"


def _unsigned_fraction(m: re.Match[str]) -> str | None:
    if (m.group(4) == "½" or (m.group(2), m.group(3)) == ("1", "2")) and _ARTICLE_AFTER.match(
        m.string, m.end()
    ):
        return "half"  # "½ a pie", "1/2 an hour"
    top_bottom = _FRACTIONS[m.group(4)] if m.group(4) else (int(m.group(2)), int(m.group(3)))
    if HYPHEN_WORD_AFTER.match(m.string, m.end()) and (words := describing(*top_bottom)):
        return words
    if m.group(4):
        return before_noun(m, *top_bottom) or fraction_words(*top_bottom)
    top, bottom = m.group(2), m.group(3)
    if len(top) > 6 or len(bottom) > 6:
        return None
    if is_mortgage_term(m):
        return f"{amount(top)} {amount(bottom)}"  # "5/1 ARMs": fixed years and reset
    if _year_like(top) and len(bottom) == 2 and int(bottom) == (int(top) + 1) % 100:
        return f"{numbers.year(int(top))} to {numbers.range_end_year(top, bottom)}"
    if _year_like(top) and _year_like(bottom) and int(bottom) == int(top) + 1:
        return f"{numbers.year(int(top))} to {numbers.year(int(bottom))}"
    if 0 <= int(top) <= int(bottom) and is_mark(m):
        return f"{amount(top)} out of {amount(bottom)}"
    if is_blood_pressure(int(top), int(bottom), m.string):
        return f"{amount(top)} over {amount(bottom)}"  # "BP 140/90"
    if is_rough_count(m, int(top), int(bottom)):
        return f"{amount(top)} or {amount(bottom)}"  # "on 2/3 occasions"
    if int(top) <= int(bottom) and is_shots_tally(m):
        return f"{amount(top)} for {amount(bottom)}"  # "went 7/19"
    if int(top) > int(bottom) and is_vote_tally(m):
        return f"{amount(top)} to {amount(bottom)}"  # "the vote was 35/5"
    if (
        bottom in ("2", "4", "8", "16")
        and 2 <= int(top) <= 16
        and _TIME_AFTER.match(m.string, m.end())
        and _IN_BEFORE.search(m.string, 0, m.start())
    ):
        return f"{amount(top)} {amount(bottom)}"  # a musical time: "5/4 time"
    least = _data()["cricket_least_runs"]
    if 3 <= int(bottom) <= 9 and least <= int(top) < 1000:
        return f"{amount(top)} for {amount(bottom)}"  # a cricket score: "250/4"
    if bottom in ("1", "2", "4") and int(top) > int(bottom):
        return f"{amount(top)} to {amount(bottom)}"  # odds against: "5/1", "7/2", "11/4"
    if int(top) != int(bottom) and odds_context(m) and not OF_AFTER.match(m.string, m.end()):
        return f"{amount(top)} to {amount(bottom)}"  # a price: "the 4/6 favourite"
    if top == bottom:
        return f"{amount(top)} {amount(bottom)}"
    if int(top) < int(bottom) and _share_of().match(m.string, m.end()):
        return f"{amount(top)} out of {amount(bottom)}"
    if (
        int(top) <= 10
        and least <= int(bottom) < 1000
        and about_cricket(m.string)
        and not OF_AFTER.match(m.string, m.end())
    ):
        return f"{amount(top)} for {amount(bottom)}"  # wickets first: "3/245 at lunch"
    if words := before_noun(m, int(top), int(bottom)):
        return words  # "the 1/2 marathon" "the half marathon"
    if 0 < int(top) <= int(bottom) and int(bottom) in _data()["denominators"]:
        return fraction_words(int(top), int(bottom))
    return f"{amount(top)} {amount(bottom)}"


@cache
def _share_of() -> re.Pattern[str]:
    """What follows a fraction that is a share of people or things ("9/10 people", "4/5
    stars"): said "nine out of ten people"."""
    nouns = compile_words(_data()["share_nouns"])
    return re.compile(rf"\s+(?:(?!(?i:of|in)\b)[A-Za-z]+\s+)?(?i:{nouns})\b")


def _plural_number(m: re.Match[str]) -> str:
    """ "under-25s" "under-twenty-fives", "18-25s" "eighteen to twenty-fives"; three digits
    that are no round hundred name a model, said in pairs: "the 747s" "seven forty-sevens"."""
    written = m.group(2)
    if not m.group(1) and len(written) == 3 and written[1:] != "00":
        return numbers.plural_words(numbers.in_pairs(written))
    plural = numbers.plural_words(numbers.cardinal(int(written)))
    return f"{numbers.cardinal(int(m.group(1)))} to {plural}" if m.group(1) else plural


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_ARTICLE_AFTER = re.compile(r"\s+an?\b")
_TIME_AFTER = re.compile(r"\s+time\b")
_IN_BEFORE = re.compile(r"\b(?:in|to|into)\s+$")
"""A musical time is one a piece is in or changes to ("in 5/4 time", "switches to 6/8 time")."""


def _ratio(m: re.Match[str]) -> str:
    """ "2:1", "16:9", "3:2", "1:50,000", "1:2.5": a ratio or a score, "two to one" (a time has
    two digits after its colon); after a book of the Bible a chapter and its verse ("Genesis
    1:1" "one one")."""
    first, second = amount(m.group(1)), amount(m.group(2))
    before = _WORD_BEFORE.search(m.string, 0, m.start())
    if before and before.group(1) in _data()["scripture_books"]:
        return f"{first} {second}"
    return f"{first} to {second}"


_PAIR_AFTER = re.compile(r"\s+\d{1,2}[-–]\d{1,2}(?![\w-]|[.,]\d)")
"""Another pair of numbers right after a pair, with only a space between: tennis sets ("6-4
6-3"), said with a pause between."""


def _range(m: re.Match[str]) -> str:
    words = _said_range(m)
    short = len(m.group("a")) <= 2 and len(m.group("b")) <= 2
    return f"{words}," if short and _PAIR_AFTER.match(m.string, m.end()) else words


def _said_range(m: re.Match[str]) -> str:
    first, second = m.group("a"), m.group("b")
    if m.group("sign"):
        return f"minus {amount(first)} to {amount(second)}"
    if _runs_for_wickets(m) or bowling_figures(m):
        return f"{amount(first)} for {amount(second)}"  # "were 245-6 at stumps", "5-42"
    if _year_like(first) and len(second) == 2:
        return f"{numbers.year(int(first))} to {numbers.range_end_year(first, second)}"  # "2008-09"
    if _year_like(first) and _year_like(second):
        return f"{numbers.year(int(first))} to {numbers.year(int(second))}"
    if first == second:
        return f"{amount(first)}-{amount(second)}"
    return f"{amount(first)} to {amount(second)}"


def _runs_for_wickets(m: re.Match[str]) -> bool:
    """ "India were 245-6 at stumps": runs and wickets in a sentence about cricket, not after
    a word of voting or winning ("The Senate voted 51-9 before lunch", "won 35-7 before tea")."""
    runs, wickets = m.group("a"), m.group("b")
    if not (runs.isdigit() and wickets.isdigit() and 1 <= int(wickets) <= 10):
        return False
    least = _data()["cricket_least_runs"]
    if not (least <= int(runs) < 1000 and about_cricket(m.string)):
        return False
    return not (is_vote_tally(m) or is_result(m))


def _year_like(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


def _scaled(m: re.Match[str]) -> str:
    written, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f"{amount(written)} {scales()[scale]}"


def _signed(m: re.Match[str]) -> str:
    words = amount(m.group(2))
    return f"plus {words}" if m.group(1) == "+" else f"minus {words}"


def _number(m: re.Match[str]) -> str:
    text = m.group(1)
    if _year_like(text) and not _counted(m):
        return numbers.year(int(text))
    if text.isdigit() and (_identifier(text) or (len(text) > 1 and text[0] == "0")):
        return numbers.digits(text)
    return amount(text)


def _identifier(digits: str) -> bool:
    """Ten digits or more written without commas, and not a round number ("8000000000"):
    a card, account or ISBN number rather than a quantity."""
    return len(digits) > _LONGEST_QUANTITY and bool(digits[3:].strip("0"))


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def _counted(m: re.Match[str]) -> bool:
    before = _WORD_BEFORE.search(m.string, 0, m.start())
    return bool(before) and before.group(1).lower() in _data()["count_words"]
