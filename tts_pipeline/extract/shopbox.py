"""A shop's purchase box above a product's text in a text dump.

A shop's product page sets its price, the tax and shipping notes, the delivery time and
the stock ("29,90 €", "inkl. MwSt., zzgl. Versand", "Lieferzeit: 2-3 Tage", "In stock")
in a box of short lines above the product's description. Its lines may read as
"Label: value" fields or as a data sheet, like an event's details; but they sell the
product and are no text of it, so the reader leaves the box out. A line of the box is
known by a shop's note (``shop_notes`` of the chrome data).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
