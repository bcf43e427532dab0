"""Measurements: a number or range and a unit ("10-15 km", "40 km/h", "12KG", "-5°C",
"3.5%", "155mm shells", "a 40-km drive", "kg/m²", "12/kg", "5 ft. 10 in.", a time with
decimals in seconds "9.58s"), sizes ("2x8
m2") and feet and inches. Units are data (``data/normalize/units.toml``), in any case
where case does not change their meaning; a bare "C" or "F" is a temperature only where
the sentence is about one, never inside a code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.describing import (
    describes_noun,
    first_of_two_before_noun,
    height_before_noun,
    measure_before_noun,
    time_before_noun,
)
from tts_pipeline.normalize.numbers import cardinal, in_pairs, ordinal_suffix
from tts_pipeline.normalize.patterns import (
    NUM,
    RANGE_DASH,
    SIGN_BEFORE,
    START,
    amount,
    changed_to,
    compile_words,
    number_value,
    signed,
)
from tts_pipeline.normalize.temperatures import g_force, is_temperature, mentions
from tts_pipeline.resources import load_toml


@dataclass(frozen=True)
class Units:
    """The units of units.toml, every spelling that counts, and what goes with them."""

    names: dict[str, tuple[str, str]]
    """Each spelling -> (singular, plural)."""
    per: dict[str, str]
    """After a slash -> the word said after "per": the rate words and every unit."""
    rate_words: dict[str, str]
    """The rate words alone ("yr", "day", "barrel")."""
    attributive: frozenset[str]
    attached_only: frozenset[str]
    never_spaced: frozenset[str]
    temperature: frozenset[str]
    temperature_words: frozenset[str]


@cache
def units() -> Units:
    data = load_toml("normalize/units.toml")
    table = {key: tuple(value) for key, value in data["units"].items()}
    names = dict(table)
    fixed = set(data["case_sensitive"]["units"])
    for key, value in table.items():
        if sum(c.isalpha() for c in key) < 2 or key in fixed:
            continue
        for variant in (key.lower(), key.upper(), key[:1].upper() + key[1:].lower()):
            names.setdefault(variant, value)
    per = dict(data["per"])
    for key, (singular, _) in names.items():
        per.setdefault(key, singular)
    return Units(
        names=names,
        per=per,
        rate_words=dict(data["per"]),
        attributive=frozenset(data["attributive"]["nouns"]),
        attached_only=frozenset(data["attached_only"]["units"]),
        never_spaced=frozenset(data["attached_only"]["never_spaced"]),
        temperature=frozenset(data["temperature"]["units"]),
        temperature_words=frozenset(data["temperature"]["words"]),
    )


@cache
def per_pattern() -> str:
    """What may follow a slash in a rate ("km/h", "$/barrel", "$350/yr")."""
    return compile_words(units().per)


def per_word(written: str) -> str:
    """ "yr" -> "year", "kg" -> "kilogram", "barrel" -> "barrel"."""
    return units().per[written]


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    unit = compile_words(units().names)
    per = rf"(?:/(?P<per>{per_pattern()})(?:/(?P<per2>{per_pattern()}))?)?"
    sign = rf"(?:{SIGN_BEFORE})(?P<sign>[-−–+])"
    number = rf"(?:{sign}|{START}(?<!\d/))(?P<a>{NUM})"
    second = (
        rf"(?:\s?(?P<unit1>{unit}))?(?:{RANGE_DASH}|\s+to\s+)(?P<sign2>[-−])?(?P<b>{NUM})"
        r"(?(unit1)(?=[\s-]?(?P=unit1)(?![^\W_])))"
    )
    """The second number of a range; after a unit, only before the same unit: "150bps to
    18%" is a measure and a second one, no range."""

    def size(group: str) -> str:
        return rf"\s?[x×]\s?(?P<{group}>{NUM})"

    per_unit = Rule(
        "per unit",
        re.compile(rf"(?<![\w-])(?i:per)\s(?P<unit>{unit})(?![^\W_]|[/²³^-])"),
        _per_unit,
        re.compile(r"(?i:\bper\s)"),
    )
    with_numbers = numeric(
        [
            Rule(
                "feet and inches",
                re.compile(r"(?<![\w.'’])(\d{1,2})['′’]\s?(\d{1,2})(?:[\"″”]|'')(?!\w)"),
                _feet_inches,
            ),
            Rule(
                "height before a noun",
                re.compile(
                    r"(?<=\s)(?P<ft>[4-7])\s?ft\.?\s?(?P<in>1[01]|\d)\s?in\.?(?=\s+[a-z]{3,}\b)"
                ),
                height_before_noun,
            ),
            Rule(
                "size",
                re.compile(
                    rf"{START}(?P<a>{NUM}){size('b')}(?:{size('c')})?"
                    rf"(?:\s?(?P<unit>{unit}))?(?![^\W_]|/\w|[.,]\d)"
                ),
                _size,
            ),
            Rule(
                "measure options",
                re.compile(
                    rf"{START}{NUM}(?:{unit})(?:/{NUM}(?:{unit})){{1,3}}(?![^\W_]|/\w|[.,]\d)"
                ),
                _options,
                re.compile(r"\d[^\W\d_]+/\d"),
            ),
            Rule(
                "measure",
                re.compile(
                    rf"{number}(?:{second})?(?P<scale>\s(?:thousand|million|billion))?"
                    rf"(?P<sep>\s?|-)(?P<unit>{unit}){per}(?![^\W_]|/\w)"
                    r"(?:\.(?=\s+[a-z0-9]))?"
                ),
                _measure,
            ),
            Rule(
                "blood pressure",
                re.compile(rf"{START}(?P<a>\d{{2,3}})/(?P<b>\d{{2,3}})\s?mm\s?Hg(?![^\W_])"),
                lambda m: (
                    f"{amount(m.group('a'))} over {amount(m.group('b'))} millimeters of mercury"
                ),
                re.compile(r"\d\s?mm\s?Hg"),
            ),
            Rule(
                "rate",
                re.compile(rf"{START}(?P<a>{NUM})/(?P<per>{per_pattern()})(?![^\W_]|/\w)"),
                _rate,
            ),
            Rule(
                "seconds",
                re.compile(rf"{START}(?P<a>\d+\.\d+)s(?![\w'’])"),
                lambda m: f"{amount(m.group('a'))} seconds",
            ),
        ]
    )
    return [per_unit, *with_numbers]


