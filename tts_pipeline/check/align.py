"""Align the words heard with the words of the script, in order.

Anchors first, the way patience diff finds them: runs of three words that occur once in the
script and once in what was heard, kept where they agree in order (the longest increasing
run), and grown while the words go on agreeing. A passage said twice cannot pull the
alignment out of place, and no anchor is sought far from where it belongs. Between anchors,
exact runs of words (``difflib``) and then a small dynamic programme pair the words that
share letters (misheard names, spellings) and leave the rest unpaired: script words nobody
said, heard words the script does not have. Scores count letters, so a long word heard
nearly right outweighs a lone "a" that happens to match.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

ANCHOR_WORDS = 3
"""Words in a run that anchors the alignment when it occurs once on each side."""
MIN_ANCHOR_WORDS = 3
"""Between unique anchors: words in a row that agree exactly and anchor too, or..."""
MIN_ANCHOR_LETTERS = 8
"""...fewer words with at least this many letters ("said kirby", not "of the")."""
UNPAIRED = 0.5
"""Score lost per letter of a word left unpaired; a pair scores 2 per shared letter less this
per letter of both words, so words that share no letter are better left unpaired."""
MAX_GAP_CELLS = 400_000
"""Larger stretches between anchors are not paired word by word (an unrelated stretch)."""

Span = tuple[int, int]


def align(script: Sequence[str], heard: Sequence[str]) -> list[int | None]:
    """For each script word, the index of the heard word paired with it, or None."""
    pairs: list[int | None] = [None] * len(script)
    script_at = heard_at = 0
    for s, h, size in [*_unique_anchors(script, heard), (len(script), len(heard), 0)]:
        if s < script_at or h < heard_at:
            continue  # inside the previous block, once grown
        _fill(script, heard, (script_at, s), (heard_at, h), pairs)
        for k in range(size):
            pairs[s + k] = h + k
        script_at, heard_at = s + size, h + size
    return pairs


def _unique_anchors(script: Sequence[str], heard: Sequence[str]) -> list[tuple[int, int, int]]:
    """(script index, heard index, words) of the blocks that agree, in order of both."""
    n = ANCHOR_WORDS

    def runs(words):
        return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]

    script_runs, heard_runs = runs(script), runs(heard)
    in_script, in_heard = Counter(script_runs), Counter(heard_runs)
    where_heard = {run: i for i, run in enumerate(heard_runs)}
    matches = [
        (i, where_heard[run])
        for i, run in enumerate(script_runs)
        if in_script[run] == 1 and in_heard[run] == 1
    ]
    blocks: list[tuple[int, int, int]] = []
    for s, h in _increasing(matches):
        end_s, end_h = (
            (blocks[-1][0] + blocks[-1][2], blocks[-1][1] + blocks[-1][2]) if blocks else (0, 0)
        )
        if s < end_s or h < end_h:
            continue  # inside the block before, grown
        while s > end_s and h > end_h and script[s - 1] == heard[h - 1]:
            s, h = s - 1, h - 1
        size = 0
        while (
            s + size < len(script) and h + size < len(heard) and script[s + size] == heard[h + size]
        ):
            size += 1
        blocks.append((s, h, size))
    return blocks


def _increasing(matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``matches`` (sorted by script index) whose heard indices increase."""
    tails: list[int] = []  # heard index ending the best run of each length
    ends: list[int] = []  # which match ends it
    before = [-1] * len(matches)
    for k, (_, h) in enumerate(matches):
        place = bisect_left(tails, h)
        if place:
            before[k] = ends[place - 1]
        if place == len(tails):
            tails.append(h)
            ends.append(k)
        else:
            tails[place], ends[place] = h, k
    chain, k = [], ends[-1] if ends else -1
    while k >= 0:
        chain.append(matches[k])
        k = before[k]
    return chain[::-1]


def _fill(script, heard, script_span: Span, heard_span: Span, pairs) -> None:
    """Pair the words of one stretch between anchors: exact runs, then alike words."""
    (s0, s1), (h0, h1) = script_span, heard_span
    if s0 >= s1 or h0 >= h1:
        return
    if (s1 - s0) * (h1 - h0) <= MAX_GAP_CELLS // 8:
        _pair_alike(script, heard, script_span, heard_span, pairs)
        return
    matcher = SequenceMatcher(None, script[s0:s1], heard[h0:h1], autojunk=False)
    script_at, heard_at = s0, h0
    for block in matcher.get_matching_blocks():
        a, b = s0 + block.a, h0 + block.b
        letters = sum(len(word) for word in script[a : a + block.size])
        if block.size and block.size < MIN_ANCHOR_WORDS and letters < MIN_ANCHOR_LETTERS:
            continue
        _pair_alike(script, heard, (script_at, a), (heard_at, b), pairs)
        for k in range(block.size):
            pairs[a + k] = b + k
        script_at, heard_at = a + block.size, b + block.size


def shared_letters(a: str, b: str) -> int:
    """Letters two words share, in order."""
    if a == b:
        return len(a)
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks)


def _pair_alike(script, heard, script_span: Span, heard_span: Span, pairs) -> None:
    """Needleman-Wunsch on one stretch; fills ``pairs``."""
    s0, s1 = script_span
    h0, h1 = heard_span
    rows, cols = s1 - s0, h1 - h0
    if rows <= 0 or cols <= 0 or rows * cols > MAX_GAP_CELLS:
        return
    skip_script = [-UNPAIRED * len(script[s0 + i]) for i in range(rows)]
    skip_heard = [-UNPAIRED * len(heard[h0 + j]) for j in range(cols)]
    score = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    move = [[0] * (cols + 1) for _ in range(rows + 1)]  # 0 pair, 1 skip script, 2 skip heard
    for i in range(1, rows + 1):
        score[i][0], move[i][0] = score[i - 1][0] + skip_script[i - 1], 1
    for j in range(1, cols + 1):
        score[0][j], move[0][j] = score[0][j - 1] + skip_heard[j - 1], 2
    for i in range(1, rows + 1):
        word, lose_word = script[s0 + i - 1], skip_script[i - 1]
        above, here = score[i - 1], score[i]
        for j in range(1, cols + 1):
            lose_heard = skip_heard[j - 1]
            best, step = above[j] + lose_word, 1  # ties leave words unpaired
            if here[j - 1] + lose_heard > best:
                best, step = here[j - 1] + lose_heard, 2
            paired = above[j - 1] + lose_word + lose_heard
            if paired + 2 * len(word) > best:  # worth measuring the letters shared
                paired += 2 * shared_letters(word, heard[h0 + j - 1])
                if paired > best:
                    best, step = paired, 0
            here[j], move[i][j] = best, step
    i, j = rows, cols
    while i and j:
        step = move[i][j]
        if step == 0:
            pairs[s0 + i - 1] = h0 + j - 1
            i, j = i - 1, j - 1
        elif step == 1:
            i -= 1
        else:
            j -= 1
