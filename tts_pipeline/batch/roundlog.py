"""The log of a site's runs: one JSON line per run (a ``watch`` round or a ``batch``) in
``<site>/.tts-pipeline/rounds.jsonl``.

Each line says when the run started and ended and how (``done``, ``stopped``, or the error
that ended it), what each feed answered, the sources of the new, updated, deferred and pruned
episodes, the failed ones with their reasons, how many were unchanged, and how many pieces of
text were synthesized. A line is appended whole with one write; past ``MAX_LOG_BYTES`` the log
moves to ``rounds.jsonl.1`` (replacing the one before) and starts again.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import warnings
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

LOG_NAME = "rounds.jsonl"
MAX_LOG_BYTES = 1024 * 1024
"""About two weeks of rounds every ten minutes."""


@contextlib.contextmanager
def logged_round(log: Path, report) -> Iterator[None]:
    """Log the run of the block (its ``BatchReport``) however it ends."""
    started, clock = datetime.now(timezone.utc), time.monotonic()
    outcome = "done"
    try:
        yield
    except KeyboardInterrupt:
        outcome = "stopped"
        raise
    except BaseException as e:
        outcome = f"error: {e}" if str(e) else f"error: {type(e).__name__}"
        raise
    finally:
        if report.stopped and outcome == "done":
            outcome = "stopped"
        entry = {
            "started": started.isoformat(timespec="seconds"),
            "seconds": round(time.monotonic() - clock, 2),
            "outcome": outcome,
            "feeds": report.feeds,
            "new": report.new,
            "updated": report.updated,
            "unchanged": len(report.unchanged),
            "deferred": report.deferred,
            "failed": [{"source": s, "reason": r} for s, r in report.failed],
            "pruned": report.pruned,
            "synthesized": report.synthesized,
        }
        append_line(log, entry)


def append_line(log: Path, entry: dict) -> None:
    """Append ``entry`` as one JSON line; a log that cannot be written is a warning only."""
    from tts_pipeline.publish.sanitize import for_json

    line = json.dumps(for_json(entry), ensure_ascii=False) + "\n"
    try:
        if log.is_file() and log.stat().st_size > MAX_LOG_BYTES:
            os.replace(log, log.with_name(log.name + ".1"))
        handle = os.open(log, os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0),
                         0o644)  # fmt: skip
        try:
            size = os.fstat(handle).st_size
            torn = size and os.pread(handle, 1, size - 1) != b"\n"  # a line cut by a crash
            os.write(handle, (("\n" if torn else "") + line).encode("utf-8"))
        finally:
            os.close(handle)
    except OSError as e:
        from tts_pipeline.errors import PipelineWarning

        warnings.warn(f"{log}: cannot write the log: {e.strerror or e}", PipelineWarning,
                      stacklevel=2)  # fmt: skip


def read_log(log: Path) -> list[dict]:
    """The log's entries, oldest first (a line cut by a crash is skipped)."""
    entries = []
    for line in log.read_text("utf-8").splitlines():
        with contextlib.suppress(ValueError):
            entries.append(json.loads(line))
    return entries
