"""Read an author's name out of a byline or a line next to the dateline."""

from __future__ import annotations

import re
import unicodedata

from tts_pipeline.extract.dates import find_date
from tts_pipeline.extract.patterns import patterns

NAME_MAX_WORDS = 5
"""Most words of a person's name."""
CASELESS_NAME_MAX_WORDS = 3
"""Most words of a name in a script without case, after a byline prefix."""
CREDIT_MAX_WORDS = 10
"""Longest line giving an author's name and affiliation ("Jane Doe, Reuters")."""

_PARTICLE = r"(?:de|da|van|von|der|den|del|della|di|du|le|la|al|bin|ibn|dos|das)"
"""Lower-case particles inside names ("Ludwig van Beethoven")."""
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω"
"""Capital letters of the Latin, Cyrillic and Greek scripts."""
_NAME_WORD = rf"(?:[{_UPPER}][\w'’.-]*|{_PARTICLE}(?=\s+[{_UPPER}]))"
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{NAME_MAX_WORDS}}}")
_TAIL = re.compile(
    r"\s*[|,·•–—/(]\s*|\s+-\s+|\s+(?:on|at|updated|published|in|for|and)\b|\s*@", re.IGNORECASE
)
_HANDLE = re.compile(r"@\w+")
_NAME_LIST = re.compile(r"\s*[·,]\s*")
_GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
"""Where two words were glued together by a page dump ("HiltzikBusiness")."""


def byline_author(text: str, anywhere: bool = False) -> str | None:
    """The author's name of a byline ("By Jane Doe | May 5, 2020"), or None.

    With ``anywhere``, the byline may follow other words ("Posted on May 5 by Jane Doe").
    """
    match = patterns().byline.match(text)
    if match:
        rest = match.group("rest")
        name = leading_name(rest)
        if name is not None:
            return name if _named(rest, name) else None
        return _caseless_name(rest)
    match = patterns().byline_suffix.match(text.strip())
    if match and all(_caseless(name) for name in _NAME_LIST.split(match.group("name"))):
        return match.group("name")
    if anywhere:
        for match in patterns().byline_inside.finditer(text):
            name = leading_name(match.group("rest"))
            if name:
                return name
    return None


def _named(rest: str, name: str) -> bool:
    """``name``, read after a byline prefix from ``rest``, is a person's or an agency's name,
    not the start of a sentence: it does not begin with a particle ("Von der Pflicht sind
    ausgenommen"), a name of several words is not followed by a sentence's rest in lower-case
    words ("By Public Health England officials were told ..."), and a name of one word ends
    the line or comes before a separator or a date ("Von Eulen inspirierte Flügel" is a
    headline: "owl-inspired wings")."""
    if name[0].islower():
        return False
    after = rest.strip()[len(name) :]
    if " " in name:
        # a separator or a byline's joining word after it ("By Jane Roe, who covers the
        # courts", "By Maria De La Cruz for the news team") describes the author or names
        # another, whatever its words; a bracket may open a sentence's aside ("(OSS) ein und")
        separated = _TAIL.match(after) is not None and not after.lstrip().startswith("(")
        return separated or not _goes_on_as_sentence(after, NAMES_TAIL_MIN_WORDS)
    if not after.strip():
        return True
    if _TAIL.match(after):
        return not _goes_on_as_sentence(after)
    found = find_date(after)
    return found is not None and not after[: found.span[0]].strip(" .,:;|-–—")


SENTENCE_TAIL_MIN_WORDS = 3
"""Lower-case words after a one-word name that make the line a sentence, with its end."""
NAMES_TAIL_MIN_WORDS = 4
"""Lower-case words after a name of several words that make the line a sentence, with its
end (a byline of two names may end "und Peter Schmidt aus der Redaktion.")."""
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


def _goes_on_as_sentence(after: str, min_lower: int = SENTENCE_TAIL_MIN_WORDS) -> bool:
    """What follows a one-word name is a sentence's rest, not a byline's ("By Monday, most
    residents had left."): lower-case words up to a sentence's end, and no date."""
    if not _SENTENCE_END.search(after) or find_date(after) is not None:
        return False
    lower = sum(word[0].islower() for word in after.split() if word[0].isalpha())
    return lower >= min_lower


def leading_name(text: str) -> str | None:
    """The name at the start of ``text``, cut before a date, a separator or a handle."""
    found = find_date(text)
    if found:
        text = text[: found.span[0]]
    text = _TAIL.split(text.strip(), maxsplit=1)[0]
    match = _NAME.match(text.strip())
    if not match:
        return None
    words: list[str] = []
    for word in match.group(0).strip(" .").split():
        parts = _GLUED.split(word)
        words.append(parts[0])
        if len(parts) > 1:
            break
    name = " ".join(words)
    return name if len(name) > 1 else None


def _caseless_name(text: str) -> str | None:
    """The name after a byline prefix in a script without case ("بقلم سارة الخطيب"): one to
    ``CASELESS_NAME_MAX_WORDS`` words of such letters, none a function word, up to a date or
    a separator, and nothing else."""
    found = find_date(text)
    if found:
        text = text[: found.span[0]]
    name = _TAIL.split(text.strip(" -–—|,·•"), maxsplit=1)[0].strip()
    words = name.split()
    if not 1 <= len(words) <= CASELESS_NAME_MAX_WORDS:
        return None
    stop = patterns().stop_words  # "كتب محمد في رسالته" is a sentence: "Mohammed wrote in..."
    if any(not _caseless(word) or word in stop for word in words):
        return None
    return name


def _caseless(word: str) -> bool:
    """A word of letters of scripts without case (Arabic, CJK, Hangul, Devanagari), with
    their combining marks (Devanagari's vowel signs)."""
    letters = [c for c in word if unicodedata.category(c)[0] != "M"]
    return bool(letters) and all(
        c.isalpha() and not c.islower() and not c.isupper() for c in letters
    )


def is_name(text: str) -> bool:
    """``text`` is only a person's name (two to five capitalised words) or an agency."""
    if patterns().agencies.fullmatch(text.strip().lower()):
        return True
    name = leading_name(text)
    if name is None or name != text.strip() or not 2 <= len(name.split()) <= NAME_MAX_WORDS:
        return False
    return name.split()[0].lower() not in patterns().not_names


def credit_name(text: str) -> str | None:
    """The person a credit line names: "Jane Doe", "Jane Doe, Reuters", "Jane Doe and
    John Roe | Staff"; None for any other line."""
    text = _HANDLE.sub("", text).strip()
    name = leading_name(text)
    if not name or not is_name(name) or len(text.split()) > CREDIT_MAX_WORDS:
        return None
    rest = text[len(name) :].lstrip()
    if not rest or rest[0] in ",|–—-(/" or rest.lower().startswith(("and ", "& ")):
        return name
    return None
