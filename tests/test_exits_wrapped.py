"""A Ctrl-C or stop signal that lands while a class is built reaches the handlers wrapped
in Python's RuntimeError; it is still an interruption, not an internal error."""

from __future__ import annotations

import signal

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
