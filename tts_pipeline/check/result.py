"""What a check found: each sentence heard or not, speech the script lacks, long silences."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class SentenceCheck:
    """One sentence of the script and what was heard of it."""

    text: str
    """The sentence as written."""
    heard: bool
    similarity: float
    """0 to 1: the folded script sentence against the folded words heard for it."""
    start: float
    """Seconds: where it was heard or, when it was not, where it should have been."""
    end: float
    transcript: str
    """The words heard for it, as the recognizer wrote them."""


@dataclass(frozen=True)
class Passage:
    """A stretch of the audio: speech that matches no sentence, or a long silence."""

    start: float
    end: float
    text: str = ""


@dataclass(frozen=True)
class CheckResult:
    sentences: tuple[SentenceCheck, ...]
    unexpected: tuple[Passage, ...]
    """Speech that matches no sentence of the script."""
    silences: tuple[Passage, ...]
    """Silences longer than any pause the script plans (reported; they do not fail a check)."""
    threshold: float
    """Similarity a sentence needs to count as heard (the voice's)."""
    long_silence: float
    """Seconds of silence reported as long."""
    duration: float
    model: str
    not_checked: str = ""
    """Why the episode was not listened to (a language the recognizer does not hear)."""

    @property
    def passed(self) -> bool | None:
        """Every sentence heard and nothing said that the script lacks; None: not checked."""
        if self.not_checked:
            return None
        return all(s.heard for s in self.sentences) and not self.unexpected

    @property
    def missing(self) -> list[int]:
        """Indices of the sentences not heard."""
        return [i for i, s in enumerate(self.sentences) if not s.heard]

    def summary(self) -> str:
        """One line: passed or failed, and why."""
        if self.not_checked:
            return f"not checked: {self.not_checked}"
        heard = sum(s.heard for s in self.sentences)
        parts = [f"{heard} of {len(self.sentences)} sentences heard"]
        if self.missing:
            parts.append("not heard: " + ", ".join(f"#{i + 1}" for i in self.missing))
        if self.unexpected:
            at = ", ".join(clock(p.start) for p in self.unexpected)
            parts.append(f"speech not in the script at {at}")
        if self.silences:
            parts.append(f"{len(self.silences)} long silence{'s' * (len(self.silences) > 1)}")
        return ("passed: " if self.passed else "failed: ") + "; ".join(parts)

    def to_dict(self) -> dict:
        return {
            "passed": self.passed,
            "summary": self.summary(),
            "model": self.model,
            "threshold": self.threshold,
            "long_silence_seconds": self.long_silence,
            "duration": round(self.duration, 3),
            "sentences": [
                {**asdict(s), "similarity": round(s.similarity, 3), **_times(s)}
                for s in self.sentences
            ],
            "unexpected_speech": [{**asdict(p), **_times(p)} for p in self.unexpected],
            "long_silences": [_times(p) for p in self.silences],
        }


def _times(item: SentenceCheck | Passage) -> dict:
    return {"start": round(item.start, 2), "end": round(item.end, 2)}


def clock(seconds: float) -> str:
    """``83.4`` -> "1:23.4"."""
    minutes, rest = divmod(max(0.0, seconds), 60)
    return f"{int(minutes)}:{rest:04.1f}"
