"""Lines right below the story trafilatura found on an HTML page that are still the story's.

Trafilatura's precise reading leaves out a news agency's staff credit under the story's
last paragraph ("Additional reporting by Jane Roe; Editing by John Doe") as a short line;
the text-dump cleaner keeps it with the story (:func:`.storytail.story_credit`).
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.dom import Evidence
from tts_pipeline.extract.lines import Kind, Line
from tts_pipeline.extract.storytail import story_credit
from tts_pipeline.extract.storytext import is_sentence
from tts_pipeline.extract.textdump import DumpReading

CREDIT = "a staff credit right below the story (reporting and editing by)"
REPEATED = (
    "the dump cleaner kept it: the story goes on below its last line, after the same kinds of "
    "lines as stand between its last two (an update's time and share button)"
)


def tail_lines(
    lines: Sequence[Line],
    evidence: Sequence[Evidence],
    keep: Sequence[int],
    dump: DumpReading | None = None,
) -> dict[int, str]:
    """The lines below the last of the kept lines ``keep`` that belong to the story, each
    with the reason."""
    if not keep:
        return {}
    found = dict.fromkeys(_repeated(lines, evidence, sorted(keep), dump), REPEATED)
    return found | {j: CREDIT for j in story_credit(lines, max(keep)) if not evidence[j].boiler}


def _text_lines(lines: Sequence[Line], start: int, end: int) -> list[int]:
    return [j for j in range(start, end) if lines[j].kind is not Kind.BLANK]


def _repeated(
    lines: Sequence[Line], evidence: Sequence[Evidence], keep: list[int], dump: DumpReading | None
) -> list[int]:
    """The sentences the dump cleaner kept below the story's last line, each after lines of
    the same kinds and elements as stand between the story's last two lines (the time and
    the share button of a live blog's updates): the story's next parts, which trafilatura
    left out."""
    if dump is None or len(keep) < 2:
        return []
    ours = set(dump.keep)
    before, last = keep[-2], keep[-1]
    between = _text_lines(lines, before + 1, last)
    shape = [(lines[j].kind, evidence[j].tag) for j in between]
    if not shape or any(kind in (Kind.BODY, Kind.SHORT) for kind, _ in shape):
        return []
    found: list[int] = []
    while True:
        below = _text_lines(lines, last + 1, min(len(lines), len(evidence)))[: len(shape) + 1]
        if len(below) <= len(shape):
            return found
        if [(lines[j].kind, evidence[j].tag) for j in below[:-1]] != shape:
            return found
        nxt = below[-1]
        if not (
            nxt in ours
            and is_sentence(lines[nxt], evidence[nxt])
            and evidence[nxt].tag == evidence[last].tag
            and evidence[nxt].article == evidence[last].article
        ):
            return found
        found.append(nxt)
        last = nxt
