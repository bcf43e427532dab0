"""Text dumps of round 18: precision at the story's edges. A readers' rating and a box of
other recipes under a recipe's steps, teasers' titles in a block of their own under a list
that ends the story, a shop's purchase box above a product's text and a line of the
story's tags are no text of the story; what is shaped alike and is the story's stays (a
list's next group, a product's details below its text, a post tagged above its headline;
an event's details above its text: tests/pages/short15/reading-event.txt). Every page
here is invented."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.linefeatures import fold
from tts_pipeline.extract.patterns import chrome_languages, patterns
from tts_pipeline.extract.textdump import extract_text

RECIPE = """Kochwelt Daheim
Rezepte\tBacken\tKochen\tMagazin

Apfel-Streuselkuchen vom Blech
Von Marion Keller | 12. September 2020

Wenn im Herbst die Äpfel reif sind, backe ich diesen Kuchen fast jedes Wochenende. Der \
Boden ist ein einfacher Rührteig, darauf kommen viele Apfelstücke und eine dicke Schicht \
Butterstreusel, die beim Backen schön knusprig wird.

Das Rezept reicht für ein ganzes Blech und lässt sich gut am Vortag vorbereiten. Am \
besten schmeckt der Kuchen noch lauwarm mit einem Klecks geschlagener Sahne.

Zutaten
250 g Mehl
150 g Zucker
3 Eier
200 g Butter
1,5 kg Äpfel

Zubereitung
1
Den Backofen auf 180 Grad Ober- und Unterhitze vorheizen und das Blech mit Backpapier auslegen.
2
Butter, Zucker und Eier schaumig rühren, dann das Mehl unterheben und den Teig verstreichen.
3
Die Äpfel schälen, in Stücke schneiden und gleichmäßig auf dem Teig verteilen.
4
Für die Streusel Mehl, Zucker und Butter verkneten, über die Äpfel bröseln und backen.
{tail}
Kommentare
© 2020 Kochwelt Daheim
"""

RATED = """4.5 von 5 Sternen (120 Bewertungen)
Das könnte dir auch schmecken
Zwetschgendatschi mit Hefeteig (60 Min.)
Schneller Rhabarberkuchen in 30 Minuten
"""

BOXED = """Das könnte dir auch schmecken
Zwetschgendatschi mit Hefeteig (60 Min.)
Schneller Rhabarberkuchen in 30 Minuten
"""

RATED_EN = """4.8 out of 5 stars (86 ratings)
You may also like
Plum cake with yeast dough (60 min.)
Quick rhubarb cake in 30 minutes
"""


def test_a_rating_and_other_recipes_under_the_steps_are_no_steps():
    text = "\n".join(extract_text(RECIPE.format(tail=RATED)).paragraphs)
    assert "Für die Streusel Mehl" in text
    assert "Sternen" not in text
    assert "schmecken" not in text
    assert "Zwetschgendatschi" not in text and "Rhabarberkuchen" not in text


def test_a_box_of_other_recipes_under_the_steps_ends_them():
    text = "\n".join(extract_text(RECIPE.format(tail=BOXED)).paragraphs)
    assert "Für die Streusel Mehl" in text
    assert "Zwetschgendatschi" not in text and "Rhabarberkuchen" not in text


def test_an_english_rating_under_the_steps_ends_them():
    text = "\n".join(extract_text(RECIPE.format(tail=RATED_EN)).paragraphs)
    assert "Für die Streusel Mehl" in text
    assert "stars" not in text and "Plum cake" not in text


def test_a_step_with_a_fraction_is_still_a_step():
    tail = "1/2 TL Zimt über die Streusel geben\n"
    text = "\n".join(extract_text(RECIPE.format(tail=tail)).paragraphs)
    assert "1/2 TL Zimt" in text


BUSES = """Stadtanzeiger Nord
Lokales\tPolitik\tSport\tKultur

Neue Buslinien ab Montag: Das ändert sich im Norden
Von Petra Lindner
14.03.2020, 08:30 Uhr

Ab kommendem Montag fahren im Norden der Stadt drei neue Buslinien. Die Verkehrsbetriebe \
reagieren damit auf die vielen Beschwerden über volle Busse im Berufsverkehr.

Die neuen Linien verbinden die Wohngebiete am Stadtrand direkt mit dem Bahnhof und dem \
Gewerbegebiet. Tagsüber fahren die Busse alle zehn Minuten, abends alle zwanzig.

Wer regelmäßig pendelt, sollte sich die neuen Fahrpläne rechtzeitig ansehen. Einige \
Haltestellen werden verlegt, zwei fallen ganz weg. Die wichtigsten Änderungen:

