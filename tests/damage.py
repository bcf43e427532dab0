"""Damage an episode's MP3 the ways `check` must notice: a sentence cut out, a sentence
replaced by silence, speech spliced in that is not in the script. Decode, edit the PCM,
encode again with LAME (as the pipeline does)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

RATE = 44100


def decode_mp3(data: bytes) -> np.ndarray:
    """16-bit mono samples at 44.1 kHz."""
    import miniaudio

    decoded = miniaudio.decode(
        data, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=RATE
    )
    return np.frombuffer(decoded.samples, dtype=np.int16).copy()


def encode_mp3(samples: np.ndarray) -> bytes:
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(64)
    encoder.set_in_sample_rate(RATE)
    encoder.set_channels(1)
    encoder.set_quality(5)
    return bytes(encoder.encode(samples.astype(np.int16).tobytes()) + encoder.flush())


def sentence_times(episode_json: Path) -> list[tuple[float, float]]:
    data = json.loads(episode_json.read_text(encoding="utf-8"))
    return [(s["start"], s["end"]) for s in data["sentences"]]


def _at(seconds: float) -> int:
    return round(seconds * RATE)


def cut_sentences(samples: np.ndarray, times, indices) -> np.ndarray:
    """Remove each sentence of ``indices`` with the pause after it (or, for the last, before)."""
    keep = np.ones(len(samples), dtype=bool)
    for index in indices:
        start, _ = times[index]
        end = times[index + 1][0] if index + 1 < len(times) else len(samples) / RATE
        if index + 1 == len(times):
            start = times[index - 1][1]
        keep[_at(start) : _at(end)] = False
    return samples[keep]


def silence_sentences(samples: np.ndarray, times, indices) -> np.ndarray:
    """Zeros in place of each sentence of ``indices``, the timeline unchanged."""
    out = samples.copy()
    for index in indices:
        start, end = times[index]
        out[_at(start) : _at(end)] = 0
    return out


def splice_after(samples: np.ndarray, times, insertions: dict[int, np.ndarray]) -> np.ndarray:
    """After sentence ``i`` (mid-pause), the speech ``insertions[i]`` between short pauses."""
    pause = np.zeros(_at(0.4), dtype=np.int16)
    pieces, at = [], 0
    for index in sorted(insertions):
        end = times[index][1]
        following = times[index + 1][0] if index + 1 < len(times) else end
        middle = _at((end + following) / 2)
        pieces += [samples[at:middle], pause, insertions[index], pause]
        at = middle
    pieces.append(samples[at:])
    return np.concatenate(pieces)


def speech_only(samples: np.ndarray, times) -> np.ndarray:
    """The audio of the first to the last sentence (a clip to splice elsewhere)."""
    return samples[_at(times[0][0]) : _at(times[-1][1])]
