"""Turn a sentence as written into the words a voice should say.

First version: dates with abbreviated months, titles, plain numbers. The full rules
(money, units, ranges, times, acronyms, lexicons) come with the speech-script work.
"""

from __future__ import annotations

import re

from tts_pipeline.extract.dates import MONTHS

_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_MONTH_DAY = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b(?!,?\d)"
)
_TITLES = {
    "Gen.": "General", "Lt.": "Lieutenant", "Col.": "Colonel", "Sen.": "Senator",
    "Rep.": "Representative", "Gov.": "Governor", "Dr.": "Doctor", "Prof.": "Professor",
    "Mr.": "Mister", "Mrs.": "Missus", "St.": "Saint", "No.": "number", "vs.": "versus",
}  # fmt: skip
_TITLE_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in _TITLES) + r")(?=\s+\w)")
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\w.])\d+(?:\.\d+)?(?![\w])")


def normalize(sentence: str) -> str:
    """The sentence in speakable words."""
    from num2words import num2words

    text = _MONTH_DAY.sub(
        lambda m: (
            f"{_MONTH_NAMES[MONTHS[m.group(1)[:3].lower()] - 1]} "
            f"{num2words(int(m.group(2)), to='ordinal')}"
        ),
        sentence,
    )
    text = _TITLE_RE.sub(lambda m: _TITLES[m.group(1)], text)
    text = _NUMBER.sub(lambda m: num2words(m.group(0).replace(",", "")).replace(",", ""), text)
    return text
