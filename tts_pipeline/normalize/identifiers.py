"""Numbers that name something rather than count it: a court's docket number ("No.
19-1234" "number nineteen dash twelve thirty-four", not a range), a flight's number
("flight UA 328" "U.A. three twenty-eight"), an aircraft's model ("Boeing 787-9", "737
MAX"), a product's four-digit model after its name in capitals ("RTX 3080" "thirty
eighty"), an emergency number where it is called ("call 911" "nine one one"), a version
("2.1.3" "two point one point three", "PM2.5", "v2.0" "version two point zero"), a room
("Suite 3300" "thirty-three hundred"). The words that tell them are data
(``data/normalize/identifiers.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.acronyms import say_letters
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.labels import is_quantity_before_unit
from tts_pipeline.normalize.patterns import amount, compile_words
from tts_pipeline.resources import load_toml

_AFTER = r"(?![\w]|[.,]\d|-\d)"


_JUNCTION = re.compile(r"(?<![\w-])J(?P<n>\d{1,2})(?P<letter>[a-z]?)(?![\w-]|[.,]\d)")
"""A motorway's junction written short, British style: "J10", "J4a"."""


@cache
def _name_after() -> re.Pattern[str]:
    """A word after "J1" that makes it a name's code (``junction_name_words``)."""
    return re.compile(rf"\s+(?:{compile_words(_data()['junction_name_words'])})\b")


@cache
def _road() -> re.Pattern[str]:
    """What makes "J10" a junction: a motorway or an A road in the sentence, or a word of
    one (``road_words``)."""
    words = compile_words(_data()["road_words"])
    return re.compile(rf"\b(?:[MA]\d{{1,4}}(?:\(M\))?\b|(?i:{words})\b)")


def _junction(m: re.Match[str]) -> str | None:
    """ "on the M25 between J10 and J11" "between junction ten and junction eleven"; "J10" in
    a sentence with no road is a code, left to the rules for codes, and so is one before a
    word of a name's code ("the J1 League"); before a place it serves ("J19 Knutsford") it
    is a junction."""
    if not _road().search(m.string) or _name_after().match(m.string, m.end()):
        return None
    letter = f" {m.group('letter').upper()}" if m.group("letter") else ""
    return f"junction {numbers.cardinal(int(m.group('n')))}{letter}"


@cache
def _data() -> dict:
    return load_toml("normalize/identifiers.toml")


