"""The batch's side of ``--check`` and ``--check-fail``: what each episode's check found, and
whether an episode that failed it may be published."""

from __future__ import annotations

from dataclasses import dataclass, field


def require_recognizer() -> None:
    """Fail before any work, saying what to install, when speech recognition is missing."""
    from tts_pipeline.check.transcribe import ensure_available

    ensure_available()


@dataclass
class CheckLog:
    """The checks of the episodes made in one run, by source."""

    results: dict[str, dict] = field(default_factory=dict)
    """Source -> the check's result (``check.CheckResult.to_dict``)."""

    def admit(self, source: str, check: dict | None, keep_out_failures: bool) -> str | None:
        """Note an episode's check; the reason to keep it out of the site, or None. An episode
        not checked (its language unheard by the recognizer) is neither noted nor kept out."""
        if check is None or check["passed"] is None:
            return None
        self.results[source] = check
        if check["passed"] or not keep_out_failures:
            return None
        return f"failed its check: {check['summary']}"

    def published_failures(self, kept_out: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """(source, reason) of the episodes published although they failed their check."""
        out = {source for source, _ in kept_out}
        return [
            (source, f"published, but failed its check: {check['summary']}")
            for source, check in self.results.items()
            if not check["passed"] and source not in out
        ]

    def summary(self) -> str:
        """ ", 3 of 4 checked passed", or nothing when nothing was checked."""
        if not self.results:
            return ""
        passed = sum(check["passed"] for check in self.results.values())
        return f", {passed} of {len(self.results)} checked passed"
