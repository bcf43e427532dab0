"""Abbreviations said in full: titles before names ("Gen." General), words after names
("Jr." Junior, "Inc." Incorporated), words before numbers ("No. 1" number one), Latin and
other abbreviations ("e.g." for example); and fixed terms said their own way ("401(k)"
four oh one k). The lists are data (``data/normalize/abbreviations.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import DIGIT, MASK, Rule
from tts_pipeline.normalize.patterns import compile_words, token
from tts_pipeline.normalize.scores import unless_score
from tts_pipeline.resources import load_toml


@cache
def _data() -> dict[str, dict[str, str]]:
    """The sections of abbreviations.toml; a key in lower case also matches capitalized,
    as at the start of a sentence ("Approx. 300": "Approximately three hundred")."""
    data = {name: dict(table) for name, table in load_toml("normalize/abbreviations.toml").items()}
    lower_only = set(data.pop("lower_case_only")["keys"])
    data["before_amount"] = {key: "" for key in data["before_amount"]["keys"]}
    for section in ("before_number", "anywhere"):
        table = data[section]
        for key, value in list(table.items()):
            if key[:1].islower() and key not in lower_only:
                table.setdefault(key[:1].upper() + key[1:], value[:1].upper() + value[1:])
    return data


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    data = _data()
    return [
        Rule("fixed term", re.compile(token(data["terms"])), unless_score(_look("terms")), DIGIT),
        Rule(
            "after ordinal",
            re.compile(
                rf"(?<=\d(?:st|nd|rd|th)\s)(?:{compile_words(data['after_ordinal'])})"
                r"(?![^\W_])"
            ),
            _look("after_ordinal"),
            re.compile(r"\d(?:st|nd|rd|th)\s"),
        ),
        Rule(
            "before year",
            re.compile(rf"{token(data['before_year'])}(?=\s?{_YEAR})"),
            _look("before_year"),
            re.compile(r"(?i:\best)"),
        ),
        Rule(
            "before number",
            re.compile(
                rf"{token(data['before_number'])}(?=\s?\d)"
                rf"|(?<![\w.])(?:{compile_words(_before_amount(data))})"
                rf"(?=\d|\s?{MASK})"
            ),
            _look("before_number"),
            re.compile(rf"[\d{MASK}]"),
        ),
        Rule(
            "before roman",
            re.compile(
                rf"(?<![\w.])(?P<word>{compile_words(_numbering(data))})"
                rf"\s(?P<numeral>{_NUMERAL})"
            ),
            _before_roman,
            re.compile(r"\.\s[IVXLC]"),
        ),
        Rule(
            "party after a name",
            re.compile(rf"\((?<=\w\s\()(?P<party>{compile_words(data['party_after_name'])})\)"),
            _party,
            re.compile(r"\s\([A-Z][a-zA-Z ]{0,6}\)"),
        ),
        Rule(
            "title",
            re.compile(
                rf"{token(data['titles'])}(?=\s+(?:[A-Z{MASK}]|\(|(?:and|&)\s+{token(data['titles'])})"
                r"|-(?:elect|designate)\b)"
            ),
            _title,
        ),
        Rule("after name", re.compile(token(data["after_name"])), _after_name),
        Rule(
            "after amount",
            re.compile(rf"(?<={MASK})\s?(?:{compile_words(data['after_amount'])})(?![^\W_]|\.\w)"),
            lambda m: " " + data["after_amount"][m.group(0).strip()],
            re.compile(MASK),
        ),
        Rule(
            "after determiner",
            re.compile(
                rf"(?:(?<=\b[Tt]he\s)|(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Ii]ts\s)"
                rf"|(?<=\b[Tt]heir\s)|(?<=\b[Hh]is\s)|(?<=\b[Hh]er\s)|(?<=\b[Oo]ur\s))"
                rf"(?:{compile_words(data['after_determiner'])})(?=\s[a-z])"
            ),
            _look("after_determiner"),
            re.compile(rf"(?:{compile_words(data['after_determiner'])})(?!\w)"),
        ),
        Rule(
            "month alone",
            re.compile(
                rf"(?<![\w-])(?:{compile_words(data['month_alone_after']['words'])})[\s-]?"
                rf"(?P<month>{compile_words(data['month_alone'])})"
                r"(?=\s*(?:[,;:)!?]|$)|\s+(?:[a-z]|\d{4}\b))"
            ),
            _month_alone,
            re.compile(r"(?:Jan|Feb|Apr|Ju[nl]|Aug|Sept?|Oct|Nov|Dec)(?![a-z])"),
        ),
        Rule(
            "concentration",
            re.compile(rf"(?<={MASK}\s)(?:{compile_words(data['concentrations'])})(?![\w/])"),
            _concentration,
            re.compile(r"[wv]/[wv]"),
        ),
        Rule("abbreviation", re.compile(token(data["anywhere"])), _look("anywhere")),
        Rule("versus", _VERSUS, lambda m: "versus"),
    ]


_YEAR = r"(?:1\d|20)\d\d(?![\w,.]\w|\s+[a-z])"
"""A year after "est.": four digits that end the clause ("est. 1890, the firm"; not "est.
1500 people", "est. 1,500")."""

_VERSUS = re.compile(rf"(?<=[A-Za-z\d{MASK}] )v(?= [A-Z\d])")
"""A lower-case "v" alone between two names or numbers: a court case or a match, as British
news writes them ("Roe v Wade", "England v Australia", "4 v 4")."""


_NUMERAL = r"(?:[IVXLC]{2,}|[VX]|I(?=[.,;:)]|\s+of\b|$))(?![\w'’-])"
"""A Roman numeral after a word written short that numbers ("Art. IV", "Vol. II"); "I" alone
only before punctuation or "of" ("I saw Art. I liked it")."""


def _numbering(data: dict[str, dict[str, str]]) -> list[str]:
    """Keys of ``before_number`` capitalized with a full stop ("Art.", "Vol.", "No.")."""
    return [k for k in data["before_number"] if k[0].isupper() and k[-1] == "."]


def _before_roman(m: re.Match[str]) -> str | None:
    """ "Art. IV" -> "article four"."""
    value = numbers.roman_value(m.group("numeral"))
    if not value:
        return None
    return f"{_data()['before_number'][m.group('word')]} {numbers.cardinal(value)}"


def _before_amount(data: dict[str, dict[str, str]]) -> list[str]:
    """Keys of ``before_number`` said before an amount already said ("No. $5": a full
    stop's keys and those of ``before_amount``, capitalized too)."""
    extra = data["before_amount"]
    return [k for k in data["before_number"] if k[-1] == "." or k.lower() in extra]


_WORD_AFTER = re.compile(r"\s+[a-z]")


@cache
def _titled_name() -> re.Pattern[str]:
    """A title, then one to three words of a name, at the end of the text before a party."""
    data = _data()
    titles = [*data["titles"], *data["party_titles"]["titles_in_full"]]
    return re.compile(rf"{token(titles)}\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}$")


@cache
def _positions() -> re.Pattern[str]:
    """A caption's place in brackets ("(L)", "(centre)") or "from left"."""
    data = _data()["party_titles"]
    words = compile_words(data["positions"])
    phrases = compile_words(data["position_phrases"])
    return re.compile(rf"\((?i:{words})\)|\b(?i:{phrases})\b")


def _party(m: re.Match[str]) -> str | None:
    """ "Gov. Ann Lee (D) signed" "(Democrat)": a party's letters in brackets after a name
    with a title; after any other word they stay ("Plan (D) failed"), and in a caption that
    places people ("Gov. Ann Lee (R) with Mayor Tom Hale (L)") "(R)" is the right."""
    if not _titled_name().search(m.string, max(0, m.start() - 80), m.start()):
        return None
    if _positions().search(m.string):
        return None
    return f"({_data()['party_after_name'][m.group('party')]})"


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _month_alone(m: re.Match[str]) -> str | None:
    """ "in Oct, up 6%" "in October": the month in full after the word of time as written;
    not after "the" ("the late Jan, who died"), and a month that is a given name too
    (``[month_alone_names]``) only before punctuation or a year ("Since Jan left", "until
    Jun was ten" stay)."""
    month = m.group("month")
    if _THE_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return None
    if month in _data()["month_alone_names"]["names"] and _WORD_AFTER.match(m.string, m.end()):
        return None
    return m.group(0)[: m.start("month") - m.start()] + _data()["month_alone"][month]


_MIXTURE_WORD = re.compile(r"[a-z]+")
MIXTURE_REACH = 2
"""Words on either side of an amount and its "w/w" that may name the mixture ("a 5% w/w
solution", "a solution of 5% w/w", "water at 5% w/w"); further off, a word of a mixture
is about something else ("Alcohol sales rose 4% w/w")."""


def _concentration(m: re.Match[str]) -> str | None:
    """ "a 5% w/w solution" "weight by weight", "70% v/v" "volume by volume": a
    concentration's measure after an amount; "w/w" only with a word of a mixture
    (``mixture_words``) within ``MIXTURE_REACH`` words of it, else it is week on week
    ("Sales rose 2% w/w")."""
    data = _data()
    written = m.group(0)
    if written.lower() == "w/w":
        before = _MIXTURE_WORD.findall(m.string[: m.start()].lower())[-MIXTURE_REACH:]
        after = _MIXTURE_WORD.findall(m.string[m.end() :].lower())[:MIXTURE_REACH]
        if not set(data["mixture_words"]["words"]).intersection(before + after):
            return None
    return data["concentrations"][written]


def _look(section: str):
    def speak(m: re.Match[str]) -> str:
        return _data()[section][m.group(0)]

    return speak


_NAME_BEFORE = re.compile(rf"(?:[A-Z][\w'’.-]*|\d+|&|{MASK}),?\s+$")


_BRACKET_AFTER = re.compile(r"\s+\(")


def _title(m: re.Match[str]) -> str | None:
    """A title before a name, or before a bracket ("Gen. (ret.) Jane Roe"); not one before a
    bracket after a name, a street's ("Main St (near the station)", "Park Dr (off Route 9)")."""
    if _BRACKET_AFTER.match(m.string, m.end()) and _NAME_BEFORE.search(m.string, 0, m.start()):
        return None
    return _data()["titles"][m.group(0)]


def _after_name(m: re.Match[str]) -> str | None:
    if not _NAME_BEFORE.search(m.string, 0, m.start()):
        return None
    return _data()["after_name"][m.group(0)]
