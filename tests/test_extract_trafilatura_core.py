"""Trafilatura's extraction core imported without its network, URL and date packages.

Each test runs in a fresh interpreter: what matters is what a process imports.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tts_pipeline.extract.trafilatura_core import DEFERRED

PAGE = (
    "<html><head><title>Bridge opens</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Bridge opens</h1>"
    + "".join(
        f"<p>The new bridge over the river opened on Monday, paragraph {n}, after two years "
        "of work that closed the old crossing and sent traffic through the town centre.</p>"
        for n in range(6)
    )
    + "<p>Read the <a href='/plans'>plans</a> on the council's site.</p></article>"
    "<footer>Copyright 2026 Example News</footer></body></html>"
)

READ = f"""
import json, sys
from lxml import html
tree = html.fromstring({PAGE!r})
found = core.bare_extraction(tree, url="https://example.com/news/bridge", favor_precision=True,
                             with_metadata=False)
loaded = sorted(name for name in {DEFERRED!r} if name in sys.modules)
print(json.dumps({{"text": found.as_dict()["text"], "loaded": loaded}}))
"""


def _run(code: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_reading_a_tree_imports_none_of_the_deferred_packages():
    shown = _run(
        "from tts_pipeline.extract.trafilatura_core import extraction_core\n"
        "core = extraction_core()\n" + READ
    )
    assert "paragraph 5" in shown["text"]
    assert shown["loaded"] == []


def test_the_reading_is_the_plain_import_s():
    deferred = _run(
        "from tts_pipeline.extract.trafilatura_core import extraction_core\n"
        "core = extraction_core()\n" + READ
    )
    plain = _run("import trafilatura.core as core\n" + READ)
    assert plain["loaded"], "the plain import loads them: this test would show nothing"
    assert deferred["text"] == plain["text"]


def test_the_packages_are_real_once_the_core_is_in():
    """Whatever imports them afterwards gets the real packages; a deferred name imports
    its package when called; the rest of trafilatura is there on first use."""
    shown = _run(
        "import json, sys\n"
        "from tts_pipeline.extract.trafilatura_core import extraction_core\n"
        "core = extraction_core()\n"
        "import urllib3, courlan\n"
        "page = b'<html><body><article>' + b'<p>Caf\\xe9 news, told in full sentences"
        " here.</p>' * 8 + b'</article></body></html>'\n"
        "found = core.bare_extraction(page, with_metadata=False)\n"  # not UTF-8: charset_normalizer
        "import trafilatura\n"
        "print(json.dumps({'pool': hasattr(urllib3, 'PoolManager'),"
        " 'domain': courlan.extract_domain('https://www.example.com/a'),"
        " 'text': found.as_dict()['text'][:4],"
        " 'decoder': 'charset_normalizer' in sys.modules,"
        " 'fetch': callable(trafilatura.fetch_url)}))"
    )
    assert shown == {
        "pool": True,
        "domain": "example.com",
        "text": "Café",
        "decoder": True,
        "fetch": True,
    }


def test_a_release_that_imports_otherwise_gets_the_plain_import():
    shown = _run(
        "import json, sys\n"
        "from tts_pipeline.extract import trafilatura_core\n"
        "def moved(deferred):\n"
        "    import trafilatura.utils\n"  # half imported, then it fails
        "    raise ImportError('cannot import name fix_relative_urls')\n"
        "trafilatura_core._import_deferring = moved\n"
        "core = trafilatura_core.extraction_core()\n" + READ
    )
    assert "paragraph 5" in shown["text"]
    assert "courlan" in shown["loaded"]


def test_threads_that_ask_at_once_get_the_whole_core():
    shown = _run(
        "import json\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from tts_pipeline.extract.trafilatura_core import extraction_core\n"
        "with ThreadPoolExecutor(8) as pool:\n"
        "    cores = list(pool.map(lambda _: extraction_core(), range(8)))\n"
        "print(json.dumps({'same': len({id(core) for core in cores}),"
        " 'whole': all(callable(core.bare_extraction) for core in cores)}))"
    )
    assert shown == {"same": 1, "whole": True}
