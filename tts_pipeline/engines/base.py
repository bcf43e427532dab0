"""The contract every speech engine meets. Kept tiny; implementations live beside it."""

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
    name: str
    languages: tuple[str, ...] = ()


@runtime_checkable
class Engine(Protocol):
    """Text and voice settings in, audio out. Knows nothing of articles."""

    name: ClassVar[str]
    max_chars: ClassVar[int]
    """Longest text one ``synthesize`` call takes; longer sentences are split first."""
    pool_min_chars: ClassVar[int]
    """Below this many characters of new text, synthesis runs in-process, not in workers."""

    def unavailable_reason(self) -> str | None:
        """None when the engine can run here, else why not and what to install."""

    def voices(self) -> list[EngineVoice]:
        """The voices this engine offers here."""

    def identity(self, profile: VoiceProfile) -> str:
        """Everything besides the text that decides the audio: engine, version, voice, rate."""

    def synthesize(self, text: str, profile: VoiceProfile) -> Clip:
        """Speak ``text``; raise SynthesisError on failure."""
