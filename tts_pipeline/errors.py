"""One base exception, specific subclasses; the CLI turns them into one-line messages.

Every message says what went wrong and, where it can, how to fix it.
"""

from __future__ import annotations


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
