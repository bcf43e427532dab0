"""``watch``: the batch again and again over a newsroom's feeds, with nobody at the keyboard.

Each round is one batch run (:func:`run_batch`): only new or changed articles are made; a
feed that is down or malformed is reported, logged and backed off while the site stays as
it was. Rounds start ``every`` seconds apart (the next at once when one took longer).

The first SIGINT, SIGTERM or SIGHUP stops the watch between articles: the articles in hand
are finished and published, the round is logged, and what is left waits for the next run. A
second one stops at once, as it stops ``batch``. A round that finds another run holding the
site, or cannot write it (a full disk), is reported and the next round tries again.
"""

from __future__ import annotations

import contextlib
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from tts_pipeline.batch.run import BatchOptions, BatchReport, run_batch
from tts_pipeline.errors import OutputError, SiteLockedError

STOP_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")
TICK_SECONDS = 0.25
"""How often the wait between rounds looks for a stop."""


@dataclass
class StopRequest:
    """Set by the first stop signal; asked between articles and between rounds."""

    signum: int | None = None

    def __call__(self) -> bool:
        return self.signum is not None

    @contextlib.contextmanager
    def listening(self) -> Iterator[StopRequest]:
        """Catch the first stop signal while the block runs; a second one reaches the handler
        that was there before (which stops the run at once)."""
        previous = {}

        def request(signum, frame) -> None:
            self.signum = signum
            for number, handler in previous.items():
                signal.signal(number, handler)

        for name in STOP_SIGNALS:
            if hasattr(signal, name):
                number = getattr(signal, name)
                previous[number] = signal.getsignal(number)
                signal.signal(number, request)
        try:
            yield self
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)


@dataclass(frozen=True)
class WatchResult:
    rounds: int
    failed: bool
    """The last round had a failure (an article, a feed, or the round itself)."""
    signum: int | None
    """The signal that stopped the watch, if one did."""


def watch(
    inputs: list[str],
    options: BatchOptions,
    every: float,
    once: bool = False,
    on_round: Callable[[BatchReport], None] = lambda report: None,
    on_error: Callable[[str], None] = lambda message: None,
    *,
    run: Callable[[list[str], BatchOptions], BatchReport] = run_batch,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> WatchResult:
    """Run rounds over ``inputs`` until stopped (or one round, ``once``); feeds that fail are
    backed off from ``every``. ``on_round`` gets each round's report; ``on_error`` the reason
    of a round that could not run."""
    stop = StopRequest()
    options = replace(options, feeds=replace(options.feeds, stop=stop, backoff=every))
    rounds, failed = 0, False
    with stop.listening():
        while True:
            started = clock()
            try:
                report = run(inputs, options)
            except (SiteLockedError, OutputError) as e:
                if once:
                    raise
                on_error(str(e))
                failed = True
            else:
                on_round(report)
                failed = bool(report.failed)
            rounds += 1
            if once or stop():
                break
            while not stop() and (left := started + every - clock()) > 0:
                sleep(min(left, TICK_SECONDS))
            if stop():
                break
    return WatchResult(rounds, failed, stop.signum)
