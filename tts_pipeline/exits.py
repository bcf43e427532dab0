"""How a command ends: a one-line message and an exit code for every way it can end.

Errors of the pipeline carry their own code (``errors``); here is the rest: an interruption
(Ctrl-C, or SIGTERM and SIGHUP, which stop a run as cleanly as Ctrl-C does), an error from
the operating system (a full disk is an output error, code 6), and a bug (code 70, the only
case that asks for a report). Also the pipeline's warnings as one line each, and a reader of
standard output that went away (``| head``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
from collections.abc import Callable

from tts_pipeline.stops import held_in_hook, ignore_signal, raise_stops_from_finalizers

INTERNAL_ERROR_EXIT = 70
"""Only for a bug: every error a user can cause or fix has its own code (README)."""
INTERRUPTED_EXIT = 130
"""Ctrl-C; another signal that stops a run gives 128 + its number (SIGTERM 143, SIGHUP 129)."""
UNEXPECTED_EXIT = 1
STOP_SIGNALS = ("SIGTERM", "SIGHUP")
"""Signals that stop a run cleanly, as Ctrl-C does."""
WRITE_ERRNOS = frozenset((errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG, errno.ENAMETOOLONG))
"""Operating-system errors that mean an output cannot be written."""


class Stopped(KeyboardInterrupt):
    """A signal (SIGTERM, SIGHUP) asked the run to stop: it stops as on Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def stop_on_signals() -> None:
    """Make SIGTERM and SIGHUP stop a run as Ctrl-C does (clean-up runs, workers end); a
    stop (Ctrl-C included) that lands in a finalizer is raised again just after it."""

    def stop(signum, frame):
        for name in STOP_SIGNALS:  # a second signal must not cut the clean-up short
            signal.signal(getattr(signal, name), ignore_signal)
        raise Stopped(signum)

    handlers = {signal.SIGINT: held_in_hook(signal.default_int_handler)}
    for name in STOP_SIGNALS:
        if hasattr(signal, name):
            handlers[getattr(signal, name)] = held_in_hook(stop)
    for signum, handler in handlers.items():
        signal.signal(signum, handler)

    def signal_of(error: BaseException) -> int | None:
        if isinstance(error, Stopped):
            return error.signum
        return signal.SIGINT if type(error) is KeyboardInterrupt else None

    raise_stops_from_finalizers(signal_of, lambda signum: signal.signal(signum, handlers[signum]))


def stopped_by(signum: int) -> KeyboardInterrupt:
    """The interruption a signal means: Ctrl-C's own, or :class:`Stopped`."""
    return KeyboardInterrupt() if signum == signal.SIGINT else Stopped(signum)


def interruption(error: KeyboardInterrupt) -> tuple[str, int]:
    """The message and exit code of a run stopped by Ctrl-C or a signal."""
    if isinstance(error, Stopped):
        try:
            name = signal.Signals(error.signum).name
        except ValueError:
            name = f"signal {error.signum}"
        return f"stopped by {name}", 128 + error.signum
    return "interrupted", INTERRUPTED_EXIT


def wrapped_interruption(error: BaseException) -> KeyboardInterrupt | None:
    """The Ctrl-C or stop signal an error was raised from, if any: one that lands while a
    class is built (in a module being imported) reaches us as Python's ``RuntimeError``."""
    seen: set[int] = set()
    cause = error.__cause__
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__
    return None


def explain(error: Exception) -> tuple[str, int]:
    """The message and exit code of an error no part of the pipeline turned into its own."""
    if (interrupted := wrapped_interruption(error)) is not None:
        return interruption(interrupted)
    if isinstance(error, OSError):
        from tts_pipeline.errors import write_error

        if error.errno in WRITE_ERRNOS:
            output = write_error(error.filename or "an output", error)
            return str(output), output.exit_code
        return f"{error.filename or 'a file'}: {error.strerror or error}", UNEXPECTED_EXIT
    if isinstance(error, MemoryError):
        return "out of memory", UNEXPECTED_EXIT
    return (
        f"internal error: {type(error).__name__}: {error} "
        "(set TTS_PIPELINE_DEBUG=1 for the traceback and please report it)",
        INTERNAL_ERROR_EXIT,
    )


def one_line(message: str) -> str:
    """``message`` as one line of printable text: whitespace runs become one space, control
    characters (a server's raw bytes, a terminal's escape sequences) a question mark."""
    import unicodedata

    text = " ".join(message.split())
    return "".join("?" if unicodedata.category(c) in ("Cc", "Cs") else c for c in text)


def discard_stdout() -> None:
    """Send what is still to be printed nowhere: the reader of standard output has gone."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def show_warnings(say: Callable[[str], None]) -> None:
    """Print the pipeline's warnings (``errors.PipelineWarning``) through ``say``, one line
    each; other warnings as Python prints them."""
    import warnings

    default = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        from tts_pipeline.errors import PipelineWarning

        if issubclass(category, PipelineWarning):
            say(f"warning: {one_line(str(message))}")
        else:
            default(message, category, filename, lineno, file, line)

    warnings.showwarning = show
