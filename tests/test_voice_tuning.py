"""The per-voice settings reach the stages they tune: trim, pauses, text per call, headroom."""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pytest
from test_master import one_paragraph, speechlike

from tts_pipeline.audio.cache import ClipStore
from tts_pipeline.audio.timeline import lay_out
from tts_pipeline.engines import register_engine, unregister_engine
from tts_pipeline.models import Block, Clip, Role, Script, Sentence
from tts_pipeline.pipeline import produce_audio, synthesize_script
from tts_pipeline.voices import VoiceProfile

RATE = 24000


def padded_tone(speech: float = 0.5, silence: float = 0.3) -> np.ndarray:
    """A tone of ``speech`` seconds with ``silence`` seconds before and after it."""
    tone = 0.3 * np.sin(2 * np.pi * 220 * np.arange(int(speech * RATE)) / RATE)
    gap = np.zeros(int(silence * RATE))
    return np.concatenate([gap, tone, gap])


@pytest.mark.parametrize("edge", [0.0, 0.03, 0.1])
def test_edge_silence_is_what_each_clip_keeps_at_both_ends(edge):
    script, keys, load = one_paragraph([padded_tone()], RATE)
    plan = lay_out(script, keys, load, VoiceProfile(edge_silence=edge), RATE)
    (segment,) = plan.segments
    assert segment.length == pytest.approx((0.5 + 2 * edge) * RATE, abs=2)


def test_piece_pause_parts_the_pieces_of_one_sentence():
    clips = [padded_tone(), padded_tone()]
    stored = {f"k{i}": Clip((c * 32767).astype("<i2").tobytes(), RATE) for i, c in enumerate(clips)}
    script = Script((Block(Role.BODY, (Sentence("Long.", "Long."),)),))
    for pause in (0.1, 0.4):
        profile = VoiceProfile(piece_pause=pause, edge_silence=0.0)
        plan = lay_out(script, [["k0", "k1"]], load=stored.__getitem__, profile=profile, rate=RATE)
        first, second = plan.segments
        assert second.start - (first.start + first.length) == round(pause * RATE)


class Recorder:
    """An engine that keeps the texts it is given and answers with a tone as long as its
    words take at the profile's rate (the pipeline keeps no clip too short for its text)."""

    name = "recorder"
    max_chars = 100
    pool_min_chars = 10**9
    texts: ClassVar[list[str]] = []

    def unavailable_reason(self, profile=None):
        return None

    def voices(self):
        return []

    def identity(self, profile):
        return "recorder"

    def synthesize(self, text, profile):
        Recorder.texts.append(text)
        seconds = len(text.split()) * 60 / profile.rate
        return Clip((padded_tone(seconds, 0.0) * 32767).astype("<i2").tobytes(), RATE)


@pytest.fixture
def recorder():
    Recorder.texts = []
    register_engine("recorder", Recorder)
    yield Recorder
    unregister_engine("recorder")


@pytest.mark.parametrize("max_chars, limit", [(40, 40), (None, 100), (500, 100)])
def test_max_chars_cuts_texts_for_the_engine_but_never_above_its_own_limit(
    recorder, max_chars, limit
):
    words = [f"word{n}," if n % 7 == 6 else f"word{n}" for n in range(50)]  # no piece twice
    sentence = " ".join(words) + "."
    script = Script((Block(Role.BODY, (Sentence(sentence, sentence),)),))
    profile = VoiceProfile(engine="recorder", voice=None, max_chars=max_chars)
    with ClipStore(None) as store:
        speech = synthesize_script(script, profile, store, jobs=1)
        (pieces,) = list(speech.clips)
    assert len(pieces) == len(recorder.texts) > 1
    assert all(len(text) <= limit for text in recorder.texts)
    assert " ".join(recorder.texts).split() == sentence.split()


def test_headroom_is_the_margin_the_limiter_keeps_for_the_encoder():
    rate = 22050
    script, keys, load = one_paragraph([speechlike(4, rate, seed=s) for s in range(3)], rate)
    peaks = {}
    with ClipStore(None) as store:
        for key_list in keys:
            store.put(key_list[0], load(key_list[0]))
        for headroom in (0.5, 4.0):
            profile = VoiceProfile(headroom=headroom)
            peaks[headroom] = produce_audio(script, keys, profile, store, jobs=1).true_peak
    assert peaks[4.0] <= -1.0 - 4.0 + 1.5  # under the ceiling, give or take the encoder
    assert peaks[4.0] < peaks[0.5] - 1.5
