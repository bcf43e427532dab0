"""The check every page-case table of the cleaner's tests shares: a case names the story's
first and last words ("first", "last"), phrases it must hold ("must") and chrome that must
stay out ("must_not"); and the benchmark's measure of a body against a human one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from tts_pipeline.extract.context import in_context
from tts_pipeline.extract.dumpreading import DumpReading
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.textdump import read_dump
from tts_pipeline.models import Article

ENGLISH_FOOTER = (
    "Privacy Policy",
    "All rights reserved",
    "All Rights Reserved",
    "Cookie",
    "Terms of Use",
)
"""An English site's footer and consent words, out of every probe page's story."""


def assert_story(article: Article, case: dict) -> None:
    """``article`` keeps the story the case describes, whole, and leaves its chrome out."""
    text = "\n\n".join(article.paragraphs)
    if "first" in case:
        assert article.paragraphs[0].startswith(case["first"])
    if "last" in case:
        assert article.paragraphs[-1].endswith(case["last"])
    for phrase in case.get("must", []):
        assert phrase in text, phrase
    for phrase in case["must_not"]:
        assert phrase not in text, phrase


def _shingles(text: str) -> Counter:
    words = re.findall(r"\w+", text)
    return Counter(tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3)))


def shingle_f1(found: str, truth: str) -> float:
    """F1 of ``found`` against ``truth`` over runs of four words, as the extraction
    benchmark scores a page."""
    ours, theirs = _shingles(found), _shingles(truth)
    hits = sum((ours & theirs).values())
    if not hits:
        return 0.0
    precision, recall = hits / sum(ours.values()), hits / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)


def rendered_dump(page: Path, folder: Path) -> Path:
    """The HTML ``page`` as a text dump in ``folder``, rendered as the benchmark renders its
    dumps (one block a line; elements hidden by CSS stay in)."""
    from tts_pipeline.extract.dom import parse, render_tree

    dump = folder / f"{page.stem}.txt"
    dump.write_text(render_tree(parse(page.read_text("utf-8"))).text, "utf-8")
    return dump


def probe_truth(pages: Path, name: str) -> str:
    """The true body of probe page ``name`` in ``pages``/truth.json, a paragraph a line."""
    import json

    return "\n".join(json.loads((pages / "truth.json").read_text("utf-8"))[name])


def check_probe(
    path: Path, truth: str, case: dict, floor: float, kind: str, chrome: Sequence[str] = ()
) -> None:
    """The probe page at ``path`` cleaned reaches F1 ``floor`` against ``truth``, keeps the
    case's "must" phrases (bar its ``<kind>_misses``) and leaves out its "must_not" ones and
    ``chrome`` (bar its ``<kind>_keeps``); ``kind`` is "html" or "text"."""
    from tts_pipeline.extract import extract_article
    from tts_pipeline.sources.read import read_source

    text = "\n\n".join(extract_article(read_source(str(path))).paragraphs)
    assert shingle_f1(text, truth) >= floor
    misses = case.get(f"{kind}_misses", [])
    for phrase in case["must"]:
        assert phrase in misses or phrase in text, phrase
    keeps = case.get(f"{kind}_keeps", [])
    for phrase in [*case["must_not"], *chrome]:
        assert phrase in keeps or phrase not in text, phrase


def probe_set_tests(
    pages: Path, floors: dict, cases: dict, chrome: Sequence[str] = (), dumps: str = "chromium"
) -> tuple[Callable, Callable]:
    """The two tests of the probe set in ``pages``, parametrized by page name: each page
    read as HTML, and as a dump, Chromium's committed copy ``<name>.dump.txt``
    (``dumps="chromium"``) or our renderer's (``"rendered"``); ``floors[name]`` is the
    page's (HTML floor, dump floor), maybe followed by the flat dump's floor (for
    :func:`flat_dump_tests`). A test module takes them under its own names:
    ``test_html_page, test_chromium_dump = probe_set_tests(...)``."""
    import pytest

    def check(name: str, path: Path, floor: float, kind: str) -> None:
        check_probe(path, probe_truth(pages, name), cases[name], floor, kind, chrome)

    @pytest.mark.parametrize("name", floors)
    def html_page(name):
        check(name, pages / f"{name}.html", floors[name][0], "html")

    @pytest.mark.parametrize("name", floors)
    def chromium_dump(name):
        check(name, pages / f"{name}.dump.txt", floors[name][1], "text")

    @pytest.mark.parametrize("name", floors)
    def rendered(name, tmp_path):
        check(name, rendered_dump(pages / f"{name}.html", tmp_path), floors[name][1], "text")

    return html_page, chromium_dump if dumps == "chromium" else rendered


def flat_dump_tests(
    pages: Path, floors: dict, cases: dict, chrome: Sequence[str] = ()
) -> tuple[Callable, Callable]:
    """The two tests of a probe set's committed benchmark-style dumps ``<name>.flat.txt``,
    parametrized by page name: the dump is still what ``tests/tools/flat_dump.py`` makes of
    the page, and the cleaner reads it to at least ``floors[name][2]``. A test module takes
    them under its own names: ``test_flat_dump_is_the_makers, test_flat_dump = ...``."""
    import pytest

    from tests.tools.flat_dump import flat_dump

    @pytest.mark.parametrize("name", floors)
    def is_the_makers(name):
        made = flat_dump((pages / f"{name}.html").read_bytes().decode("utf-8", "replace"))
        assert (pages / f"{name}.flat.txt").read_text("utf-8") == made

    @pytest.mark.parametrize("name", floors)
    def flat(name):
        path = pages / f"{name}.flat.txt"
        check_probe(path, probe_truth(pages, name), cases[name], floors[name][2], "text", chrome)

    return is_the_makers, flat


def read_text_page(page: str) -> tuple[list[Line], DumpReading]:
    """An invented page's text read as the cleaner reads a dump: its lines, described in
    context, and the reading of them, which must find a story."""
    lines = in_context([describe(line) for line in page.split("\n")])
    reading = read_dump(lines)
    assert reading is not None
    return lines, reading


def line_kind_tests(
    lines_of_kind: Sequence[tuple[Kind, str, str]], story_lines: Sequence[str]
) -> tuple[Callable, Callable]:
    """The two tests of a table of chrome words: each (kind, language, line) is described as
    its kind, and each story sentence that uses the same words stays body text. A test
    module takes them under its own names:
    ``test_line_is_of_its_kind, test_story_sentence_with_the_same_words = line_kind_tests(...)``."""
    import pytest

    @pytest.mark.parametrize(("kind", "lang", "line"), lines_of_kind)
    def line_is_of_its_kind(kind, lang, line):
        assert describe(line).kind is kind, lang

    @pytest.mark.parametrize("line", story_lines)
    def story_sentence_with_the_same_words(line):
        assert describe(line).kind is Kind.BODY

    return line_is_of_its_kind, story_sentence_with_the_same_words


def cleaned_text(folder: Path, text: str) -> str:
    """The paragraphs the cleaner keeps of ``text``, read from a file in ``folder``, a line
    each."""
    from tts_pipeline.extract import extract_article
    from tts_pipeline.sources.read import read_source

    page = folder / "page.txt"
    page.write_text(text, "utf-8")
    return "\n".join(extract_article(read_source(str(page))).paragraphs)
