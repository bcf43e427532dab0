"""A line's closing credit or sign-off: an author's or agencies' sign in brackets after the
last sentence ("... (dpa)", "... said. (AP/dpa)"), or a photo's credit after a caption's
sentence ("A man walks home. Reuters", "... at dawn. (Channel 4 News)")."""

from __future__ import annotations

import re

_CREDITED_END = re.compile(r"""[.!?]["'”’“‘»›]*\s+\([^\W\d_]{2,6}(?:\s?[/,]\s?[^\W\d_]{2,8})*\)$""")
"""A sentence's end and the author's or agency's short sign in brackets: "... (dpa)"."""
_CJK_CREDITED_END = re.compile(r"[。！？][」』”’]*（[^（）]{2,24}）$")
"""The same in Chinese or Japanese type: a full stop, then the writers' or the source's
short credit in full-width brackets ("……。（记者 张三）")."""
_SENTENCE_ENDS = re.compile(r"(?<![\sA-ZÀ-Ý.])[.!?][\"'”’»)]*(?=\s+[\"'“„«(]*[A-ZÀ-Ý]|\s*$)")
"""A sentence's end after a lower-case letter (not an initial's "J."): before a space and a
capital letter, or at the end of the text."""
_AGENCY_SIGN_OFF = re.compile(r"\s\((?:[^\W\d_][\w/&.-]*\s?){1,4}\)\.?$")
"""Words in brackets at the end of a paragraph, no colon, no digits: "(AP)", "(FR mit dpa)"."""
SIGNED_PARAGRAPH_SENTENCES = 3
"""Fewest sentences of a paragraph with a credit at its end that is no caption."""
_TRAILING_CREDIT = re.compile(
    r"(?:\w[.!?]['\"”’)]?(?=[A-Z])|(?:\b[a-z][a-z]*|\d)[.!?]['\"”’)]?\s+)"
    r"(?:[A-Z][\w&'’.-]*|[A-Z]{2,})(?:[\s/,]+(?:[A-Z][\w&'’.-]*|via|for|and)){0,4}$"
)
"""A sentence, then a credit: "...in New York.Reuters", "...medical use. Statista"."""
_PAREN_CREDIT = re.compile(
    r"\w[.!?]['\"”’]?\s*\((?:[A-Z][\w&'’.-]*|[A-Z]{2,})(?:[\s/,]+(?:[A-Z][\w&'’.-]*|\d+|via|for|and)){0,4}\)$"
)
"""A sentence, then its credit in brackets: "...at dawn. (Channel 4 News)"."""
PAREN_CREDIT_MAX_WORDS = 30
"""Longest caption read by its credit in brackets: a longer line is a paragraph signed with
its writer's initials ("... in the tournament. (NM)")."""


def signed_end(text: str) -> bool:
    """The line ends a sentence, then gives its author's or agency's short sign in
    brackets ("... ließ sich nicht ablesen. (dfö)"; in Chinese or Japanese type, in
    full-width brackets): the close of a story."""
    return _CREDITED_END.search(text) is not None or _CJK_CREDITED_END.search(text) is not None


def signed_paragraph(text: str) -> bool:
    """A paragraph of ``SIGNED_PARAGRAPH_SENTENCES`` sentences or more before its agencies'
    names in brackets at its end: the story's, signed ("... said. (AP/dpa)"); a caption says
    what the photo shows in a sentence or two, and a photo's credit names its author."""
    signed = _AGENCY_SIGN_OFF.search(text)
    return bool(signed) and (
        len(_SENTENCE_ENDS.findall(text[: signed.start()])) >= SIGNED_PARAGRAPH_SENTENCES
    )


def bracketed_source(text: str) -> str | None:
    """The words in brackets after a line's last sentence ("... contract. (Sunday Post)"
    gives "Sunday Post"), or None."""
    found = _PAREN_CREDIT.search(text) or _CREDITED_END.search(text)
    return found[0][found[0].rindex("(") + 1 : -1] if found else None


_NAME_AND_PAPER = re.compile(
    r"(?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’.-]*/(?:The\s)?[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,4}"
)
"""A photo's credit alone on its line, its photographer's name and paper or agency after a
slash, every word capitalised and no sentence: "Jane Roe/The Evening Courier"."""


def name_and_paper_credit(text: str) -> bool:
    """The line is a photo's credit naming its photographer and the paper or agency
    ("Jane Roe/The Evening Courier"), which makes the line right above it a caption."""
    return _NAME_AND_PAPER.fullmatch(text.strip()) is not None


def has_trailing_credit(text: str, terminal: bool, words: float) -> bool:
    """A caption that ends with its credit: "A man walks home. Reuters" (``words``: the
    line's word count)."""
    if terminal or words < 6:
        return False
    if _TRAILING_CREDIT.search(text):
        return True
    return words <= PAREN_CREDIT_MAX_WORDS and bool(_PAREN_CREDIT.search(text))
