"""What the voice profile adds around the article: the spoken disclosure and the outro."""

from __future__ import annotations

from tts_pipeline import DISCLOSURE
from tts_pipeline.models import Block, Role, Script, Sentence
from tts_pipeline.voices import VoiceProfile

_INTRO_ROLES = (Role.TITLE, Role.BYLINE)


def frame_script(script: Script, profile: VoiceProfile) -> Script:
    """``script`` with the profile's disclosure after the title and byline, and its outro."""
    blocks = list(script.blocks)
    if profile.intro_disclosure:
        position = 0
        while position < len(blocks) and blocks[position].role in _INTRO_ROLES:
            position += 1
        sentence = f"{DISCLOSURE}."
        blocks.insert(position, Block(Role.DISCLOSURE, (Sentence(sentence, sentence),)))
    if profile.outro.strip():
        blocks.append(_outro_block(profile.outro))
    return Script(tuple(blocks))


def _outro_block(text: str) -> Block:
    from tts_pipeline.normalize import normalize
    from tts_pipeline.speech.segment import split_sentences

    return Block(Role.OUTRO, tuple(Sentence(s, normalize(s)) for s in split_sentences(text)))
