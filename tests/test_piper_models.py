"""Finding a Piper model from a profile's voice: a package's module or a .onnx path."""

from __future__ import annotations

import pytest

from tts_pipeline.engines.piper_models import model_language, resolve_model
from tts_pipeline.errors import EngineUnavailableError, VoiceError


def make_model(folder, name="xx_XX-test-low"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.onnx").write_bytes(b"not read here")
    (folder / f"{name}.onnx.json").write_text('{"language": {"code": "xx_XX"}}')
    return folder / f"{name}.onnx"


def test_model_from_a_voice_package(tmp_path, monkeypatch):
    package = tmp_path / "site" / "my_piper_voice"
    model = make_model(package / "data")
    (package / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    found = resolve_model("my_piper_voice")
    assert found.model == model
    assert found.config == model.with_name(model.name + ".json")
    assert found.name == "xx_XX-test-low"


def test_package_with_several_models_asks_for_a_path(tmp_path, monkeypatch):
    package = tmp_path / "site" / "two_voices"
    make_model(package, "a")
    make_model(package, "b")
    (package / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    with pytest.raises(VoiceError, match=r"2 \.onnx models"):
        resolve_model("two_voices")


def test_missing_package_says_what_to_install():
    with pytest.raises(EngineUnavailableError, match="pip install no-such-piper-voice"):
        resolve_model("no_such_piper_voice")


def test_plain_module_is_not_a_voice_package():
    with pytest.raises(VoiceError, match="not a Piper voice package"):
        resolve_model("os")


def test_relative_path_starts_at_the_base(tmp_path):
    model = make_model(tmp_path / "models")
    assert resolve_model("models/xx_XX-test-low.onnx", base=tmp_path).model == model


def test_missing_model_and_missing_config(tmp_path):
    with pytest.raises(VoiceError, match="does not exist"):
        resolve_model(str(tmp_path / "nothing.onnx"))
    model = make_model(tmp_path)
    model.with_name(model.name + ".json").unlink()
    with pytest.raises(VoiceError, match="no config"):
        resolve_model(str(model))


@pytest.mark.parametrize(
    "config, language",
    [
        ({"language": {"code": "en_US"}, "espeak": {"voice": "en-us"}}, "en_US"),
        ({"espeak": {"voice": "de"}}, "de"),
        ({}, None),
    ],
)
def test_model_language(config, language):
    assert model_language(config) == language
