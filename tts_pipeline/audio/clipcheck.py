"""Is a clip plausible for its text? Speech runs at about the profile's words per minute.

An engine can hand back a clip that is empty, silent or cut short (espeak under load now and
then ends an utterance before it starts), and a clip in the cache may be such a clip from an
older version. Nothing is stored or used unless its speech lasts at least the time its words
take at ``SPEED_MARGIN`` times the profile's rate, and at most a generous time for its
characters: the margins are wide, so a real voice at any rate never fails them.

They are too wide to tell a clip spoken at the wrong rate (espeak at its default 200 words
per minute instead of a profile's 170: one sentence's words per minute varies more than
that), so the engine that knows the rate it spoke at checks that itself (``pyttsx3_engine``).
"""

from __future__ import annotations

import re
import warnings

from tts_pipeline.models import Clip

SPEED_MARGIN = 3.0
"""How many times faster than the profile's rate speech may seem before it is implausible."""
SECONDS_PER_CHARACTER_WORDS = 1.0
"""At most, every character may take as long as a whole word at the profile's rate..."""
SLACK_SECONDS = 10.0
"""...plus this much: the upper bound only catches an engine that runs away."""
SOUND_THRESHOLD = 0.003
"""Amplitude (fraction of full scale) above which a sample is sound, as the layout trims."""
BLOCK_SECONDS = 0.01
"""Resolution of the measure of where speech starts and ends."""
SILENT = ("no audio", "only silence")
"""The problems of a clip with no sound at all."""
_WORD = re.compile(r"[^\W_]+")


def spoken_words(text: str) -> int:
    """Words (runs of letters or digits) in ``text``; 0 means nothing to say."""
    return len(_WORD.findall(text))


def shortest_seconds(text: str, words_per_minute: float) -> float:
    return spoken_words(text) * 60.0 / (words_per_minute * SPEED_MARGIN)


def longest_seconds(text: str, words_per_minute: float) -> float:
    return SLACK_SECONDS + len(text) * SECONDS_PER_CHARACTER_WORDS * 60.0 / words_per_minute


def length_problem(text: str, seconds: float, words_per_minute: float) -> str | None:
    """Why a clip ``seconds`` long cannot be ``text`` spoken; None when it can."""
    if not spoken_words(text):
        return None
    shortest = shortest_seconds(text, words_per_minute)
    if seconds < shortest:
        return _too_short(text, seconds, shortest)
    longest = longest_seconds(text, words_per_minute)
    if seconds > longest:
        return f"{seconds:.1f} s of audio for {len(text)} characters (at most {longest:.0f} s)"
    return None


def clip_problem(text: str, clip: Clip, words_per_minute: float) -> str | None:
    """Why ``clip`` cannot be ``text`` spoken (its speech, from the first sound to the last,
    too short or too long; not 16-bit audio); None when it is plausible."""
    if len(clip.pcm) % 2 or not 4000 <= clip.rate <= 384000:
        return f"not 16-bit audio at a usual rate ({len(clip.pcm)} bytes at {clip.rate} Hz)"
    if not spoken_words(text):
        return None
    if not clip.pcm:
        return SILENT[0]
    speech = _speech_seconds(clip)
    if speech == 0:
        return SILENT[1]
    problem = length_problem(text, clip.seconds, words_per_minute)
    if problem is None and speech < shortest_seconds(text, words_per_minute):
        return _too_short(text, speech, shortest_seconds(text, words_per_minute), "of speech")
    return problem


def _speech_seconds(clip: Clip) -> float:
    """Seconds from the first block of ``BLOCK_SECONDS`` with sound to the last one's end."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import audioop  # no numpy here: workers start faster without it

    block = 2 * max(1, round(BLOCK_SECONDS * clip.rate))
    pcm = memoryview(clip.pcm)
    threshold = SOUND_THRESHOLD * 32767
    loud = [i for i in range(0, len(pcm), block) if audioop.max(pcm[i : i + block], 2) > threshold]
    if not loud:
        return 0.0
    return (min(len(pcm), loud[-1] + block) - loud[0]) / 2 / clip.rate


def _too_short(text: str, seconds: float, shortest: float, what: str = "of audio") -> str:
    words = spoken_words(text)
    plural = "s" * (words != 1)
    return f"{seconds:.2f} s {what} for {words} word{plural} (at least {shortest:.2f} s)"
