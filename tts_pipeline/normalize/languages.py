"""Sentences in languages other than English: the words a voice should say.

What the language's data (``data/languages/<code>.toml``) knows is said in words: its
abbreviations ("bzw.", "т. е."), those that follow a number ("2023 г.", "5 млн"), and the
day before a month as an ordinal ("am 21. November": "einundzwanzigsten"). Numbers, money
and the rest stay as written for the voice, which reads them in its language (espeak-ng
does, and so do Piper's voices through it). The English rules never run on these.
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize.core import Rule

_LETTER = r"[^\W\d_]"


def abbreviation_pattern(written: list[str], capitals: bool = True) -> re.Pattern[str] | None:
    """A pattern finding any of the ``written`` abbreviations as a whole word; a space after
    an inner full stop is optional ("z. B." finds "z.B."), and with ``capitals`` a first
    letter in lower case may be a capital, as at the start of a sentence."""
    forms = set()
    for form in written:
        forms.add(form)
        if capitals and form[:1].islower():
            forms.add(form[:1].upper() + form[1:])
    if not forms:
        return None
    alternatives = sorted(forms, key=len, reverse=True)
    body = "|".join(_flexible(form) for form in alternatives)
    return re.compile(rf"(?<!{_LETTER})(?:{body})(?!{_LETTER})")


def _flexible(form: str) -> str:
    parts = [re.escape(part) for part in form.split()]
    return r"\s?".join(parts)


def _said(table: dict[str, str]):
    """The words of an abbreviation of ``table`` as found in a text (spaces and case aside;
    capitalized as found), or None."""
    squeezed = {re.sub(r"\s", "", key).lower(): words for key, words in table.items()}

    def say(found: str) -> str | None:
        words = squeezed.get(re.sub(r"\s", "", found).lower())
        if words is None:
            return None
        return (
            words[:1].upper() + words[1:] if found[:1].isupper() and words[:1].islower() else words
        )

    return say


def _spoken(table: dict[str, str]):
    """Words for a match of :func:`abbreviation_pattern` over ``table``'s keys."""
    say = _said(table)
    return lambda match: say(match.group(0).strip())


@cache
def rules(language: str) -> tuple[Rule, ...]:
    """The rules of ``language``, in order: dates, money, words after numbers, abbreviations."""
    from tts_pipeline.resources import language_data

    data = language_data(language)
    found: list[Rule] = []
    dates = data.get("dates", {})
    if dates.get("months") and len(dates.get("ordinal_days", ())) == 31:
        found.append(_day_rule(dates))
    after = data.get("after_numbers", {})
    found += _money_rules(data.get("currencies", {}), after)
    pattern = abbreviation_pattern(list(after))
    if pattern is not None:
        found.append(
            Rule("after numbers", re.compile(rf"(?<=\d)\s?(?:{pattern.pattern})"), _spoken(after))
        )
    table = data.get("abbreviations", {})
    pattern = abbreviation_pattern(list(table))
    if pattern is not None:
        found.append(Rule("abbreviations", pattern, _spoken(table)))
    return tuple(found)


def _money_rules(words: dict[str, str], after: dict[str, str]) -> list[Rule]:
    """A currency sign before its amount goes after it, as it is said ("$5 млн": "5
    мільйонів доларів"), in the language's words where its data has them."""
    from tts_pipeline.resources import load_toml

    signs = "".join(map(re.escape, load_toml("languages.toml")["currency_signs"]))
    scale = abbreviation_pattern(list(after))
    scale_part = rf"(?:\s?(?P<scale>{scale.pattern}))?" if scale else ""
    amount = r"(?P<amount>\d+(?:[.,\u00a0\u202f ]\d+)*)"
    before = re.compile(rf"(?<![\w{signs}])(?P<sign>[{signs}])\s?{amount}{scale_part}(?!\w)")
    say_scale = _said(after)

    def speak_before(match: re.Match[str]) -> str:
        said = [match.group("amount")]
        if match.groupdict().get("scale"):
            said.append(say_scale(match.group("scale")) or match.group("scale"))
        return " ".join([*said, words.get(match.group("sign"), match.group("sign"))])

    rules = [Rule("money", before, speak_before)]
    if words:
        named = "|".join(map(re.escape, words))
        sign_after = re.compile(rf"(?<=\d)\s?(?:{named})(?![\w{signs}])")
        rules.append(Rule("currency", sign_after, lambda m: words[m.group(0).strip()]))
    return rules


def _day_rule(dates: dict) -> Rule:
    months = "|".join(sorted(map(re.escape, dates["months"]), key=len, reverse=True))
    dot = r"\." if dates.get("ordinal_dot") else ""
    pattern = re.compile(rf"(?<![\d.,])(\d{{1,2}}){dot}\s+({months})(?!{_LETTER})", re.IGNORECASE)
    days = dates["ordinal_days"]

    def speak(match: re.Match[str]) -> str | None:
        day = int(match.group(1))
        return f"{days[day - 1]} {match.group(2)}" if 1 <= day <= 31 else None

    return Rule("dates", pattern, speak)
