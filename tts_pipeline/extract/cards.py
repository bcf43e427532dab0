"""Teaser cards: other stories' blocks that sit with the story in one wrapper (``<main>``).

A card is a block with a linked headline (a link of a few words to another page of the
site, as or in a heading, or first in the block) and a short summary under it; three or
more such blocks side by side, each naming a different story, are a list of other stories.
A forum's posts have the same shape, but their link is a username or the topic's title
again ("Re: ..."), so the headlines must be long enough and all different.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from tts_pipeline.extract.dom import Evidence
from tts_pipeline.extract.linefeatures import Kind, Line, count_words
from tts_pipeline.extract.render import BLOCKS, PARAGRAPHS, SECTION_HEADINGS, SKIPPED

CARDS_MIN = 3
"""Fewest cards side by side that make a list of other stories."""
HEADLINE_MIN_WORDS = 4
"""Fewest words of a card's linked headline (a username is fewer)."""
KICKER_MAX_WORDS = 5
"""Most words of a line above a card's headline (a date, a section's name)."""
SUMMARY_WORDS = (10, 100)
"""Words of a card's summary, not counting its headline."""
TEASER = (
    "a teaser card of another story (linked headline, summary), or a line trafilatura kept "
    "below the story's article element, out of it, on a page with such cards"
)


def card_elements(tree) -> dict:
    """The elements of ``tree`` that are teaser cards of other stories, each with the number
    of its list (from 1)."""
    cards: dict = {}
    for parent in tree.iter():
        children = [c for c in parent if isinstance(c.tag, str)]
        if len(children) < CARDS_MIN:
            continue
        groups: dict[str, list] = defaultdict(list)  # siblings of one tag, whatever their class
        for child in children:
            groups[child.tag].append(child)
        for group in groups.values():
            heads = [_headline(child) for child in group]
            found = [(c, h) for c, h in zip(group, heads, strict=True) if h]
            texts, hrefs = {h[0] for _, h in found}, {h[1] for _, h in found}
            if len(found) < CARDS_MIN or min(len(texts), len(hrefs)) < len(found):
                continue  # other stories have their own headlines and addresses
            group = len(set(cards.values())) + 1
            cards.update((c, group) for c, _ in found)
    return cards


def _headline(card) -> tuple[str, str] | None:
    """The card's linked headline and its address, when it is a line of its own (not a
    link run into a list item's text) at the card's top (under a date or a kicker at most),
    with a summary in the card's other lines."""
    links = [a for a in card.iter("a") if (a.get("href") or "").strip()]
    if not links:
        return None
    href = links[0].get("href").strip()
    if href.startswith(("#", "javascript:", "mailto:")):
        return None
    # a link around the whole head of the card holds its date too: the headline is its longest line
    text = max(_lines(links[0]) or [""], key=_words)
    lines = _lines(card)
    if _words(text) < HEADLINE_MIN_WORDS or text not in lines:
        return None
    if any(_words(line) > KICKER_MAX_WORDS for line in lines[: lines.index(text)]):
        return None  # the link is below the card's text: "read more" on the story's own item
    rest = sum(_words(line) for line in lines if line != text)
    if not SUMMARY_WORDS[0] <= rest <= SUMMARY_WORDS[1]:
        return None
    return text.lower(), href


def _words(text: str) -> float:
    """Words of ``text`` split at spaces, or counted as in CJK text (written without spaces)."""
    return max(len(text.split()), count_words(text))


def _lines(root) -> list[str]:
    """The text of ``root``, one block a line."""
    from lxml import etree

    lines: list[str] = []
    parts: list[str] = []

    def end() -> None:
        if line := " ".join("".join(parts).split()):
            lines.append(line)
        parts.clear()

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in BLOCKS or tag in PARAGRAPHS or tag == "br":
            end()
        if event == "start" and element.text and tag not in SKIPPED:
            parts.append(element.text)
        elif event == "end" and element.tail and element is not root:
            parts.append(element.tail)
    end()
    return lines


def teaser_lines(
    lines: Sequence[Line], evidence: Sequence[Evidence], story: Sequence[int]
) -> set[int]:
    """The lines inside teaser cards of the lists trafilatura's ``story`` takes a card of,
    when it has body text outside them, and its lines below its own article element and out
    of it."""
    kept = {evidence[i].card for i in story} - {0}  # lists of which trafilatura kept a card
    cards = {i for i, markup in enumerate(evidence) if markup.card in kept}
    own = [i for i in story if i not in cards and lines[i].kind is Kind.BODY]
    if not cards or not own:
        return set()
    heading = _list_heading(lines, evidence, story, cards, own[-1])
    return cards | _below_own_article(evidence, story, own) | heading


def _list_heading(
    lines: Sequence[Line],
    evidence: Sequence[Evidence],
    story: Sequence[int],
    cards: set[int],
    last: int,
) -> set[int]:
    """A heading (``<h2>``...) of the story below its ``last`` own paragraph and right above
    a list of cards (the list's heading: "More news")."""
    heads = set()
    for i in (i for i in story if i > last):
        j = next((j for j in range(i + 1, len(lines)) if lines[j].kind is not Kind.BLANK), None)
        if j in cards and i not in cards and evidence[i].tag in SECTION_HEADINGS:
            heads.add(i)
    return heads


def _below_own_article(
    evidence: Sequence[Evidence], story: Sequence[int], own: list[int]
) -> set[int]:
    """Lines of the story below its own article element (an ``<article>`` in ``<main>``)
    and out of it, on a page with teaser cards: the wrapper's other blocks."""
    first = evidence[own[0]].article
    ends = [i for i in own if evidence[i].article == first]
    if not first or len(ends) * 2 < len(own):
        return set()
    return {i for i in story if i > ends[-1] and evidence[i].article != first}