def rules() -> list[Rule]:
    """The rules of this module, in the order they run; before abbreviations and numbers."""
    data = _data()
    return numeric(
        [
            Rule("book number", _ISBN, _book_number),
            Rule(
                "docket number",
                re.compile(
                    r"(?P<no>\bNos?\.?\s)(?P<a>\d{2})-(?:(?P<kind>[a-z]{2,3})-)?(?P<b>\d{3,5})"
                    + _AFTER
                ),
                _docket,
            ),
            Rule("aircraft model", _aircraft_pattern(data), _aircraft),
            Rule(
                "flight number",
                re.compile(
                    rf"(?P<word>\b(?:{compile_words(data['flight_words'])})\s)"
                    r"(?:(?P<code>[A-Z]{2})\s)?(?P<n>\d{3,4})" + _AFTER
                ),
                _flight,
            ),
            Rule("motorway junction", _JUNCTION, _junction, re.compile(r"J\d")),
            Rule("subsection", _SUBSECTION, _subsection),
            Rule(
                "room number",
                re.compile(
                    rf"(?P<word>(?<![\w.])(?:{compile_words(data['rooms'])})\s)(?P<n>[1-9]\d{{2,3}})"
                    + _AFTER
                ),
                _room,
            ),
            Rule(
                "model after capitals",
                re.compile(r"(?P<name>\b[A-Z]{2,5}\s)(?P<n>\d{4})" + _AFTER),
                _model_after_capitals,
            ),
            Rule("emergency number", _emergency_pattern(data), _emergency),
            Rule(
                "version",
                re.compile(r"(?<=\s)(?P<v>\d+(?:\.\d+)+)(?![\w]|\.\d)"),
                lambda m: _version(m) if _after_version_word(m) else None,
            ),
            Rule(
                "version",
                re.compile(r"(?<![\w.])[vV](?P<v>\d+(?:\.\d+)+)(?![\w]|\.\d)"),
                lambda m: (
                    ("" if _VERSION_BEFORE.search(m.string, 0, m.start()) else "version ")
                    + _version(m)
                ),
            ),
            Rule(
                "processor model",
                re.compile(
                    r"(?<![\w-])i(?P<tier>[3579])-(?P<n>\d{4,5})(?P<letters>[A-Z]{0,2})(?![\w-])"
                ),
                _processor,
                re.compile(r"i[3579]-\d"),
            ),
            Rule(
                "season and episode",
                re.compile(r"(?<![\w-])S(?P<s>\d{1,2})E(?P<e>\d{1,3})(?![\w-])"),
                lambda m: (
                    f"season {numbers.cardinal(int(m.group('s')))}, "
                    f"episode {numbers.cardinal(int(m.group('e')))}"
                ),
                re.compile(r"S\d{1,2}E\d"),
            ),
            Rule(
                "aperture",
                re.compile(r"(?<![\w/])f/(?P<n>\d{1,2}(?:\.\d)?)(?![\w/]|[.,]\d)"),
                lambda m: f"f {amount(m.group('n'))}",
                re.compile(r"f/\d"),
            ),
            Rule(
                "IEEE standard",
                re.compile(
                    r"(?<![\w.])802\.(?P<n>\d{1,2})(?P<letters>[a-z]{1,3}|[A-Z])?(?![\w]|\.\d)"
                ),
                _ieee_standard,
                re.compile(r"802\."),
            ),
            Rule(
                "version",
                re.compile(
                    r"(?<![\w.])(?P<letters>[A-Z]{1,3}\.?)?(?P<v>\d+(?:\.\d+){2,})(?![\w]|\.\d)"
                ),
                _version,
            ),
            Rule(
                "letters and decimal",
                re.compile(r"(?<![\w.])(?P<letters>[A-Z]{1,3})(?P<v>\d+\.\d+)(?![\w]|\.\d)"),
                _version,
            ),
        ]
    )


def _processor(m: re.Match[str]) -> str:
    """ "i7-13700K" "i seven thirteen seven hundred K": an Intel Core chip's tier, then its
    generation (the first two of five digits) and its number in hundreds ("9900K" "ninety-nine
    hundred K"), then its letters, spelled if more than one."""
    n = m.group("n")
    model = (
        numbers.in_pairs(n)
        if len(n) == 4
        else f"{numbers.cardinal(int(n[:2]))} {numbers.in_pairs(n[2:])}"
    )
    words = f"i {numbers.cardinal(int(m.group('tier')))} {model}"
    if letters := m.group("letters"):
        words += " " + (say_letters(letters) if len(letters) > 1 else letters)
    return words


_VERSION_BEFORE = re.compile(r"\b[Vv]ersion\s+$")
"""A word "version" before "v2.3.1", which is then not said twice."""


_STANDARD_AROUND = (re.compile(r"\bIEEE\s*$"), re.compile(r"\s+(?:standards?|spec|protocol)\b"))


def _ieee_standard(m: re.Match[str]) -> str | None:
    """ "802.11ax" "eight oh two dot eleven A.X.": a network standard of the IEEE's 802
    family, its letters spelled; without letters only after "IEEE" or before "standard"
    ("the 802.11 standard"; "802.50" is a price)."""
    before, after = _STANDARD_AROUND
    if not m.group("letters") and not (
        before.search(m.string, 0, m.start()) or after.match(m.string, m.end())
    ):
        return None
    words = f"eight oh two dot {numbers.cardinal(int(m.group('n')))}"
    if letters := m.group("letters"):
        words += " " + (
            "".join(f"{c}." for c in letters.upper()) if len(letters) > 1 else letters.upper()
        )
    return words


_ISBN = re.compile(r"(?<![\w.,-])\d{1,5}(?:[- ]\d{1,7}){2,3}[- ][\dX](?![\w-]|[.,]\d)")
"""A book's number in hyphenated groups: 13 digits from 978 or 979, or 10 or 13 after "ISBN"."""
_ISBN_LABEL = re.compile(r"\bISBN(?:-?1[03])?:?\s*$")


