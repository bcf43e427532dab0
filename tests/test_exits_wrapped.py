"""A Ctrl-C or stop signal that lands while a class is built reaches the handlers wrapped
in Python's RuntimeError; it is still an interruption, not an internal error."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

from tts_pipeline import exits


class _InterruptedWhileNamed:
    def __init__(self, interruption: KeyboardInterrupt) -> None:
        self.interruption = interruption

    def __set_name__(self, owner, name):
        raise self.interruption


def _raised_while_a_class_is_built(interruption: KeyboardInterrupt) -> BaseException:
    try:

        class Imported:
            attribute = _InterruptedWhileNamed(interruption)

    except BaseException as e:  # the test looks at what Python raised
        return e
    raise AssertionError("building the class raised nothing")


@pytest.mark.parametrize(
    ("interruption", "expected"),
    [
        (KeyboardInterrupt(), ("interrupted", 130)),
        (exits.Stopped(signal.SIGTERM), ("stopped by SIGTERM", 143)),
    ],
)
def test_a_wrapped_interruption_is_explained_as_one(interruption, expected):
    error = _raised_while_a_class_is_built(interruption)
    if isinstance(error, KeyboardInterrupt):  # Python 3.12+ adds a note instead of wrapping
        assert exits.interruption(error) == expected
    else:
        assert exits.explain(error) == expected


def test_an_error_with_no_interruption_behind_it_is_still_a_bug():
    try:
        try:
            raise ValueError("inner")
        except ValueError as inner:
            raise RuntimeError("outer") from inner
    except RuntimeError as error:
        message, code = exits.explain(error)
    assert code == exits.INTERNAL_ERROR_EXIT
    assert message.startswith("internal error: RuntimeError: outer")


LANDS_IN_A_FINALIZER = textwrap.dedent(
    """
    import os, signal, time
    from tts_pipeline import exits

    class Freed:
        def __del__(self):  # the signal lands while an object is freed
            os.kill(os.getpid(), signal.{signal})
            len(str(self))

    exits.stop_on_signals()
    try:
        Freed()
        deadline = time.monotonic() + 10  # the run goes on
        while time.monotonic() < deadline:
            time.sleep(0.01)
        print("the stop was lost", flush=True)
    except KeyboardInterrupt as stop:
        message, code = exits.interruption(stop)
        print(message, flush=True)
        os._exit(code)
    """
)


@pytest.mark.parametrize(
    ("signum", "expected"),
    [
        (signal.SIGINT, (130, "interrupted\n")),
        (signal.SIGTERM, (143, "stopped by SIGTERM\n")),
        (signal.SIGHUP, (129, "stopped by SIGHUP\n")),
    ],
    ids=["ctrl-c", "SIGTERM", "SIGHUP"],
)
def test_a_stop_that_lands_in_a_finalizer_still_stops_the_run(signum, expected):
    """Real signals in a real process: Python drops an exception raised in a finalizer (it
    printed "Exception ignored in" with a traceback, and the run went on to the end, deaf
    to more SIGTERMs); the run stops as for any stop, with no traceback."""
    script = LANDS_IN_A_FINALIZER.format(signal=signum.name)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (*expected, "")


def test_a_stop_in_a_finalizer_while_espeak_speaks_goes_to_the_process_hook(monkeypatch, tmp_path):
    """While pyttsx3 speaks, errors of its callback are collected for the waiting thread
    (so that they are raised, not printed); a stop dropped in a finalizer then is not one of
    them (it became a failed try, tried again): it goes on to the process's own hook."""
    from types import SimpleNamespace

    from tts_pipeline.audio.synthesize import _Hung
    from tts_pipeline.engines.pyttsx3_engine import _CallbackErrors

    seen = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)
    stops = [exits.Stopped(signal.SIGTERM), KeyboardInterrupt(), SystemExit(138)]
    failures = [RuntimeError("Error saving WAV file"), _Hung()]  # _Hung: the time limit
    with _CallbackErrors(tmp_path / "speech.wav") as errors:
        for error in [*stops, *failures]:
            sys.unraisablehook(SimpleNamespace(exc_value=error))
    assert errors.errors == failures
    assert [info.exc_value for info in seen] == stops


TWO_AT_ONCE = textwrap.dedent(
    """
    import os, signal
    from tts_pipeline import exits

    exits.stop_on_signals()
    both = {signal.SIGHUP, signal.SIGTERM}
    signal.pthread_sigmask(signal.SIG_BLOCK, both)  # both come in before either's handler runs
    os.kill(os.getpid(), signal.SIGTERM)
    os.kill(os.getpid(), signal.SIGHUP)
    try:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, both)
        print("not stopped", flush=True)
    except KeyboardInterrupt as stop:
        message, code = exits.interruption(stop)
        print(message, flush=True)
        os._exit(code)
    """
)


def test_two_stop_signals_at_once_stop_the_run_once_quietly():
    """Real signals in a real process: SIGHUP and SIGTERM together; the first stops the run,
    the second, ignored, was reported as "OSError: Signal 15 ignored due to race condition"
    with a traceback."""
    done = subprocess.run(
        [sys.executable, "-c", TWO_AT_ONCE], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (129, "stopped by SIGHUP\n", "")
