"""A shop's purchase box above a product's text in a text dump.

A shop's product page sets its price, the tax and shipping notes, the delivery time and
the stock ("29,90 €", "inkl. MwSt., zzgl. Versand", "Lieferzeit: 2-3 Tage", "In stock")
in a box of short lines above the product's description. Its lines may read as
"Label: value" fields or as a data sheet, like an event's details; but they sell the
product and are no text of it, so the reader leaves the box out. A line of the box is
known by a shop's note (``shop_notes`` of the chrome data).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from tts_pipeline.extract.dates import find_date
from tts_pipeline.extract.linefeatures import Kind, Line, fold
from tts_pipeline.extract.patterns import patterns


def purchase_box(lines: Sequence[Line], block: Iterable[int]) -> bool:
    """One of the lines ``block`` is a shop's note on a price: tax, shipping, delivery
    time, stock, the cart; and none gives a date. An event's details give its date and
    may note the tax in the ticket's price ("Datum: 14. August 2020" / "Eintritt: 18 Euro,
    inkl. MwSt."): they are the story's, and a shop's box gives no date."""
    block = list(block)
    notes = patterns().shop_notes
    if not any(notes.search(fold(lines[i].text)) for i in block):
        return False
    return not any(lines[i].kind is Kind.DATE or find_date(lines[i].text) for i in block)


def box_above_the_text(
    lines: Sequence[Line], keep: Sequence[int], headings: Collection[str]
) -> list[int]:
    """The kept lines ``keep`` above the story's first paragraph when they are a shop's
    :func:`purchase_box` (trafilatura keeps a product page's price notes, stock and the
    shop's promises with its description), less the heading right above that paragraph (one
    of the page's ``headings``: the description's own, "Produktbeschreibung")."""
    first = next((i for i in sorted(keep) if lines[i].kind is Kind.BODY), None)
    above = [i for i in sorted(keep) if first is not None and i < first]
    if above and lines[above[-1]].text in headings:
        above = above[:-1]
    notes = patterns().shop_notes
    noted = sum(bool(notes.search(fold(lines[i].text))) for i in above)
    return above if noted >= BOX_NOTE_LINES and purchase_box(lines, above) else []


BOX_NOTE_LINES = 2
"""Fewest lines with a shop's note of such a box: an event's facts above its text may note
the tax in a ticket's price on one line ("Eintritt: 18 Euro, inkl. MwSt.")."""
