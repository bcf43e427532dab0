"""Speech engines, found through the ``tts_pipeline.engines`` entry-point group.

The built-in engines register through the same entry points (``pyproject.toml``)
as a third-party package would.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib.metadata import entry_points

from tts_pipeline.engines.base import Engine, EngineVoice
from tts_pipeline.errors import EngineUnavailableError

ENTRY_POINT_GROUP = "tts_pipeline.engines"

__all__ = [
    "ENTRY_POINT_GROUP",
    "Engine",
    "EngineVoice",
    "engine_names",
    "get_engine",
    "register_engine",
    "unregister_engine",
]


@lru_cache(maxsize=1)
def _entry_points() -> dict[str, object]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


_registered: dict[str, Callable[[], Engine]] = {}
"""Engines registered at run time (tests, embedding applications), beside the entry points."""
_instances: dict[str, Engine] = {}


def register_engine(name: str, factory: Callable[[], Engine]) -> None:
    """Make an engine available under ``name`` in this process."""
    _registered[name] = factory
    _instances.pop(name, None)


def unregister_engine(name: str) -> None:
    _registered.pop(name, None)
    _instances.pop(name, None)


def engine_names() -> list[str]:
    return sorted({*_entry_points(), *_registered})


def get_engine(name: str) -> Engine:
    """The engine registered as ``name``, created once per process."""
    if name in _instances:
        return _instances[name]
    if name in _registered:
        _instances[name] = _registered[name]()
        return _instances[name]
    entry = _entry_points().get(name)
    if entry is None:
        known = ", ".join(engine_names()) or "none"
        raise EngineUnavailableError(f"no speech engine named {name!r}; installed engines: {known}")
    try:
        factory: Callable[[], Engine] = entry.load()
    except ImportError as e:
        raise EngineUnavailableError(
            f"speech engine {name!r} cannot be loaded ({e}); install its extra: "
            f"pip install 'tts-pipeline[{name}]'"
        ) from None
    engine = factory()
    _instances[name] = engine
    return engine
