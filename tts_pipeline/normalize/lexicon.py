"""Pronunciation lexicons: TOML files of word -> respelling, applied to whole words.

Case rules: a key written all in lower case matches the word in any capitalisation
("kyiv" matches "Kyiv" and "KYIV"), and its respelling takes the capital of the word it
replaces; a key with a capital letter matches only that exact spelling ("US" is not
"us"). A key may be several words ("Xi Jinping"); the longest key wins. A possessive or
a hyphenated compound keeps the rest: "Kyiv's", "Kyiv-based". Lexicons given later
(the voice profile's, then ``--lexicon``) override earlier ones key by key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from tts_pipeline.errors import LexiconError
from tts_pipeline.normalize.core import Rule
from tts_pipeline.resources import DATA_DIR, read_toml

LEXICON_DIR = DATA_DIR / "lexicons"
"""Lexicons shipped with the package, named by file stem (``news``)."""
_KEY = re.compile(r"[^\W_](?:[\w'’. -]*[^\W_]|)\.?")


@dataclass(frozen=True)
class Lexicon:
    """Word -> respelling, as read from one or more files."""

    entries: Mapping[str, str] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    """The files it was read from, in order."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "entries", MappingProxyType(dict(self.entries)))

    def __bool__(self) -> bool:
        return bool(self.entries)

    def merged(self, later: Lexicon | None) -> Lexicon:
        """This lexicon with ``later``'s entries added, ``later`` winning."""
        if not later:
            return self
        return Lexicon({**self.entries, **later.entries}, self.sources + later.sources)

    @cached_property
    def rule(self) -> Rule | None:
        """The normalization rule that applies this lexicon, or None when it is empty."""
        if not self.entries:
            return None
        exact = {k: v for k, v in self.entries.items() if k != k.lower()}
        folded = {k: v for k, v in self.entries.items() if k == k.lower()}
        parts = []
        if exact:
            parts.append(_alternation(exact))
        if folded:
            parts.append(f"(?i:{_alternation(folded)})")
        pattern = re.compile(rf"(?<![\w'’])(?:{'|'.join(parts)})(?![\w]|['’](?![sS]\b)\w)")
        return Rule("lexicon", pattern, lambda m: self._respell(m.group(0), exact, folded))

    @staticmethod
    def _respell(word: str, exact: dict[str, str], folded: dict[str, str]) -> str:
        key = " ".join(word.split())
        if key in exact:
            return exact[key]
        respelling = folded[key.lower()]
        if word[:1].isupper() and respelling[:1].islower():
            respelling = respelling[:1].upper() + respelling[1:]
        return respelling


def _alternation(entries: Mapping[str, str]) -> str:
    keys = sorted(entries, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in key.split()) for key in keys)


def load_lexicon(spec: str | Path, base: Path | None = None) -> Lexicon:
    """A lexicon from a file path, or a shipped one by name (``news``).

    A relative path is taken from ``base`` (a voice profile's folder) when given.
    Raises LexiconError for a missing, unreadable or malformed file.
    """
    path = resolve_lexicon(spec, base)
    try:
        data = read_toml(path)
    except OSError as e:
        raise LexiconError(f"lexicon {path}: cannot read it: {e.strerror or e}") from None
    except ValueError as e:
        raise LexiconError(f"lexicon {path}: not valid TOML: {e}") from None
    return Lexicon(_entries(data, path), (str(path),))


def resolve_lexicon(spec: str | Path, base: Path | None = None) -> Path:
    """The file a lexicon spec names: a path (from ``base`` if relative) or a shipped name."""
    path = Path(spec)
    if base is not None and not path.is_absolute():
        path = base / path
    if path.is_file():
        return path
    shipped = LEXICON_DIR / f"{spec}.toml"
    if path.suffix == "" and "/" not in str(spec) and shipped.is_file():
        return shipped
    names = ", ".join(sorted(p.stem for p in LEXICON_DIR.glob("*.toml"))) or "none"
    raise LexiconError(
        f'lexicon {spec} does not exist: give a TOML file of word = "respelling" lines, '
        f"or the name of a shipped lexicon ({names})"
    )


def _entries(data: dict, path: Path) -> dict[str, str]:
    entries = {}
    for key, value in data.items():
        if not isinstance(value, str) or not value.strip():
            raise LexiconError(
                f"lexicon {path}: {key!r} must map to a respelling in quotes, "
                f'like {key} = "..."; got {value!r}'
            )
        word = " ".join(key.split())
        if not _KEY.fullmatch(word):
            raise LexiconError(
                f"lexicon {path}: {key!r} is not a word: keys are whole words (letters, "
                'digits, apostrophes, hyphens, spaces), e.g. Kyiv or "Xi Jinping"'
            )
        entries[word] = " ".join(value.split())
    return entries
