"""Stops a signal handler raises, kept from being lost or printed: in the parent (``exits``)
and in the worker processes (``audio.worker_process``), which import nothing else of the
package for it."""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Callable


def ignore_signal(signum, frame) -> None:
    """The handler of a stop signal once a stop is under way: it does nothing.

    Not ``SIG_IGN``: a signal that came in (say, the parent's SIGTERM just after the
    group's SIGHUP) before its handler became ``SIG_IGN`` would then be reported, with a
    traceback, as "Signal 15 ignored due to race condition" when Python gets to it."""
    global _lost
    _lost = None  # nothing left to raise again (raise_stops_from_finalizers)


_in_hook = False
"""True while :func:`raise_stops_from_finalizers`' hook runs: a stop waits until it returns."""
_lost: int | None = None
"""The signal of a stop lost in a finalizer, until its handler has raised it again."""
RAISE_AGAIN_SECONDS = 0.005
"""How often a lost stop's signal is sent again until its handler has raised it."""


def held_in_hook(handler: Callable) -> Callable:
    """``handler`` (a signal handler that raises to stop the run), held back while
    :func:`raise_stops_from_finalizers`' hook runs: raised there, it would be lost again."""

    def run(signum, frame):
        global _lost
        if _in_hook:
            return  # the signal comes again (_raise_again)
        _lost = None
        handler(signum, frame)

    return run


def raise_stops_from_finalizers(
    signal_of: Callable[[BaseException], int | None], rearm: Callable[[int], None]
) -> None:
    """Make a stop that a signal handler raised inside a finalizer (an object's ``__del__``,
    a weak reference's callback, a generator closed as it is freed) stop the run all the same.

    Python cannot raise an exception out of a finalizer: it prints "Exception ignored in"
    with a traceback and goes on, and the stop is lost (its handler ignores the signal from
    then on). Here such a stop (``signal_of`` tells its signal, None for any other error)
    is not printed: its handler is put back (``rearm``) and a thread sends the main thread
    the signal again until the handler, called outside this hook, has raised the stop.
    Whatever runs in the hook itself would lose it again. Main thread only."""
    import threading

    previous = sys.unraisablehook

    def hook(info) -> None:
        global _in_hook, _lost
        signum = signal_of(info.exc_value) if info.exc_value is not None else None
        if signum is None:
            previous(info)
            return
        _in_hook = True
        try:
            rearm(signum)
            if _lost != signum:
                _lost = signum
                main = threading.main_thread().ident
                again = threading.Thread(target=_raise_again, args=(main, signum), daemon=True)
                again.start()
        finally:
            _in_hook = False

    sys.unraisablehook = hook


def _raise_again(thread: int, signum: int) -> None:
    import time

    while _lost == signum:
        with contextlib.suppress(OSError, ValueError):
            signal.pthread_kill(thread, signum)
        time.sleep(RAISE_AGAIN_SECONDS)
