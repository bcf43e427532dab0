"""hibari: a small neural English engine (Apache-2.0) whose voice "heart" ships in its wheel.

Only voices whose model is inside the installed ``hibari-tts`` package are used. hibari
can fetch its other voices from a model hub on first use; tts-pipeline never lets it:
it looks voices up in hibari's registry itself and hands hibari the model's path, so
hibari's download code is never reached. The model and its grapheme-to-phoneme data are
loaded once per process, on the first sentence, and kept.
"""

from __future__ import annotations

import gzip
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from tts_pipeline.engines import hibari_words
from tts_pipeline.engines.base import EngineVoice
from tts_pipeline.errors import EngineUnavailableError, SynthesisError, VoiceError
from tts_pipeline.models import Clip

if TYPE_CHECKING:
    import numpy as np

    from tts_pipeline.voices import VoiceProfile

DISTRIBUTION = "hibari-tts"
FIX = "reinstall tts-pipeline, whose hibari-tts dependency ships the voice: pip install hibari-tts"
NATURAL_RATE = 165
"""Words per minute "heart" speaks at hibari's speed 1.0 (measured on news text, pauses
trimmed); the profile's ``rate`` sets the speed against it."""
INFERENCE_THREADS = 1
"""onnxruntime threads per process. Synthesis runs in a worker process per core, and with
two workers on two cores one thread each is fastest (benchmarks/bench.py, comparison 8)."""
SEED = 0
"""hibari adds a noise component drawn at random: a fixed seed makes the same text give the
same audio, run after run."""
PHONEMES_PER_CALL = 400
"""Longest phoneme string given to the model at once (hibari's own limit); a longer one is
cut at clause punctuation. ``max_chars`` keeps texts under it: news text has at most
about 1.25 phonemes per character."""
SILENT_CLIP_SECONDS = 0.05
"""What a text without a single speakable word gives: a moment of silence."""


class HibariEngine:
    """hibari's voices that ship inside its package; one model per voice and process."""

    name: ClassVar[str] = "hibari"
    max_chars: ClassVar[int] = 300
    """About 375 phonemes at most: under the model's limit, so hibari never cuts a text."""
    pool_min_chars: ClassVar[int] = 1000
    """About a second of synthesis on one core. A worker spends half a second starting
    before it loads the model (as the main process would), so a second one pays from
    there: the sample article (1,600 characters) is spoken by two."""

    def __init__(self) -> None:
        self._models: dict[str, object] = {}

    def unavailable_reason(self, profile: VoiceProfile | None = None) -> str | None:
        for module in ("hibari", "onnxruntime"):
            if find_spec(module) is None:
                return f"the hibari engine needs the {module} module, which is not installed: {FIX}"
        if profile is not None:
            try:
                self._model_path(profile)
            except (EngineUnavailableError, VoiceError) as e:
                return str(e)
        return None

    def voices(self) -> list[EngineVoice]:
        registry = _registry()
        return [
            EngineVoice(name, _voice_name(name, entry), (entry.get("language", "en"),))
            for name, entry in registry.voices.items()
            if entry.get("bundled")
        ]

    def identity(self, profile: VoiceProfile) -> str:
        from importlib.metadata import version

        model = self._model_path(profile)
        stat = model.stat()
        return (
            f"hibari {version(DISTRIBUTION)}|{profile.voice}|{stat.st_size}|{stat.st_mtime_ns}"
            f"|{NATURAL_RATE}|{profile.rate}|{profile.volume}|{SEED}|{PHONEMES_PER_CALL}"
            f"|{hibari_words.data_digest()}"
        )

    def prepare(self, profile: VoiceProfile) -> None:
        """Load the profile's model and pronunciation data now (a worker does this while
        the script is made)."""
        self._model(profile)

    def synthesize(self, text: str, profile: VoiceProfile) -> Clip:
        import numpy as np

        model = self._model(profile)
        speed = profile.rate / NATURAL_RATE
        try:
            given = hibari_words.prepared(text, _own_lexicon(model), _own_lexicon(model, "silvers"))
            phonemes = model.g2p(given)
            parts = [
                model.from_ids(model.ids(piece), speed, np.random.default_rng(SEED))
                for piece in clause_pieces(phonemes, PHONEMES_PER_CALL)
            ]
        except Exception as e:  # onnxruntime and the phonemizer raise their own types
            raise SynthesisError(f"hibari failed on {text[:60]!r}: {type(e).__name__}: {e}") from e
        rate = int(model.sample_rate)
        if not parts:
            return Clip(pcm=b"\0\0" * round(SILENT_CLIP_SECONDS * rate), rate=rate)
        return Clip(pcm=to_pcm16(np.concatenate(parts), profile.volume), rate=rate)

    def _model_path(self, profile: VoiceProfile) -> Path:
        """The ONNX model of the profile's voice, inside the installed hibari package."""
        registry = _registry()
        entry = registry.voices.get(profile.voice or "")
        if entry is None:
            bundled = [n for n, e in registry.voices.items() if e.get("bundled")]
            raise VoiceError(
                f"voice profile {profile.name!r}: hibari has no voice {profile.voice!r}; "
                f"set voice to one of: {', '.join(bundled) or 'none'}"
            )
        if not entry.get("bundled"):
            raise EngineUnavailableError(
                f"hibari voice {profile.voice!r} is not inside an installed package (hibari "
                "would download it from a model hub, and tts-pipeline never downloads); "
                "use a voice that ships with hibari-tts, such as 'heart'"
            )
        path = registry.assets / entry["file"]
        if not path.is_file():
            raise EngineUnavailableError(f"hibari voice model {path} is missing; {FIX}")
        return path

    def _model(self, profile: VoiceProfile):
        """The loaded ``hibari.Hibari`` of the profile's voice, created once per process."""
        voice = profile.voice or ""
        if voice not in self._models:
            self._models[voice] = _load(voice, self._model_path(profile))
        return self._models[voice]


