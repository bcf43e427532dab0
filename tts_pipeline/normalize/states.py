"""A state's news abbreviation standing alone after a preposition, said in full: "police
in Md. and Va." "police in Maryland and Virginia", "the governor of N.Y." "the governor of
New York"; or first in a compound: "a Calif.-based firm" "a California-based firm". After a
place and a comma ("Austin, Tex.") it is :mod:`.addresses`' rule. The words are data
(``data/normalize/states.toml``; the abbreviations are ``addresses.toml``'s).
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize.core import Rule
from tts_pipeline.normalize.patterns import compile_words
from tts_pipeline.resources import load_toml


@cache
def _states() -> dict[str, str]:
    return dict(load_toml("normalize/addresses.toml")["news_abbreviations"])


def rules() -> list[Rule]:
    """The rules of this module."""
    data = load_toml("normalize/states.toml")
    states = [s for s in _states() if s not in set(data["not_alone"])]
    after = [rf"(?<=\b{re.escape(word)} )" for word in data["before"]]
    after += [rf"(?<={re.escape(state)} and )" for state in states]
    after += [rf"(?<={re.escape(state)} or )" for state in states]
    alone = rf"(?:{'|'.join(after)})(?:{compile_words(states)})(?![\w.])"
    compound = rf"(?<![\w.])(?:{compile_words(_states())})(?=-[a-z])"
    return [
        Rule("state alone", re.compile(alone), _say),
        Rule("state in a compound", re.compile(compound), _say),
    ]


def _say(m: re.Match[str]) -> str:
    return _states()[m.group(0)]
