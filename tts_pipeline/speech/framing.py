"""What is said around the article, in its language: the byline, the voice profile's spoken
disclosure and its outro. The words are data (``[framing]`` of ``data/languages/<code>.toml``)."""

from __future__ import annotations

from tts_pipeline.models import Block, Role, Script, Sentence
from tts_pipeline.voices import VoiceProfile

_INTRO_ROLES = (Role.TITLE, Role.BYLINE)
ENGLISH = "en"


def framing(language: str | None) -> dict[str, str]:
    """The framing words of ``language`` (None: English); {} for a language without them."""
    from tts_pipeline.resources import language_data

    return language_data(language or ENGLISH).get("framing", {})


def byline(author: str, language: str | None) -> str:
    """ "By Moritz Bachmann." in the language; the name alone where it has no byline word."""
    template = framing(language).get("byline")
    return template.format(author=author) if template else f"{author}."


def frame_script(script: Script, profile: VoiceProfile, language: str | None = None) -> Script:
    """``script`` with the profile's disclosure after the title and byline, and its outro,
    said in ``language`` (None: English).

    The profile's own outro is said when the article is in the profile's language; in
    another, the language's outro from the data. A language without framing data gets
    neither: better nothing than English words read by another language's voice.
    """
    words = framing(language)
    blocks = list(script.blocks)
    if profile.intro_disclosure and words.get("disclosure"):
        position = 0
        while position < len(blocks) and blocks[position].role in _INTRO_ROLES:
            position += 1
        sentence = words["disclosure"]
        blocks.insert(position, Block(Role.DISCLOSURE, (Sentence(sentence, sentence),)))
    outro = _outro(profile, language, words)
    if outro:
        blocks.append(_outro_block(outro, language))
    return Script(tuple(blocks))


def _outro(profile: VoiceProfile, language: str | None, words: dict[str, str]) -> str:
    if not profile.outro.strip():
        return ""
    if _primary(profile.language) == _primary(language or ENGLISH):
        return profile.outro
    return words.get("outro", "")


def _primary(tag: str) -> str:
    return tag.strip().lower().replace("_", "-").split("-")[0]


def _outro_block(text: str, language: str | None) -> Block:
    from tts_pipeline.normalize import normalize
    from tts_pipeline.speech.segment import split_sentences

    sentences = split_sentences(text, language)
    return Block(Role.OUTRO, tuple(Sentence(s, normalize(s, language=language)) for s in sentences))
