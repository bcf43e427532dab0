"""Web addresses, e-mail addresses, handles and hashtags: a web address said briefly,
"https://www.example.com/a/b" (or "ftp://...") as "example dot com", a file's by its name
("file:///c/a.html" "the file a dot html"); an e-mail address in full, with its
digits one by one, "press-1@nato.int" as "press dash one at nato dot int"; "@nytimes" as
"at nytimes", "#StandWithUkraine" as "hashtag Stand With Ukraine"; an IP address by its
numbers, "10.0.0.1" "ten dot zero dot zero dot one".
"""

from __future__ import annotations

import re
from functools import cache

from tts_pipeline.normalize import numbers
from tts_pipeline.normalize.core import DIGIT, Rule
from tts_pipeline.normalize.patterns import compile_words
from tts_pipeline.resources import load_toml

_PATH_END = r"""[^\s<>"'“”‘’()\[\].,;:!?]"""
_PATH = rf"""(?:[/?#][^\s<>"“”]*{_PATH_END}|/)?"""
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
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
            re.compile(
                rf"(?<![\w.+&-])[\w.+&-]+@(?:{_LABEL}\.)+[A-Za-z]{{2,}}(?![\w-])"
                r"(?P<path>/[\w/.-]*[\w/])?"
            ),
            _email,
            re.compile("@"),
        ),
        Rule(
            "web address",
            re.compile(
                rf"(?<![\w@./-])(?:(?:https?|ftps?)://|www\.)"
                rf"(?:{_LABEL}\.)*{_LABEL}(?::\d+)?{_PATH}",
                re.IGNORECASE,
            ),
            _address,
            re.compile(r"(?i)(?:https?|ftps?)://|www\."),
        ),
        Rule(
            "file address",
            re.compile(r"(?<![\w/])file:///?(?:[^\s/]+/)*(?P<name>[^\s/]+?)(?=[.,;:!?]?(?:\s|$))"),
            lambda m: (
                f"the file {' dot '.join(_with_digits(p) for p in m.group('name').split('.'))}"
            ),
            re.compile("file:"),
        ),
        Rule(
            "domain",
            re.compile(
                rf"(?<![\w@./-])(?:{_LABEL}\.)+(?:{tld})(?![\w-]|\.\w){_PATH}",
                re.IGNORECASE,
            ),
            _address,
            re.compile(r"\.[A-Za-z]"),
        ),
        Rule(
            "IP address",
            re.compile(rf"(?<![\w.])(?:{_OCTET}\.){{3}}{_OCTET}(?![\w]|\.\d)"),
            _ip,
            DIGIT,
        ),
        Rule("handle", re.compile(r"(?<![\w@])@(\w{1,30})(?![\w@])"), _handle, re.compile("@")),
        Rule(
            "hashtag",
            re.compile(r"(?<![\w#&])#([^\W\d_]\w{0,60})(?!\w)"),
            _hashtag,
            re.compile("#"),
        ),
    ]


def _host(address: str) -> str:
    host = re.sub(r"^(?:(?:https?|ftps?)://)?", "", address, flags=re.IGNORECASE)
    host = re.split(r"[/?#:]", host, maxsplit=1)[0]
    return re.sub(r"^www\.", "", host, flags=re.IGNORECASE)


def _address(m: re.Match[str]) -> str | None:
    host = _host(m.group(0))
    if "." not in host:
        return None
    return " dot ".join(_with_digits(label, pairs=True) for label in host.lower().split("."))


def _email(m: re.Match[str]) -> str:
    """An e-mail address in full, as one would type it: "a-1.b_c@x2.com" is "a dash one dot
    b underscore c at x two dot com"."""
    user, _, host = m.group(0).removesuffix(m.group("path") or "").partition("@")
    said = _data()["email_symbols"]
    parts = re.findall(r"[^\W\d_]+|\d+|.", user)
    user_words = " ".join(said.get(p) or _with_digits(p) for p in parts)
    host_words = " dot ".join(
        " ".join(said["-"] if p == "-" else _with_digits(p) for p in re.findall(r"[^-]+|-", label))
        for label in host.lower().split(".")
    )
    path = m.group("path")
    if path:  # no part of an address, said as written: "slash one two three dash sm"
        words = {**said, "/": "slash", "-": "dash"}
        path_words = [words.get(p) or _with_digits(p) for p in re.findall(r"[^\W\d_]+|\d+|.", path)]
        host_words += " " + " ".join(path_words)
    return f"{user_words} at {host_words}"


def _with_digits(text: str, pairs: bool = False) -> str:
    """Digits in an address are said one by one: "test2" "test two", "a1b2" "a one b two";
    in a web host two digits as a number, as a name is said ("news24" "news twenty-four")."""
    if not any(c.isdigit() for c in text):
        return text
    spaced = _LETTER_DIGIT.sub(" ", text)

    def say(m: re.Match[str]) -> str:
        digits = m.group(0)
        return (
            numbers.cardinal(int(digits)) if pairs and len(digits) == 2 else numbers.digits(digits)
        )

    return re.sub(r"\d+", say, spaced)


def _ip(m: re.Match[str]) -> str:
    """ "127.0.0.1": "one twenty-seven dot zero dot zero dot one"."""
    return " dot ".join(numbers.in_pairs(part) for part in m.group(0).split("."))


def _handle(m: re.Match[str]) -> str:
    return f"{_data()['handle']} {split_words(m.group(1))}"


def _hashtag(m: re.Match[str]) -> str:
    """ "#MeToo" "hashtag Me Too"; after the word itself ("the hashtag #MeToo") only the words."""
    word = _data()["hashtag"]
    if m.string[: m.start()].rstrip().lower().endswith(word):
        return split_words(m.group(1))
    return f"{word} {split_words(m.group(1))}"


def split_words(tag: str) -> str:
    """ "StandWithUkraine" -> "Stand With Ukraine", "COVID19" -> "COVID nineteen", a year as a
    year: "Euro2028" -> "Euro twenty twenty-eight"."""
    if not tag.isascii():
        return tag.replace("_", " ")
    return " ".join(_tag_part(p) for p in _CAMEL.findall(tag))


def _tag_part(part: str) -> str:
    if not part.isdigit() or len(part) >= 16:
        return part
    if len(part) == 4 and 1900 <= int(part) <= 2099:
        return numbers.year(int(part))
    return numbers.cardinal(int(part))
