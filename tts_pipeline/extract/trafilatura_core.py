"""Trafilatura's extraction, imported without the packages only its other jobs use.

``import trafilatura`` loads its downloader and URL tools with it: urllib3, courlan (with
tld and babel), htmldate, charset_normalizer, and justext's ``urllib.request`` (with
``http.client`` and ``ssl``). Reading a parsed tree with ``with_metadata=False`` calls none
of them, and importing them is about 0.15 s, a quarter of a ``clean`` run. So the
extraction core is imported with those packages standing in as placeholders: a name
imported from one is a stand-in that imports the real package the first time it is
called. The placeholders leave ``sys.modules`` as soon as the core is in, so anything else
importing those packages gets the real ones, and the ``trafilatura`` package itself
finishes its own import the first time a name outside the core is asked of it. When a
trafilatura release no longer imports this way, the plain import is used.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import threading
from types import ModuleType
from typing import Any

DEFERRED = (
    "courlan",
    "htmldate",
    "urllib3",
    "urllib3.response",
    "charset_normalizer",
    "urllib.request",  # justext's, for its command line's downloads
)
"""Modules the extraction core imports but, for a parsed tree, never calls."""


def extraction_core() -> ModuleType:
    """``trafilatura.core`` (``bare_extraction`` and the rest), imported once; threads that
    ask while it is being imported wait for it."""
    global _core
    if _core is None:
        with _IMPORTING:
            if _core is None:
                _core = _imported()
    return _core


_core: ModuleType | None = None
_IMPORTING = threading.Lock()


def _imported() -> ModuleType:
    if "trafilatura.core" in sys.modules:  # imported plainly before: nothing to defer
        return sys.modules["trafilatura.core"]
    try:
        return _import_deferring(DEFERRED)
    except Exception:  # a release that imports otherwise: import it plainly
        for name in [name for name in sys.modules if name.partition(".")[0] == "trafilatura"]:
            del sys.modules[name]
        import trafilatura.core

        return trafilatura.core


def _import_deferring(deferred: tuple[str, ...]) -> ModuleType:
    spec = importlib.util.find_spec("trafilatura")
    if spec is None or spec.loader is None:
        raise ImportError("trafilatura is not installed")
    package = importlib.util.module_from_spec(spec)
    package.__class__ = _PackageFinishedOnUse
    stood_in = [name for name in deferred if name not in sys.modules]
    for name in stood_in:
        sys.modules[name] = _Placeholder(name)
    sys.modules["trafilatura"] = package
    # what the package's __init__ does besides importing: a library's logs stay quiet
    logging.getLogger("trafilatura").addHandler(logging.NullHandler())
    try:
        return importlib.import_module("trafilatura.core")
    finally:
        for name in stood_in:
            sys.modules.pop(name, None)


class _PackageFinishedOnUse(ModuleType):
    """The ``trafilatura`` package before its ``__init__`` ran: the first name it lacks
    runs it (the real packages are importable by then)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or self.__dict__.get("_finishing"):
            raise AttributeError(name)
        self.__dict__["_finishing"] = True
        self.__spec__.loader.exec_module(self)  # type: ignore[union-attr]
        return ModuleType.__getattribute__(self, name)


class _Placeholder(ModuleType):
    """A package while the core imports: a class name gives a class nothing is an
    instance of (for ``isinstance`` and type hints), any other name a stand-in."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        if name[:1].isupper():
            return type(name, (), {"__module__": self.__name__})
        return _Deferred(self.__name__, name)


class _Deferred:
    """A function of a package not yet imported: imports it when called."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(self.module), self.name)(*args, **kwargs)
