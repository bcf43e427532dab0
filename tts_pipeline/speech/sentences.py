"""Sentences of a paragraph in a language other than English.

``sentencex`` (Wikimedia's segmenter, about 300 languages, offline) cuts; then, as for
English, a wrong merge is better than a wrong split: a cut is undone before a word in lower
case ("т. е. инфляция"), after an abbreviation of the language ("bzw.", "z. B.", "p. ex.",
from ``data/languages/<code>.toml``) unless it is one that may end a sentence and a capital
follows ("usw. Die"), after an initial or a title ("M. Dupont", "Г. Иванов"), between a
day written with a full stop and its month, and after any such number where the language
writes its ordinals so ("am 3. Oktober", "im 19. Jh.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tts_pipeline.normalize.languages import abbreviation_pattern

_OPENING = re.compile(r"[(\[\"“‘'«„]*(.)")
_INITIAL = re.compile(r"(?:^|\s)[(\[\"“‘'«„]*[^\W\d_]\.$")
_DAY = re.compile(r"(?:^|\s)\d{1,2}\.$")
_FIRST_WORD = re.compile(r"[(\[\"“‘'«„]*([^\W\d_]+)")


@dataclass(frozen=True)
class _Language:
    keeps: re.Pattern[str] | None
    """Abbreviations that never end a sentence, at the end of a text."""
    may_end: re.Pattern[str] | None
    """Abbreviations that end one when a capital follows, at the end of a text."""
    endings: re.Pattern[str] | None
    """The same anywhere, with the white space after them."""
    months: frozenset[str]
    ordinal_dot: bool
    """A number of one or two digits with a full stop is an ordinal (German)."""


def split_other(paragraph: str, language: str) -> list[str]:
    """The sentences of ``paragraph`` (white space collapsed), in ``language``."""
    from sentencex import segment

    text = " ".join(paragraph.split())
    if not text:
        return []
    rules = _language(language)
    sentences: list[str] = []
    for piece in segment(language, text):
        piece = piece.strip()
        if not piece:
            continue
        if sentences and _continues(sentences[-1], piece, rules):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return [part for sentence in sentences for part in _cut_after_endings(sentence, rules)]


def _cut_after_endings(sentence: str, rules: _Language) -> list[str]:
    """``sentence`` cut after each abbreviation that ends a sentence before a capital
    ("usw. Die", "и т. д. Переговоры"), which the segmenter keeps together."""
    if rules.endings is None:
        return [sentence]
    parts, start = [], 0
    for match in rules.endings.finditer(sentence):
        first = _OPENING.match(sentence, match.end())
        if first and first.group(1).isupper():
            parts.append(sentence[start : match.end()].strip())
            start = match.end()
    return [*parts, sentence[start:].strip()]


def _continues(before: str, after: str, rules: _Language) -> bool:
    """Whether ``after`` goes on the sentence ``before`` rather than starting one."""
    first = _OPENING.match(after)
    starts_lower = bool(first) and first.group(1).islower()
    if starts_lower or not before.endswith("."):
        return starts_lower
    if rules.may_end and rules.may_end.search(before):
        return not (first and first.group(1).isupper())
    if rules.keeps and rules.keeps.search(before):
        return True
    if _INITIAL.search(before):
        return True
    if not _DAY.search(before):
        return False
    word = _FIRST_WORD.match(after)
    return rules.ordinal_dot or bool(word and word.group(1).lower() in rules.months)


@cache
def _language(language: str) -> _Language:
    from tts_pipeline.resources import language_data

    data = language_data(language)
    written = [*data.get("abbreviations", {}), *data.get("after_numbers", {})]
    ending = set(data.get("ends_sentence", ()))
    dotted = [w for w in written if w.endswith(".") and w not in ending]
    anywhere = abbreviation_pattern(sorted(ending), capitals=False)  # "г." ends, "Г." is a name
    return _Language(
        keeps=_at_end(dotted),
        may_end=_at_end(sorted(ending), capitals=False),
        endings=re.compile(rf"(?:{anywhere.pattern})\s+") if anywhere else None,
        months=frozenset(m.lower() for m in data.get("dates", {}).get("months", ())),
        ordinal_dot=bool(data.get("dates", {}).get("ordinal_dot")),
    )


def _at_end(written: list[str], capitals: bool = True) -> re.Pattern[str] | None:
    pattern = abbreviation_pattern(written, capitals)
    return re.compile(f"(?:{pattern.pattern})$") if pattern else None
