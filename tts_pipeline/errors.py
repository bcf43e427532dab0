"""One base exception, specific subclasses; the CLI turns them into one-line messages.

Every message says what went wrong and, where it can, how to fix it.
"""

from __future__ import annotations

import errno


class PipelineError(Exception):
    """Base of every error a user can cause or fix. ``exit_code`` is the CLI's exit status."""

    exit_code = 1


class InputError(PipelineError):
    """The input could not be read: missing, a directory, empty, binary, undecodable."""

    exit_code = 2


class FetchError(InputError):
    """A URL could not be fetched: unreachable, bad status, wrong content type, too large."""


class NoArticleError(PipelineError):
    """The input was read but holds no article text."""

    exit_code = 3


class VoiceError(PipelineError):
    """A voice profile is unknown or invalid."""

    exit_code = 4


class LexiconError(PipelineError):
    """A pronunciation lexicon is missing or not a valid TOML table of word -> respelling."""

    exit_code = 4


class EngineUnavailableError(PipelineError):
    """The speech engine a profile needs cannot run on this machine."""

    exit_code = 5


class SynthesisError(PipelineError):
    """The speech engine failed on a piece of text."""

    exit_code = 5


class OutputError(PipelineError):
    """An output file could not be written."""

    exit_code = 6


class ConfigError(PipelineError):
    """A podcast configuration file is missing a field or has a wrong value."""

    exit_code = 2


class SiteLockedError(PipelineError):
    """Another batch run is writing the same site."""

    exit_code = 7


class SiteStateError(PipelineError):
    """A site's own record of its episodes (its manifest) is damaged, missing while episodes
    are published, or names a file outside the site."""

    exit_code = 2


class CheckFailedError(PipelineError):
    """An episode's check heard a sentence missing or garbled, or speech the script lacks."""

    exit_code = 8


class RecognizerUnavailableError(PipelineError):
    """Speech recognition (the ``check`` extra) is not installed, or its model is broken."""

    exit_code = 9


class ClusterError(PipelineError):
    """The cluster a batch was sent to cannot render it: its scheduler cannot be reached, it
    has no workers, or its workers lack what the articles need."""

    exit_code = 10


class PipelineWarning(UserWarning):
    """Something a user should know before a long run, e.g. an article of hours; the CLI
    prints it as one line."""


_WRITE_ERRORS = {
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "read-only file system",
    errno.EFBIG: "file too large for the file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "not permitted",
    errno.ENAMETOOLONG: "name too long for the file system",
}


def write_error(path: object, error: OSError, doing: str = "cannot write") -> OutputError:
    """The one-line error for a failed write of ``path``: "no space left on ..." and the like."""
    if error.errno == errno.ENOSPC:
        return OutputError(f"no space left on the device holding {path}; free some space")
    reason = _WRITE_ERRORS.get(error.errno or 0) or error.strerror or str(error)
    return OutputError(f"{path}: {doing}: {reason}")


def internal_error(error: Exception) -> str:
    """Why one article or feed of a run failed when it met a bug (the run goes on)."""
    return f"internal error: {type(error).__name__}: {error}"
