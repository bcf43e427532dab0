"""Turn a sentence as written into the words a voice should say, for any engine.

Rules run in a fixed order, each on the text no earlier rule has taken (see
:mod:`.core`): a lexicon's words first, then web addresses, telephone numbers, street
addresses and places, dates, times, money, measures, abbreviations and fixed terms, codes
and serials ("F-16s", "B2A23C"), Roman numerals, plain numbers, words in capitals, and
symbols last. What no rule takes is kept exactly as written. docs/normalization.md lists
the classes and where this house style differs from others on purpose. These rules are
English: a sentence in another language gets that language's rules (:mod:`.languages`).

May import only the shared root modules (errors, resources); it never knows of pages or audio.
"""

from __future__ import annotations

from functools import cache

from tts_pipeline.normalize.core import Expansion, Rule, expand, render
from tts_pipeline.normalize.lexicon import Lexicon, load_lexicon

__all__ = ["Expansion", "Lexicon", "expansions", "load_lexicon", "normalize"]


@cache
def _rules() -> tuple[Rule, ...]:
    from tts_pipeline.normalize import (
        acronyms,
        addresses,
        counts,
        dates,
        fraction_measures,
        identifiers,
        marks,
        measures,
        money,
        numerals,
        phones,
        roman,
        scientific,
        serials,
        states,
        symbols,
        times,
        web,
        words,
    )

    return (
        *web.rules(),
        *phones.rules(),
        *symbols.early_rules(),
        *addresses.rules(),
        *states.rules(),
        *dates.rules(),
        *times.rules(),
        *money.rules(),
        *scientific.rules(),
        *identifiers.rules(),
        *counts.rules(),
        *fraction_measures.rules(),
        *measures.rules(),
        *marks.rules(),
        *words.rules(),
        *serials.rules(),
        *roman.rules(),
        *numerals.rules(),
        *acronyms.late_rules(),
        *symbols.rules(),
    )


def expansions(
    sentence: str, lexicon: Lexicon | None = None, language: str | None = None
) -> list[Expansion]:
    """The tokens of ``sentence`` that are said otherwise than written, with their words;
    ``language`` (ISO 639-1, None: English) picks the rules."""
    if language and language != "en":
        from tts_pipeline.normalize import languages

        rules = languages.rules(language)
    else:
        rules = _rules()
    if lexicon and lexicon.rule:
        rules = (lexicon.rule, *rules)
    from tts_pipeline.normalize.symbols import plain_forms

    return expand(plain_forms(sentence), rules)


def normalize(sentence: str, lexicon: Lexicon | None = None, language: str | None = None) -> str:
    """The sentence in speakable words, read in ``language`` (None: English)."""
    return render(sentence, expansions(sentence, lexicon, language))
