"""Street addresses and places: "2788 San Tomas Expy" "twenty-seven eighty-eight San Tomas
Expressway", "1211 E Arques Ave" "twelve eleven East Arques Avenue"; a state or province
after a place and a comma, with its ZIP code digit by digit ("Santa Clara, CA 95051":
"Santa Clara, California nine five zero five one", "Austin, Tex.": "Austin, Texas");
Canadian and British postal codes letter by letter and digit by digit ("K1A 0B6").
The lists are data (``data/normalize/addresses.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import DIGIT, Rule
from tts_pipeline.normalize.patterns import DATE_WORDS, compile_words, token
from tts_pipeline.resources import load_toml

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))"
_DATED_BEFORE = re.compile(rf"\b(?i:{'|'.join(DATE_WORDS)})\s+$")
"""A word that puts a date after it ("on", "since"): a unit and a number a slash apart after
it are a month and a day ("On 3/15 Elm Street residents held a vigil")."""
_ZIP = r"(?P<zip>\d{5}(?:-\d{4})?)"
_PLACE_BEFORE = r"(?<=[a-z.], )"
_POSTAL_CANADA = r"[A-Z]\d[A-Z]\s?\d[A-Z]\d"
_POSTAL_UK = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"


@dataclass(frozen=True)
class _Places:
    suffixes: dict[str, str]
    compass: dict[str, str]
    states: dict[str, str]
    zip_only: frozenset[str]
    abbreviations: dict[str, str]
    before_address: frozenset[str]
    state_names: frozenset[str]


@cache
def _places() -> _Places:
    data = load_toml("normalize/addresses.toml")
    states = dict(data["postal_codes"])
    return _Places(
        suffixes=dict(data["street_suffixes"]),
        compass=dict(data["compass"]),
        states=states,
        zip_only=frozenset(data["zip_only"]["codes"]),
        abbreviations=dict(data["news_abbreviations"]),
        before_address=frozenset(data["before_address"]),
        state_names=frozenset(states.values()),
    )


def _any_case(words) -> str:
    return rf"(?i:{compile_words(words)})"


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    places = _places()
    suffix = rf"(?P<suffix>{_any_case(places.suffixes)})\.?"
    compass = _any_case(places.compass)
    street = (
        rf"(?<![\w.,$£€/-])(?:(?P<unit>\d{{1,4}})/)?(?P<number>\d{{1,5}})(?P<letter>[A-Z])?\s+"
        rf"(?:(?P<dir>{compass})\.?\s+)?"
        rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}?)\s+{suffix}"
        rf"(?:\s+(?P<after>(?i:[NS][EW]))\b)?(?![\w'’-])"
    )
    state_names = compile_words(places.state_names)
    any_state = compile_words([*places.abbreviations, *places.states, *places.state_names])
    numbered = (
        rf"(?<![\w.,$£€-])(?:(?P<dir>{compass})\.?\s+)?(?P<n>\d{{1,3}})(?:st|nd|rd|th)\s+{suffix}"
        r"(?![\w'’-])"
    )
    return [
        Rule("street address", re.compile(street), _street, DIGIT),
        Rule("numbered street", re.compile(numbered), _numbered_street, DIGIT),
        Rule(
            "party and state",
            re.compile(rf"(?:(?<=, )|(?<=\())(?P<party>[DRI])-(?P<state>{any_state})(?=[,)])"),
            _party_state,
        ),
        Rule(
            "state",
            re.compile(
                rf"{_PLACE_BEFORE}(?P<state>{compile_words(places.states)})"
                rf"(?:\s+{_ZIP}(?![\w-])|(?=\s*[^\w\s]|\s*$|\s+{_POSTAL_CANADA}\b))"
            ),
            _state,
        ),
        Rule(
            "state",
            re.compile(rf"{_PLACE_BEFORE}(?P<state>{token(places.abbreviations)})"),
            lambda m: _places().abbreviations[m.group("state")],
        ),
        Rule(
            "zip code",
            re.compile(rf"(?<=, )(?P<state>{state_names})\s+{_ZIP}(?![\w-])"),
            lambda m: f"{m.group('state')} {_digits(m.group('zip'))}",
            DIGIT,
        ),
        Rule(
            "postal code",
            re.compile(rf"(?<![\w-])(?:{_POSTAL_CANADA}|{_POSTAL_UK})(?![\w-])"),
            _postal_code,
            DIGIT,
        ),
    ]


_PARTIES = {"D": "Democrat", "R": "Republican", "I": "independent"}


def _party_state(m: re.Match[str]) -> str:
    """A lawmaker's party and state as news writes them after the name ("Sen. Joe Manchin,
    D-W.Va.," or "(R-TX)"): "Democrat of West Virginia"."""
    places, state = _places(), m.group("state")
    name = places.abbreviations.get(state) or places.states.get(state) or state
    return f"{_PARTIES[m.group('party')]} of {name}"


