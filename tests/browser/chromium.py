"""Debian's Chromium driven by Playwright: found, launched offline, or a reason to skip."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator

CHROMIUM_ENV = "TTS_PIPELINE_CHROMIUM"
"""Set to the path of a Chromium binary to use instead of the one on PATH."""
CHROMIUM_NAMES = ("chromium", "chromium-browser")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
"""Without the networking flags Chromium tries to reach Google's servers at start."""


def chromium_path() -> str | None:
    """The Chromium binary to drive, or None."""
    if os.environ.get(CHROMIUM_ENV):
        return shutil.which(os.environ[CHROMIUM_ENV])
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def unavailable_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed: pip install -e '.[test]'"
    if chromium_path() is None:
        return (
            "no Chromium found: install it (Debian: apt-get install chromium) "
            f"or set {CHROMIUM_ENV} to its path"
        )
    return None


@contextlib.contextmanager
def launch() -> Iterator:
    """A headless Chromium (Playwright ``Browser``); each launch gets a fresh temporary profile."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=list(FLAGS)
        )
        try:
            yield browser
        finally:
            browser.close()
