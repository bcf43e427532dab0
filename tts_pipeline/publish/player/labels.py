"""The player's and the site page's words, in the episode's language where the language's
data has them (``[player]`` of ``data/languages/<code>.toml``), else in English."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tts_pipeline import DISCLOSURE
from tts_pipeline.resources import language_data


@dataclass(frozen=True)
class Labels:
    """Words of the player in one language, and that language's tag (for ``lang``)."""

    language: str
    words: dict[str, str]
    disclosure: str
    """The written AI disclosure."""

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    def date(self, year: str, month: str, day: str) -> str:
        """A date as the language writes it (``21 November 2023``, ``21.11.2023``)."""
        names = self.words.get("month_names") or _english()["month_names"]
        return self["date"].format(
            year=year,
            mm=month,
            dd=day,
            day=int(day),
            month_name=names[int(month) - 1],
        )


def labels(language: str | None) -> Labels:
    """The words for an episode in ``language`` (a BCP 47 tag: ``de``, ``pt-BR``)."""
    tag = (language or "en").strip()
    return _labels(tag.split("-")[0].lower(), tag)


@cache
def _labels(code: str, tag: str) -> Labels:
    data = language_data(code)
    own = data.get("player")
    if not own:
        return Labels("en", _english(), DISCLOSURE)
    disclosure = data.get("framing", {}).get("disclosure", DISCLOSURE).rstrip(".")
    return Labels(tag, {**_english(), **own}, disclosure)


@cache
def _english() -> dict:
    return language_data("en")["player"]
