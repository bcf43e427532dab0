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

The rate and volume are given to espeak here too (:func:`hold_speech_parameters`), straight
through the library pyttsx3 loaded, because pyttsx3's way of setting them can lose the rate.
"""

from __future__ import annotations

import csv
import ctypes
import functools
import os
import sys
import time
from pathlib import Path
from types import ModuleType

from tts_pipeline.errors import EngineUnavailableError, SynthesisError

_FIX = "reinstall tts-pipeline (pip install --force-reinstall espeakng-loader)"
MESSAGE_BYTES = 512
DISTRIBUTION = "espeakng-loader"
DAMAGED_SHOWN = 3
"""Damaged files named in the error; the rest are counted."""
_loaded = False
RATE = 1
"""``espeakRATE``: words per minute."""
VOLUME = 2
"""``espeakVOLUME``: percent."""
PARAMETER_TRIES = 3
"""Times to give espeak its rate and volume before the utterance fails."""


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


def wait_until_idle(espeak: ModuleType, timeout: float) -> None:
    """Wait until espeak's own thread has run every command given to it (``espeak_IsPlaying``
    is false); ``espeak`` is pyttsx3's binding, ``pyttsx3.drivers._espeak``."""
    deadline = time.monotonic() + timeout
    while espeak.IsPlaying():
        if time.monotonic() > deadline:
            raise SynthesisError(f"espeak did not end the previous sentence within {timeout:g} s")
        time.sleep(0.001)


def hold_speech_parameters(espeak: ModuleType, rate: int, volume: int, timeout: float) -> None:
    """Give espeak ``rate`` (words per minute) and ``volume`` (percent), and return once it
    has them (checked with ``espeak_GetParameter``), with its thread idle.

    Why not pyttsx3's ``setProperty``: pyttsx3 queues it until ``runAndWait``, which hands the
    values to espeak's thread and, a moment later, stops its loop with ``espeak_Cancel`` if
    that thread is still busy. libespeak-ng (1.52) drops the command its thread takes up while
    a cancel is pending, then restores the parameters of the last utterance: now and then (on
    a loaded machine) a whole process then speaks at pyttsx3's default 200 words per minute.
    Set here, the values are in place and espeak idle before pyttsx3's loop starts, so that
    loop has nothing to cancel.
    """
    for _ in range(PARAMETER_TRIES):
        wait_until_idle(espeak, timeout)
        espeak.SetParameter(RATE, rate, 0)
        espeak.SetParameter(VOLUME, volume, 0)
        wait_until_idle(espeak, timeout)
        if (current_parameter(espeak, RATE), current_parameter(espeak, VOLUME)) == (rate, volume):
            return
    raise SynthesisError(
        f"espeak did not take the rate {rate} and volume {volume} "
        f"(it has {current_parameter(espeak, RATE)} and {current_parameter(espeak, VOLUME)})"
    )


def give_text_its_size(espeak: ModuleType) -> None:
    """Make pyttsx3's ``Synth`` (``espeak`` is its binding, ``pyttsx3.drivers._espeak``)
    tell ``espeak_Synth`` the text's true size.

    pyttsx3 (2.99) passes ten times the text's length, and libespeak-ng copies that many
    bytes from the text: it reads nine times the text's length past the end of the Python
    object holding it, and crashes the process (a segfault inside ``espeak_Synth``) when
    that object lies near the end of mapped memory, which happens now and then.
    """
    if getattr(espeak.Synth, "gives_true_size", False) or not hasattr(espeak, "cSynth"):
        return

    def synth(text, position=0, position_type=1, end_position=0, flags=0, user_data=None):
        if isinstance(text, str):
            text = text.encode("utf-8")
        size = len(text) + 1  # with the terminating NUL Python keeps after bytes
        return espeak.cSynth(
            text, size, position, position_type, end_position, flags, None, user_data
        )

    synth.gives_true_size = True
    espeak.Synth = synth


def current_parameter(espeak: ModuleType, parameter: int) -> int:
    """espeak's current value of ``parameter`` (pyttsx3's ``GetParameter`` omits the argument
    that asks for the current value rather than the default)."""
    return _get_parameter(espeak.dll)(parameter, 1)


@functools.cache
def _get_parameter(library):
    """``espeak_GetParameter`` of ``library``, its argument and result types declared once."""
    get = library.espeak_GetParameter
    get.argtypes = [ctypes.c_int, ctypes.c_int]
    get.restype = ctypes.c_int
    return get
