"""Reading inputs: every encoding a user may hand in, decoded right; binary refused."""

from __future__ import annotations

import codecs

import pytest

from tts_pipeline.errors import InputError
from tts_pipeline.sources.read import MAX_INPUT_BYTES, decode_bytes, html_charset, read_source

TEXT = "Café owners in Zürich said the “naïve” plan would cost €5,000 – or more.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with a BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM
        TEXT.encode("utf-16-be"),  # no BOM
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252"],
)
def test_every_encoding_is_read_right(data):
    assert decode_bytes(data, "t") == TEXT


def test_latin1_is_read_right():
    text = "Ça coûte 5 € ? Non : 5 £, dit l'élève à Málaga.\n".replace("€", "¤")
    assert decode_bytes(text.encode("latin-1"), "t") == text


def test_line_ends_are_normalised():
    assert decode_bytes(b"one\r\ntwo\rthree\n", "t") == "one\ntwo\nthree\n"


def test_html_meta_charset_is_honoured():
    html = '<html><head><meta charset="windows-1251"><title>Новости</title></head></html>'
    assert decode_bytes(html.encode("cp1251"), "t") == html


def test_http_equiv_charset_is_honoured():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'
        "</head><body>Łódź, Kraków</body></html>"
    )
    assert html_charset(html.encode("iso-8859-2")) == "ISO-8859-2"
    assert decode_bytes(html.encode("iso-8859-2"), "t") == html


def test_latin1_label_means_windows_1252_as_in_browsers():
    html = '<meta charset="iso-8859-1"><p>“Quoted”</p>'
    assert decode_bytes(html.encode("cp1252"), "t") == html


def test_utf8_mislabelled_as_latin1_is_read_as_utf8():
    html = '<meta charset="iso-8859-1"><p>Zürich – “quoted”</p>'
    assert decode_bytes(html.encode("utf-8"), "t") == html


def test_declared_charset_wins_over_guessing():
    text = "Привет, мир"
    assert decode_bytes(text.encode("koi8-r"), "t", declared="koi8-r") == text


def test_unknown_declared_charset_falls_back():
    assert decode_bytes("Zürich".encode(), "t", declared="no-such-charset") == "Zürich"


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(bytes(range(256)) * 16, "x.bin")


def test_too_large_input_is_refused():
    with pytest.raises(InputError, match="larger than"):
        decode_bytes(b"a" * (MAX_INPUT_BYTES + 1), "big.txt")


def test_read_source_reads_a_file_in_utf16(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(TEXT.encode("utf-16"))
    document = read_source(str(path))
    assert document.text == TEXT
    assert document.name == str(path)
    assert document.url is None


def test_read_source_refuses_a_directory(tmp_path):
    with pytest.raises(InputError, match="directory"):
        read_source(str(tmp_path))


def test_utf8_page_with_a_few_bad_bytes_stays_utf8():
    """A browser reads a UTF-8 page with a stray Latin-1 byte as UTF-8: every other accented
    letter is kept and only the stray byte is replaced."""
    html = '<meta charset="utf-8"><p>Café in Zürich, naïve résumé.</p>'.encode()
    damaged = html.replace("Zürich".encode(), b"Z\xfcrich")
    text = decode_bytes(damaged, "t")
    assert "Café" in text and "naïve résumé" in text
    assert "Z\ufffdrich" in text


def test_utf8_text_without_a_declaration_with_a_stray_byte_stays_utf8():
    data = "Müller said the café’s “new” menu costs €12.\n".encode() + b"Stra\xdfe\n"
    text = decode_bytes(data, "t")
    assert text.startswith("Müller said the café’s “new” menu costs €12.")


def test_windows_1252_text_is_not_taken_for_utf8():
    text = "Müller sagte, das Café in der Straße sei geöffnet.\n"
    assert decode_bytes(text.encode("cp1252"), "t") == text


def test_stray_nul_bytes_are_ignored_not_binary():
    data = b"<html><body><p>The council met on Monday.\x00</p>\x00<p>It voted.</p></body></html>"
    text = decode_bytes(data, "page.html")
    assert "\x00" not in text
    assert "The council met on Monday." in text


def test_many_nul_bytes_are_binary():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"text\x00\x00\x00\x00\x00\x00 more" * 20, "x.bin")
