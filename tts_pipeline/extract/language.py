"""Guess the languages a page is written in, to use their chrome words.

The guess's data is ``data/page_languages.toml``.

Not a language detector: a page gets every language it plausibly holds (its chrome may be
in another language than its story), and English besides. Languages with a script of their
own are told by it; those written in Latin script by their most common short words, counted
over the whole start of the page and, apart, over its lines of running text (sentences),
which are the story's more often than its menus, tables or a theme's English buttons are.
An HTML page's declared language (``<html lang>``) is used when its text bears it out.
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
_SENTENCE_END = re.compile(r"[.!?:;…。！？।»«\"“”'’)]\s*$")


@dataclass(frozen=True)
class _Data:
    always: tuple[str, ...]
    script_share: float
    word_share: float
    prose_words: int
    prose_lines: int
    line_weight: int
    prose_share: float
    declared_share: float
    scripts: tuple[tuple[re.Pattern, tuple[str, ...]], ...]
    words: dict[str, str]
    """Language of each common word (a word of two languages belongs to neither)."""
    aliases: dict[str, str]
    """A declared code's language in the data (``nb``: ``no``)."""


@dataclass(frozen=True)
class _Evidence:
    scripts: set[str]
    """Languages of the scripts that hold a share of the letters."""
    script_letters: Counter[str]
    """Letters of each language's scripts (Japanese: kanji and kana; Chinese: hanzi)."""
    letters: int
    counts: Counter[str]
    """Common words of each language, over the whole sample..."""
    words: int
    prose_counts: Counter[str]
    """...and the words of its lines of running text, each line's counted for the language
    of most of its common words (a long cookie banner weighs as one paragraph)."""
    prose_words: int
    prose_lines: int
    """Lines of running text with common words."""


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
        prose_words=data["prose_words"],
        prose_lines=data["prose_lines"],
        line_weight=data["line_weight"],
        prose_share=data["prose_share"],
        declared_share=data["declared_share"],
        scripts=tuple(scripts),
        words=words,
        aliases=dict(data["aliases"]),
    )


def guess_languages(text: str, declared: str | None = None) -> tuple[str, ...]:
    """ISO 639-1 codes of the languages ``text`` plausibly holds, sorted; with ``declared``
    (the page's ``<html lang>``) when the text bears it out."""
    data = _data()
    evidence = _evidence(text)
    found = set(data.always) | evidence.scripts
    for counts, words, share in (
        (evidence.counts, evidence.words, data.word_share),
        (evidence.prose_counts, evidence.prose_words, data.prose_share),
    ):
        if counts:
            found.add(counts.most_common(1)[0][0])
            found.update(code for code, n in counts.items() if n >= share * words)
    code = _plausible(declared, evidence)
    if code:
        found.add(code)
    return tuple(sorted(found))


def main_language(text: str, declared: str | None = None) -> str | None:
    """The ISO 639-1 code of the language most of ``text`` is written in: the language of a
    script of its own that holds half its letters or more, else the language of most of
    the common words of its running text (of the whole text when it has little running
    text); ``declared`` (the page's ``<html lang>``) when the text bears it out and it has
    half as many common words as that language; None when nothing tells."""
    data = _data()
    evidence = _evidence(text)
    main = _by_script(evidence, half=True)
    if main is None:
        counts = evidence.counts
        if evidence.prose_lines >= data.prose_lines:
            counts = evidence.prose_counts
        main = counts.most_common(1)[0][0] if counts else _by_script(evidence, half=False)
    code = _plausible(declared, evidence)
    if code and (main is None or _outweighs(code, main, evidence)):
        return code
    return main


def declared_language(tree) -> str | None:
    """The language an HTML page declares (``<html lang="de-DE">``: ``de``), if any."""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else None
    lang = root.get("lang") or root.get("xml:lang") if root is not None else None
    if not lang:
        return None
    code = lang.strip().lower()[:2]
    return _data().aliases.get(code, code)


def _plausible(declared: str | None, evidence: _Evidence) -> str | None:
    """``declared`` when the page's text bears it out: it is written in the language's
    script, or a share of its words are the language's common words (a site's template
    often says ``en`` over a story in another language)."""
    if not declared:
        return None
    from tts_pipeline.extract.patterns import languages

    if declared not in languages():
        return None
    if declared in evidence.scripts:
        return declared
    hits = evidence.counts.get(declared, 0)
    return declared if evidence.words and hits >= _data().declared_share * evidence.words else None


def _outweighs(code: str, main: str, evidence: _Evidence) -> bool:
    """The declared ``code`` may stand for the guessed ``main``: the same script tells them
    apart no better (Chinese and Japanese hanzi), or it has half as many common words."""
    if code in evidence.scripts and main in evidence.scripts:
        return evidence.script_letters[code] * 2 >= evidence.script_letters[main]
    counts = evidence.counts
    return counts.get(code, 0) * 2 >= counts.get(main, 0)


def _by_script(evidence: _Evidence, half: bool) -> str | None:
    """The language with the most letters in its scripts (the first listed on a tie); with
    ``half``, only when they are half the letters or more."""
    if not evidence.script_letters:
        return None
    code, letters = evidence.script_letters.most_common(1)[0]
    if half and letters * 2 < evidence.letters:
        return None
    return code


@lru_cache(maxsize=8)
def _evidence(text: str) -> _Evidence:
    """What the start of ``text`` says of its languages."""
    data = _data()
    sample = text[:SAMPLE_CHARS]
    scripts: set[str] = set()
    script_letters: Counter[str] = Counter()
    letters = len(_NOT_LETTER.sub("", sample))
    for script, codes in data.scripts:
        in_script = len(script.findall(sample))
        for code in codes:
            script_letters[code] += in_script
        if letters and in_script >= data.script_share * letters:
            scripts.update(codes)
    script_letters = Counter({code: n for code, n in script_letters.items() if n})
    words = _WORD.findall(sample.lower())
    prose_counts: Counter[str] = Counter()
    prose_words = prose_lines = 0
    for line in sample.lower().split("\n"):
        line_words = _WORD.findall(line)
        if len(line_words) < data.prose_words or not _SENTENCE_END.search(line):
            continue
        votes = Counter(data.words[w] for w in line_words if w in data.words)
        if votes:  # the line's language, for as many words as a paragraph's at most
            weight = min(len(line_words), data.line_weight)
            prose_counts[votes.most_common(1)[0][0]] += weight
            prose_words += weight
            prose_lines += 1
    return _Evidence(
        scripts=scripts,
        script_letters=script_letters,
        letters=letters,
        counts=Counter(data.words[w] for w in words if w in data.words),
        words=len(words),
        prose_counts=prose_counts,
        prose_words=prose_words,
        prose_lines=prose_lines,
    )
