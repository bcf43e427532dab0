"""What hibari is given to say: the script's sentence with two of hibari's misreadings mended.

- A word in capitals that hibari's lexicon lacks is spelled by hibari letter by letter
  ("HIMARS" as "H-I-M-A-R-S"). The script has already spelled every initialism it means
  letter by letter ("F.B.I."), so a word left in capitals is a word ("HIMARS", "NOAA"):
  hibari gets it with only its first letter a capital, which it reads as a word. Roman
  numerals are left; in a sentence written in capitals throughout (a headline, where the
  script spells nothing) only English words are ("RAIDS", not "FBI").
- Words hibari says wrong ("Xi", "Nguyen", "Huawei", "lead pipes") get their phonemes from
  ``data/engines/hibari.toml``, in hibari's ``[word](/phonemes/)`` markup.
- A possessive of an initialism ("the U.S.'s allies") gets its own syllable or voicing:
  hibari adds a bare "s" to the letters ("U.S.s", "F.B.I.s").
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from typing import Protocol

from tts_pipeline.resources import DATA_DIR, load_toml

DATA = "engines/hibari.toml"
_CAPITALS = re.compile(r"(?<![\w.'’\[])[A-Z]{2,}(?=['’]s\b|(?![\w.'’]*\w))")
_WORDS = re.compile(r"\b[A-Za-z]{2,}\b")
_ROMAN = frozenset("IVXLCDM")
_INITIALISM_POSSESSIVE = re.compile(r"(?<![\w.\[])((?:[A-Z]\.){2,})['’]s\b")
_SIBILANTS = frozenset("szʃʒʧʤ")
_VOICELESS = frozenset("ptkfθ")


class OwnLexicon(Protocol):
    """hibari's own lexicon: a word as written -> its phonemes, None when it lacks it."""

    def get(self, word: str) -> object: ...


@cache
def pronunciations() -> dict[str, str]:
    """Word as written -> hibari's phonemes for it."""
    return dict(load_toml(DATA)["pronunciations"])


@cache
def data_digest() -> str:
    """A short hash of the pronunciation data, for the engine's cache identity."""
    return hashlib.sha256((DATA_DIR / DATA).read_bytes()).hexdigest()[:12]


@cache
def _known_words() -> re.Pattern[str]:
    """A key with a capital matches as written; one in lower case in any capitals."""
    exact = [w for w in pronunciations() if w != w.lower()]
    folded = [w for w in pronunciations() if w == w.lower()]
    parts = [_alternation(exact)] if exact else []
    parts += [f"(?i:{_alternation(folded)})"] if folded else []
    return re.compile(rf"(?<![\w'’\[])({'|'.join(parts)})(['’]s)?(?![\w'’])")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def prepared(text: str, lexicon: OwnLexicon, more: OwnLexicon | None = None) -> str:
    """``text`` as hibari should be given it; ``lexicon``: hibari's own ("gold") entries,
    ``more``: its lesser ("silver") ones."""
    if pronunciations():
        text = _known_words().sub(_marked, text)
    text = _INITIALISM_POSSESSIVE.sub(lambda m: _possessive(m, lexicon), text)
    if _shouting(text):
        return _CAPITALS.sub(lambda m: _headline_word(m[0], lexicon, more or {}), text)
    return _CAPITALS.sub(lambda m: _as_word(m[0], lexicon), text)


def _as_word(word: str, lexicon: OwnLexicon) -> str:
    if set(word) <= _ROMAN or lexicon.get(word) or lexicon.get(word.lower()):
        return word
    return word.capitalize()


def _headline_word(word: str, lexicon: OwnLexicon, more: OwnLexicon) -> str:
    """In a sentence in capitals, where the script spells nothing: a word hibari would spell
    is given as a word only when it is an English word ("RAIDS", "RESIGNS"), so that
    initialisms ("FBI", "UPS") stay letters."""
    lower = word.lower()
    if _as_word(word, lexicon) == word or not (more.get(lower) or _inflected(lower, lexicon)):
        return word
    return word.capitalize()


def _inflected(word: str, lexicon: OwnLexicon) -> bool:
    """An ending on a word hibari knows, the stem at least three letters: "resigns", "voted"."""
    for ending in ("s", "es", "ed", "d", "ing"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and lexicon.get(stem):
            return True
    return False


def _marked(m: re.Match[str]) -> str:
    words = pronunciations()
    phonemes = words.get(m[1]) or words[" ".join(m[1].split()).lower()]
    return f"[{m[0]}](/{phonemes + _ending(phonemes) if m[2] else phonemes}/)"


def _possessive(m: re.Match[str], lexicon: OwnLexicon) -> str:
    """The letters as hibari says them (stress on the last), and the possessive's ending."""
    letters = [lexicon.get(c) for c in m[1].replace(".", "")]
    if not all(isinstance(p, str) and p for p in letters):
        return m[0]
    head, _, tail = "".join(letters).replace("ˈ", "ˌ").rpartition("ˌ")
    phonemes = f"{head}ˈ{tail}" if head or tail else "".join(letters)
    return f"[{m[0]}](/{phonemes}{_ending(phonemes)}/)"


def _ending(phonemes: str) -> str:
    """The possessive "'s" after ``phonemes``: "ᵻz" after a hiss, "s" after a voiceless stop."""
    last = phonemes[-1]
    return "ᵻz" if last in _SIBILANTS else "s" if last in _VOICELESS else "z"


def _shouting(sentence: str) -> bool:
    """A sentence in capitals throughout: the script leaves its initialisms unspelled."""
    words = _WORDS.findall(sentence)
    capitals = sum(w.isupper() for w in words)
    return capitals >= 2 and capitals * 2 > len(words)
