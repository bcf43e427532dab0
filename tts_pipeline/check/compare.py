"""Compare what was heard with what should have been said, sentence by sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher

from tts_pipeline.check.align import align
from tts_pipeline.check.expected import Expected
from tts_pipeline.check.fold import Context, Token, fold, fold_words, simplify
from tts_pipeline.check.result import CheckResult, Passage, SentenceCheck
from tts_pipeline.check.transcribe import MODEL_NAME, Transcript, Word

MIN_UNEXPECTED_WORDS = 3
"""Words heard in a row outside every sentence before they count as speech not in the
script (a stray word at a sentence's edge is the recognizer's, not the voice's)."""
SPLIT_WORDS = 6
"""Unpaired words in a row inside one sentence's span that part it: speech of its own (a
spliced passage), not a misheard name or two."""
MIN_LONG_SILENCE = 1.5
"""Seconds: a silence at least this long, and longer than every planned pause, is reported."""
LONG_SILENCE_MARGIN = 0.5
"""Seconds over the longest pause the episode plans between sentences."""
HALLUCINATION_SILENCE = 1.0
"""Words heard entirely inside a silence this long are the recognizer's invention."""
_NUMBER_GOES_ON = re.compile(r"[,.]\d")


def compare(transcript: Transcript, expected: Expected, threshold: float) -> CheckResult:
    """Each sentence of ``expected`` heard or not in ``transcript``; speech outside them; long
    silences."""
    script = [fold_words(s.speech) for s in expected.sentences]
    flat = [word for words in script for word in words]
    words = _audible(transcript.words, transcript.quiet)
    tokens, token_word = _fold_heard(words, Context(flat))
    spans = _sentence_spans(script, align(flat, [t.word for t in tokens]))
    checks = []
    for index, (sentence, said, span) in enumerate(
        zip(expected.sentences, script, spans, strict=True)
    ):
        if span is None:
            start, end = _between(spans, index, words, token_word, transcript.duration)
            similarity = 0.0 if said else 1.0  # a sentence of no words is heard as nothing
            heard = similarity >= threshold
            checks.append(SentenceCheck(sentence.text, heard, similarity, start, end, ""))
            continue
        lo, hi = span
        first, last = token_word[lo], token_word[hi]
        similarity = _similarity(said, [t.word for t in tokens[lo : hi + 1]])
        heard = " ".join(w.text for w in words[first : last + 1])
        checks.append(
            SentenceCheck(
                sentence.text,
                similarity >= threshold,
                similarity,
                words[first].start,
                words[last].end,
                heard,
            )
        )
    pauses = expected.planned_pauses()
    long_silence = max(MIN_LONG_SILENCE, max(pauses, default=0.0) + LONG_SILENCE_MARGIN)
    return CheckResult(
        sentences=tuple(checks),
        unexpected=tuple(_unexpected(spans, token_word, words)),
        silences=tuple(Passage(a, b) for a, b in transcript.quiet if b - a >= long_silence),
        threshold=threshold,
        long_silence=round(long_silence, 2),
        duration=transcript.duration,
        model=MODEL_NAME,
    )


def _sentence_spans(script: list[list[str]], pairs: list[int | None]):
    """For each sentence, the first and last heard word paired with its words, or None.

    Where the words paired with one sentence lie apart, with ``SPLIT_WORDS`` or more unpaired
    words between them, only the larger part counts: a stray word matched
    across foreign speech must not make that speech the sentence's.
    """
    spans: list[tuple[int, int] | None] = []
    first = 0
    for words in script:
        paired = [p for p in pairs[first : first + len(words)] if p is not None]
        first += len(words)
        if not paired:
            spans.append(None)
            continue
        parts, start = [], 0
        for k in range(1, len(paired) + 1):
            if k == len(paired) or paired[k] - paired[k - 1] > SPLIT_WORDS:
                parts.append(paired[start:k])
                start = k
        largest = max(parts, key=len)
        spans.append((largest[0], largest[-1]))
    return spans


def _audible(words: tuple[Word, ...], quiet) -> list[Word]:
    """The words heard, less those inside a long silence (Whisper fills silence with words)."""
    long_quiet = [(a, b) for a, b in quiet if b - a >= HALLUCINATION_SILENCE]
    return [w for w in words if not any(a <= w.start and w.end <= b for a, b in long_quiet)]


def _fold_heard(words: list[Word], context: Context) -> tuple[list[Token], list[int]]:
    """The heard words folded as one text (so "$5" and "billion" read together), and for
    each folded word, the heard word it came from. Whisper gives a number's digits after a
    separator as a word of their own ("$1" ",200", "2" ".5"): they go on without a space."""
    starts, joined = [], ""
    for word in words:
        text = simplify(word.text)
        if joined and not (joined[-1].isdigit() and _NUMBER_GOES_ON.match(text)):
            joined += " "
        starts.append(len(joined))
        joined += text
    tokens = fold(joined, context)
    return tokens, [bisect_right(starts, t.at) - 1 for t in tokens]


def _similarity(said: list[str], heard: list[str]) -> float:
    """Letters of the script sentence against the letters heard for it (spaces ignored, so
    "counter terrorism" is "counterterrorism")."""
    a, b = "".join(said), "".join(heard)
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio() if a and b else 0.0


def _between(spans, index: int, words: list[Word], token_word: list[int], duration: float):
    """Where an unheard sentence should be: after the sentence heard before it, before the
    one heard after it."""
    before = next((s for s in reversed(spans[:index]) if s), None)
    after = next((s for s in spans[index + 1 :] if s), None)
    start = words[token_word[before[1]]].end if before else 0.0
    end = words[token_word[after[0]]].start if after else duration
    return start, max(start, end)


def _unexpected(spans, token_word: list[int], words: list[Word]):
    """Runs of heard words outside every sentence, long enough to be speech of their own."""
    inside = {i for span in spans if span for i in range(span[0], span[1] + 1)}
    spoken = set(token_word)  # words that fold to nothing (a lone dash) neither count nor break
    claimed = {token_word[i] for i in inside}
    run: list[int] = []
    for index in [*range(len(words)), None]:
        if index is not None and (index not in spoken or index not in claimed):
            if index in spoken:
                run.append(index)
            continue
        if len(run) >= MIN_UNEXPECTED_WORDS:
            text = " ".join(words[i].text for i in range(run[0], run[-1] + 1))
            yield Passage(words[run[0]].start, words[run[-1]].end, text)
        run = []
