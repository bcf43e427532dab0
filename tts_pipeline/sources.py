"""Read an input (file, ``-`` for stdin, or an http(s) URL) into a decoded Document."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from tts_pipeline.errors import InputError
from tts_pipeline.models import Document

MAX_INPUT_BYTES = 20 * 1024 * 1024
"""Largest input accepted, in bytes; a news article is a few hundred kilobytes at most."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def read_source(spec: str) -> Document:
    """Read ``spec``: a path, ``-`` for standard input, or an http(s) URL."""
    if is_url(spec):
        from tts_pipeline.fetch import fetch_url

        return fetch_url(spec)
    if spec == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        return Document(text=decode_bytes(data, "<stdin>"), name="<stdin>")
    path = Path(spec)
    if not path.exists():
        raise InputError(f"{spec}: no such file")
    if path.is_dir():
        raise InputError(f"{spec}: is a directory, not a file")
    try:
        with path.open("rb") as f:
            data = f.read(MAX_INPUT_BYTES + 1)
    except OSError as e:
        raise InputError(f"{spec}: cannot read: {e.strerror or e}") from None
    return Document(text=decode_bytes(data, spec), name=spec)


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode text in any encoding a user may hand in; raise InputError for binary data.

    Order: a byte-order mark; UTF-16 without a BOM (recognised by its NUL pattern);
    the ``declared`` charset (an HTTP header or an HTML meta tag); UTF-8; cp1252; latin-1.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    text = _decode(data, declared, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty input: no text to read")
    return text


def _decode(data: bytes, declared: str | None, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], encoding)
            if text is None:
                raise InputError(f"{name}: cannot decode: it starts like {encoding} but is not")
            return text
    utf16 = _guess_utf16(data)
    if utf16 is not None:
        return utf16
    binary = InputError(f"{name}: not text but binary data; give an article as text or HTML")
    if b"\x00" in data:
        raise binary
    candidates = [declared] if declared else []
    candidates += ["utf-8", "cp1252", "latin-1"]
    for encoding in candidates:
        text = _strict(data, encoding)
        if text is not None:
            if _looks_binary(text):
                raise binary
            return text
    raise binary  # unreachable: latin-1 decodes any bytes


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return _strict(data, "utf-16-le")
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return _strict(data, "utf-16-be")
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(text: str) -> bool:
    """True when too many characters are control characters no text file contains."""
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v\x1b")
    controls += sum(1 for c in sample if 0x7F <= ord(c) < 0xA0)
    return controls / len(sample) > 0.01
