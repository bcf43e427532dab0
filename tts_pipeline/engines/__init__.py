"""Speech engines, found through the ``tts_pipeline.engines`` entry-point group.

The built-in engines register through the same entry points (``pyproject.toml``)
as a third-party package would::

    [project.entry-points."tts_pipeline.engines"]
    myengine = "my_package.engine:MyEngine"

Engines know nothing of articles: they may import only the shared root modules (errors,
models, voices) and take text and a voice profile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points

from tts_pipeline.engines.base import Engine, EngineVoice
from tts_pipeline.errors import EngineUnavailableError, PipelineError

ENTRY_POINT_GROUP = "tts_pipeline.engines"
OWN_DISTRIBUTION = "tts-pipeline"

__all__ = [
    "ENTRY_POINT_GROUP",
    "Engine",
    "EngineVoice",
    "discard_engine",
    "engine_names",
    "get_engine",
    "register_engine",
    "unregister_engine",
    "voice_for_language",
]


@lru_cache(maxsize=1)
def _entry_points() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


_registered: dict[str, Callable[[], Engine]] = {}
"""Engines registered at run time (tests, embedding applications), beside the entry points."""
_instances: dict[str, Engine] = {}
_creating = threading.Lock()
"""Held while an engine is made, so that threads asking for it at once share one instance."""


def register_engine(name: str, factory: Callable[[], Engine]) -> None:
    """Make an engine available under ``name`` in this process (not in worker processes)."""
    _registered[name] = factory
    _instances.pop(name, None)


def unregister_engine(name: str) -> None:
    _registered.pop(name, None)
    _instances.pop(name, None)


def discard_engine(name: str) -> None:
    """Forget this process's instance of an engine (it hung): the next use makes a new one."""
    _instances.pop(name, None)


def engine_names() -> list[str]:
    return sorted({*_entry_points(), *_registered})


def get_engine(name: str) -> Engine:
    """The engine registered as ``name``, created once per process."""
    engine = _instances.get(name)
    if engine is None:
        with _creating:
            engine = _instances.get(name)
            if engine is None:
                factory = _registered.get(name) or _load(name)
                engine = _instances[name] = _create(name, factory)
    return engine


def voice_for_language(engine: Engine, language: str) -> str | None:
    """The id of ``engine``'s voice for ``language`` (``de``), None when it has none: one of
    that language first, then the language's own region (espeak's French is ``fr-fr``, before
    ``fr-be``), then any region of it (``pt-br`` for ``pt``)."""

    from tts_pipeline.resources import load_toml

    def rank(voice: EngineVoice, code: str) -> int:
        tags = [t.lower().replace("_", "-") for t in voice.languages]
        if tags[:1] == [code] or voice.id.lower().endswith(f"/{code}"):
            return 0
        if code in tags or f"{code}-{code}" in tags:
            return 1
        return 2 if any(t.startswith(f"{code}-") for t in tags) else 3

    voices = engine.voices()
    for code in [language, *load_toml("languages.toml")["voice_codes"].get(language, ())]:
        best = min(voices, key=lambda voice: rank(voice, code), default=None)
        if best is not None and rank(best, code) < 3:
            return best.id
    return None


def _load(name: str) -> Callable[[], Engine]:
    entry = _entry_points().get(name)
    if entry is None:
        known = ", ".join(engine_names()) or "none"
        raise EngineUnavailableError(
            f"no speech engine named {name!r} is installed (installed engines: {known}); "
            "install the package that provides it"
        )
    try:
        return entry.load()
    except ImportError as e:
        raise EngineUnavailableError(
            f"speech engine {name!r} cannot be loaded ({e}); {_install_hint(name, entry)}"
        ) from None


def _install_hint(name: str, entry: EntryPoint) -> str:
    package = entry.dist.name if entry.dist else None
    if package is None or package.lower().replace("_", "-") == OWN_DISTRIBUTION:
        return f"pip install 'tts-pipeline[{name}]'"
    return f"reinstall the package that provides it: pip install --force-reinstall {package}"


def _create(name: str, factory: Callable[[], Engine]) -> Engine:
    try:
        engine = factory()
    except PipelineError:
        raise
    except Exception as e:  # a third-party constructor may raise anything
        raise EngineUnavailableError(
            f"speech engine {name!r} failed to start: {type(e).__name__}: {e}"
        ) from None
    if not isinstance(engine, Engine):
        missing = ", ".join(m for m in _protocol_members() if not hasattr(engine, m))
        raise EngineUnavailableError(
            f"speech engine {name!r} does not implement the engine protocol (missing: {missing})"
        )
    return engine


def _protocol_members() -> list[str]:
    methods = [k for k, v in vars(Engine).items() if callable(v) and not k.startswith("_")]
    return [*Engine.__annotations__, *methods]
