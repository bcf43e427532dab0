"""Rules found on the round-12 probe pages (world news sites), each on a page the test
writes itself: a photo gallery's slide captions inside a story, and a story's subheading
that a browser's copy glued under the links of a related box and above its paragraph."""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source


def _clean(tmp_path: Path, name: str, text: str) -> str:
    page = tmp_path / name
    page.write_text(text, "utf-8")
    return "\n".join(extract_article(read_source(str(page))).paragraphs)


STORY = [
    "The harbour town of Kelmouth held its first kite festival in forty years on Saturday,"
    " drawing families from across the county to the long beach below the cliffs.",
    "Organisers said more than three thousand people came, twice as many as they had"
    " planned for, and that the car parks were full by ten in the morning.",
    "Local makers sold kites of paper and bamboo, and a team from the coastguard flew a"
    " twelve-metre fish that could be seen from the next village along the coast.",
    "The council said it would consider making the festival a yearly event if a sponsor"
    " could be found to pay for the stewards and the first-aid tent.",
]
SLIDES = [
    "Kites rise over the beach at noon.",
    "A child holds the string of a paper dragon.",
    "The coastguard team launches the giant fish.",
]

GALLERY_HTML = (
    "<html><body><header><a>Kelmouth Echo</a><nav><a>News</a><a>Sport</a></nav></header>"
    "<h1>Kites return to Kelmouth</h1><p>By Jo Hale | June 6, 2020</p><article>"
    + "".join(f"<p>{p}</p>" for p in STORY[:2])
    + '<div class="gallery"><h3>Gallery</h3>'
    + "".join(
        f'<div class="slide"><span>{i} / 3</span><img src="k{i}.jpg"><p>{c}</p></div>'
        for i, c in enumerate(SLIDES, 1)
    )
    + "</div>"
    + "".join(f"<p>{p}</p>" for p in STORY[2:])
    + "</article><footer><p>Kelmouth Echo 2020</p></footer></body></html>"
)

GALLERY_DUMP = "\n".join(
    ["Kelmouth Echo", "NewsSportWeatherOpinion", "Sign inSubscribe", "Kites return to Kelmouth"]
    + ["", STORY[0], "", STORY[1], ""]
    + [line for i, c in enumerate(SLIDES, 1) for line in (f"{i} / 3", c, "")]
    + [
        STORY[2],
        "",
        STORY[3],
        "",
        "Most Read",
        "Harbour dredging starts",
        "Bus times change",
        "",
        "Privacy PolicyContact us",
        "© 2020 Kelmouth Echo. All rights reserved.",
        "",
    ]
)


def test_gallery_captions_left_out_of_html(tmp_path):
    """Short sentences right under a gallery's slide counters ("1 / 3") are the slides'
    captions, not the story's paragraphs."""
    text = _clean(tmp_path, "page.html", GALLERY_HTML)
    assert STORY[0][:40] in text and STORY[3][:40] in text
    for caption in SLIDES:
        assert caption not in text


def test_gallery_captions_left_out_of_dump(tmp_path):
    text = _clean(tmp_path, "page.txt", GALLERY_DUMP)
    assert STORY[0][:40] in text and STORY[3][:40] in text
    for caption in SLIDES:
        assert caption not in text


HEADING_DUMP = "\n".join(
    [
        "The Coastal Daily",
        "NewsBusinessSportOpinionWeather",
        "Sign inSubscribe",
        "Ferry fares to fall on island routes",
        "",
        "By Ana Ruiz",
        "",
        "Fares on the ferries to the outer islands will fall by a fifth from next month,"
        " the transport board said on Monday, after a new subsidy was agreed with the"
        " government.",
        "",
        "Islanders have campaigned for cheaper crossings for years, saying the cost of a"
        " return trip for a car had doubled in a decade.",
        "",
        "Related Stories",
        "",
        "Island school to get new science block",
        "Harbour wall repairs to start in spring",
        "Freight costs for shops",
        "Shopkeepers on the islands say they will pass on lower freight charges to their"
        " customers, though some warned that fuel prices could eat up the savings.",
        "",
        "The board will review the subsidy after two years, and said it hoped more"
        " visitors would take the ferries as a result.",
        "",
        "Share on FacebookShare on Twitter",
        "Most Read",
        "Storm warning for the north coast",
        "Lifeboat crew honoured at palace",
        "",
        "Privacy PolicyTerms of UseContact us",
        "© 2020 The Coastal Daily. All rights reserved.",
        "",
    ]
)


def test_subheading_under_box_links_kept(tmp_path):
    """The last short title of a related box's links, right above the story's next
    paragraph (no blank line between), is the story's subheading: kept; the links go."""
    text = _clean(tmp_path, "page.txt", HEADING_DUMP)
    assert "Freight costs for shops" in text
    assert "Shopkeepers on the islands say" in text
    assert "Island school to get new science block" not in text
    assert "Harbour wall repairs" not in text


