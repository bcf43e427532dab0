"""Sound files for the intro and outro: WAV without ffmpeg, other formats through it."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from tts_pipeline.audio.pydub_loader import import_pydub
from tts_pipeline.errors import InputError
from tts_pipeline.files import read_regular_file
from tts_pipeline.models import Clip

MAX_SOUND_BYTES = 256 * 1024 * 1024
"""An intro or outro is read whole: a bound (a quarter of an hour of 48 kHz stereo WAV) on
what a mistaken path (``/dev/zero``, a film) can cost."""


def load_sound(path: Path, rate: int) -> Clip:
    """The file at ``path`` as mono 16-bit PCM at ``rate`` Hertz."""
    try:
        data = read_regular_file(path, MAX_SOUND_BYTES)
    except FileNotFoundError:
        raise InputError(f"sound file {path}: no such file") from None
    except OSError as e:
        raise InputError(f"sound file {path}: cannot read it: {e.strerror or e}") from None
    except ValueError as e:
        raise InputError(f"sound file {path}: {e}; give an audio file") from None
    pydub = import_pydub()
    is_wav = data[:4] == b"RIFF"
    if not is_wav and not (shutil.which("ffmpeg") or shutil.which("avconv")):
        raise InputError(
            f"sound file {path}: reading {path.suffix or 'this format'} needs ffmpeg, which is "
            "not installed; convert it to WAV or install ffmpeg"
        )
    try:
        segment = (
            pydub.AudioSegment.from_wav(io.BytesIO(data))
            if is_wav
            else pydub.AudioSegment.from_file(io.BytesIO(data))
        )
    except Exception as e:  # pydub raises CouldntDecodeError, wave.Error, IndexError...
        raise InputError(f"sound file {path}: cannot read it: {e}".splitlines()[0]) from None
    segment = segment.set_channels(1).set_sample_width(2)
    return resample_clip(Clip(segment.raw_data, segment.frame_rate), rate)


def resample_clip(clip: Clip, rate: int) -> Clip:
    """``clip`` at ``rate`` Hertz (band-limited)."""
    if clip.rate == rate:
        return clip
    import numpy as np

    from tts_pipeline.audio.dsp import resample

    samples = np.frombuffer(clip.pcm, dtype="<i2").astype(np.float64)
    resampled = np.clip(np.round(resample(samples, clip.rate, rate)), -32768, 32767)
    return Clip(resampled.astype("<i2").tobytes(), rate)
