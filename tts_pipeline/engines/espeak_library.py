"""Make libespeak-ng available to pyttsx3 without a system package.

The ``espeakng-loader`` wheel ships the library and its data. Loading it before
pyttsx3 does lets pyttsx3's own ``dlopen`` of ``libespeak-ng.so.1`` find it by its
soname; ``ESPEAK_DATA_PATH`` points espeak at the data. It is loaded ``RTLD_LOCAL``:
made global, its symbols would displace those of the espeak-ng that piper's
phonemizer links in, and the first Piper voice in the same process would crash.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from tts_pipeline.errors import EngineUnavailableError

_loaded = False


def prepare_espeak() -> None:
    """Load the bundled libespeak-ng once per process (Linux and other non-Mac Unix only).

    Raises EngineUnavailableError when espeak's data is missing: libespeak-ng would
    otherwise end the whole process from inside ``pyttsx3.init()``.
    """
    global _loaded
    if _loaded or sys.platform in ("darwin", "win32"):
        return
    try:
        import espeakng_loader
    except ImportError:
        _loaded = True  # fall back to a system libespeak-ng, if any
        return
    library = espeakng_loader.get_library_path()
    data = Path(espeakng_loader.get_data_path())
    os.environ.setdefault("ESPEAK_DATA_PATH", str(data.parent))
    phontab = Path(os.environ["ESPEAK_DATA_PATH"]) / "espeak-ng-data" / "phontab"
    if not phontab.is_file():
        raise EngineUnavailableError(
            f"espeak-ng data not found at {phontab.parent} (ESPEAK_DATA_PATH is "
            f"{os.environ['ESPEAK_DATA_PATH']}); unset ESPEAK_DATA_PATH or point it at the folder "
            "holding espeak-ng-data, or reinstall tts-pipeline"
        )
    ctypes.CDLL(str(library), mode=ctypes.RTLD_LOCAL)
    _loaded = True
