"""What a site remembers of its feeds between runs: ``<site>/.tts-pipeline/feeds.json``.

For each feed: the validators of its last answer that was handled whole (ETag and
Last-Modified for a conditional request; a feed file's hash), the settings it was handled
with, the fingerprint of every item whose episode is made (an item the feed describes as
before needs no fetch), and its failures in a row (to back off). It is a cache of work done:
a damaged one is started anew, and then everything is fetched again but only what changed
is made again.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tts_pipeline.errors import PipelineWarning

STATE_NAME = "feeds.json"
MAX_STATE_BYTES = 64 * 1024 * 1024
MAX_BACKOFF_SECONDS = 6 * 3600.0
"""The longest wait before a feed that keeps failing is tried again."""
BACKOFF_SLACK = 0.1
"""A round this share of the base interval early still counts as due."""


@dataclass
class FeedState:
    etag: str | None = None
    last_modified: str | None = None
    digest: str | None = None
    """SHA-256 of a feed file's bytes (a file has no ETag)."""
    settings: str | None = None
    """Digest of the settings its items were last made with."""
    items: dict[str, str] = field(default_factory=dict)
    """Source -> fingerprint of the item whose episode is made."""
    failures: int = 0
    """Failed reads in a row."""
    failed_at: str | None = None
    """ISO 8601 UTC time of the last failure."""
    reason: str | None = None

    def retry_at(self, base: float) -> datetime | None:
        """When a feed that failed may be tried again (None: now): after its first failure,
        the next round; then twice as long after each further one, up to six hours."""
        if not self.failures or not self.failed_at:
            return None
        wait = min(base * 2 ** min(self.failures - 1, 30), MAX_BACKOFF_SECONDS)
        try:  # a hand edit may leave a time without its zone (UTC, as we write it) or none
            failed = datetime.fromisoformat(self.failed_at)
            failed = failed if failed.tzinfo else failed.replace(tzinfo=timezone.utc)
            return failed + timedelta(seconds=wait - base * BACKOFF_SLACK)
        except (ValueError, OverflowError):
            return None

    def failed(self, reason: str, now: datetime) -> None:
        self.failures += 1
        self.failed_at = now.astimezone(timezone.utc).isoformat(timespec="seconds")
        self.reason = reason


@dataclass
class PollState:
    path: Path
    feeds: dict[str, FeedState]
    _saved: str = ""

    @classmethod
    def load(cls, path: Path) -> PollState:
        """The state at ``path``; an empty one when it is missing or damaged (with a warning)."""
        from tts_pipeline.files import read_regular_file

        if not path.exists():
            return cls(path, {})
        try:
            text = read_regular_file(path, MAX_STATE_BYTES).decode("utf-8")
            feeds = _parse(json.loads(text))
        except (OSError, ValueError, TypeError, RecursionError) as e:
            warnings.warn(
                f"{path}: damaged ({type(e).__name__}); the feeds are read anew (nothing "
                "unchanged is made again)",
                PipelineWarning,
                stacklevel=2,
            )
            return cls(path, {})
        for url, state in feeds.items():
            _drop_damaged_validators(path, url, state)
        return cls(path, feeds, text)

    def save(self) -> None:
        """Write the state (atomically), when it changed."""
        from tts_pipeline.files import write_text_atomic

        text = self._text()
        if text != self._saved:
            write_text_atomic(self.path, text)
            self._saved = text

    def _text(self) -> str:
        data = {"version": 1, "feeds": {url: asdict(s) for url, s in sorted(self.feeds.items())}}
        return json.dumps(data, ensure_ascii=True, indent=1) + "\n"


def _parse(data: object) -> dict[str, FeedState]:
    if not isinstance(data, dict) or not isinstance(data.get("feeds"), dict):
        raise ValueError("not a feed state")
    known = {f.name for f in fields(FeedState)}
    feeds = {}
    for url, values in data["feeds"].items():
        if not isinstance(values, dict):
            raise ValueError("a feed is not an object")
        state = FeedState(**{k: v for k, v in values.items() if k in known})
        if not _well_typed(state):
            raise ValueError("a feed's value is of the wrong type")
        feeds[str(url)] = state
    return feeds


MAX_VALIDATOR_CHARS = 256
"""The longest ETag or Last-Modified kept (as ``fetch`` keeps a server's)."""


def _drop_damaged_validators(path: Path, url: str, state: FeedState) -> None:
    """Forget the validators of a feed when its ETag or Last-Modified is one no HTTP header
    can carry (a line break, a control character, a letter beyond ASCII: a hand edit), with a
    warning: the feed is then fetched unconditionally, not refused on every run."""
    for label, value in (("ETag", state.etag), ("Last-Modified", state.last_modified)):
        if value is None or (value.isascii() and value.isprintable()
                             and len(value) <= MAX_VALIDATOR_CHARS):  # fmt: skip
            continue
        state.etag = state.last_modified = None
        warnings.warn(
            f"{path}: the {label} kept for {url} is damaged (not one line of ASCII); the feed "
            "is fetched whole",
            PipelineWarning,
            stacklevel=3,
        )
        return


def _well_typed(state: FeedState) -> bool:
    """Whether every value of ``state`` has its field's type (a hand edit may change any)."""
    texts = (state.etag, state.last_modified, state.digest, state.settings, state.failed_at,
             state.reason)  # fmt: skip
    return (
        all(value is None or isinstance(value, str) for value in texts)
        and isinstance(state.items, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in state.items.items())
        and type(state.failures) is int
        and state.failures >= 0
    )
