"""When a feed's item holds the article itself, so that its page need not be fetched.

The rule (numbers and phrases in ``data/feeds.toml``): the item's *content*
(``content:encoded``, Atom ``content``, JSON Feed ``content_html`` or ``content_text``) is
the article when it has ``min_words`` words or more, or, a short news item, ``min_sentences``
complete sentences or more (and ``brief_min_words`` words); failing that, its *description*
(RSS ``description``, Atom ``summary``) is the article when it has ``min_words`` words or
more, as many small sites give the whole text there (a lead or an excerpt is shorter). A text
that ends as a teaser does ("Read more", "Continue reading", "…", "[…]"; a syndication
footer such as "The post ... appeared first on ..." looked past) is never the article.
"""

from __future__ import annotations

import html
import re

from tts_pipeline.resources import load_toml

FEED_RULES = "feeds.toml"
_TAG = re.compile(r"<[^>]*>")
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»)\]]*(?=\s|$)")
_ENDS_SENTENCE = re.compile(r"[.!?。！？][\"'”’»)\]]*\Z")
_OPENERS = "\"'“‘«(["


def text_as_html(text: str) -> str:
    """Plain text's paragraphs (apart by blank lines) as HTML."""
    return "".join(f"<p>{html.escape(p)}</p>" for p in re.split(r"\n\s*\n", text))


def is_full_text(content: str) -> bool:
    """Whether an item's HTML ``content`` is the article's full text, not a teaser."""
    rules = _rules()
    text = _plain(content, rules)
    words = len(text.split())
    if _teaser(text, rules) or words < rules["brief_min_words"]:
        return False
    return words >= rules["min_words"] or (
        _complete(text) and complete_sentences(text) >= rules["min_sentences"]
    )


def is_full_description(description: str) -> bool:
    """Whether an item's HTML ``description`` (no content given) is the article's full text."""
    rules = _rules()
    text = _plain(description, rules)
    return len(text.split()) >= rules["min_words"] and not _teaser(text, rules)


def full_description(description: str | None) -> str | None:
    """An item's description as the article's HTML when it is its full text, else None."""
    if not description or not description.strip():
        return None
    text = description if "<" in description else text_as_html(description)
    return text if is_full_description(text) else None


def complete_sentences(text: str) -> int:
    """Sentence ends in ``text`` (a full stop, question or exclamation mark, perhaps with a
    closing quote) followed by its end or by a word that does not start in lower case."""
    count = 0
    for end in _SENTENCE_END.finditer(text):
        after = text[end.end() :].lstrip().lstrip(_OPENERS)[:1]
        count += not after or not after.islower()
    return count


def _complete(text: str) -> bool:
    """The text ends with a sentence's end (not cut off mid-sentence)."""
    return bool(_ENDS_SENTENCE.search(text.rstrip()))


def _plain(content: str, rules: dict) -> str:
    """The words of HTML ``content``, a syndication footer at its end left out."""
    text = " ".join(html.unescape(_TAG.sub(" ", content)).split())
    for footer in rules["footers"]:
        found = re.search(footer, text, re.IGNORECASE)
        if found:
            text = text[: found.start()].rstrip()
    return text


def _teaser(text: str, rules: dict) -> bool:
    tail = " ".join(text.split()[-8:]).lower()
    phrase_end = tail.rstrip(" .:!)]>»›→")
    return any(phrase_end.endswith(phrase) for phrase in rules["teaser_phrases"]) or any(
        tail.endswith(mark) for mark in rules["teaser_marks"]
    )


def _rules() -> dict:
    return load_toml(FEED_RULES)["full_text"]