_NOT_AFTER_PER = frozenset(["x", "%", "°", "º", "pc"])
"""Units not said after "per" alone: signs and percent written short ("£2 per pc" is a
piece's price, never "per percent"), and the units that are words or letters too
(``attached_only``: "per in-game purchase", "per C")."""


def _per_unit(m: re.Match[str]) -> str | None:
    """ "€20 per m²" "per square meter", "$3 per sq ft", "per kg": a unit after "per" with no
    number before it, said in the singular."""
    written, data = m.group("unit"), units()
    if written in _NOT_AFTER_PER or written in data.attached_only or written in data.temperature:
        return None
    if len(written) == 1 and not _ends_clause(m):
        return None
    return f"{m.group(0)[:4]}{data.names[written][0]}"


def _measure(m: re.Match[str]) -> str | None:
    data = units()
    written = m.group("unit")
    if m.group("unit1") and m.group("unit1") != written:
        return None
    if m.group("b") and _year_then_amount(m):
        return None  # "from 15% in 1993 to 26%": a year, then the second amount
    # "5 in total" is no measure; "6 ft 2 in tall" is inches
    after_feet = written == "in" and _FEET_BEFORE.search(m.string, 0, m.start())
    spaced = written in data.attached_only and m.group("sep") == " "
    before_noun = _next_word(m) in data.attributive  # "a 48 MP camera"; not "12 MP candidates"
    if (
        spaced
        and not after_feet
        and (written in data.never_spaced or not (_before_punctuation(m) or before_noun))
    ):
        return None
    if written == "in" and m.group("sep") and _ODDS_AFTER.match(m.string, m.end()):
        return None  # "1-in-100-year", "1-in-4": odds, not inches
    if written in data.temperature and not (m.group("sign") or is_temperature(m)):
        return None
    if written == "st" and not _stone(m):
        return None  # "21st": an ordinal, not stone
    singular, plural = _base_pairs(m) or g_force(m) or data.names[written]
    if m.group("sep") == " " and len(written) == 1 and not _ends_clause(m):
        return None
    words = signed(m.group("sign"), amount(m.group("a")))
    if m.group("b") and changed_to(m, bool(m.group("unit1"))):
        # "grows by 50mm to 2,770mm": a change, then a new level, each with its unit
        words += f" {singular if m.group('a') == '1' else plural} to"
        words += f" {signed(m.group('sign2'), amount(m.group('b')))} {plural}"
        return words
    if m.group("b"):
        words += " to " + signed(m.group("sign2"), amount(m.group("b")))
    if m.group("scale"):
        words += m.group("scale")
    rate = "".join(f" per {data.per[m.group(g)]}" for g in ("per", "per2") if m.group(g))
    describing = (
        m.group("sep") == "-"
        or m.string.startswith("-", m.end())
        or _next_word(m) in data.attributive
        or _after_article(m)
        or _plural_noun_after(m)
        or time_before_noun(m)
        or measure_before_noun(m)
        or first_of_two_before_noun(m)
    )
    if describing:
        if (
            " per " not in singular
        ):  # "a twenty-five-basis-point cut", "a thirty-mile per hour zone"
            singular = singular.replace(" ", "-")
        return f"{words}-{singular}{rate}"
    one = m.group("a") == "1" and not m.group("b") and not m.group("scale")
    return f"{words} {singular if one else plural}{rate}"


