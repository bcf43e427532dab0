"""Money: "$5.2 billion", "€3 million", "£250", "$1.50", "US$5bn", "¥30 b", "$5-10 million",
"$250-$300", "USD 300", "500 zł", "$350/yr", "$/barrel", "49p", "99c". Said with the
currency's words after the amount: "five point two billion dollars", "one dollar and fifty
cents", "three hundred fifty dollars per year". Currencies are data
(``data/normalize/currencies.toml``), and so are the units of a rate
(``data/normalize/units.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tts_pipeline.normalize import measures, numbers
from tts_pipeline.normalize.core import DIGIT, Rule
from tts_pipeline.normalize.patterns import (
    NUM,
    RANGE_DASH,
    amount,
    changed_to,
    compile_words,
    ungrouped,
)
from tts_pipeline.normalize.temperatures import about_temperature
from tts_pipeline.resources import load_toml


@dataclass(frozen=True)
class Currency:
    one: str
    many: str
    cent: str | None = None
    cents: str | None = None


@cache
def _data() -> tuple[dict[str, Currency], dict[str, Currency], dict[str, Currency], dict]:
    data = load_toml("normalize/currencies.toml")
    before: dict[str, Currency] = {}
    codes: dict[str, Currency] = {}
    after: dict[str, Currency] = {}
    for entry in data["currency"].values():
        currency = Currency(entry["one"], entry["many"], entry.get("cent"), entry.get("cents"))
        before.update(dict.fromkeys(entry.get("symbols", []), currency))
        codes.update(dict.fromkeys(entry.get("codes", []), currency))
        after.update(dict.fromkeys(entry.get("after", []), currency))
    return before, codes, after, data["scales"]


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    before, codes, after, scales = _data()
    symbol = compile_words([*before, *codes])
    words = [s for s in scales if len(s) > 1]
    letters = [s for s in scales if len(s) == 1]
    scale = (
        rf"(?:[\s-]?(?:{compile_words(words)})|(?:{compile_words(scales)})"
        rf"|\s(?:{compile_words(letters)})(?![^\W_]|\.\w))(?![^\W_])"
    )
    per = rf"(?:/(?P<per>{measures.per_pattern()})(?![^\W_]))?"
    amount_ = rf"(?P<a>{NUM})(?P<sa>{scale})?"
    second = rf"(?:(?P<cur2>{symbol})\s?)?(?P<b>{NUM})(?P<sb>{scale})?"
    # an amount may run into a British rate written short ("£1,200pcm"), said by words.py
    rates = compile_words(load_toml("normalize/abbreviations.toml")["after_amount"])
    tail = (
        rf"(?:(?:{RANGE_DASH}|\s+to\s+){second})?{per}"
        rf"(?!(?!(?:{rates})(?![^\W_]))[\w]|[.,]\d)"
    )
    return [
        Rule(
            "money",
            re.compile(
                rf"(?:(?<![^\s(\[])(?P<lead>[-−]))?"
                rf"(?<![\w$])(?P<cur>{symbol})\s?(?P<neg>[-−])?{amount_}{tail}"
                rf"(?P<named>\s+(?:{compile_words(_named())})(?![\w'’]))?"
            ),
            _money,
            DIGIT,
        ),
        Rule(
            "money named",
            re.compile(
                rf"(?<![\w.,$£€¥])(?P<a>\d+\.\d\d)\s(?P<cur>{compile_words(_with_cents_named())})"
                r"(?![\w'’])"
            ),
            lambda m: say_amount(m.group("a"), None, _with_cents_named()[m.group("cur")]),
            re.compile(rf"\d\s(?:{compile_words(_with_cents_named())})"),
        ),
        Rule(
            "money after",
            re.compile(
                rf"(?<![\w.,]){amount_}(?:{RANGE_DASH}(?P<b>{NUM})(?P<sb>{scale})?)?"
                rf"\s?(?P<cur>{compile_words([*codes, *after])})(?![\w]){per}"
            ),
            _money,
            DIGIT,
        ),
        Rule(
            "pence and cents",
            re.compile(
                r"(?<![\w.,$£€¥])(?P<a>\d{1,2}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{3,4}\.\d+"
                r"|[1-9]\d{2}(?=p))(?P<coin>[pc])(?![\w'’]|\.\w)"
            ),
            _coins,
            DIGIT,
        ),
        Rule(
            "currency per unit",
            re.compile(rf"(?<![\w$])(?P<cur>{symbol})/(?P<per>{measures.per_pattern()})(?![^\W_])"),
            _currency_per,
            re.compile("/"),
        ),
    ]


@cache
def _named() -> list[str]:
    """The last words of every currency's name ("dollars", "euro", "yen"): written after an
    amount with its sign ("$25 million dollars") they are said once."""
    data = load_toml("normalize/currencies.toml")["currency"]
    return sorted({e[key].split()[-1] for e in data.values() for key in ("one", "many")})


@cache
def _with_cents_named() -> dict[str, Currency]:
    """Currencies whose name written after an amount with two decimals says its cents
    ("5.50 dollars" "five dollars and fifty cents"; data ``cents_after_name``)."""
    data = load_toml("normalize/currencies.toml")
    found = {}
    for key in data["cents_after_name"]:
        entry = data["currency"][key]
        found[entry["many"]] = Currency(entry["one"], entry["many"], entry["cent"], entry["cents"])
    return found


def _currency(written: str) -> Currency:
    before, codes, after, _ = _data()
    return before.get(written) or codes.get(written) or after[written]


def _money(m: re.Match[str]) -> str | None:
    words = _amounts(m)
    if words and (m.groupdict().get("neg") or m.groupdict().get("lead")):
        words = f"minus {words}"
    currency = _currency(m.group("cur"))
    end, rest = _other_name(m, currency)
    if words and words.endswith(f" {currency.many}") and _describes(m, end):
        words = words.removesuffix(currency.many) + currency.one
    if words and m.group("per"):
        words += f" per {measures.per_word(m.group('per'))}"
    return words + rest if words else words


def _other_name(m: re.Match[str], currency: Currency) -> tuple[int, str]:
    """Where the amount ends, and the word after it the match took that is no name of its
    own currency, given back as written: "$25 million dollars" says "dollars" once, while
    "a $5 million real estate deal" keeps "real" (the name of Brazil's currency, a word
    too) and its noun after it."""
    named = m.groupdict().get("named")
    if not named or named.split()[0] in (currency.one.split()[-1], currency.many.split()[-1]):
        return m.end(), ""
    return m.start("named"), named


def _coins(m: re.Match[str]) -> str | None:
    """ "49p" "forty-nine pence", "99c" "ninety-nine cents", "1p" "one penny"; "c" in a
    sentence about temperature is left to the rule for measures."""
    if m.group("coin") == "c" and about_temperature(m.string):
        return None
    if m.group("a").isdigit() and int(m.group("a")) in _picture_heights():
        return None  # "720p": a video's lines
    one, many = ("penny", "pence") if m.group("coin") == "p" else ("cent", "cents")
    return f"{amount(m.group('a'))} {one if m.group('a') == '1' else many}"


@cache
def _picture_heights() -> frozenset[int]:
    return frozenset(load_toml("normalize/currencies.toml")["picture_heights"])


_ARTICLE_BEFORE = re.compile(r"(?<![\w])[Aa]n?\s+(?:\w+(?:-\w+)+,\s+)?$")
""""a" before an amount, or before a word with hyphens and a comma before it ("a two-year,
$5 million contract")."""
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")


def _describes(m: re.Match[str], end: int) -> bool:
    """An amount between "a" and a noun describes it, in the singular: "a $5 billion deal"
    is "a five billion dollar deal", "a £1,000 bonus" "a one thousand pound bonus"; so does
    one after "the" or a possessive before a word that is no verb's and begins no clause
    ("the $5 billion fund"; not "the $5 billion was spent", "the $40 billion pledged"), and
    one joined by a hyphen to words before a noun ("a $5-a-month fee"), and one after "a"
    and a word of its length ("a two-year, $5 million contract")."""
    if m.group("per"):
        return False
    joined = _HYPHEN_WORDS_AFTER.match(m.string, end)
    if joined:  # "a $5-a-month fee", "$15-an-hour wages"; not "earns £350,000-a-week."
        word = joined.group(1)
        return word not in _words_after_no_noun() and word not in _not_nouns_after_the()
    if _named_noun_after().match(m.string, end):  # "the £50,000 Booker Prize"
        return bool(
            _ARTICLE_BEFORE.search(m.string, 0, m.start())
            or _DETERMINER_BEFORE.search(m.string, 0, m.start())
        )
    after = _NOUN_AFTER.match(m.string, end)
    if not after or after.group(1) in _words_after_no_noun():
        return False
    if _ARTICLE_BEFORE.search(m.string, 0, m.start()):
        return True
    word = after.group(1)
    determiner = _DETERMINER_BEFORE.search(m.string, 0, m.start())
    if not determiner or (determiner.group(1) or "").lower() in _after_the_data()[2]:
        return False  # "it's $2 million short": no possessive
    return (
        not word.endswith("ed")
        and word not in _not_nouns_after_the()
        and not _verb_with_object(m.string, after.end())
    )


_HYPHEN_WORDS_AFTER = re.compile(r"(?:-[a-z]+)+\s+([a-z]+)\b")
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|(\w+)['’]s)\s+$"
)


@cache
def _after_the_data() -> tuple[frozenset[str], re.Pattern[str], frozenset[str]]:
    data = load_toml("normalize/currencies.toml")
    objects = compile_words(data["verb_objects"])
    signs = {
        char
        for currency in data["currency"].values()
        for symbol in currency.get("symbols", [])
        for char in symbol
        if not char.isalnum() and char not in ".'’"
    }
    return (
        frozenset(data["not_nouns_after_the"]),
        re.compile(rf"\s+(?:(?:{objects})\b|[\d{re.escape(''.join(sorted(signs)))}])"),
        frozenset(data["not_possessives"]),
    )


@cache
def _named_noun_after() -> re.Pattern[str]:
    """One to three words in capitals ending in a noun a sum describes ("Booker Prize")."""
    nouns = compile_words(load_toml("normalize/currencies.toml")["named_nouns"])
    return re.compile(rf"\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{nouns})\b")


def _not_nouns_after_the() -> frozenset[str]:
    return _after_the_data()[0]


def _verb_with_object(text: str, end: int) -> bool:
    """The word ending at ``end`` is a verb's "-s" form with its object after it ("includes
    $350 billion", "covers the cost"), not a plural noun ("checks went out")."""
    word = text[text.rfind(" ", 0, end) + 1 : end]
    plain = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return plain and bool(_after_the_data()[1].match(text, end))


@cache
def _words_after_no_noun() -> frozenset[str]:
    """Words after an amount that show it describes no noun ("a $5 billion or more")."""
    return frozenset(load_toml("normalize/currencies.toml")["not_nouns"])


def _currency_per(m: re.Match[str]) -> str:
    """ "$/barrel": "dollars per barrel"."""
    return f"{_currency(m.group('cur')).many} per {measures.per_word(m.group('per'))}"


def _amounts(m: re.Match[str]) -> str | None:
    scales = _data()[3]
    currency = _currency(m.group("cur"))
    first_scale = _scale(m.group("sa"), scales)
    second = m.group("b")
    if second is None:
        return say_amount(m.group("a"), first_scale, currency)
    second_scale = _scale(m.group("sb"), scales)
    last = say_amount(second, second_scale, currency)
    if changed_to(m, bool(m.groupdict().get("cur2"))):  # "rose by $5 to $50": each said whole
        return f"{say_amount(m.group('a'), first_scale, currency)} to {last}"
    if "." in m.group("a") + second and not (first_scale or second_scale):
        return f"{say_amount(m.group('a'), first_scale, currency)} to {last}"
    if first_scale == second_scale or not first_scale:
        return f"{amount(m.group('a'))} to {last}"
    return f"{amount(m.group('a'))} {first_scale} to {last}"


def _scale(written: str | None, scales: dict) -> str | None:
    return scales[written.strip(" -")] if written else None


def say_amount(written: str, scale: str | None, currency: Currency) -> str:
    """ "5.2", "billion" -> "five point two billion dollars"; "1.50" (or "1.5") -> "one
    dollar and fifty cents"."""
    if scale:
        return f"{amount(written)} {scale} {currency.many}"
    whole, _, fraction = ungrouped(written).partition(".")
    if len(fraction) > 2 and not fraction[2:].strip("0"):
        fraction = fraction[:2]
    if len(fraction) == 1:  # "$20.5": a price written short, twenty dollars and fifty cents
        fraction += "0"
    if len(fraction) == 2 and currency.cent:
        return _with_cents(int(whole or "0"), int(fraction), currency)
    unit = currency.one if written == "1" else currency.many
    return f"{amount(written)} {unit}"


def _with_cents(whole: int, cents: int, currency: Currency) -> str:
    cent_words = f"{numbers.cardinal(cents)} {currency.cent if cents == 1 else currency.cents}"
    if whole == 0:
        return cent_words
    whole_words = f"{numbers.cardinal(whole)} {currency.one if whole == 1 else currency.many}"
    return whole_words if cents == 0 else f"{whole_words} and {cent_words}"
