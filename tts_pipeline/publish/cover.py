"""Cover art: the profile's image, or a square cover drawn with the article's title."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from tts_pipeline import DISCLOSURE
from tts_pipeline.errors import InputError
from tts_pipeline.files import read_regular_file

COVER_SIZE = 1400
"""Pixels per side: Apple Podcasts asks for 1400 to 3000."""
MARGIN = 110
_PALETTE = ((24, 39, 71), (66, 22, 56), (18, 61, 54), (77, 41, 14), (40, 40, 48))
"""Dark backgrounds for white text; one is picked by the site's name."""
MAX_IMAGE_BYTES = 16 * 1024 * 1024
"""Largest cover read: far above any 3000 px JPEG or PNG a podcast app accepts, and a bound
on what a mistaken path (``/dev/zero``, a video) can cost."""


def image_type(data: bytes) -> str | None:
    """``image/jpeg`` or ``image/png`` by the file's signature, else None."""
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG"):
        return "image/png"
    return None


def load_cover(path: Path) -> tuple[bytes, str]:
    """An image file as (bytes, MIME type), checked to be a JPEG or PNG of a bounded size."""
    try:
        data = read_regular_file(path, MAX_IMAGE_BYTES)
    except OSError as e:
        raise InputError(f"cover image {path}: cannot read it: {e.strerror or e}") from None
    except ValueError as e:
        raise InputError(f"cover image {path}: {e}; give a JPEG or PNG file") from None
    mime = image_type(data)
    if mime is None:
        raise InputError(f"cover image {path}: not a JPEG or PNG file")
    return data, mime


def draw_cover(title: str, subtitle: str | None = None) -> bytes:
    """A square RGB JPEG with the title in large type, the site and the disclosure below."""
    from PIL import Image, ImageDraw, ImageFont

    seed = hashlib.sha256((subtitle or title).encode("utf-8")).digest()[0]
    image = Image.new("RGB", (COVER_SIZE, COVER_SIZE), _PALETTE[seed % len(_PALETTE)])
    draw = ImageDraw.Draw(image)
    width = COVER_SIZE - 2 * MARGIN
    size, lines = 120, []
    while size >= 48:
        font = ImageFont.load_default(size=size)
        lines = _wrap(draw, title, font, width)
        if len(lines) * size * 1.2 <= COVER_SIZE * 0.6:
            break
        size -= 8
    y = MARGIN
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=(255, 255, 255))
        y += int(size * 1.2)
    small = ImageFont.load_default(size=44)
    footer = [subtitle] if subtitle else []
    footer.append(DISCLOSURE)
    y = COVER_SIZE - MARGIN - len(footer) * 60
    for line in footer:
        draw.text((MARGIN, y), line, font=small, fill=(220, 220, 220))
        y += 60
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85, optimize=True)
    return out.getvalue()


def _wrap(draw, text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines
