"""Counts written the short way: "40m people" (a number and "m" before a noun counted in
millions is "forty million people", not meters), "1,000s of homes" ("thousands of
homes") and a team named by its number and "-ers" ("49ers": "forty-niners"). The nouns
and the plurals are data (``data/normalize/counts.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule, numeric
from tts_pipeline.normalize.patterns import NUM, START, amount, compile_words
from tts_pipeline.resources import load_toml


@cache
def _data() -> dict:
    return load_toml("normalize/counts.toml")


def rules() -> list[Rule]:
    """The rules of this module, in the order they run; before the rules for measures."""
    nouns = compile_words(_data()["million_nouns"])
    return numeric(
        [
            Rule(
                "millions counted",
                re.compile(rf"{START}({NUM})m(?=\s+(?i:{nouns})(?:['’]s)?(?![\w]))"),
                lambda m: f"{amount(m.group(1))} million",
            ),
            Rule(
                "round plural",
                re.compile(rf"{START}({compile_words(_data()['round_plurals'])})(?![\w])"),
                lambda m: _data()["round_plurals"][m.group(1)],
            ),
            Rule("number and -ers", re.compile(rf"{START}(\d{{2}})ers\b"), _number_ers),
        ]
    )


def _number_ers(m: re.Match[str]) -> str:
    """ "49ers" "forty-niners", "76ers" "seventy-sixers"."""
    words = numbers.cardinal(int(m.group(1)))
    return words.removesuffix("e") + "ers"
