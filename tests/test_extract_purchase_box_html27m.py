"""A shop's purchase box above a product's text on an HTML page: the price's tax and
shipping notes, the stock and the shop's promises, kept by trafilatura with the product's
description, are no text of it (as :mod:`tts_pipeline.extract.shopbox` leaves the box out
of a text dump); the description's own heading stays. An event's facts above its text that
note the tax in a ticket's price give a date and stay. Invented pages."""

from __future__ import annotations

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

SHOP = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Gartenschere Profi 200 | Gartenhaus Meier</title></head><body>
<header><a href="/">Gartenhaus Meier</a><nav><a href="#">Werkzeug</a> <a href="#">Pflanzen</a>
<a href="#">Angebote</a></nav></header>
<main><div class="product">
<h1>Gartenschere Profi 200</h1>
<p class="price">24,95 €</p>
<p class="tax">inkl. MwSt., zzgl. Versandkosten</p>
<p class="stock">Sofort lieferbar, Lieferzeit 2–4 Werktage</p>
<ul class="usp"><li>Kostenlose Rücksendung</li><li>Kauf auf Rechnung möglich</li></ul>
<button>In den Warenkorb</button>
<h2>Produktbeschreibung</h2>
<p>Die Gartenschere Profi 200 schneidet frische Zweige bis zu zwei Zentimetern Stärke
sauber und ohne Quetschen. Die Klingen aus gehärtetem Stahl lassen sich nachschleifen und
bei Bedarf einzeln austauschen.</p>
<p>Die Griffe sind mit weichem Kunststoff überzogen und liegen auch bei längerer Arbeit
angenehm in der Hand. Eine Feder öffnet die Schere nach jedem Schnitt von selbst, ein
Riegel hält sie beim Transport sicher geschlossen.</p>
<p>Zum Reinigen genügt ein feuchtes Tuch; ein Tropfen Öl am Gelenk hält die Schere über
viele Jahre leichtgängig.</p>
</div></main>
<footer><p>© 2023 Gartenhaus Meier · <a href="#">Impressum</a></p></footer>
</body></html>
"""

EVENT = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Sommerkonzert im Schlosspark | Kulturverein Birkenau</title></head><body>
<header><a href="/">Kulturverein Birkenau</a></header>
<main><article>
<h1>Sommerkonzert im Schlosspark</h1>
<p>Datum: Samstag, 12. August 2023, 19 Uhr</p>
<p>Eintritt: 18 Euro, inkl. MwSt.</p>
<h2>Programm</h2>
<p>Das Kammerorchester der Stadt spielt in diesem Jahr Serenaden von Mozart und Dvořák
unter freiem Himmel. Bei schlechtem Wetter findet das Konzert in der Schlosskirche statt,
die Karten behalten ihre Gültigkeit.</p>
<p>Der Park ist ab 18 Uhr geöffnet; Decken und Klappstühle dürfen mitgebracht werden, für
Getränke und kleine Speisen sorgt der Förderverein der Musikschule.</p>
</article></main>
</body></html>
"""


def _read(tmp_path, html: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(html, "utf-8")
    return "\n".join(extract_article(read_source(str(page))).paragraphs)


def test_purchase_box_above_the_description_is_left_out(tmp_path):
    text = _read(tmp_path, SHOP)
    assert "Die Gartenschere Profi 200 schneidet" in text
    assert "Produktbeschreibung" in text
    for line in ["inkl. MwSt.", "Lieferzeit 2–4 Werktage", "Kostenlose Rücksendung"]:
        assert line not in text


def test_event_facts_noting_the_tax_stay(tmp_path):
    text = _read(tmp_path, EVENT)
    assert "Das Kammerorchester der Stadt" in text
    assert "Eintritt: 18 Euro, inkl. MwSt." in text
