"""The machinery of normalization: rules find tokens, and each is said in words once.

A rule is a pattern and a function from its match to words. Rules run in order on
the sentence; the text a rule has expanded is masked, so later rules cannot match
inside it, and every expansion keeps its place in the sentence as written. Text
that no rule expands is kept exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

MASK = "\ue000"
"""Stands in for expanded text while later rules run; patterns may name it."""

Speak = Callable[[re.Match[str]], "str | None"]
"""Words for a match, or None to leave the match as written."""
DIGIT = re.compile(r"[\d\u00bc-\u00be\u2150-\u215e]")
"""What a rule for numbers needs in the text before its pattern is worth trying: a digit
or a vulgar fraction ("½")."""


@dataclass(frozen=True)
class Rule:
    """A kind of token: where it is (``pattern``) and how it is said (``speak``)."""

    name: str
    pattern: re.Pattern[str]
    speak: Speak
    needs: re.Pattern[str] | None = None
    """A quick test the text must pass for the pattern to be tried at all (``DIGIT``)."""


@dataclass(frozen=True)
class Expansion:
    """One token of the sentence and the words it is said as."""

    start: int
    """Offset of the token in the sentence (characters)."""
    end: int
    """Offset just past the token."""
    words: str
    rule: str


def numeric(rules: list[Rule]) -> list[Rule]:
    """``rules`` for numbers: each is tried only on text with a digit in it, or on text that
    passes its own quick test if it has one (which must ask for a digit: "\\d\\*")."""
    return [rule if rule.needs is not None else replace(rule, needs=DIGIT) for rule in rules]


def expand(text: str, rules: Iterable[Rule]) -> list[Expansion]:
    """Every token of ``text`` that a rule expands, in reading order, none overlapping."""
    masked = text.replace(MASK, " ")
    found: list[Expansion] = []
    passed: dict[re.Pattern[str], bool] = {}  # each quick test, once per state of the text
    for rule in rules:
        if rule.needs is not None:
            if (ok := passed.get(rule.needs)) is None:
                ok = passed[rule.needs] = rule.needs.search(masked) is not None
            if not ok:
                continue
        new = []
        for match, words in _spoken(rule, masked):
            new.append(Expansion(match.start(), match.end(), words, rule.name))
        if new:
            masked = _masked(masked, new)
            passed.clear()
        found.extend(new)
    return sorted(found, key=lambda e: e.start)


def _spoken(rule: Rule, text: str) -> Iterator[tuple[re.Match[str], str]]:
    """The matches of ``rule`` in ``text`` it has words for, none overlapping. A match it
    declines ("3 ft to 65%": two units) is tried again one character on, so a token inside
    it ("65%") is still found."""
    position = 0
    while (match := rule.pattern.search(text, position)) is not None:
        if match.start() == match.end() or MASK in match.group(0):
            position = max(match.end(), match.start() + 1)
        elif (words := rule.speak(match)) is None:
            position = match.start() + 1
        else:
            yield match, words
            position = match.end()


def _masked(text: str, expansions: list[Expansion]) -> str:
    """``text`` with each expansion's span (in order, none overlapping) masked, in one pass."""
    pieces, position = [], 0
    for item in expansions:
        pieces += [text[position : item.start], MASK * (item.end - item.start)]
        position = item.end
    pieces.append(text[position:])
    return "".join(pieces)


_CLOSING = re.compile(r"[\s\"'”’»)\]]*$")
_AS_GIVEN = frozenset({"lexicon"})
"""Rules whose words are written as a user gave them (a lexicon's respellings): never
capitalized."""
_OPENING = re.compile(r"[\s\"'“‘«(\[]*")
"""What may stand before the first word of a sentence: a token written there with a capital
keeps it ("No. 1 seed lost": "Number one seed lost", "Q3 results": "The third quarter
results"; "200 died": "two hundred died", as written)."""


def render(text: str, expansions: list[Expansion]) -> str:
    """``text`` with every expansion said in words, white space collapsed."""
    text = text.replace(MASK, " ")
    out: list[str] = []
    position = 0
    for item in expansions:
        out.append(text[position : item.start])
        words = item.words
        if out[-1][-1:].isalnum() and words[:1].isalnum():
            words = " " + words
        if text[item.end : item.end + 1].isalnum() and words[-1:].isalnum():
            words += " "
        if _ends_sentence(text, item) and not words.rstrip().endswith((".", "?", "!")):
            words = words.rstrip() + "."
        elif words.endswith(".") and text[item.end : item.end + 1] == ".":
            words = words[:-1]
        if (
            words[:1].islower()
            and item.rule not in _AS_GIVEN
            and text[item.start].isupper()
            and _OPENING.fullmatch(text, 0, item.start)
        ):
            words = words[0].upper() + words[1:]
        out.append(words)
        position = item.end
    out.append(text[position:])
    return " ".join("".join(out).split())


def _ends_sentence(text: str, item: Expansion) -> bool:
    """A token that ends in the sentence's full stop ("Inc." last) keeps the full stop."""
    return text[item.end - 1] == "." and bool(_CLOSING.fullmatch(text, item.end))
