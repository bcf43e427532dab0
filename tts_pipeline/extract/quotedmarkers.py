"""An end marker quoted inside a sentence of the story, not standing as a footer line.

Some end markers of the chrome data match anywhere in a line ("all rights reserved",
"Alle Rechte vorbehalten"): a copyright line is short and opens with its notice or the
site's name ("© 2020 The Gazette. All rights reserved."). A story about licences may quote
the same words in the middle of one of its sentences ("the photos were marked 'all rights
reserved' and the club ..."): that line is the story's text, and the story goes on under it.
"""

from __future__ import annotations

import re

_NOTICE_SIGN = re.compile(r"©|\(c\)|\bcopyright\s+(?:\d{4}|by\b)|\bcopr\.")
"""A copyright sign, or the word as a notice uses it (before a year or "by"): a line that
carries one is the page's notice. A sentence may name copyright itself ("between copyright
(all rights reserved) and the public domain")."""
_OPENING_NOTICE = re.compile(r"^(?i:copyright)\b(?!\s+[a-z])")
"""The word opening a notice, before its owner's name or a sign ("Copyright The Gazette"),
not a sentence's subject ("Copyright lawyers said ..."), told by the case of the next word."""
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+|\s+[|·•–—]\s+")
"""Where one sentence (or one item of a footer row) ends and the next begins."""
_WORD = "x"
"""A neutral word put around a piece of a line to tell a marker matched anywhere."""
QUOTE_MIN_WORDS_BEFORE = 3
"""Fewest words of its sentence before a quoted marker: a notice opens its sentence or
follows the site's name ("The Gazette, all rights reserved")."""
QUOTE_MIN_WORDS_AFTER = 2
"""Fewest words of its sentence after a quoted marker: a notice ends its sentence."""


def quoted_in_sentence(markers: re.Pattern, folded: str, text: str) -> bool:
    """Every sentence of the folded line that is an end marker (``markers``, matched whole)
    holds the marker's words in its middle, with words of the sentence before and after
    them, and the line (``text``, as written) carries no copyright sign: a story's sentence
    that quotes a notice."""
    if _NOTICE_SIGN.search(folded) or _OPENING_NOTICE.match(text):
        return False
    if _only_in_brackets(markers, folded):
        return True
    marked = [s for s in _SENTENCE_END.split(folded) if s and markers.fullmatch(s.strip())]
    return bool(marked) and all(
        _anywhere(markers, sentence) and _inside(markers, sentence.split()) for sentence in marked
    )


_BRACKETED = re.compile(r"\(([^()]{2,})\)|[\"“„«‘]([^\"“”„«»‘’]{2,})[\"”“»’]")
"""A part of a line in brackets or in quotation marks, its words inside."""


def _only_in_brackets(markers: re.Pattern, folded: str) -> bool:
    """The line names a marker only in brackets or quotation marks ("between copyright (all
    rights reserved) and the public domain"), however its abbreviations' stops cut it: a
    notice stands bare on its line."""
    inside = [a or b for a, b in _BRACKETED.findall(folded)]
    if not any(_anywhere(markers, part.strip()) for part in inside):
        return False
    rest = _BRACKETED.sub(" , ", folded)
    return not any(
        _anywhere(markers, piece.strip()) or markers.fullmatch(piece.strip())
        for piece in _SENTENCE_END.split(rest)
        if piece.strip()
    )


def _inside(markers: re.Pattern, words: list[str]) -> bool:
    """The fewest words of ``words`` that are a marker matched anywhere in a line (all of
    the sentence's markers are) stand inside them, not at an end."""
    for size in range(1, len(words) + 1):
        for start in range(len(words) - size + 1):
            if _anywhere(markers, " ".join(words[start : start + size])):
                after = len(words) - start - size
                return start >= QUOTE_MIN_WORDS_BEFORE and after >= QUOTE_MIN_WORDS_AFTER
    return False


def _anywhere(markers: re.Pattern, text: str) -> bool:
    """``text`` is a marker that matches amid other words ("all rights reserved"), not one
    that must open or be the whole line ("comments", "we welcome reader comments...")."""
    return markers.fullmatch(f"{_WORD} {text} {_WORD}") is not None


_QUOTATION = re.compile(r"[\"“„«‘]([^\"“”„«»‘’]{2,})[\"”»’]")
"""A quotation opened and closed on the line, its words inside."""
_OUTSIDE_WORDS_MIN = 2
"""Fewest words outside the quotations of a story's sentence that quotes someone ("he said")."""
_SPEECH_WORDS_MIN = 5
"""Fewest words of a quotation that is someone's speech, not a button's label quoted in a
prompt ('Click "Accept all" to agree')."""


def quoted_prompt(prompts: re.Pattern, folded: str, terminal: bool) -> bool:
    """Every prompt found in the folded line stands inside a quotation, and the line is a
    sentence with words of its own outside the quotations (the speaker: "he said"): a story
    quoting an editor's or a company's words ("we want to keep our journalism free and
    accessible to all," he said), not the appeal, nor a line that is a quotation whole."""
    if not terminal:
        return False
    spans = [
        m.span(1)
        for m in _QUOTATION.finditer(folded)
        if len(m.group(1).split()) >= _SPEECH_WORDS_MIN
    ]
    if not spans:
        return False
    outside = _QUOTATION.sub(" ", folded)
    if len(re.findall(r"\w+", outside)) < _OUTSIDE_WORDS_MIN or prompts.search(outside):
        return False
    return all(
        any(a <= m.start() and m.end() <= b for a, b in spans) for m in prompts.finditer(folded)
    )
