"""Take the invisible characters out of an article: zero-width spaces and joiners that no
script needs there, and bidirectional controls.

They change nothing a reader sees, but a speech engine reads them (slowly, or as noise) and
they would reach the transcripts and the player. The zero-width joiner and non-joiner stay
where a script needs them: between letters of Persian, Arabic or Indic text, and inside
emoji sequences (a family, a flag, a skin tone).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from tts_pipeline.models import Article

ALWAYS = (
    "\u200b"  # zero width space
    "\u2060"  # word joiner
    "\ufeff"  # zero width no-break space (a byte-order mark inside the text)
    "\u180e"  # Mongolian vowel separator
    "\u2061\u2062\u2063\u2064"  # invisible function application, times, separator, plus
    "\u200e\u200f\u061c"  # left-to-right, right-to-left and Arabic letter marks
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings, overrides and their pop
    "\u2066\u2067\u2068\u2069"  # isolates and their pop
    "\u206a\u206b\u206c\u206d\u206e\u206f"  # deprecated format characters
)
"""Removed wherever they stand."""
JOINERS = "\u200c\u200d"
"""Zero width non-joiner and joiner: kept between letters of a script that needs them."""
LATIN_END = 0x024F
"""Last code point of the Latin letters (Latin Extended-B): joiners between Latin letters
only change ligatures, which speech does not have."""
EMOJI_JOINED = "\ufe0f\u20e3"
"""Variation selector 16 and the combining keycap, which end an emoji a joiner may follow."""

_ALWAYS = re.compile(f"[{ALWAYS}]")
_JOINER = re.compile(f"[{JOINERS}]")


def visible(text: str) -> str:
    """``text`` without invisible characters (see the module's docstring)."""
    if not text or text.isascii():
        return text
    text = _ALWAYS.sub("", text)
    if _JOINER.search(text) is None:
        return text
    return _JOINER.sub(lambda m: m[0] if _needed(text, m.start()) else "", text)


def _needed(text: str, i: int) -> bool:
    """The joiner at ``text[i]`` sits between letters of a script that needs it, or in an
    emoji sequence."""
    if i == 0 or i + 1 >= len(text):
        return False
    before, after = text[i - 1], text[i + 1]
    if _script_letter(before) and _script_letter(after):
        return True
    return text[i] == "\u200d" and _emoji(after) and (_emoji(before) or before in EMOJI_JOINED)


def _script_letter(char: str) -> bool:
    return ord(char) > LATIN_END and unicodedata.category(char)[0] in "LM"


def _emoji(char: str) -> bool:
    return unicodedata.category(char) in ("So", "Sk") or 0x1F3FB <= ord(char) <= 0x1F3FF


def visible_article(article: Article) -> Article:
    """``article`` with the invisible characters taken out of every text it holds; a
    paragraph left empty is dropped."""
    kept = [(i, " ".join(visible(p).split())) for i, p in enumerate(article.paragraphs)]
    kept = [(i, p) for i, p in kept if p.strip()]
    headings = set(article.headings)
    return replace(
        article,
        title=_field(article.title),
        author=_field(article.author),
        site=_field(article.site),
        description=_field(article.description),
        paragraphs=tuple(p for _, p in kept),
        headings=tuple(n for n, (i, _) in enumerate(kept) if i in headings),
    )


def _field(value: str | None) -> str | None:
    if value is None:
        return None
    return " ".join(visible(value).split()) or None
