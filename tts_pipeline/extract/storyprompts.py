"""Sentences of trafilatura's story that the prompt patterns call chrome.

A prompt pattern ("sign up ... account", "subscribe ... today") is searched in lines up to
fifty words long, and a story's own sentence may hold its words ("Residents can sign up for
an account today ..."). When trafilatura keeps such a sentence between two paragraphs of its
story, as a paragraph of the article element like them with no link in it, it is the
story's: a site's call to action stands in a box, or links to where it asks the reader to go.
"""

from __future__ import annotations

from collections.abc import Sequence

from tts_pipeline.extract.align import Reading
from tts_pipeline.extract.dom import Evidence
from tts_pipeline.extract.leads import LEAD_TAGS
from tts_pipeline.extract.lines import Kind, Line, describe, fold, is_body
from tts_pipeline.extract.patterns import patterns

PROMPT_SENTENCE = (
    "trafilatura kept it between two paragraphs of its story: a sentence of the story, "
    "though it holds a prompt's words (sign up, subscribe)"
)
PROMPT_LINK_SHARE = 0.0
"""Most share of such a sentence's characters in links (a call to action links)."""


def prompt_sentence(text: str) -> bool:
    """A sentence of running text that is chrome only by a prompt pattern."""
    line = describe(text)
    if line.kind is not Kind.CHROME:
        return False
    folded = fold(line.text)
    p = patterns()
    return (
        p.prompts.search(folded) is not None
        and not p.chrome.fullmatch(folded)
        and is_body(folded, line.words, line.terminal, line.lower, line.wide_gaps)
    )


def story_prompts(
    lines: Sequence[Line], evidence: Sequence[Evidence], story: Sequence[int], text: str
) -> dict[int, str]:
    """The lines that are prompt sentences (:func:`prompt_sentence`) of trafilatura's
    ``text`` and stand right between two body lines of ``story`` (blank lines aside), as
    paragraphs of the same article element as both, with no link in them and not in a box;
    each with the reason."""
    prompts = [p for p in (" ".join(t.split()) for t in text.split("\n")) if prompt_sentence(p)]
    if not prompts:
        return {}
    reading, in_story = Reading(prompts), set(story)
    text_lines = [i for i, line in enumerate(lines) if line.kind is not Kind.BLANK]
    kept: dict[int, str] = {}
    for above, i, below in zip(text_lines, text_lines[1:], text_lines[2:], strict=False):
        if i in in_story or not {above, below} <= in_story:
            continue
        if lines[above].kind is not Kind.BODY or lines[below].kind is not Kind.BODY:
            continue
        mark = evidence[i]
        if (
            mark.in_article
            and mark.tag in LEAD_TAGS
            and not mark.boiler
            and mark.link_share <= PROMPT_LINK_SHARE
            and evidence[above].article == mark.article == evidence[below].article
            and prompt_sentence(lines[i].text)
            and reading.has(lines[i].text)
        ):
            kept[i] = PROMPT_SENTENCE
    return kept
