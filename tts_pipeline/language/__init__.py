"""The article's language, decided once, right after extraction, and carried on the Article.

The text decides (fastText's small model, :mod:`.detect`), helped by what the page
declares (:mod:`.declared`): a page's language stands unless its text clearly says
otherwise. ``--language`` overrides both. Segmentation, normalization, the framing and the
choice of voice read ``Article.language``.

May import only the shared root modules (models, errors, resources); the model is loaded on
first use, so ``--help`` never pays for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tts_pipeline.errors import InputError
from tts_pipeline.language.declared import declared_language, primary_language
from tts_pipeline.models import Article, Document

__all__ = [
    "LanguageDecision",
    "decide_language",
    "describe",
    "given_language",
    "primary_language",
    "with_language",
]

DEFAULT_LANGUAGE = "en"
"""When neither the page nor its text tells (no letters at all)."""
SHORT_TEXT = 200
"""Characters below which a text is short: a headline and a line can fool the model ("The
meeting is on Nov. 21." looks German to it)."""
TEXT_OVERRULES_PAGE = 0.9
"""How sure the model must be of another language than the page declares to overrule it;
a short text never does."""
TEXT_MIN_SCORE = 0.5
"""Without a page's word, how sure the model must be for the text to decide..."""
SHORT_TEXT_MIN_SCORE = 0.9
"""... and for a short text; below, the default language."""
SHORT_TEXT_MIN_WORDS = 5
"""Words a short text needs to decide at all: the model is sure of nonsense on a few words
("Mon., Feb. 5" is German to it, at 0.99)."""
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class LanguageDecision:
    """The language an article is read in, and where that came from."""

    language: str
    """ISO 639-1 code (``de``), or the detector's code for a language without one."""
    source: str
    """``option`` (--language), ``page`` (declared), ``text`` (detected), ``page and text``
    (both agree) or ``default``."""
    declared: str | None = None
    detected: str | None = None
    score: float | None = None
    """The detector's confidence in ``detected``, 0 to 1."""


def decide_language(
    article: Article, document: Document | None = None, override: str | None = None
) -> LanguageDecision:
    """The article's language: ``override`` if given, else the text and the page together."""
    if override is not None:
        return LanguageDecision(given_language(override), "option")
    from tts_pipeline.language.detect import guess_language

    declared = _canonical(declared_language(document)) if document else None
    text = "\n".join([article.title or "", *article.paragraphs])
    guess = guess_language(text)
    detected = _canonical(guess.language) if guess else None
    score = round(guess.score, 3) if guess else None
    found = {"declared": declared, "detected": detected, "score": score}
    if detected and declared == detected:
        return LanguageDecision(detected, "page and text", **found)
    short = len(text) < SHORT_TEXT
    if declared and (short or not guess or guess.score < TEXT_OVERRULES_PAGE):
        return LanguageDecision(declared, "page", **found)
    if short and len(_WORD.findall(text)) < SHORT_TEXT_MIN_WORDS:
        return LanguageDecision(DEFAULT_LANGUAGE, "default", **found)
    if detected and guess and guess.score >= (SHORT_TEXT_MIN_SCORE if short else TEXT_MIN_SCORE):
        return LanguageDecision(detected, "text", **found)
    return LanguageDecision(DEFAULT_LANGUAGE, "default", **found)


def given_language(code: str) -> str:
    """The language the user gave (``de-AT`` -> ``de``); InputError if it is none."""
    canonical = _canonical(code)
    if canonical is None:
        raise InputError(f"--language {code!r}: not a language code; give one such as de")
    return canonical


def with_language(
    article: Article, document: Document | None = None, override: str | None = None
) -> Article:
    """``article`` with its language decided (see :func:`decide_language`)."""
    decision = decide_language(article, document, override)
    return replace(article, language=decision.language, language_source=decision.source)


SOURCES = {
    "option": "as given",
    "page": "as the page says",
    "text": "detected from the text",
    "page and text": "as the page and its text say",
    "default": "as neither the page nor its text tells",
}


def describe(language: str | None, source: str | None) -> str:
    """``German (de), detected from the text``."""
    from tts_pipeline.resources import language_name

    return f"{language_name(language or DEFAULT_LANGUAGE)}, {SOURCES.get(source or '', 'as given')}"


def _canonical(code: str | None) -> str | None:
    """The primary subtag, with old or macro codes mapped to the ones voices use (``no`` ->
    ``nb``, ``iw`` -> ``he``), as ``data/languages.toml`` lists them."""
    from tts_pipeline.resources import load_toml

    primary = primary_language(code)
    return load_toml("languages.toml")["aliases"].get(primary, primary) if primary else None