Linie 21: Nordfriedhof – Bahnhof, alle 10 Minuten
Linie 22: Gewerbepark – Marktplatz, alle 15 Minuten
Linie 23: Am Weiher – Klinikum, alle 20 Minuten

{below}

Kommentare
Schreiben Sie einen Kommentar
"""

TEASERS = """Brand in Lagerhalle: Feuerwehr im Großeinsatz
Stadtrat beschließt neuen Radweg an der Ringstraße
Bäckerei Sommer schließt nach 80 Jahren"""

NEXT_GROUP = """Wegfallende Haltestellen:
Haltestelle Lindenstraße am Park
Haltestelle Parkweg an der Schule"""


def test_teasers_apart_under_a_list_that_ends_the_story_are_no_items():
    text = "\n".join(extract_text(BUSES.format(below=TEASERS)).paragraphs)
    assert "Linie 23: Am Weiher" in text
    assert "Lagerhalle" not in text and "Radweg" not in text and "Bäckerei" not in text


def test_a_lists_next_group_under_its_heading_is_still_kept():
    text = "\n".join(extract_text(BUSES.format(below=NEXT_GROUP)).paragraphs)
    assert "Linie 23: Am Weiher" in text
    assert "Haltestelle Parkweg" in text


SHOP = """Gartenwelt Shop
Pflanzen\tGartengeräte\tBewässerung\tAngebote
Mein Konto Warenkorb (0)

Zinkgießkanne Klassik 10 Liter
Artikelnummer: 44817
Preis: 29,90 €
inkl. MwSt., zzgl. Versandkosten
Lieferzeit: 2-3 Tage

Die klassische Gießkanne aus feuerverzinktem Stahlblech ist ein Begleiter für viele \
Gartenjahre. Sie rostet nicht, übersteht Frost und Sonne und sieht lange gut aus.

Der lange Ausguss reicht bis in die hinteren Reihen des Beets, und mit dem abnehmbaren \
Brausekopf aus Messing gießen Sie auch junge Sämlinge sanft, ohne die Erde wegzuspülen.

Der breite Bügelgriff liegt gut in der Hand, auch wenn die Kanne voll ist. Ein zweiter \
Griff am Boden hilft beim Ausgießen der letzten Liter.

Technische Daten
Material: Stahl, feuerverzinkt
Fassungsvermögen: 10 Liter
Gewicht: 1,9 kg

Kunden kauften auch
© 2020 Gartenwelt Shop
"""


def test_a_price_and_shipping_box_above_a_product_text_is_left_out():
    text = "\n".join(extract_text(SHOP).paragraphs)
    assert "Die klassische Gießkanne" in text
    assert "29,90" not in text and "Versandkosten" not in text and "Artikelnummer" not in text


def test_a_products_details_below_its_text_are_still_kept():
    text = "\n".join(extract_text(SHOP).paragraphs)
    assert "Fassungsvermögen: 10 Liter" in text


GARDEN = """Gartenblog Sonnenseite
Start\tBeete\tObst\tÜber mich

Hochbeet im März: Was jetzt schon gesät werden kann
Von Jana Brandt | 8. März 2020

Sobald der Boden nicht mehr gefroren ist, kann es im Hochbeet losgehen. Weil sich die \
Erde darin schneller erwärmt, sind wir dem Gemüsebeet gut zwei Wochen voraus.

Radieschen, Spinat und Pflücksalat vertragen noch leichten Frost und keimen schon bei \
wenigen Grad. Ein Vlies über dem Beet schützt die jungen Pflanzen in kalten Nächten.

Tags: Hochbeet, Gemüsegarten, Aussaat
Die nächsten Tage werden frostig: So schützt ihr eure Kübelpflanzen vor der Kälte, ohne \
sie gleich ins Haus zu holen, und was ihr beim Gießen beachten solltet.

Kommentare
"""

TAGGED_TOP = """Reiseblog Fernweh
Start\tEuropa\tAsien\tÜber uns

Tags: Norwegen, Wandern, Fjorde
Drei Tage am Lysefjord
Von Jonas Wilde | 2. August 2019

Der Weg zum Preikestolen beginnt an einem großen Parkplatz und führt in etwa zwei \
Stunden über Felsstufen und Holzstege hinauf zur berühmten Felskanzel.

Oben war es windig und voll, aber der Blick auf den Fjord sechshundert Meter tiefer \
entschädigt für alles. Wir haben uns eine ruhige Ecke abseits der Kante gesucht.

