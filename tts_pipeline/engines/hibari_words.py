"""What hibari is given to say: the script's sentence with two of hibari's misreadings mended.

- A word in capitals that hibari's lexicon lacks is spelled by hibari letter by letter
  ("HIMARS" as "H-I-M-A-R-S"). The script has already spelled every initialism it means
  letter by letter ("F.B.I."), so a word left in capitals is a word ("HIMARS", "NOAA"):
  hibari gets it with only its first letter a capital, which it reads as a word. A sentence
  written in capitals throughout (a headline) and Roman numerals are left as they are.
- Words hibari says wrong ("Xi", "Nguyen", "Huawei") get their phonemes from
  ``data/engines/hibari.toml``, in hibari's ``[word](/phonemes/)`` markup.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Container
from functools import cache

from tts_pipeline.resources import DATA_DIR, load_toml

DATA = "engines/hibari.toml"
_CAPITALS = re.compile(r"(?<![\w.'’\[])[A-Z]{2,}(?=['’]s\b|(?![\w.'’]*\w))")
_WORDS = re.compile(r"\b[A-Za-z]{2,}\b")
_ROMAN = frozenset("IVXLCDM")
_SIBILANTS = frozenset("szʃʒʧʤ")
_VOICELESS = frozenset("ptkfθ")


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
    words = sorted(pronunciations(), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w'’\[])({alternation})(['’]s)?(?![\w'’])")


def prepared(text: str, lexicon: Container[str]) -> str:
    """``text`` as hibari should be given it; ``lexicon``: the words hibari's own lexicon
    reads (its "gold" entries), as written."""
    if pronunciations():
        text = _known_words().sub(_marked, text)
    if _shouting(text):
        return text
    return _CAPITALS.sub(lambda m: _as_word(m[0], lexicon), text)


def _as_word(word: str, lexicon: Container[str]) -> str:
    if set(word) <= _ROMAN or word in lexicon or word.lower() in lexicon:
        return word
    return word.capitalize()


def _marked(m: re.Match[str]) -> str:
    phonemes = pronunciations()[m[1]]
    if m[2]:
        last = phonemes[-1]
        phonemes += "ᵻz" if last in _SIBILANTS else "s" if last in _VOICELESS else "z"
    return f"[{m[0]}](/{phonemes}/)"


def _shouting(sentence: str) -> bool:
    """A sentence in capitals throughout: the script leaves its initialisms unspelled."""
    words = _WORDS.findall(sentence)
    capitals = sum(w.isupper() for w in words)
    return capitals >= 2 and capitals * 2 > len(words)
