"""Probe pages read as the benchmarks' text dumps are made: from the markup alone
(``tests/tools/flat_dump.py``), so chrome hidden by a stylesheet stays in and every
paragraph and heading stands between blank lines, where Chromium's copy glues them.

Each ``<name>.flat.txt`` next to its page is that dump, committed; it must be what the maker
gives today, reach its F1 floor, keep the story's phrases and drop the chrome:

- a deals round-up: a deal's name, a blank line, its shop's button ("$19.90 at Amazon"), a
  blank line, its blurb; the name is the deal's heading (a button one blank line apart
  carries a price);
- a shop's product page: "Ihre Vorteile auf einen Blick", a blank line, the list of
  features, between two paragraphs of the product's text (a heading set apart over its
  list);
- a live blog: a bar of controls over an update's time of day ("14:52"), a blank line, its
  text; a time of day is no price, so the bar is no heading;
- a city news story: its last paragraph under a related box, then its tags line without a
  colon, a blank line, a newsletter's short line over its button; the tags end the story
  (the short line under them opens no section), so the paragraph above them is kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import check_probe, probe_truth
from tests.tools.flat_dump import flat_dump

PAGES = Path(__file__).parent / "pages"

# (probe set, name): flat dump's floor, a little under what the cleaner reaches.
FLOORS = {
    ("probe_kinds16", "en-deals-roundup"): 0.92,
    ("probe_sites14", "de-shop-technik"): 0.98,
    ("probe_html", "live-blog"): 0.98,
    ("probe_lang15", "es-ar-portal-mira"): 0.9,
}

CASES = {
    "en-deals-roundup": {
        "must": [
            "Lodge 12-inch cast iron skillet: $19.90 (was $33.25)",
            "Kindle Paperwhite: $84.99 (was $129.99)",
            "Bose QuietComfort 35 II: $249 (was $349)",
        ],
        "must_not": ["$19.90 at Amazon", "$129 at Walmart"],
    },
    "de-shop-technik": {
        "must": [
            "Ihre Vorteile auf einen Blick",
            "Teleskopstiel, stufenlos von 95 bis 120 cm verstellbar",
            "Kompatibel mit allen 18-Volt-Akkus der Serie",
            "Lieferumfang",
        ],
        "must_not": ["Das könnte Sie auch interessieren", "Newsletter abonnieren"],
    },
    "live-blog": {
        "must": ["The final whistle has gone here", "The opening goal comes from"],
        "must_not": ["LatestOldest", "Auto refresh"],
    },
    "es-ar-portal-mira": {
        "must": ["Lo más lindo es que la plaza volvió a ser un lugar de encuentro"],
        "must_not": ["Recibí las noticias más importantes", "Cortes de tránsito por obras"],
    },
}


@pytest.mark.parametrize(("folder", "name"), FLOORS)
def test_flat_dump_is_the_makers(folder, name):
    page = PAGES / folder / f"{name}.html"
    made = flat_dump(page.read_bytes().decode("utf-8", "replace"))
    assert (PAGES / folder / f"{name}.flat.txt").read_text("utf-8") == made


@pytest.mark.parametrize(("folder", "name"), FLOORS)
def test_flat_dump_reading(folder, name):
    path = PAGES / folder / f"{name}.flat.txt"
    truth = probe_truth(PAGES / folder, name)
    check_probe(path, truth, CASES[name], FLOORS[folder, name], "text")
