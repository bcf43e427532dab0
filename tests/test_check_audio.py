"""How `check` reads the audio, without the recognizer: quiet stretches and where a long
episode is cut into windows for it (synthetic signals)."""

from __future__ import annotations

import itertools

import numpy as np

from tts_pipeline.check import transcribe
from tts_pipeline.check.transcribe import RATE, _Levels, _pause_near_end, _windows


def noise(seconds: float, seed: int = 0) -> np.ndarray:
    return (np.random.default_rng(seed).standard_normal(round(seconds * RATE)) * 0.1).astype(
        np.float32
    )


def quiet(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE), dtype=np.float32)


def test_quiet_stretches_are_found_across_chunk_edges():
    audio = np.concatenate([noise(1.0), quiet(0.75), noise(0.5), quiet(0.05), noise(0.3)])
    levels = _Levels()
    for start in range(0, len(audio), 999):  # chunks that do not fall on 10 ms windows
        levels.add(audio[start : start + 999])
    stretches = list(levels.quiet_stretches())
    assert len(stretches) == 1  # the 50 ms gap is too short to report
    start, end = stretches[0]
    assert abs(start - 1.0) <= 0.01 and abs(end - 1.75) <= 0.01
    assert abs(levels.seconds - 2.6) < 1e-6


def test_a_window_is_cut_in_the_middle_of_its_longest_late_pause():
    audio = np.concatenate([noise(40.0), quiet(0.4), noise(5.0), quiet(1.2), noise(4.0)])
    cut = _pause_near_end(audio)
    assert abs(cut / RATE - (45.4 + 0.6)) < 0.02


def test_long_audio_goes_to_the_recognizer_in_windows_that_cover_it_once(monkeypatch):
    monkeypatch.setattr(transcribe, "WINDOW_SECONDS", 20.0)
    audio = np.concatenate([part for seed in range(8) for part in (noise(6.0, seed), quiet(0.5))])
    chunks = [audio[i : i + 16000] for i in range(0, len(audio), 16000)]
    windows = list(_windows(iter(chunks), _Levels()))
    assert len(windows) >= 2
    offsets = [offset for offset, _ in windows]
    lengths = [len(samples) for _, samples in windows]
    assert sum(lengths) == len(audio)
    for (offset, samples), following in zip(windows, offsets[1:], strict=False):
        assert abs(offset + len(samples) / RATE - following) < 1e-9
        tail = samples[-80:]  # every cut falls in a pause
        assert float(np.abs(tail).max()) == 0.0


def test_clips_are_cut_in_pauses_and_never_longer_than_the_recognizer_hears_well():
    from tts_pipeline.check.transcribe import CLIP_SECONDS, _clips

    quiet = [(9.8, 10.2), (21.0, 21.4), (30.0, 30.2), (52.0, 53.0)]
    clips = _clips(70.0, quiet)
    assert clips[0] == (0.0, 21.2) and clips[1][0] == 21.2
    assert clips[-1][1] == 70.0
    assert all(end - start <= CLIP_SECONDS for start, end in clips)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(clips))
    assert _clips(100.0, []) == [
        (0.0, 24.0),
        (24.0, 48.0),
        (48.0, 72.0),
        (72.0, 96.0),
        (96.0, 100.0),
    ]


def test_sound_without_words_is_listened_to_again():
    from tts_pipeline.check.transcribe import Word, _unheard

    words = [Word("one", 0.0, 0.5), Word("two", 0.6, 1.0), Word("ten", 9.0, 9.5)]
    clips = [(0.0, 12.0)]
    assert _unheard(words, clips, quiet=[]) == [(1.0, 9.0), (9.5, 12.0)]
    mostly_quiet = [(1.2, 8.5), (9.6, 12.0)]
    assert _unheard(words, clips, quiet=mostly_quiet) == []
