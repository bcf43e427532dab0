"""The similarity a sentence needs to count as heard, per voice (``data/check/thresholds.toml``).

Speech recognition hears a robotic voice worse than a natural one, so a fixed threshold
would either miss damage in a neural voice or fail intact espeak episodes.
"""

from __future__ import annotations

from tts_pipeline.resources import load_toml


def threshold_for(engine: str | None, voice: str | None) -> float:
    """The voice's own threshold, else its engine's, else the default."""
    data = load_toml("check/thresholds.toml")
    by_voice, by_engine = data.get("voice", {}), data.get("engine", {})
    if engine and voice and f"{engine}:{voice}" in by_voice:
        return float(by_voice[f"{engine}:{voice}"])
    if engine in by_engine:
        return float(by_engine[engine])
    return float(data["default"])
