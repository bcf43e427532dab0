"""Sound files for the intro and outro: WAV without ffmpeg, other formats through it."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from tts_pipeline.audio.pydub_loader import import_pydub
from tts_pipeline.errors import InputError
from tts_pipeline.files import read_regular_file
from tts_pipeline.models import Clip

if TYPE_CHECKING:
    from tts_pipeline.audio.cache import ClipStore
    from tts_pipeline.voices import VoiceProfile

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


def clip_loader(profile: VoiceProfile, store: ClipStore):
    """(load, sound names, rate): clips and the profile's intro and outro sounds by key, at
    the engine's own rate (None: the first clip's), or at the output rate when there is
    music (so music keeps its highs)."""
    paths = {"sound:intro": profile.intro_music, "sound:outro": profile.outro_music}
    paths = {name: profile.resolve(path) for name, path in paths.items() if path}
    rate = profile.sample_rate if paths else None
    sounds = {name: load_sound(path, profile.sample_rate) for name, path in paths.items()}

    def load(key: str) -> Clip:
        clip = sounds[key] if key in sounds else store.get(key)
        return resample_clip(clip, rate) if rate else clip

    return load, frozenset(sounds), rate
