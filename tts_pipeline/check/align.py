"""Align the words heard with the words of the script, in order.

Runs of words that agree exactly are anchors (``difflib``); between anchors, a small dynamic
programme pairs words that share letters (misheard names, spellings) and leaves the rest
unpaired: script words nobody said, heard words the script does not have. Scores count
letters, so a long word heard nearly right outweighs a lone "a" that happens to match.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

MIN_ANCHOR_WORDS = 3
"""Words in a row that agree exactly and anchor the alignment, or..."""
MIN_ANCHOR_LETTERS = 8
"""...fewer words with at least this many letters ("said kirby", not "of the")."""
UNPAIRED = 0.5
"""Score lost per letter of a word left unpaired; a pair scores 2 per shared letter less this
per letter of both words, so words that share no letter are better left unpaired."""
MAX_GAP_CELLS = 400_000
"""Larger stretches between anchors are not paired word by word (an unrelated stretch)."""


def align(script: Sequence[str], heard: Sequence[str]) -> list[int | None]:
    """For each script word, the index of the heard word paired with it, or None."""
    pairs: list[int | None] = [None] * len(script)
    matcher = SequenceMatcher(None, script, heard, autojunk=False)
    script_at = heard_at = 0
    for block in matcher.get_matching_blocks():
        letters = sum(len(word) for word in script[block.a : block.a + block.size])
        if block.size and block.size < MIN_ANCHOR_WORDS and letters < MIN_ANCHOR_LETTERS:
            continue
        _pair_between(script, heard, (script_at, block.a), (heard_at, block.b), pairs)
        for k in range(block.size):
            pairs[block.a + k] = block.b + k
        script_at, heard_at = block.a + block.size, block.b + block.size
    return pairs


def shared_letters(a: str, b: str) -> int:
    """Letters two words share, in order."""
    if a == b:
        return len(a)
    return sum(
        block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    )


def _pair_between(script, heard, script_span, heard_span, pairs) -> None:
    """Needleman-Wunsch on one stretch between anchors; fills ``pairs``."""
    s0, s1 = script_span
    h0, h1 = heard_span
    rows, cols = s1 - s0, h1 - h0
    if not rows or not cols or rows * cols > MAX_GAP_CELLS:
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
        word = script[s0 + i - 1]
        above, here = score[i - 1], score[i]
        for j in range(1, cols + 1):
            other = heard[h0 + j - 1]
            paired = (
                above[j - 1]
                + 2 * shared_letters(word, other)
                + skip_script[i - 1]
                + skip_heard[j - 1]
            )
            best, step = above[j] + skip_script[i - 1], 1  # ties go to leaving words unpaired
            if here[j - 1] + skip_heard[j - 1] > best:
                best, step = here[j - 1] + skip_heard[j - 1], 2
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
