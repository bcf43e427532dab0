"""A voice's pronunciation lexicon: words respelled so that its engine says them right.

A profile names its lexicon (``lexicon = "joe-lexicon.toml"``, relative to the profile),
a TOML file with one table::

    [words]
    Hezbollah = "Hez-bo-lah"

Entries are matched against the spoken text (after numbers and abbreviations are
expanded) as whole words, with their case as written; a longer entry wins over a
shorter one it contains.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tts_pipeline.errors import VoiceError
from tts_pipeline.models import Script
from tts_pipeline.voices import VoiceProfile


def load_lexicon(profile: VoiceProfile) -> dict[str, str]:
    """The profile's respellings, written form to spoken form; empty without a lexicon."""
    from tts_pipeline.resources import read_toml

    path = profile.lexicon_path()
    if path is None:
        return {}
    try:
        data = read_toml(path)
    except (OSError, ValueError) as e:
        raise VoiceError(f"voice profile {profile.name!r}: lexicon {path}: {e}") from None
    words = data.get("words", {})
    problems = sorted(set(data) - {"words"})
    if not isinstance(words, dict):
        problems.append("[words] is not a table")
    else:
        problems += [k for k, v in words.items() if not k.strip() or not isinstance(v, str)]
    if problems:
        raise VoiceError(
            f"voice profile {profile.name!r}: lexicon {path}: not a [words] table of "
            f'word = "spoken form" ({", ".join(map(repr, problems))})'
        )
    return words


def respell(text: str, words: dict[str, str]) -> str:
    """``text`` with every whole-word occurrence of an entry replaced by its spoken form."""
    if not words:
        return text
    choices = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.sub(rf"(?<!\w)(?:{choices})(?!\w)", lambda m: words[m.group(0)], text)


def apply_lexicon(script: Script, words: dict[str, str]) -> Script:
    """The script with every sentence's speech respelled."""
    if not words:
        return script
    blocks = tuple(
        replace(
            b, sentences=tuple(replace(s, speech=respell(s.speech, words)) for s in b.sentences)
        )
        for b in script.blocks
    )
    return replace(script, blocks=blocks)
