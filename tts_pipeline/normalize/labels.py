"""Whether a number stands after a word that labels it ("Room 12/01", "Case No. 05/12",
"Resolution 07/04"): then it is that thing's number, not a date. The words are data
(``number_labels`` in ``data/normalize/identifiers.toml``)."""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize.patterns import compile_words
from tts_pipeline.resources import load_toml


@cache
def _label_before() -> re.Pattern[str]:
    labels = compile_words(load_toml("normalize/identifiers.toml")["number_labels"])
    return re.compile(rf"(?:(?<![\w.])(?:{labels}))\s*$")


def number_label(m: re.Match[str]) -> str | None:
    """The word that labels the number ``m`` right before it ("Room", "No."), or None."""
    label = _label_before().search(m.string, 0, m.start())
    return label.group(0).strip() if label else None
