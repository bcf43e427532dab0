"""Small helpers shared by the audio stages."""

from __future__ import annotations

import warnings


def import_pydub():
    """Import pydub without its warnings about a missing ffmpeg (WAV and raw PCM need none)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        import pydub

    return pydub