def _own_lexicon(model, part: str = "golds") -> hibari_words.OwnLexicon:
    """hibari's lexicon of words as written: its "golds" or its lesser "silvers"; an empty
    one when this hibari keeps them elsewhere."""
    return getattr(getattr(model.g2p, "lexicon", None), part, None) or {}


@dataclass(frozen=True)
class _Registry:
    """hibari's list of voices (``hibari.voices.VOICES``) and the folder of its models."""

    voices: dict
    assets: Path


@lru_cache(maxsize=1)
def _registry() -> _Registry:
    voices = _voices_module()
    return _Registry(dict(voices.VOICES), Path(voices.ASSETS))


def _voices_module():
    """``hibari.voices``, run from its file without importing the ``hibari`` package,
    whose ``__init__`` loads the engine and onnxruntime (0.25 s): the process that only
    chooses voices and keys clips (``speak``'s own, while workers speak) never needs them.
    The module needs only the standard library; anything unexpected (another layout, an
    import of its own package) falls back to importing it."""
    from importlib.util import module_from_spec, spec_from_file_location

    if "hibari.voices" in sys.modules:
        return sys.modules["hibari.voices"]
    try:
        package = find_spec("hibari")
        folders = package.submodule_search_locations if package else None
        spec = spec_from_file_location(
            "tts_pipeline.engines._hibari_voices", Path(next(iter(folders or ())), "voices.py")
        )
        module = module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        module.VOICES, module.ASSETS  # noqa: B018  # what the registry reads
        return module
    except Exception:
        return _import_hibari("hibari.voices")


def _voice_name(name: str, entry: dict) -> str:
    details = " ".join(str(entry[k]) for k in ("accent", "gender") if entry.get(k))
    return f"{name} ({details})" if details else name


def _import_hibari(module: str):
    """Import a hibari module, with numpy's FFT for its signal processing.

    hibari uses ``scipy.fft`` whenever it can import it: no faster here than numpy's
    (measured: the same CPU time per clip), and 0.4 to 2 s to import in every worker
    process. So scipy is hidden while hibari is first imported, unless already loaded.
    """
    import importlib

    hide = "scipy" not in sys.modules
    if hide:
        sys.modules["scipy"] = None  # type: ignore[assignment]  # makes "import scipy.fft" fail
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise EngineUnavailableError(f"the hibari engine cannot start ({e}); {FIX}") from None
    finally:
        if hide and sys.modules.get("scipy", 0) is None:
            del sys.modules["scipy"]


def _load(voice: str, model: Path):
    """A ``hibari.Hibari`` for ``model``, its grapheme-to-phoneme data loaded too."""
    hibari = _import_hibari("hibari")
    try:
        tts = hibari.Hibari(voice=voice, model=str(model), threads=INFERENCE_THREADS)
    except Exception as e:  # onnxruntime's own exception types (InvalidProtobuf, Fail, ...)
        detail = str(e).strip().splitlines()[0][:200] if str(e).strip() else type(e).__name__
        raise VoiceError(
            f"hibari voice model {model} is broken (truncated or not an ONNX model: {detail}); "
            f"{FIX}"
        ) from None
    read_json_with_orjson(_import_hibari("hibari.g2p"))
    try:
        tts.g2p  # noqa: B018  # loads the lexicons and tagger now, once
    except Exception as e:
        raise EngineUnavailableError(
            f"hibari's pronunciation data cannot be loaded ({type(e).__name__}: {e}); {FIX}"
        ) from None
    return tts


def read_json_with_orjson(g2p_module) -> None:
    """Have hibari read its pronunciation data (about 10 MB of JSON: lexicons and tagger)
    with orjson, which decodes it in under half the time of the json module hibari uses:
    every worker process reads it before it speaks. The data read is the same; when hibari
    no longer reads its data through ``_load_json`` (or orjson is missing), nothing changes.
    """
    original = getattr(g2p_module, "_load_json", None)
    assets = getattr(g2p_module, "ASSETS", None)
    if original is None or assets is None or getattr(original, "reads_with_orjson", False):
        return
    try:
        import orjson
    except ImportError:
        return

    def load_json(name: str):
        data = (Path(assets) / name).read_bytes()
        return orjson.loads(gzip.decompress(data) if name.endswith(".gz") else data)

    load_json.reads_with_orjson = True  # type: ignore[attr-defined]
    g2p_module._load_json = load_json


def clause_pieces(phonemes: str, limit: int) -> list[str]:
    """``phonemes`` cut after clause punctuation into pieces of at most ``limit`` characters
    where the punctuation allows (as hibari does for a long sentence); blank pieces dropped."""
    import re

    pieces: list[str] = []
    current = ""
    for part in re.split(r"(?<=[,;:—])\s+", phonemes.strip()):
        if current and len(current) + 1 + len(part) > limit:
            pieces.append(current)
            current = part
        else:
            current = f"{current} {part}" if current else part
    pieces.append(current)
    return [p for p in pieces if p.strip()]


def to_pcm16(samples: np.ndarray, volume: float = 1.0) -> bytes:
    """Float samples (-1..1) as 16-bit little-endian PCM, scaled by ``volume``, clipped."""
    import numpy as np

    scaled = np.clip(samples.astype(np.float32) * (32767.0 * volume), -32768.0, 32767.0)
    return np.round(scaled).astype("<i2").tobytes()