def _street(m: re.Match[str]) -> str | None:
    places = _places()
    suffix_written = m.group("suffix")
    abbreviated = suffix_written.lower() != places.suffixes[suffix_written.lower()].lower()
    if not suffix_written[:1].isupper() and not abbreviated:
        return None
    if not abbreviated and not _address_context(m):
        return None
    if m.group("unit") and _DATED_BEFORE.search(m.string, 0, m.start()):
        return None  # "On 3/15 Elm Street residents ...": a date, then the street
    words = [numbers.in_pairs(m.group("number"))]
    if m.group("unit"):  # "1/23 Smith St": unit one at twenty-three
        words.insert(0, f"unit {numbers.cardinal(int(m.group('unit')))},")
    if m.group("letter"):
        words.append(m.group("letter"))
    if m.group("dir"):
        words.append(places.compass[m.group("dir").lower()])
    words.append(_ORDINAL.sub(lambda o: numbers.ordinal(int(o.group(1))), m.group("name")))
    words.append(places.suffixes[suffix_written.lower()])
    if m.group("after"):
        words.append(places.compass[m.group("after").lower()])
    said = " ".join(words)
    if m.group(0).endswith(".") and _SENTENCE_AFTER.match(m.string, m.end()):
        said += "."
    return said


def _numbered_street(m: re.Match[str]) -> str | None:
    """ "5th Ave." "fifth Avenue", "W. 42nd St." "West forty-second Street": a numbered
    street with its suffix abbreviated (written in full, the ordinal alone is said)."""
    places = _places()
    written = m.group("suffix")
    if written.lower() == places.suffixes[written.lower()].lower() or not written[0].isupper():
        return None
    if written.lower().startswith("st") and _saint_after(m):
        return None  # "her 2nd St. Patrick's Day": Saint before a name, said by the titles
    words = [places.compass[m.group("dir").lower()]] if m.group("dir") else []
    words += [numbers.ordinal(int(m.group("n"))), places.suffixes[written.lower()]]
    said = " ".join(words)
    if m.group(0).endswith(".") and _SENTENCE_AFTER.match(m.string, m.end()):
        said += "."
    return said


_NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)")


def _saint_after(m: re.Match[str]) -> bool:
    """A name follows the numbered "St." ("her 2nd St. Patrick's Day"), not the word that
    opens a new sentence ("on W. 42nd St. The police came")."""
    name = _NAME_AFTER.match(m.string, m.end())
    starters = load_toml("abbreviations.toml")["sentence_starters"]
    return bool(name) and name.group(1).lower() not in starters


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_SENTENCE_AFTER = re.compile(r"\s+[\"“'‘(]*[A-Z0-9]")
_ORDINAL = re.compile(r"\b(\d{1,4})(?:st|nd|rd|th)\b")


def _address_context(m: re.Match[str]) -> bool:
    """A street written in full is an address after a word such as "at" or "lived", or
    before punctuation; "about 150 Wall Street bankers" is a count."""
    before = _WORD_BEFORE.search(m.string, 0, m.start())
    if before and before.group(1).lower() in _places().before_address:
        return True
    rest = m.string[m.end() :].lstrip()
    return not rest or not rest[0].isalnum()


def _state(m: re.Match[str]) -> str | None:
    places = _places()
    code = m.group("state")
    before_postal_code = re.match(rf"\s+{_POSTAL_CANADA}\b", m.string[m.end() :])
    if code in places.zip_only and not (m.group("zip") or before_postal_code):
        return None
    name = places.states[code]
    return f"{name} {_digits(m.group('zip'))}" if m.group("zip") else name


def _digits(zip_code: str) -> str:
    """ "95051-1234": "nine five zero five one, one two three four"."""
    return ", ".join(numbers.digits(part) for part in zip_code.split("-"))


def _postal_code(m: re.Match[str]) -> str:
    """ "K1A 0B6": "K one A, zero B six"."""
    parts = m.group(0).split()
    if len(parts) == 1:
        parts = [parts[0][:3], parts[0][3:]]
    return ", ".join(" ".join(_character(c) for c in part) for part in parts)


def _character(c: str) -> str:
    return numbers.digits(c) if c.isdigit() else c
