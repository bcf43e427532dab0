"""Read an input (file, ``-`` for stdin, or an http(s) URL) into a decoded Document."""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from tts_pipeline.errors import InputError
from tts_pipeline.models import Document
from tts_pipeline.sources.xmlkind import refuse_xml

MAX_INPUT_BYTES = 20 * 1024 * 1024
"""Largest input accepted, in bytes; a news article is a few hundred kilobytes at most."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


META_PRESCAN_BYTES = 4096
"""How far into an HTML file to look for its ``<meta charset>``."""
UTF16_NUL_SHARE = 0.25
"""Share of NUL bytes in every other position that marks UTF-16 without a BOM."""
WEB_LABELS = {
    "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "iso-8859-8-i": "iso8859-8", "windows-874": "cp874", "x-mac-cyrillic": "mac-cyrillic",
    "x-sjis": "cp932", "windows-31j": "cp932", "x-gbk": "gbk",
}  # fmt: skip
"""Charset labels a browser reads otherwise than Python (Latin-1 and ASCII as windows-1252),
or that Python does not know (the WHATWG Encoding Standard's other names)."""
WESTERN_SINGLE_BYTE = frozenset(("cp1252", "iso8859-1", "iso8859-15", "ascii"))
"""Codecs that valid UTF-8 text is often mislabelled with."""
STRAY_NUL_SHARE = 0.1
"""Most NUL bytes, as a share of the input, that may be stray bytes a browser ignores (the
rest must then read as text, without other control characters); more is binary data."""
UTF8_GOOD_PER_BAD = 2
"""Valid multi-byte characters per bad byte for input to be read as UTF-8 with a few bad
bytes replaced."""
BROWSER_CODECS = frozenset((
    "utf-8", "utf-16", "utf-16-le", "utf-16-be", "ascii", "iso8859-1", "cp1252", "cp866",
    *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16)),
    *(f"cp{n}" for n in range(1250, 1259)), "cp874", "tis-620", "koi8-r", "koi8-u",
    "mac-roman", "mac-cyrillic", "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "euc_jp",
    "iso2022_jp", "shift_jis", "cp932", "euc_kr", "cp949",
))  # fmt: skip
"""Python's codecs of the encodings a browser knows (the WHATWG Encoding Standard's): any
other label (``utf-7``, ``unicode_escape``, ``idna``, ``undefined``, ``utf-32``) is ignored,
as a browser ignores it, and the encoding guessed."""
WIDE_CODECS = frozenset(("utf-16", "utf-16-le", "utf-16-be"))
"""A label of these on bytes that are valid UTF-8 is wrong: their text would hold NULs."""
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def read_source(spec: str) -> Document:
    """Read ``spec``: a path, ``-`` for standard input, or an http(s) URL."""
    if not spec:  # "$FILE" with FILE unset: as a path it would be the current folder
        raise InputError("the input is empty: give a file, - for standard input, or a URL")
    if is_url(spec):
        from tts_pipeline.sources.fetch import fetch_url

        return fetch_url(spec)
    if spec == "-":
        if sys.stdin is None:
            raise InputError("standard input is closed: give a file, or pipe the article in")
        if sys.stdin.isatty():  # not a pipe: a person at a terminal, who may not know to end
            import warnings

            from tts_pipeline.errors import PipelineWarning

            warnings.warn("reading the article from the terminal: paste it, then press "
                          "Ctrl-D on a line of its own", PipelineWarning, stacklevel=2)  # fmt: skip
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        return Document(text=decode_bytes(data, "<stdin>"), name="<stdin>")
    path = Path(spec)
    try:
        exists = path.exists()
    except OSError as e:  # a name longer than the file system allows
        raise InputError(f"{spec}: cannot read: {e.strerror or e}") from None
    if not exists:
        dangling = " (a symbolic link to nothing, or a loop of links)" if path.is_symlink() else ""
        raise InputError(f"{spec}: no such file{dangling}")
    if path.is_dir():
        raise InputError(f"{spec}: is a directory, not a file")
    try:
        with path.open("rb") as f:
            data = f.read(MAX_INPUT_BYTES + 1)
    except OSError as e:
        raise InputError(f"{spec}: cannot read: {e.strerror or e}") from None
    return Document(text=decode_bytes(data, spec), name=spec)


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode text in any encoding a user may hand in, as a browser does; raise InputError
    for binary data.

    Order: a byte-order mark; UTF-16 without a BOM (recognised by its NUL bytes); the
    ``declared`` charset (an HTTP header) or an HTML file's own ``<meta charset>``; then
    UTF-8 when the bytes are UTF-8 but for a few bad ones, else windows-1252. A declared
    Western single-byte charset yields to UTF-8 when the bytes are valid UTF-8 with
    non-ASCII characters: such labels are often wrong. As in a browser, a few bytes that do
    not fit the encoding become U+FFFD (the rest of the page keeps its letters), and a few
    stray NUL bytes are dropped.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    text = _decode(data, declared or html_charset(data), name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty input: no text to read")
    refuse_xml(text, name)
    return text


def html_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in a ``<meta>`` tag near its start."""
    head = data[:META_PRESCAN_BYTES]
    if not head.lstrip().startswith(b"<"):
        return None
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _decode(data: bytes, declared: str | None, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], encoding)
            if text is None and encoding == "utf-8" and _mostly_utf8(data[len(bom) :]):
                text = data[len(bom) :].decode("utf-8", "replace")
            if text is None:
                raise InputError(f"{name}: cannot decode: it starts like {encoding} but is not")
            return text
    binary = InputError(f"{name}: not text but binary data; give an article as text or HTML")
    utf16 = _guess_utf16(data)
    if utf16 is not None:
        if _looks_binary(utf16):
            raise binary
        return utf16
    nuls = data.count(0)
    if nuls > STRAY_NUL_SHARE * len(data):
        raise binary
    if nuls:
        data = data.replace(b"\x00", b"")
    text = _with_encoding(data, _encoding(data, declared))
    if _looks_binary(text):
        raise binary
    return text


def _encoding(data: bytes, declared: str | None) -> str:
    """The encoding to read ``data`` with: the declared one if it is known and fits, else
    UTF-8 when the bytes are (mostly) UTF-8, else windows-1252."""
    guess = "utf-8" if _mostly_utf8(data) else "cp1252"
    if not declared:
        return guess
    label = declared.strip().lower()
    encoding = WEB_LABELS.get(label, label)
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        return guess
    if codec not in BROWSER_CODECS:
        return guess
    if codec in WESTERN_SINGLE_BYTE | WIDE_CODECS and _strict(data, "utf-8") is not None:
        return "utf-8"
    return encoding


def _with_encoding(data: bytes, encoding: str) -> str:
    """``data`` decoded, the odd byte that does not fit replaced."""
    try:
        return data.decode(encoding, "replace")
    except LookupError:
        return data.decode("cp1252", "replace")


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8, perhaps with a few stray bytes: far more valid multi-byte characters than bad
    bytes (a page in windows-1252 has no valid multi-byte characters but by chance)."""
    if _strict(data, "utf-8") is not None:
        return True
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - bad >= UTF8_GOOD_PER_BAD * bad


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: text in Latin script has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > UTF16_NUL_SHARE and even_nuls < 0.05:
        return _strict(data[: len(data) // 2 * 2], "utf-16-le")
    if even_nuls > UTF16_NUL_SHARE and odd_nuls < 0.05:
        return _strict(data[: len(data) // 2 * 2], "utf-16-be")
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
"""Control characters no text file holds (not tab, line ends, form feed or escape)."""


def _looks_binary(text: str) -> bool:
    """True when too many characters are control characters no text file contains."""
    sample = text[:8192]
    if not sample:
        return False
    return len(_BINARY_CONTROLS.findall(sample)) / len(sample) > 0.01