def _book_number(m: re.Match[str]) -> str | None:
    """ "978-1-4028-9462-6": each group digit by digit, a pause between groups."""
    groups = re.split(r"[- ]", m.group(0))
    digits = "".join(groups)
    labelled = _ISBN_LABEL.search(m.string, 0, m.start()) is not None
    if not (
        (labelled and len(digits) in (10, 13))
        or (len(digits) == 13 and digits[:3] in ("978", "979") and "X" not in digits)
    ):
        return None
    return ", ".join(
        " ".join(say_letters(c) if c == "X" else numbers.digits(c) for c in g) for g in groups
    )


def _aircraft_pattern(data: dict) -> re.Pattern[str]:
    """A model number after a maker ("Boeing 787-9", "Porsche 911"), before "MAX" ("737 MAX
    8"), or a Boeing model after "the", "a" or "its" before a variant or an aircraft's noun."""
    makers = compile_words([*data["aircraft_makers"], *data["car_makers"]])
    nouns = compile_words(data["aircraft_nouns"])
    after_article = r"(?:(?<=\b[Tt]he\s)|(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Ii]ts\s))"
    boeing = rf"(?=7[0-8]7(?:-(?:[1-9]00|\d)\b|s?\s(?i:{nouns})\b))"
    return re.compile(
        rf"(?:(?P<maker>\b(?:{makers})\s)|(?<![\w.,-])(?=\d{{3}}[\s-](?:MAX|Max)\b)"
        rf"|{after_article}{boeing})"
        r"(?P<model>[1-9]\d{2})(?:-(?P<variant>\d{1,3}))?(?P<plural>s)?"
        r"(?P<max>[\s-](?:MAX|Max)\b(?P<maxes>s)?)?" + _AFTER
    )


def _emergency_pattern(data: dict) -> re.Pattern[str]:
    """An emergency number after a word of calling ("call 999", "call NHS 111"; not "called
    101 times") or before a word of the call ("a 999 call")."""
    emergency = compile_words(data["emergency_numbers"])
    verbs = compile_words(data["call_before"])
    after = compile_words(data["call_after"])
    return re.compile(
        rf"(?:(?<![\w.,-])(?i:(?P<verb>{verbs})\s)(?P<via>[A-Z]{{2,5}}\s)?"
        rf"(?P<n>{emergency})(?![\w]|[.,]\d|\s+times\b)"
        rf"|(?<![\w.,-])(?P<m>{emergency})(?=[\s-](?i:{after})\b))"
    )


def _docket(m: re.Match[str]) -> str:
    number = "numbers" if m.group("no").startswith("Nos") else "number"
    kind = f"{say_letters(m.group('kind').upper())} dash " if m.group("kind") else ""
    said = f"{numbers.cardinal(int(m.group('a')))} dash {kind}{numbers.in_pairs(m.group('b'))}"
    return f"{number} {said}"


_TALLY = re.compile(r"\b([A-Z][\w'’-]*)\s\d{1,4}(?=,|\s+and\b|\s*[.;]?$)")
"""A name and a number in a list ("Red Bull 589, Ferrari 406 and Mercedes 382")."""
TALLY_MIN_OTHERS = 2
"""Fewest other names with their numbers in the sentence that make a maker's number a tally."""


def _tally(m: re.Match[str]) -> bool:
    """A car maker's number is a team's points ("Ferrari 406 points"), or one of a list of
    names and numbers in which ``TALLY_MIN_OTHERS`` names or more are no maker ("Red Bull
    589, Ferrari 406 and Mercedes 382": a table of standings, not a model)."""
    maker = (m.group("maker") or "").strip()
    if maker not in _data()["car_makers"]:
        return False
    points = compile_words(_data()["points_words"])
    if re.match(rf"\s+(?:{points})\b", m.string[m.end() :]):
        return True  # "Ferrari 406 points"
    makers = set(_data()["car_makers"]) | {
        w for name in _data()["car_makers"] for w in name.split()
    }
    others = [t for t in _TALLY.finditer(m.string) if t.group(1) not in makers]
    return len(others) >= TALLY_MIN_OTHERS and bool(_TALLY.match(m.string, m.start("maker")))


def _aircraft(m: re.Match[str]) -> str | None:
    if _tally(m):
        return None  # "Red Bull 589, Ferrari 406 and Mercedes 382": points
    words = numbers.in_pairs(m.group("model"))
    if m.group("variant"):
        words += " " + numbers.cardinal(int(m.group("variant")))
    if m.group("plural") and not m.group("max"):
        words = numbers.plural_words(words)
    if m.group("max"):
        words += " Maxes" if m.group("maxes") else " Max"
    return (m.group("maker") or "") + words


