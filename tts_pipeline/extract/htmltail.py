"""Lines right below the story trafilatura found on an HTML page that are still the story's.

Trafilatura's precise reading leaves out a news agency's staff credit under the story's
last paragraph ("Additional reporting by Jane Roe; Editing by John Doe") as a short line;
the text-dump cleaner keeps it with the story (:func:`.storytail.story_credit`).
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.dom import Evidence
from tts_pipeline.extract.linefeatures import Line
from tts_pipeline.extract.storytail import story_credit

CREDIT = "a staff credit right below the story (reporting and editing by)"


def tail_lines(
    lines: Sequence[Line], evidence: Sequence[Evidence], keep: Sequence[int]
) -> dict[int, str]:
    """The lines below the last of the kept lines ``keep`` that belong to the story, each
    with the reason. (A live blog's updates below trafilatura's last one are
    :mod:`.liveblog`'s.)"""
    if not keep:
        return {}
    return {j: CREDIT for j in story_credit(lines, max(keep)) if not evidence[j].boiler}
