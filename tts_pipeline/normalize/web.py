"""Web addresses, e-mail addresses, handles and hashtags, said briefly:
"https://www.example.com/a/b" as "example dot com", "press@nato.int" as "press at nato
dot int", "@nytimes" as "at nytimes", "#StandWithUkraine" as "hashtag Stand With Ukraine".
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import Rule
from tts_pipeline.normalize.patterns import compile_words
from tts_pipeline.resources import load_toml

_PATH_END = r"""[^\s<>"'“”‘’()\[\].,;:!?]"""
_PATH = rf"""(?:[/?#][^\s<>"“”]*{_PATH_END}|/)?"""
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


@cache
def _data() -> dict:
    return load_toml("normalize/web.toml")


def rules() -> list[Rule]:
    """The rules of this module, in the order they run."""
    data = _data()
    tld = compile_words(data["top_level_domains"])
    return [
        Rule(
            "e-mail",
            re.compile(rf"(?<![\w.+-])[\w.+-]+@(?:{_LABEL}\.)+[A-Za-z]{{2,}}(?![\w-])"),
            _email,
        ),
        Rule(
            "web address",
            re.compile(
                rf"(?<![\w@./-])(?:https?://|www\.)(?:{_LABEL}\.)*{_LABEL}(?::\d+)?{_PATH}",
                re.IGNORECASE,
            ),
            _address,
        ),
        Rule(
            "domain",
            re.compile(
                rf"(?<![\w@./-])(?:{_LABEL}\.)+(?:{tld})(?![\w-]|\.\w){_PATH}",
                re.IGNORECASE,
            ),
            _address,
        ),
        Rule("handle", re.compile(r"(?<![\w@])@(\w{1,30})(?![\w@])"), _handle),
        Rule("hashtag", re.compile(r"(?<![\w#&])#([^\W\d_]\w{0,60})(?!\w)"), _hashtag),
    ]


def _host(address: str) -> str:
    host = re.sub(r"^(?:https?://)?", "", address, flags=re.IGNORECASE)
    host = re.split(r"[/?#:]", host, maxsplit=1)[0]
    return re.sub(r"^www\.", "", host, flags=re.IGNORECASE)


def _address(m: re.Match[str]) -> str | None:
    host = _host(m.group(0))
    if "." not in host:
        return None
    return " dot ".join(host.lower().split("."))


def _email(m: re.Match[str]) -> str:
    user, _, host = m.group(0).partition("@")
    user = " dot ".join(part for part in re.split(r"\.", user) if part).replace("_", " underscore ")
    return f"{user} at {' dot '.join(host.lower().split('.'))}"


def _handle(m: re.Match[str]) -> str:
    return f"{_data()['handle']} {split_words(m.group(1))}"


def _hashtag(m: re.Match[str]) -> str:
    return f"{_data()['hashtag']} {split_words(m.group(1))}"


def split_words(tag: str) -> str:
    """ "StandWithUkraine" -> "Stand With Ukraine", "COVID19" -> "COVID nineteen"."""
    if not tag.isascii():
        return tag.replace("_", " ")
    parts = _CAMEL.findall(tag)
    return " ".join(numbers.cardinal(int(p)) if p.isdigit() and len(p) < 16 else p for p in parts)
