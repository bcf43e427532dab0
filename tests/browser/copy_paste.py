"""What a reader gets from "select all, copy" of a page in Chromium with JavaScript off: the
text dumps the cleaner is judged on. The probe pages' committed dumps were made with this.

Run as a script to make dumps: ``python tests/browser/copy_paste.py OUT_DIR PAGE.html ...``
(``--keep-css`` applies the page's own style sheets; by default they are removed, as most
copies of a page saved offline lack its external style sheets).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from browser.chromium import launch

DROP_CSS = """() => {
  document.querySelectorAll('style, link[rel=stylesheet]').forEach(e => e.remove());
  document.querySelectorAll('[style]').forEach(e => e.removeAttribute('style'));
}"""
"""Removes the page's style sheets and inline styles (the script runs in Playwright's own
world, so it works with the page's JavaScript off)."""

SELECT_ALL = """() => {
  const selection = window.getSelection();
  selection.selectAllChildren(document.body);
  return selection.toString();
}"""
"""Selects the whole page and returns the text a copy would put on the clipboard."""


def copied_texts(pages: Iterable[Path], keep_css: bool = False) -> Iterator[tuple[Path, str]]:
    """Each page with the text of its "select all, copy", in one offline headless Chromium
    with JavaScript off."""
    with launch() as browser:
        context = browser.new_context(java_script_enabled=False, offline=True)
        tab = context.new_page()
        for page in pages:
            tab.goto(page.resolve().as_uri(), wait_until="domcontentloaded")
            if not keep_css:
                tab.evaluate(DROP_CSS)
            yield page, tab.evaluate(SELECT_ALL)
        context.close()


def main(argv: list[str]) -> int:
    """Writes OUT_DIR/<page stem>.txt for each page given."""
    keep_css = "--keep-css" in argv
    args = [arg for arg in argv if arg != "--keep-css"]
    if len(args) < 2:
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    for page, text in copied_texts([Path(arg) for arg in args[1:]], keep_css):
        (out / f"{page.stem}.txt").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