@cache
def _option() -> re.Pattern[str]:
    return re.compile(rf"({NUM})({compile_words(units().names)})")


def _options(m: re.Match[str]) -> str | None:
    """ "128GB/256GB/512GB" "one hundred twenty-eight gigabytes, two hundred fifty-six
    gigabytes or five hundred twelve gigabytes": measures a slash apart, each with its unit
    written right after it, are options, the last said after "or"."""
    said = []
    first = _option().match(m.group(0))
    if first and m.group(0)[first.start(2) :] in units().names:
        return None  # "5.2l/100km": one unit with a slash in it
    for part in m.group(0).split("/"):
        found = _option().fullmatch(part)
        if not found or found.group(2) in units().temperature:
            return None
        singular, plural = units().names[found.group(2)]
        said.append(f"{amount(found.group(1))} {singular if found.group(1) == '1' else plural}")
    return f"{', '.join(said[:-1])} or {said[-1]}"


def _base_pairs(m: re.Match[str]) -> tuple[str, str] | None:
    """ "500bp" in a sentence about genes or DNA: base pairs, not basis points (data
    ``[base_pairs]`` of units.toml)."""
    data = load_toml("normalize/units.toml")["base_pairs"]
    if m.group("unit") != data["unit"]:
        return None
    return tuple(data["said"]) if mentions(m.string, frozenset(data["words"])) else None


def _stone(m: re.Match[str]) -> bool:
    """ "14st", "11st": stone, a weight; "21st", "1st": the ordinal English writes so."""
    written = m.group("a")
    return written.isdigit() and not m.group("b") and ordinal_suffix(int(written)) != "st"


def _rate(m: re.Match[str]) -> str | None:
    """ "12/kg": "twelve per kilogram"; a slash before a letter alone is left as written."""
    if len(m.group("per")) < 2:
        return None
    return f"{amount(m.group('a'))} per {units().per[m.group('per')]}"


def _size(m: re.Match[str]) -> str:
    """ "2x8 m2": "two by eight square meters", "a 2 x 4 ft panel" "a two by four-foot panel";
    without a unit, numbers of three or four digits are pixels and said in pairs
    ("1920x1080": "nineteen twenty by ten eighty")."""
    written = [m.group(g) for g in ("a", "b", "c") if m.group(g)]
    if m.group("unit"):
        singular, plural = units().names[m.group("unit")]
        if _COUNT_THEN_MEASURE.fullmatch(m.group(0)) and _PLURAL_NOUN.match(m.string, m.end()):
            return f"{amount(written[0])} {amount(written[1])}-{singular.replace(' ', '-')}"
        if describes_noun(m):
            return " by ".join(map(amount, written)) + "-" + singular.replace(" ", "-")
        return " by ".join(map(amount, written)) + f" {plural}"
    return " by ".join(in_pairs(n) if n.isdigit() and len(n) > 2 else amount(n) for n in written)