def _flight(m: re.Match[str]) -> str | None:
    """ "flight 1549" "flight fifteen forty-nine", "Train 2417"; not a verb's count ("will
    train 2417 nurses")."""
    if m.group("word").strip() in _data()["verbs_too"] and not _noun_after().search(
        m.string, 0, m.start()
    ):
        return None
    code = f"{say_letters(m.group('code'))} " if m.group("code") else ""
    return f"{m.group('word')}{code}{numbers.in_pairs(m.group('n'))}"


@cache
def _noun_after() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{compile_words(_data()['noun_after'])})\s+$")


_SUBSECTION = re.compile(
    r"(?<![\w.])(?P<n>\d{1,4})(?P<parts>(?:\([0-9]{1,3}\)|\([a-z]{1,4}\))+)(?!\w)"
)
_ROMAN_PART = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
}


@cache
def _subsection_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:{compile_words(_data()['subsection_words'])})\s?$")


def _subsection(m: re.Match[str]) -> str | None:
    """ "s. 5(2)(a)" "five two A", "Section 230(c)(1)" "two thirty C one": a part of a law
    and its subsections, after a word of a law's parts ("he won 7-6(5)" is no law's)."""
    if not _subsection_word().search(m.string, max(0, m.start() - 12), m.start()):
        return None
    n = m.group("n")
    said = [numbers.in_pairs(n) if len(n) > 2 else numbers.cardinal(int(n))]
    letter_before = False
    for part in re.findall(r"\((\w+)\)", m.group("parts")):
        if part.isdigit():
            said.append(numbers.cardinal(int(part)))
        elif part in _ROMAN_PART and (letter_before or len(part) > 1):
            said.append(numbers.cardinal(_ROMAN_PART[part]))  # "(a)(ii)": "A two"
        else:
            said.append(say_letters(part.upper()))
        letter_before = part.isalpha()
    return " ".join(said)


def _model_after_capitals(m: re.Match[str]) -> str | None:
    """ "RTX 3080" "R.T.X. thirty eighty"; a year stays a year ("FIFA 2022")."""
    number = m.group("n")
    if number.startswith("0") or 1000 <= int(number) <= 2100:
        return None
    return f"{say_letters(m.group('name').strip())} {numbers.in_pairs(number)}"


def _room(m: re.Match[str]) -> str | None:
    """ "Room 101" "Room one oh one", "Section 230" "Section two thirty"; not a length
    ("a section 250 metres long")."""
    if is_quantity_before_unit(m):
        return None
    return f"{_room_word(m.group('word'))} {numbers.in_pairs(m.group('n'))}"


def _room_word(written: str) -> str:
    """ "Ste. " "Suite": a room's word in full."""
    word = written.strip()
    return _data()["rooms_said"].get(word, word)


def _emergency(m: re.Match[str]) -> str:
    if m.group("verb"):
        via = say_letters(m.group("via").strip()) + " " if m.group("via") else ""
        return f"{m.group('verb')} {via}{numbers.digits(m.group('n'))}"
    return numbers.digits(m.group("m"))


def _after_version_word(m: re.Match[str]) -> bool:
    """Whether "version" or a program's name stands right before the number ``m``, and no
    unit after it ("Android 71.45 percent" is a share)."""
    return bool(_version_word().search(m.string, 0, m.start())) and not is_quantity_before_unit(m)


@cache
def _version_word() -> re.Pattern[str]:
    words = compile_words(load_toml("normalize/identifiers.toml")["version_words"])
    return re.compile(rf"(?<![\w.])(?:{words})\s$")


def _version(m: re.Match[str]) -> str:
    """ "2.1.3" "two point one point three", "B.1.1.7" "B point one point one point seven"."""
    parts = m.group("v").split(".")
    said = " point ".join(
        numbers.cardinal(int(p)) if len(p) < 4 else numbers.digits(p) for p in parts
    )
    letters = (m.groupdict().get("letters") or "").rstrip(".")
    if not letters:
        return said
    joiner = " point " if m.group("letters").endswith(".") else " "
    return f"{say_letters(letters)}{joiner}{said}"
