"""What the reading of a page dump found: the story's lines and what stands above it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tts_pipeline.extract.header import Header


@dataclass(frozen=True)
class DumpReading:
    """Which lines of a dump are the story, and what stands above it."""

    keep: tuple[int, ...]
    """Indices of the story's lines, in order."""
    headings: tuple[int, ...]
    """Indices (into :attr:`text_lines`) of the section headings."""
    header: Header
    region: tuple[int, int] = (0, -1)
    """First and last line of the stretch found to hold the story."""
    span: tuple[int, int] = (0, -1)
    """First and last line of the story within it (past a standfirst, before a bio)."""
    found_as: str = "the heaviest stretch of body text"
    """How the story was found (for ``clean --explain``)."""
    fragments: tuple[int, ...] = ()
    """Indices of the short lines kept amid the body text (see
    :func:`.storyextras.lines_amid`)."""
    listed: tuple[int, ...] = ()
    """Indices of the short lines that fill a gap between the story's lines (its lists and
    tables: :mod:`.storylists`)."""
    titles: tuple[int, ...] = ()
    """Indices of the titles of the tables the story keeps (:func:`.tables.table_titles`)."""
    fields: tuple[int, ...] = ()
    """Indices of the fields around a story without a byline ("Label: value": a
    product's or an event's details, :mod:`.storyfields`)."""
    chronicle: tuple[int, ...] = ()
    """Indices of the year-led lines of a chronicle around the story (:mod:`.chronicles`)."""
    reviews: int | None = None
    """Index of the first line of the readers' reviews that end a story without a byline (a
    block of fields naming a reader and a rating, :func:`.storyfields.first_review`)."""
    open_lead: int | None = None
    """Index of a standfirst kept without a sentence end (see :func:`lead_above`), which the
    HTML reading also leaves to the page's markup."""
    standfirst: int | None = None
    """Index of a standfirst kept between the headline and the byline, share bar or photo
    above the story (see :mod:`.standfirsts`): read by its shape, which the HTML reading
    leaves to the page's markup."""
    deck: int | None = None
    """Index of the deck kept above the story (see :func:`.header.deck_above`): read by its
    shape, which the HTML reading leaves to the page's markup."""

    recipe: tuple[int, ...] = ()
    """Indices of the lines of a recipe's card outside the story (:mod:`.recipes`): read
    with a dump's story; the HTML reading leaves them to the page's markup."""
    thread: tuple[int, ...] = ()
    """Indices of the lines of the posts' text when the story is a forum thread's
    (:mod:`.forums`)."""
    title_note: str | None = None
    """Why the title is not the line the header's scoring chose (:mod:`.headline_choice`)."""

    @property
    def text_lines(self) -> list[int]:
        """The lines a dump's article reads: the story's and the recipe card's."""
        return read_lines(self.keep, self.recipe)

    @property
    def by_shape(self) -> set[int]:
        """The lines above the story kept by their shape alone (the deck, a standfirst
        without a sentence end or under the headline): the HTML reading leaves them to the
        page's markup."""
        return {i for i in (self.deck, self.open_lead, self.standfirst) if i is not None}


def read_lines(keep: Sequence[int], recipe: Sequence[int]) -> list[int]:
    """The lines a dump's article reads, in order: the story's and the recipe card's."""
    return sorted({*keep, *recipe})