WORDS_DUMP = "\n".join(
    [
        "The Lakeside Courier",
        "NewsSportOpinionLife",
        "Sign InSubscribe",
        "Library hours to grow in the new year",
        "",
        "By Priya Nair | Updated: January 3, 2020",
        "",
        "Article content",
        "The city's four public libraries will open on Sunday afternoons from February,"
        " the library board said on Thursday, after a year-long campaign by parents.",
        "",
        "This advertisement has not loaded yet, but your article continues below.",
        "Article content",
        "The board said the extra hours would cost about $300,000 a year, paid for by a"
        " grant from the province and savings on heating at the main branch.",
        "",
        "Staff will be asked to volunteer for the new shifts at first, and the board"
        " plans to hire six part-time workers by the spring if demand is high.",
        "",
        "(With inputs from Lakeside News Service)",
        "",
        "Join The Lakeside Courier's Telegram channel here and get the latest news.",
        "",
        "Most Read",
        "Ice fishing season opens early",
        "Council approves bike lanes",
        "",
        "Privacy PolicyTerms of Use",
        "© 2020 The Lakeside Courier. All rights reserved.",
        "",
    ]
)


def test_chain_markers_telegram_and_inputs_credit(tmp_path):
    """A chain paper's "Article content" markers, its ad slot's note and a line inviting
    readers to a Telegram channel are chrome; "(With inputs from <agency>)" under the story
    is its credit, kept."""
    text = _clean(tmp_path, "page.txt", WORDS_DUMP)
    assert "The city's four public libraries" in text
    assert "(With inputs from Lakeside News Service)" in text
    assert "Article content" not in text
    assert "This advertisement has not loaded" not in text
    assert "Telegram channel" not in text


DE_DUMP = "\n".join(
    [
        "Seeblick Zeitung",
        "RegionSchweizWirtschaftSport",
        "Login",
        "Neue Fähre für den Untersee",
        "",
        "Von Lea Frei | 12.03.2019, 08:10",
        "",
        "Die Schifffahrtsgesellschaft will im kommenden Jahr eine neue Fähre in Betrieb"
        " nehmen, die bis zu 300 Personen und 40 Autos fassen kann.",
        "",
        "Das alte Schiff ist seit über fünfzig Jahren im Einsatz und muss immer häufiger"
        " repariert werden, wie der Direktor am Montag sagte.",
        "",
        "Die Kosten von rund zwölf Millionen Franken teilen sich die beiden Kantone und"
        " die Gesellschaft, die dafür ein Darlehen aufnimmt.",
        "",
        "Fehler gefunden? Jetzt melden.",
        "",
        "Meistgelesen",
        "Stau am Zoll",
        "Neues Hallenbad",
        "",
        "Impressum",
        "© Seeblick Zeitung. Alle Rechte vorbehalten",
        "",
    ]
)


def test_report_a_mistake_note_is_chrome(tmp_path):
    """A German note asking readers to report a mistake is chrome, not the story's end."""
    text = _clean(tmp_path, "page.txt", DE_DUMP)
    assert "Die Schifffahrtsgesellschaft will" in text
    assert "ein Darlehen aufnimmt." in text
    assert "Fehler gefunden" not in text


TR_DUMP = "\n".join(
    [
        "Haber Kıyı",
        "GündemEkonomiSporYaşam",
        "Sahil yolu yaz boyunca trafiğe kapanacak",
        "",
        "Giriş: 03.06.2019 10:15",
        "",
        "Belediye, sahil yolunun yaz ayları boyunca hafta sonları araç trafiğine"
        " kapatılacağını açıkladı. Uygulama haziranın ikinci haftası başlayacak.",
        "",
        "Tüm fotoğrafları gör",
        "Yol boyunca bisiklet ve yürüyüş için ayrı şeritler çizilecek, sahildeki kafeler"
        " masalarını kaldırıma kadar açabilecek.",
        "",
        "Esnaf ise kararın cumartesi günleri satışları düşürebileceğini söyleyerek"
        " belediyeden yeniden değerlendirme istedi.",
        "",
        "İlgili Haberler",
        "Otoparklara yeni tarife",
        "",
        "Haber Kıyı © 2019 Tüm hakları saklıdır.",
        "",
    ]
)


def test_turkish_all_photos_link_is_chrome(tmp_path):
    """A gallery's "see all photos" link (Turkish) inside the story is chrome."""
    text = _clean(tmp_path, "page.txt", TR_DUMP)
    assert "Belediye, sahil yolunun" in text
    assert "yeniden değerlendirme istedi." in text
    assert "Tüm fotoğrafları gör" not in text
