"""Regular-expression pieces shared by the rules: how numbers and ranges are written."""

from __future__ import annotations

import re

from tts_pipeline.normalize import numbers

OF_AFTER = re.compile(r"\s+of\b")
"""An "of" right after a token ("2/3 of the votes", "5/1 of them"): what it counts."""

GROUP_SPACE = "[ \u00a0\u2009\u202f]"
"""A space that sets thousands apart: plain, no-break, thin or narrow no-break."""
SHORT_NUMBERS_LISTED = (
    rf"\d{{3}}(?:{GROUP_SPACE}(?!000)\d{{3}})+,?\s*(?:,|and|or|&)\s*\d{{1,3}}(?!\d|{GROUP_SPACE}\d)"
)
"""Numbers of three digits listed with spaces between them, the last after "and" ("rooms 101
102 and 103"): no thousands set apart, which have a group of zeros or a shorter first group
("250 000 and 300", "35 000 and 200")."""
INDIAN_GROUPS = r"\d{1,2}(?:,\d{2})+,\d{3}"
"""A number grouped the Indian way, in lakh and crore: ``1,00,000``, ``1,20,00,000``."""
NUM = (
    rf"(?:(?:{INDIAN_GROUPS}(?![\d,])|\d{{1,3}}(?:,\d{{3}})+"
    rf"|(?<!\d{GROUP_SPACE})(?!{SHORT_NUMBERS_LISTED})"
    rf"[1-9]\d{{0,2}}(?:{GROUP_SPACE}\d{{3}})+(?!\d|{GROUP_SPACE}\d|-[^\W\d])"
    r"|\d+)(?:\.\d+)?|\.\d+)"
)
"""A number as written: ``5``, ``1,200``, ``1,00,000`` (:data:`INDIAN_GROUPS`), ``1 200
000`` (not after another number: "020 123 456" is no quantity; nor a list of short numbers:
:data:`SHORT_NUMBERS_LISTED`; nor before a hyphen and a word: "3 100-metre titles" are three
titles), ``3.5``, ``.5``."""
DATE_WORDS = ("on", "since", "by", "until", "till", "from", "before", "after")
"""Words that put a date after them ("on 10 May", "since 9/11")."""
START = r"(?<![\w])(?<!\d[.,])"
"""Where a number may start: not inside a word or another number."""
END = r"(?![\w]|[.,]\d)"
"""Where a number may end: not inside a word or before more of the number."""
SIGN_BEFORE = r"(?<![^\s(\[])"
"""Where a sign may stand: at the start, after white space or an opening bracket."""
RANGE_DASH = r"\s?[-–—]\s?"
"""The dash of a range written with numbers: ``10-15``, ``10 – 15``."""
LARGEST_SPOKEN = 24
"""Numbers with more digits than this are said digit by digit."""


def amount(text: str) -> str:
    """A written number in words: "3.5" "three point five", "1,200" "one thousand two hundred"."""
    whole = ungrouped(text).partition(".")[0]
    if len(whole) > LARGEST_SPOKEN:
        return numbers.digits(text)
    if _INDIAN.fullmatch(text):
        whole, _, fraction = ungrouped(text).partition(".")
        said = numbers.indian(int(whole))
        return f"{said} point {numbers.digits(fraction)}" if fraction else said
    return numbers.decimal(text)


_INDIAN = re.compile(rf"{INDIAN_GROUPS}(?:\.\d+)?")


def ungrouped(text: str) -> str:
    """A written number without the commas or spaces between its thousands."""
    return re.sub(r"[,\s]", "", text)


def signed(sign: str | None, words: str) -> str:
    """``words`` with a sign said before them: "minus five", "plus three"."""
    if sign == "+":
        return f"plus {words}"
    if sign:
        return f"minus {words}"
    return words


def compile_words(words) -> str:
    """An alternation of ``words``, longest first, escaped; in one order in every process
    (words of a length in order), so that the expression is found in the code cache."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def token(words) -> str:
    """An alternation of ``words`` as whole tokens, longest first (each group of keys by the
    kind of their edges, the group with the longest key first): a key that starts or ends
    with a letter or digit does not match inside a longer word."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for word in set(words):
        edges = (word[:1].isalnum(), word[-1:].isalnum() or word.endswith("."))
        groups.setdefault(edges, []).append(word)
    parts = []
    # a group with longer keys first, so that "w/w" is tried before "w/"
    order = sorted(groups.items(), key=lambda g: (-max(map(len, g[1])), g[0]))
    for (starts_word, ends_word), keys in order:
        first = "".join(sorted({re.escape(k[0]) for k in keys}))
        before = r"(?<![\w.])" if starts_word else ""
        after = r"(?![^\W_])" if ends_word else ""
        parts.append(f"{before}(?=[{first}])(?:{compile_words(keys)}){after}")
    return f"(?:{'|'.join(parts)})"


_BY_BEFORE = re.compile(r"\bby\s+$")


def changed_to(m: re.Match[str], second_marked: bool) -> bool:
    """ "rose by $5 to $50", "by 0.25% to 5.25%": after "by", two amounts joined by "to" that
    each carry their sign or unit are a change and a new level, no range."""
    if not second_marked or not _BY_BEFORE.search(m.string, max(0, m.start() - 4), m.start()):
        return False
    return " to " in m.group(0)


_DIGITS = re.compile(r"[\d.]+")


def number_value(written: str) -> float | None:
    """The value of a number as written ("1,800", "0.38"), or None where it has none."""
    digits = _DIGITS.search(written.replace(",", "").replace(" ", ""))
    try:
        return float(digits.group(0)) if digits else None
    except ValueError:
        return None