Am nächsten Tag sind wir mit der Fähre nach Lysebotn gefahren und von dort die \
Serpentinen hinauf zum Kjerag, was deutlich anstrengender war als erwartet.
"""


def test_a_tags_line_is_never_read_as_the_story():
    text = "\n".join(extract_text(GARDEN).paragraphs)
    assert "Ein Vlies über dem Beet" in text
    assert "Tags" not in text and "Gemüsegarten" not in text
    assert "Kübelpflanzen" not in text


def test_a_post_tagged_above_its_headline_keeps_its_story():
    article = extract_text(TAGGED_TOP)
    text = "\n".join(article.paragraphs)
    assert "Der Weg zum Preikestolen" in text and "Serpentinen hinauf zum Kjerag" in text
    assert "Wandern" not in text


TEASERS_BELOW_TAGS = """Radio Nordwelle
Nachrichten\tSport\tPodcasts

Fähre nach Helgoland fährt wieder täglich
Von Ole Hansen | 3. April 2020

Nach der Winterpause fährt die Fähre von Cuxhaven nach Helgoland wieder jeden Tag. Die \
Reederei hat das Schiff in der Werft überholen lassen und neue Sitze eingebaut.

Tickets gibt es ab sofort online und an den Schaltern im Hafen. Für Gruppen ab zehn \
Personen gelten ermäßigte Preise, Kinder unter sechs Jahren fahren kostenlos mit.

Schlagworte: Helgoland, Fähre, Cuxhaven

Neuer Leuchtturmwärter auf der Insel: Jens Peters übernimmt das Amt von seinem Vater, \
der vierzig Jahre lang die Station betreut hat, und zieht mit seiner Familie in das Haus.

Hochwasser im Hafen: Die Stadt stellt an der Mole neue Schutzwände auf, die bis zum \
Sommer fertig sein sollen, und sperrt dafür den Parkplatz an der Promenade.

Wattwanderungen starten wieder: Die Führer bieten ab Ostern täglich zwei Touren an, eine \
davon am frühen Abend für Familien mit Kindern, die andere für geübte Wanderer.
"""

EPISODE = """Hörfunk Mitte
Sendungen\tPodcasts\tKontakt

Folge 12: Was wir über das Wetter wissen

Moderatorin: Heute sprechen wir über die Frage, wie gut sich das Wetter für die nächsten \
zwei Wochen überhaupt vorhersagen lässt, und was die Modelle dabei leisten können.

Gast: Die Modelle sind in den letzten Jahren viel besser geworden. Für drei Tage liegen \
wir heute fast immer richtig, für eine Woche noch in den meisten Fällen.

Themen: Wettermodelle, Vorhersage, Klima Download (2 MB)

Moderatorin: Und was ist mit den Langfristprognosen für einen ganzen Sommer, die man im \
Frühjahr immer wieder in der Zeitung liest? Sind die ernst zu nehmen?

Gast: Sie sagen etwas über Wahrscheinlichkeiten, aber nichts über das Wetter an einem \
bestimmten Tag. Wer im Juli grillen will, sollte lieber kurz vorher nachsehen.
"""


def test_teasers_below_the_tags_of_a_dated_story_are_left_out():
    text = "\n".join(extract_text(TEASERS_BELOW_TAGS).paragraphs)
    assert "Kinder unter sechs Jahren fahren kostenlos mit." in text
    assert "Leuchtturmwärter" not in text and "Wattwanderungen" not in text
    assert "Schlagworte" not in text


def test_a_story_without_byline_runs_on_below_a_line_of_topics():
    text = "\n".join(extract_text(EPISODE).paragraphs)
    assert "Die Modelle sind in den letzten Jahren" in text
    assert "Wer im Juli grillen will" in text
    assert "Wettermodelle" not in text


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Tags: city council, housing"),
        ("es", "Etiquetas: Rosario, huertas urbanas"),
        ("es", "Temas Rosario huertas urbanas Echesortu"),
        ("de", "Schlagwörter: Hochbeet, Aussaat"),
        ("fr", "Mots-clés : Lyon, tramway"),
        ("it", "Tag: frana, Valtellina"),
        ("pt", "Tags: Lisboa, eléctrico"),
        ("pl", "Tagi: Kraków, tramwaje"),
        ("ru", "Теги: Казань, транспорт"),
        ("ar", "الوسوم: الطاقة الشمسية"),
        ("ja", "タグ：東京、交通"),
        ("zh", "标签：北京 交通"),
    ],
)
def test_a_tags_line_is_known_in_the_main_news_languages(language, line):
    with chrome_languages([language]):
        assert patterns().tag_line.fullmatch(fold(line))


@pytest.mark.parametrize(
    "line",
    ["Tag der Pressefreiheit 2020", "Tag d. off. Denkmals", "Themen im Überblick", "Tags"],
)
def test_a_heading_or_a_bare_label_is_no_tags_line(line):
    with chrome_languages(["de", "en"]):
        assert not patterns().tag_line.fullmatch(fold(line))