_COUNT_THEN_MEASURE = re.compile(r"\d{1,2}\s?[x×]\s[\d.,]+[^\W\d_]+")
"""A count, "x" and a space, then a measure written with its unit attached ("2x 20W drivers"
two twenty-watt drivers, "2 x 500mg tablets"): before a plural noun, no size."""


def _feet_inches(m: re.Match[str]) -> str:
    """5'10\" -> "five feet ten inches"."""
    feet, inches = int(m.group(1)), int(m.group(2))
    feet_words = f"{cardinal(feet)} {'foot' if feet == 1 else 'feet'}"
    return f"{feet_words} {cardinal(inches)} {'inch' if inches == 1 else 'inches'}"


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_YEAR_AFTER_IN = re.compile(r"\b(?:in|since|by|of)\s+(?:1[89]|20)\d\d$")
_FEET_BEFORE = re.compile(r"\d\s?ft\.?\s+$")
_ODDS_AFTER = re.compile(r"[-\s]\d")
_ARTICLE_BEFORE = re.compile(r"(?<![\w])[Aa]n?\s+$")


def _year_then_amount(m: re.Match[str]) -> bool:
    """A range's first number is a year after "in", "since", "by" or "of", and the amount
    after "to" is smaller ("from 15% in 1993 to 26%"); a range of measures rises ("an
    altitude of 2050 to 2100 m", "a weight of 1850 to 2100 kg")."""
    if not _YEAR_AFTER_IN.search(m.string, 0, m.end("a")):
        return False
    second = number_value(m.group("b"))
    return second is None or second < int(m.group("a")[-4:])


def _after_article(m: re.Match[str]) -> bool:
    """A measure after "a" or "an" describes the noun after it ("a 2 m wall")."""
    return bool(_ARTICLE_BEFORE.search(m.string, 0, m.start())) and m.group("a") != "1"


_PLURAL_NOUN = re.compile(r"\s+([a-z]{2,}[^sui\W]s)\b(?!['’-])")


def _plural_noun_after(m: re.Match[str]) -> bool:
    """A unit written right after its number before a plural noun describes it: "3.7V
    batteries" "three point seven-volt batteries", "20kg bags"; not a word of ``not_nouns``
    ending in "s" ("5km towards", "10kg thanks to"), nor a verb before its object ("3km
    separates the two")."""
    if m.group("sep") != "" or m.group("b"):
        return False
    found = _PLURAL_NOUN.match(m.string, m.end())
    if not found or found.group(1) in not_plural_nouns():
        return False
    return not _OBJECT_AFTER.match(m.string, found.end())  # "100g contains 5g": a verb


_OBJECT_AFTER = re.compile(
    r"\s+(?:the\b(?!\s+(?:next|following|same|previous|other)\b)"
    r"|(?:its|their|his|her|our|my|your)\b|\d)"
)
"""What follows a verb in "s" rather than a plural noun: its object ("Just 3km separates the
two armies", "Every 100g contains 5g of sugar"; not a time, "sold 20kg bags the next day",
"20kg bags a week")."""


@cache
def not_plural_nouns() -> frozenset[str]:
    """Words in "s" that are no plural noun (units.toml ``not_nouns``: "towards", "runs")."""
    return frozenset(load_toml("normalize/units.toml")["attributive"]["not_nouns"])


def _next_word(m: re.Match[str]) -> str | None:
    found = _NEXT_WORD.match(m.string, m.end())
    return found.group(1).lower() if found else None


def _ends_clause(m: re.Match[str]) -> bool:
    """A one-letter unit after a space counts only before punctuation or a lower-case word."""
    rest = m.string[m.end() :].lstrip()
    return not rest or not rest[0].isalnum() or rest[0].islower()


def _before_punctuation(m: re.Match[str]) -> bool:
    """ "6 ft 2 in." and "10 in. tall" end with a unit; "5 in total" does not."""
    if m.group(0).endswith("."):
        return True
    rest = m.string[m.end() :].lstrip()
    return not rest or not rest[0].isalnum()
