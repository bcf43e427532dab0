"""Make libespeak-ng available to pyttsx3 without a system package, and check it first.

The ``espeakng-loader`` wheel ships the library and its data. Loading it before
pyttsx3 does lets pyttsx3's own ``dlopen`` of ``libespeak-ng.so.1`` find it by its
soname; ``ESPEAK_DATA_PATH`` points espeak at the data. It is loaded ``RTLD_LOCAL``:
made global, its symbols would displace those of the espeak-ng that piper's
phonemizer links in, and the first Piper voice in the same process would crash.

``espeak_Initialize``, which pyttsx3 calls, ends the whole process with espeak's own
message when its data is missing or broken, and data cut short crashes it later; so the
bundled files are first compared with the sizes the wheel recorded, and the data is loaded
through ``espeak_ng_Initialize``, which reports a problem instead of ending the process.
"""

from __future__ import annotations

import csv
import ctypes
import os
import sys
from pathlib import Path

from tts_pipeline.errors import EngineUnavailableError

_FIX = "reinstall tts-pipeline (pip install --force-reinstall espeakng-loader)"
MESSAGE_BYTES = 512
DISTRIBUTION = "espeakng-loader"
DAMAGED_SHOWN = 3
"""Damaged files named in the error; the rest are counted."""
_loaded = False


def prepare_espeak() -> None:
    """Load the bundled libespeak-ng once per process (Linux and other non-Mac Unix only).

    Raises EngineUnavailableError when the library or espeak's data is missing or broken:
    libespeak-ng would otherwise end the whole process from inside ``pyttsx3.init()``.
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
    if Path(os.environ["ESPEAK_DATA_PATH"]) == data.parent:
        _check_sizes(Path(espeakng_loader.__file__).parent)
    phontab = Path(os.environ["ESPEAK_DATA_PATH"]) / "espeak-ng-data" / "phontab"
    if not phontab.is_file():
        raise EngineUnavailableError(
            f"espeak-ng data not found at {phontab.parent} (ESPEAK_DATA_PATH is "
            f"{os.environ['ESPEAK_DATA_PATH']}); unset ESPEAK_DATA_PATH or point it at the folder "
            "holding espeak-ng-data, or reinstall tts-pipeline"
        )
    try:
        handle = ctypes.CDLL(str(library), mode=ctypes.RTLD_LOCAL)
    except OSError as e:
        raise EngineUnavailableError(
            f"the espeak-ng library {library} cannot be loaded ({_one_line(e)}); {_FIX}"
        ) from None
    _check_data(handle, phontab.parent)
    _loaded = True


def _check_sizes(package: Path) -> None:
    """EngineUnavailableError when a file of the bundled espeak-ng (library or data) is
    missing or not the size its wheel recorded: espeak crashes on data cut short."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        found = distribution(DISTRIBUTION)
        record = found.read_text("RECORD") or ""
        base = Path(found.locate_file(""))
    except (PackageNotFoundError, OSError):
        return
    if (base / package.name).resolve() != package.resolve():
        return  # the files loaded are not those this record describes
    damaged = []
    for row in csv.reader(record.splitlines()):
        if len(row) < 3 or not row[2].isdigit() or not row[0].startswith(package.name + "/"):
            continue
        try:
            size = (base / row[0]).stat().st_size
        except OSError:
            damaged.append(f"{row[0]} is missing")
            continue
        if size != int(row[2]):
            damaged.append(f"{row[0]} has {size} bytes, not {row[2]}")
    if damaged:
        more = len(damaged) - DAMAGED_SHOWN
        listed = "; ".join(damaged[:DAMAGED_SHOWN]) + (f"; and {more} more" if more > 0 else "")
        raise EngineUnavailableError(f"espeak-ng's files are damaged ({listed}); {_FIX}")


def _check_data(handle, folder: Path) -> None:
    """Load espeak's data the way that reports a problem instead of ending the process."""
    try:
        initialize_path = handle.espeak_ng_InitializePath
        initialize = handle.espeak_ng_Initialize
        describe = handle.espeak_ng_GetStatusCodeMessage
    except AttributeError:
        return  # an espeak-ng too old to check: leave it to pyttsx3
    initialize_path.argtypes = [ctypes.c_char_p]
    initialize_path.restype = None
    initialize.argtypes = [ctypes.c_void_p]
    initialize.restype = ctypes.c_int
    describe.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t]
    describe.restype = None
    initialize_path(os.fsencode(os.environ["ESPEAK_DATA_PATH"]))
    context = ctypes.c_void_p()
    status = initialize(ctypes.byref(context))
    if status != 0:
        message = ctypes.create_string_buffer(MESSAGE_BYTES)
        describe(status, message, MESSAGE_BYTES)
        reason = message.value.decode("utf-8", "replace") or f"status {status:#x}"
        raise EngineUnavailableError(
            f"espeak-ng cannot load its data in {folder} ({_one_line(reason)}); {_FIX}, "
            "or unset ESPEAK_DATA_PATH if it points elsewhere"
        )


def _one_line(text: object) -> str:
    return " ".join(str(text).split())
