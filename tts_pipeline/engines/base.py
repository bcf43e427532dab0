"""The contract every speech engine meets. Kept tiny; implementations live beside it.

An engine is a class with a no-argument constructor, registered under a name in the
``tts_pipeline.engines`` entry-point group. The pipeline creates one instance per
process (worker processes included), so an engine loads its model once, lazily, and
keeps it on the instance.

Optional: a class attribute ``synthesis_timeout`` (seconds; default 120), the longest one
``synthesize`` call of ``max_chars`` characters may take, first call (model loading)
included. A call that runs over it counts as a failed try and is tried again in a new
worker process.

Optional: a method ``prepare(profile)`` that loads what the profile's voice needs (its
model) without speaking. An engine that has one gets its worker processes started, and
loading, while the article is still being read into a script.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from tts_pipeline.models import Clip
    from tts_pipeline.voices import VoiceProfile


@dataclass(frozen=True)
class EngineVoice:
    """A voice an engine offers."""

    id: str
    """What a profile's ``voice`` setting names to pick it."""
    name: str
    languages: tuple[str, ...] = ()
    """Language tags as the engine gives them, e.g. ``en-us`` or ``en_US``."""


@runtime_checkable
class Engine(Protocol):
    """Text and voice settings in, audio out. Knows nothing of articles."""

    name: ClassVar[str]
    max_chars: ClassVar[int]
    """Longest text one ``synthesize`` call takes; longer sentences are split first."""
    pool_min_chars: ClassVar[int]
    """Below this many characters of new text, synthesis runs in-process, not in workers."""

    def unavailable_reason(self, profile: VoiceProfile | None = None) -> str | None:
        """None when the engine (and the profile's voice, if given) can run here.

        Otherwise one line: what is missing and the command that installs it. Cheap:
        it is called before every run and for every profile ``tts-pipeline voices`` lists.
        """

    def voices(self) -> list[EngineVoice]:
        """The voices this engine offers here, with their languages."""

    def identity(self, profile: VoiceProfile) -> str:
        """Everything besides the text that decides the audio: engine, version, voice, rate."""

    def synthesize(self, text: str, profile: VoiceProfile) -> Clip:
        """Speak ``text``; raise SynthesisError (or VoiceError for a bad voice) on failure."""
