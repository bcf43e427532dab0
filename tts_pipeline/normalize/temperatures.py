"""When a bare "C" or "F" after a number is a temperature: in a sentence about temperature,
after a verb of reaching ("Phoenix hit 47C"; not "Her seat hit 14C"), after "it was" without a
word that labels a number before ("Her bra size was 34C" is none), or beside a temperature
written with the degree sign and the same letter; and when a bare "g" is the force of
gravity (:func:`g_force`). The words are data (``[temperature]`` in
``data/normalize/units.toml``)."""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize.patterns import compile_words, number_value
from tts_pipeline.resources import load_toml

_WORD = re.compile(r"[A-Za-z]+")


def is_temperature(m: re.Match[str]) -> bool:
    """Whether the number and bare letter of the measure ``m`` (its ``unit`` group) are a
    temperature by the words around them."""
    return about_temperature(m.string) or _temperature_verb_before(m) or _beside_degrees(m)


@cache
def _temperature_words() -> frozenset[str]:
    return frozenset(load_toml("normalize/units.toml")["temperature"]["words"])


@cache
def _temperature_context() -> tuple[re.Pattern[str], ...]:
    data = load_toml("normalize/units.toml")["temperature"]
    about, labels = compile_words(data["about"]), compile_words(data["labels"])
    ranked = compile_words(data["ranked_labels"])

    def verb_before(verbs: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w.'’])(?i:{compile_words(verbs)})\s+(?:(?i:{about})\s+)?$")

    return (
        verb_before(data["verbs"]),
        verb_before(data["it_verbs"]),
        re.compile(rf"(?<![\w.])(?i:{labels})\.?\s+(?:\S+\s+){{0,2}}$"),
        re.compile(rf"(?<![\w.])(?i:{ranked})\.?\s+(?:\S+\s+){{0,2}}$"),
    )


def _temperature_verb_before(m: re.Match[str]) -> bool:
    """ "Phoenix hit 47C", "The room reached 45C": a temperature after a verb of reaching,
    unless a word that labels a place in a row comes shortly before ("Her seat hit 14C",
    ``ranked_labels``); "It was 35C": after a verb of being after "it", unless a word that
    labels a number comes shortly before ("Seat it was 14C"); "Her bra size was 34C" is
    none."""
    reaching, being, label, ranked = _temperature_context()
    start = max(0, m.start() - 40)
    if reaching.search(m.string, start, m.start()):
        return not ranked.search(m.string, start, m.start())  # "Her seat hit 14C"
    return bool(being.search(m.string, start, m.start())) and not label.search(
        m.string, start, m.start()
    )


def about_temperature(sentence: str) -> bool:
    """Whether the sentence speaks of temperature ("Temperatures reached 40C")."""
    return mentions(sentence, _temperature_words())


def _beside_degrees(m: re.Match[str]) -> bool:
    """ "hit 118°F, breaking its record of 117F": a bare "F" (or "C") is a temperature in a
    sentence that writes one with the degree sign and the same letter, unless a word that
    labels a number comes shortly before ("Room 3C is at 18°C")."""
    if "°" not in m.string:
        return False
    letter = m.group("unit")
    if not any(d.group(1) == letter for d in _DEGREES.finditer(m.string)):
        return False
    return not _temperature_context()[2].search(m.string, max(0, m.start() - 40), m.start())


_DEGREES = re.compile(r"\d\s?°\s?([CF])\b")


def mentions(sentence: str, words: frozenset[str]) -> bool:
    """Whether a word of the sentence, in lower case, is one of ``words``."""
    return any(w.group(0).lower() in words for w in _WORD.finditer(sentence))


_OF_AFTER = re.compile(r"\s+of\b")
G_FORCE_MAX = 20
"""The most g a body feels in news (a fighter's turn is 9g); more, or an amount "of"
something, is grams ("eat 1,800g of food", "weigh 200g less" beside a word of flight)."""


def g_force(m: re.Match[str]) -> tuple[str, str] | None:
    """ "corners at 1.1g", "Mars' gravity is 0.38g": "g" in a sentence about gravity or
    acceleration (``[g_force]`` of units.toml) is the force of gravity, said "g", up to
    ``G_FORCE_MAX`` and before no "of"."""
    if m.group("unit") != "g" or m.group("b") or _OF_AFTER.match(m.string, m.end()):
        return None
    if (number_value(m.group("a")) or 0) > G_FORCE_MAX:
        return None
    words = frozenset(load_toml("normalize/units.toml")["g_force"]["words"])
    return ("g", "g") if mentions(m.string, words) else None
