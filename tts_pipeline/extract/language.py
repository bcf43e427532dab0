"""Guess the languages a page is written in, to use their chrome words.

The guess's data is ``data/page_languages.toml``.

Not a language detector: a page gets every language it plausibly holds (its chrome may be
in another language than its story), and English besides. Languages with a script of their
own are told by it; those written in Latin script by their most common short words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

SAMPLE_CHARS = 30_000
"""How much of a page the guess reads."""
_WORD = re.compile(r"[^\W\d_]+")
_NOT_LETTER = re.compile(r"[\W\d_]+")


@dataclass(frozen=True)
class _Data:
    always: tuple[str, ...]
    script_share: float
    word_share: float
    scripts: tuple[tuple[re.Pattern, tuple[str, ...]], ...]
    words: dict[str, str]
    """Language of each common word (a word of two languages belongs to neither)."""


@lru_cache(maxsize=1)
def _data() -> _Data:
    from tts_pipeline.resources import load_toml

    data = load_toml("page_languages.toml")
    scripts = []
    for script in data["scripts"].values():
        ranges = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in script["ranges"])
        scripts.append((re.compile(f"[{ranges}]"), tuple(script["languages"])))
    owners: dict[str, set[str]] = {}
    for code, words in data["words"].items():
        for word in words:
            owners.setdefault(word, set()).add(code)
    words = {word: codes.pop() for word, codes in owners.items() if len(codes) == 1}
    return _Data(
        always=tuple(data["always"]),
        script_share=data["script_share"],
        word_share=data["word_share"],
        scripts=tuple(scripts),
        words=words,
    )


def guess_languages(text: str) -> tuple[str, ...]:
    """ISO 639-1 codes of the languages ``text`` plausibly holds, sorted."""
    data = _data()
    scripts, counts, words = _evidence(text)
    found = set(data.always) | scripts
    if counts:
        found.add(counts.most_common(1)[0][0])
        found.update(code for code, n in counts.items() if n >= data.word_share * words)
    return tuple(sorted(found))


def main_language(text: str) -> str | None:
    """The ISO 639-1 code of the language most of ``text`` is written in: a language of a
    script of its own that holds a share of its letters, else the language of most of its
    common words; None when neither tells."""
    scripts, counts, _ = _evidence(text)
    if scripts:
        return min(scripts)
    return counts.most_common(1)[0][0] if counts else None


def _evidence(text: str) -> tuple[set[str], Counter[str], int]:
    """What the start of ``text`` says of its languages: those of the scripts that hold a
    share of its letters, the count of its common words by language, and its words."""
    data = _data()
    sample = text[:SAMPLE_CHARS]
    scripts: set[str] = set()
    letters = len(_NOT_LETTER.sub("", sample))
    for script, codes in data.scripts:
        if letters and len(script.findall(sample)) >= data.script_share * letters:
            scripts.update(codes)
    words = _WORD.findall(sample.lower())
    return scripts, Counter(data.words[w] for w in words if w in data.words), len(words)
