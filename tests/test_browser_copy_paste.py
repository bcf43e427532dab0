"""The committed browser dumps of the project's probe pages are what Chromium really copies:
each is rendered again from its page (headless Chromium, JavaScript off, style sheets
removed, "select all, copy") and must come out byte for byte the same. So the dump tests
measure the cleaner on a browser's copy, not on a file edited by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser.chromium import unavailable_reason
from browser.copy_paste import copied_texts

PAGES = Path(__file__).parent / "pages"
DUMP_DIRS = ("browser_dumps", "browser_dumps_lang")
"""Directories of dumps named after their page, which lives in one of the probe sets."""

pytestmark = pytest.mark.skipif(bool(unavailable_reason()), reason=str(unavailable_reason()))


def _page_of(dump: Path) -> Path:
    """The probe page a dump was copied from: ``<name>.dump.txt`` beside its page, or a
    dump directory's ``<name>.txt`` and the one probe page of that name."""
    if dump.name.endswith(".dump.txt"):
        return dump.with_name(dump.name.removesuffix(".dump.txt") + ".html")
    (page,) = sorted(PAGES.glob(f"probe*/{dump.stem}.html"))
    return page


def _dumps() -> list[Path]:
    """Every committed browser dump."""
    dumps = [dump for name in DUMP_DIRS for dump in sorted((PAGES / name).glob("*.txt"))]
    return dumps + sorted(PAGES.glob("probe*/*.dump.txt"))


def test_every_committed_dump_is_chromiums_copy_of_its_page():
    dumps = _dumps()
    assert len(dumps) >= 50
    pages = [_page_of(dump) for dump in dumps]
    fresh = dict(copied_texts(pages))
    differing = [
        dump.relative_to(PAGES).as_posix()
        for dump, page in zip(dumps, pages, strict=True)
        if fresh[page] != dump.read_text(encoding="utf-8")
    ]
    assert not differing, differing


def test_removing_the_style_sheets_shows_what_they_hide(tmp_path):
    """With style sheets kept, a copy leaves out what CSS hides; removed, it holds it."""
    page = tmp_path / "hidden.html"
    page.write_text(
        "<html><head><style>.promo{display:none}</style></head><body>"
        "<p>Story text stays.</p><div class='promo'>Hidden promo</div></body></html>",
        encoding="utf-8",
    )
    [(_, kept)] = list(copied_texts([page], keep_css=True))
    [(_, removed)] = list(copied_texts([page]))
    assert "Story text stays." in kept and "Hidden promo" not in kept
    assert "Story text stays." in removed and "Hidden promo" in removed
