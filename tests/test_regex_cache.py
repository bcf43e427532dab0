"""Large regular expressions compiled once per machine: the same patterns as re.compile."""

from __future__ import annotations

import marshal
import re
import time
from pathlib import Path

import pytest

from tts_pipeline import regex_cache
from tts_pipeline.regex_cache import compile_all

SPECS = [
    (r"(?:read more|related (?:stories|articles))|(?:share on \w+)", 0),
    (r"^(?:by|von|por)\b\s*:?\s*(?P<rest>.+)$", re.IGNORECASE),
    (r"(?P<day>[0-3]?\d)(?P<sep>[/.])(?P<month>[01]?\d)(?P=sep)(?P<year>\d{4})", 0),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TTS_PIPELINE_CODE_CACHE", str(tmp_path))
    return tmp_path / "regex"


def expected() -> list[re.Pattern]:
    return [re.compile(pattern, flags) for pattern, flags in SPECS]


def test_patterns_built_from_the_cache_equal_compiled_ones(cache, monkeypatch):
    first = compile_all(SPECS)
    assert [p.name for p in cache.iterdir()] != []

    parsed = []
    monkeypatch.setattr(regex_cache, "_parts", lambda *spec: parsed.append(spec))
    again = compile_all(SPECS)
    assert parsed == []  # read from the cache, not parsed again
    assert first == expected() and again == expected()
    match = again[1].fullmatch("BY: Ana Souza")
    assert match is not None and match["rest"] == "Ana Souza"
    assert again[2].fullmatch("03/04/2024") and not again[2].fullmatch("03/04.2024")


def test_a_damaged_cache_file_is_compiled_anew(cache):
    compile_all(SPECS)
    (written,) = cache.iterdir()
    written.write_bytes(b"\x00not marshal data")
    assert compile_all(SPECS) == expected()
    assert compile_all(SPECS[:2]) == expected()[:2]  # other expressions: another file


def test_an_unwritable_cache_still_compiles(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("TTS_PIPELINE_CODE_CACHE", str(blocker))
    assert compile_all(SPECS) == expected()


REMEMBERING = """
import json, re, sys
from re import _compiler
from tts_pipeline import regex_cache
compile_anew = _compiler.compile
regex_cache.remember_compiled()
parsed = []
real_parts = regex_cache._parts
regex_cache._parts = lambda *spec: parsed.append(spec) or real_parts(*spec)
class Text(str):  # as lxml's XPath passes an expression
    pass
specs = [(r"(?P<word>\\w+)-(?P=word)", 0), (r"caf\\u00e9s?", re.I), (rb"\\x00+", 0),
         (Text("class-(?:a|b)"), 0)]
compiled = [re.compile(pattern, flags) for pattern, flags in specs]
same = [c == compile_anew(pattern, flags) for c, (pattern, flags) in zip(compiled, specs)]
match = compiled[0].fullmatch("bye-bye")
regex_cache.save_remembered()
print(json.dumps({"parsed": sum(spec in specs for spec in parsed), "same": same,
                  "word": match and match["word"], "cased": bool(compiled[1].fullmatch("CAFÉS"))}))
"""


def _remembering(cache, articles=None) -> dict:
    """Run REMEMBERING with ``cache`` for compiled code and ``articles`` (default: the same
    folder) for what is made of articles."""
    import json
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "TTS_PIPELINE_CODE_CACHE": str(cache),
        "TTS_PIPELINE_CACHE": str(articles or cache),
    }
    result = subprocess.run(
        [sys.executable, "-c", REMEMBERING], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_process_s_expressions_are_built_from_the_cache_in_the_next_run(tmp_path):
    first = _remembering(tmp_path)
    assert first["parsed"] == 4 and list((tmp_path / "regex").iterdir())
    again = _remembering(tmp_path)
    assert again["parsed"] == 0  # read from the cache, not parsed again
    for shown in (first, again):
        assert shown["same"] == [True] * 4
        assert shown["word"] == "bye" and shown["cased"]


def test_a_cold_cache_of_articles_does_not_compile_the_expressions_again(tmp_path):
    """Compiled expressions hold nothing of an article: a run with an empty cache of clips
    and episodes (a new ``TTS_PIPELINE_CACHE``) builds them from the code cache, and writes
    none into the articles' cache."""
    code, first_articles, new_articles = tmp_path / "code", tmp_path / "a", tmp_path / "b"
    assert _remembering(code, first_articles)["parsed"] == 4
    again = _remembering(code, new_articles)
    assert again["parsed"] == 0 and again["same"] == [True] * 4
    assert not (first_articles / "regex").exists() and not (new_articles / "regex").exists()
    assert list((code / "regex").iterdir())


def test_a_full_memory_keeps_what_this_run_compiled(tmp_path, monkeypatch):
    """A memory filled with expressions no run compiles any more (earlier versions', other
    commands') still learns this run's: the next run builds them all from it."""
    import marshal

    monkeypatch.setenv("TTS_PIPELINE_CODE_CACHE", str(tmp_path))
    stale = {
        (f"stale {n} (?:a|b)", 0): regex_cache._parts(f"stale {n} (?:a|b)", 0) for n in range(2000)
    }
    path = regex_cache._memory_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(marshal.dumps(stale))
    assert _remembering(tmp_path)["parsed"] == 4
    again = _remembering(tmp_path)
    assert again["parsed"] == 0 and again["same"] == [True] * 4
    assert len(marshal.loads(path.read_bytes())) <= regex_cache.MAX_REMEMBERED


SCRIPT_EXPRESSIONS = """
import json, sys
from re import _compiler
compiled = []
compile_anew = _compiler.compile
_compiler.compile = lambda p, f=0: compiled.append([str(p), int(f)]) or compile_anew(p, f)
from tts_pipeline.pipeline import make_script, read_article
from tts_pipeline.voices import choose_voice, load_profile
make_script(read_article(sys.argv[1]), profile=choose_voice(load_profile("heart"), "en"))
print(json.dumps(sorted(compiled)))
"""


def test_making_a_script_compiles_the_same_expressions_in_every_process(tmp_path):
    """Alternations built from sets come out in one order whatever the process's string
    hashes: else every run compiles those expressions anew instead of finding them in the
    code cache (a quarter of a second of a `speak`), and fills the cache with variants."""
    import json
    import os
    import subprocess
    import sys

    from conftest import SAMPLE_PAGE

    unwritable = tmp_path / "file"  # no cache: both runs compile the same things
    unwritable.write_text("not a folder")

    def expressions(seed: str) -> list:
        env = {**os.environ, "PYTHONHASHSEED": seed, "TTS_PIPELINE_CODE_CACHE": str(unwritable)}
        command = [sys.executable, "-c", SCRIPT_EXPRESSIONS, str(SAMPLE_PAGE)]
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    first = expressions("1")
    assert len(first) > 100
    assert expressions("2") == first


def test_a_damaged_memory_is_compiled_anew(tmp_path):
    _remembering(tmp_path)
    (written,) = (tmp_path / "regex").iterdir()
    written.write_bytes(b"\x00not marshal data")
    shown = _remembering(tmp_path)
    assert shown["parsed"] == 4 and shown["same"] == [True] * 4
    assert _remembering(tmp_path)["parsed"] == 0  # and written anew


def test_an_invalid_expression_raises_re_s_own_error(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "_memory", None)
    from re import _compiler

    monkeypatch.setattr(_compiler, "compile", _compiler.compile)  # undone after the test
    monkeypatch.setenv("TTS_PIPELINE_CODE_CACHE", str(tmp_path))
    regex_cache.remember_compiled()
    with pytest.raises(re.error, match="missing \\)"):
        re.compile("(unclosed" + "x" * 7)
    assert re.compile("closed-" + "x" * 7).fullmatch("closed-xxxxxxx")


def test_only_the_most_recently_used_sets_are_kept(cache, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_SETS", 3)
    sets = [[(rf"set {n} (?:a|b)+", 0)] for n in range(5)]
    for n, specs in enumerate(sets):
        compile_all(specs)
        if n >= 1:
            time.sleep(0.01)  # distinct times of use
            compile_all(sets[0])  # read again: used recently
        time.sleep(0.01)
    assert len(list(cache.glob("*.marshal"))) == 3
    parsed = []
    monkeypatch.setattr(regex_cache, "_parts", lambda *spec: parsed.append(spec))
    assert compile_all(sets[0]) == [re.compile(*sets[0][0])]  # kept, though written first
    assert compile_all(sets[4]) == [re.compile(*sets[4][0])]
    assert parsed == []


@pytest.mark.parametrize("xdg", [None, "", "  ", "/srv/cache"])
def test_the_cache_root_is_platformdirs_without_importing_it(monkeypatch, xdg):
    import sys

    from platformdirs import user_cache_dir

    from tts_pipeline.files import cache_root, code_cache_root

    monkeypatch.delenv("TTS_PIPELINE_CACHE")
    monkeypatch.delenv("TTS_PIPELINE_CODE_CACHE")
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cache_root() == code_cache_root() == Path(user_cache_dir("tts-pipeline"))
    monkeypatch.setattr(sys, "platform", "darwin")  # elsewhere: platformdirs' own answer
    assert cache_root() == code_cache_root() == Path(user_cache_dir("tts-pipeline"))


def test_prepared_expressions_are_kept_as_prepared(cache, monkeypatch):
    """With ``prepare``, the cache holds the rewritten expressions: a run that finds them
    there neither rewrites nor parses them again."""
    rewritten = []

    def plural(expression: str) -> str:
        rewritten.append(expression)
        return expression + "s?"

    first = compile_all(SPECS[:2], prepare=plural)
    assert first == [re.compile(pattern + "s?", flags) for pattern, flags in SPECS[:2]]
    assert len(rewritten) == 2
    assert compile_all(SPECS[:2]) != first  # without it: other expressions, another file
    monkeypatch.setattr(regex_cache, "_parts", pytest.fail)
    assert compile_all(SPECS[:2], prepare=plural) == first
    assert len(rewritten) == 2


def test_a_rewrite_changed_in_the_code_is_not_served_from_the_cache(cache, tmp_path, monkeypatch):
    import importlib

    module = tmp_path / "rewrites_for_test.py"
    module.write_text("def rewrite(expression):\n    return expression + 's?'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    rewrites = importlib.import_module("rewrites_for_test")
    assert compile_all(SPECS[:1], prepare=rewrites.rewrite)[0].pattern.endswith("s?")
    module.write_text("def rewrite(expression):\n    return expression + 'x?'\n")
    importlib.reload(rewrites)
    assert compile_all(SPECS[:1], prepare=rewrites.rewrite)[0].pattern.endswith("x?")


def test_a_clean_under_another_hash_seed_compiles_nothing_new(tmp_path):
    """The cleaner's chrome expressions, built from word lists, come out the same in every
    run (sets iterate in another order under each hash seed; a tag label's ties did): the
    second run finds them all in the cache, and adds no set of them."""
    import os
    import subprocess
    import sys

    command = ["clean", "tests/pages/german-news.txt", "--format", "text"]
    root = Path(__file__).resolve().parents[1]

    def run(seed: str) -> tuple[set[str], set]:
        env = {**os.environ, "TTS_PIPELINE_CODE_CACHE": str(tmp_path), "PYTHONHASHSEED": seed}
        argv = [sys.executable, "-m", "tts_pipeline", *command]
        done = subprocess.run(argv, cwd=root, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        folder = tmp_path / "regex"
        (remembered,) = folder.glob("remembered-*")
        sets = {path.name for path in folder.glob("*.marshal")} - {remembered.name}
        return sets, set(marshal.loads(remembered.read_bytes()))

    first_sets, first_remembered = run("1")
    again_sets, again_remembered = run("2")
    assert first_sets and again_sets == first_sets
    assert again_remembered == first_remembered
