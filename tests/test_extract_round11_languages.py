"""Rules of round 11 found on the non-English probe pages (tests/pages/probe_lang11/), each
on a page the test writes itself (invented text)."""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source


def _clean(tmp_path: Path, text: str, suffix: str = ".txt") -> str:
    page = tmp_path / f"page{suffix}"
    page.write_text(text, "utf-8")
    return "\n".join(extract_article(read_source(str(page))).paragraphs)


SIGNED_CLOSE_DUMP = "\n".join(
    [
        "Werkstattblog",
        "Nachrichten Tests Ratgeber Forum",
        "",
        "Drucker-Hersteller liefert Treiber für alte Geräte nach",
        "",
        "Der Hersteller Pappelgrün hat neue Treiber für zwölf ältere Laserdrucker veröffentlicht, "
        "die unter dem aktuellen Betriebssystem bislang nicht mehr druckten. Betroffen waren vor "
        "allem Geräte, die vor dem Jahr 2012 verkauft wurden.",
        "",
        "Nutzer hatten sich seit Monaten in den Foren des Herstellers beschwert. Ein Sprecher "
        "räumte ein, dass die Anpassung länger gedauert habe als geplant, und entschuldigte sich "
        "für die Verzögerung.",
        "",
        "Die Treiber stehen auf der Support-Seite des Herstellers zum Herunterladen bereit. Eine "
        "automatische Verteilung über die Systemaktualisierung soll im nächsten Monat folgen.",
        "",
        "Mehr zum Thema",
        "Laserdrucker im Vergleich: Sechs Geräte für das Büro",
        "Warum Druckerpatronen so teuer sind",
        "Ob auch Multifunktionsgeräte der gleichen Baureihe betroffen sind, prüft der Hersteller "
        "nach eigenen Angaben noch. Eine vollständige Liste der unterstützten Geräte will er bis "
        "Ende der Woche auf seiner Internetseite veröffentlichen. (kmr)",
        "",
        "Kommentare lesen (38 Beiträge)",
        "Zur Startseite",
        "",
    ]
)


def test_signed_close_below_inline_box(tmp_path):
    """A paragraph right under a small box of bare titles that ends with its author's sign
    in brackets ("... (kmr)") is the story's close, not the last teaser's deck."""
    text = _clean(tmp_path, SIGNED_CLOSE_DUMP)
    assert "Der Hersteller Pappelgrün hat neue Treiber" in text
    assert "auf seiner Internetseite veröffentlichen. (kmr)" in text
    assert "Warum Druckerpatronen so teuer sind" not in text
    assert "Mehr zum Thema" not in text


CAPS_LINK_DUMP = "\n".join(
    [
        "Il Corriere della Valle",
        "Home Cronaca Politica Economia Sport",
        "",
        "Ferrovia, il treno per il lago torna in servizio da luglio",
        "",
        "La linea ferroviaria che collega la città al lago riaprirà il primo luglio dopo due "
        "anni di lavori. Lo ha annunciato ieri la Regione al termine di un incontro con i sindaci "
        "dei comuni attraversati dalla linea.",
        "",
        "I treni viaggeranno ogni ora dalle sei del mattino alle dieci di sera, con corse in più "
        "nei fine settimana estivi. Il biglietto di corsa semplice costerà tre euro.",
        "",
        "LEGGI ANCHE Autobus, dal lunedì cambiano gli orari delle linee extraurbane",
        "",
        "Le nuove stazioni",
        "Lungo la linea sono state rifatte quattro stazioni, tutte con ascensori e pensiline "
        "nuove. A Borgo Alto è stato costruito anche un parcheggio di cento posti per chi "
        "lascia l'auto e prosegue in treno verso il lago.",
        "",
        "LEGGI ANCHESciopero dei treni, venerdì possibili ritardi sulla linea",
        "",
        "I sindaci chiedono ora che la Regione aggiunga una corsa serale il sabato, per permettere "
        "ai giovani di tornare a casa dopo cena senza usare l'auto.",
        "",
        "© RIPRODUZIONE RISERVATA",
        "",
    ]
)


def test_capital_marker_with_its_headline_is_one_link(tmp_path):
    """A box marker in capitals with a headline on the same line ("LEGGI ANCHE <title>",
    glued or not) is a link to another story, not the title of a box: the subheading and
    paragraph below it stay in the story."""
    text = _clean(tmp_path, CAPS_LINK_DUMP)
    assert "Le nuove stazioni" in text
    assert "Lungo la linea sono state rifatte" in text
    assert "I sindaci chiedono ora" in text
    assert "LEGGI ANCHE" not in text
    assert "Autobus, dal lunedì" not in text
    assert "Sciopero dei treni" not in text


BROADCASTER_HTML = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Neue Brücke über die Saale freigegeben</title></head><body>
<header><a>Startseite</a> <a>Inland</a> <a>Ausland</a> <a>Wirtschaft</a></header>
<main><article><h1>Neue Brücke über die Saale freigegeben</h1>
<p>Stand: 14.10.2019 16:20 Uhr</p>
<div class="audio"><p>Audio</p><p>Brückeneröffnung in Halle, Jana Ritter</p>
<a>Download der Audiodatei</a>
<p>Wir bieten Ihnen diese Audiodatei in verschiedenen Formaten zum Download an.</p>
<p>Hinweis: Falls die Audiodatei beim Klicken nicht automatisch gespeichert wird, klicken Sie
mit der rechten Maustaste.</p></div>
<p>Nach drei Jahren Bauzeit ist die neue Straßenbrücke über die Saale am Montag für den Verkehr
freigegeben worden. Sie ersetzt eine Stahlbrücke aus den fünfziger Jahren, die für schwere
Lastwagen schon lange gesperrt war.</p>
<p>Die Baukosten lagen mit 24 Millionen Euro etwas über der ursprünglichen Planung. Stadt und Land
teilen sich die Summe, der Bund hat einen Zuschuss von sechs Millionen Euro gegeben.</p>
<p>Für Radfahrer gibt es auf beiden Seiten eigene Wege. Die alte Brücke soll bis zum Frühjahr
abgerissen werden.</p>
<p>Über dieses Thema berichtete MDR Aktuell am 14. Oktober 2019 um 12:00 Uhr.</p>
</article></main><footer><a>Impressum</a> <a>Datenschutz</a></footer></body></html>
"""


def test_broadcaster_audio_player_lines_are_chrome(tmp_path):
    """A public broadcaster's audio player ("Download der Audiodatei", "Wir bieten Ihnen
    diese Audiodatei...") and its "Über dieses Thema berichtete <Sender> am <Datum>" line
    are page chrome, not the story."""
    text = _clean(tmp_path, BROADCASTER_HTML, ".html")
    assert "Nach drei Jahren Bauzeit" in text
    assert "bis zum Frühjahr abgerissen werden." in text
    for chrome in ("Download der Audiodatei", "Wir bieten Ihnen", "Falls die Audiodatei",
                   "Über dieses Thema berichtete"):  # fmt: skip
        assert chrome not in text


PORTAL_VIDEO_DUMP = "\n".join(
    [
        "Wykorzystujemy pliki cookies i podobne technologie w celu usprawnienia korzystania z "
        "serwisu oraz wyświetlania treści i reklam dopasowanych do Twoich potrzeb.",
        "",
        "Przejdź do serwisu",
        "Wiadomości Sport Biznes Pogoda",
        "Nowy most w Opolu otwarty dla ruchu",
        "Jan Nowak 12-10-2019 10:00",
        "Po dwóch latach budowy nowy most na Odrze w Opolu został w sobotę otwarty dla "
        "samochodów. Przeprawa ma odciążyć zatłoczone centrum miasta.",
        "",
        "Zobacz wideo: Tak wyglądało otwarcie mostu w Opolu",
        "Dalsza część artykułu pod materiałem wideo",
        "Most ma czterysta metrów długości i dwa pasy ruchu w każdą stronę. Po obu stronach "
        "wybudowano też drogi dla rowerów i szerokie chodniki dla pieszych.",
        "",
        "Budowa kosztowała ponad 120 milionów złotych, z czego większość pokryły fundusze "
        "unijne. Prace zakończyły się dwa miesiące przed terminem.",
        "",
        "Komentarze (12)",
        "",
    ]
)


def test_polish_portal_video_box_and_cookie_banner(tmp_path):
    """A Polish portal's cookie banner ("Wykorzystujemy pliki cookies...") and the video box
    inside its story ("Zobacz wideo: <title>", "Dalsza część artykułu pod materiałem
    wideo") are chrome; the story goes on below the box."""
    text = _clean(tmp_path, PORTAL_VIDEO_DUMP)
    assert "Po dwóch latach budowy" in text
    assert "Most ma czterysta metrów" in text
    assert "dwa miesiące przed terminem." in text
    for chrome in ("Wykorzystujemy pliki cookies", "Zobacz wideo", "Dalsza część artykułu"):
        assert chrome not in text


AGED_DATELINE_HTML = """<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8">
<title>Feira de livros ocupa praça central de Sorocaba</title></head><body>
<header><a>Menu</a> <a>Portal do Interior</a></header>
<main><article><p>Sorocaba e Região</p>
<h1>Feira de livros ocupa praça central de Sorocaba</h1>
<h2>Evento reúne 60 expositores e vai até domingo; entrada é gratuita.</h2>
<p>Por Carla Menezes, Portal do Interior</p><p>03/09/2019 18h10 Atualizado há 3 horas</p>
<div><a>Compartilhe no Facebook</a> <a>Compartilhe no WhatsApp</a></div>
<p>A praça central de Sorocaba recebe a partir desta terça-feira (3) uma feira de livros com
60 expositores de todo o estado. Além das bancas, a programação inclui contação de histórias
para crianças e encontros com autores da região.</p>
<p>Segundo a organização, a expectativa é receber cerca de 40 mil visitantes até domingo. Os
estandes abrem das 10h às 21h, e a entrada é gratuita.</p>
<p>Escolas da rede municipal vão levar alunos ao evento durante a semana, e cada estudante
receberá um vale para trocar por um livro.</p>
</article></main><footer><p>© Portal do Interior. Todos os direitos reservados.</p></footer>
</body></html>
"""


def test_dateline_with_the_updates_age_is_header(tmp_path):
    """A dateline under the byline whose label carries the update's age ("03/09/2019 18h10
    Atualizado há 3 horas") is the article's header, not its text."""
    text = _clean(tmp_path, AGED_DATELINE_HTML, ".html")
    assert "A praça central de Sorocaba recebe" in text
    assert "receberá um vale para trocar por um livro." in text
    assert "Atualizado há 3 horas" not in text


COLUMN_DUMP = "\n".join(
    [
        "Diario del Sur",
        "Portada Opinión Deportes Cultura",
        "",
        "Opinión",
        "Las plazas que se quedaron sin sombra",
        "Andrés Molina Vidal",
        "Arquitecto y urbanista",
        "Sevilla 04.08.2019 | 00:10",
        "Compartir en Facebook Compartir en Twitter",
        "",
        "Cada verano paso por la plaza de mi barrio y cada verano me sorprende lo mismo: donde "
        "antes había árboles ahora hay bancos de granito que a las cuatro de la tarde queman como "
        "una plancha. Nadie se sienta en ellos hasta que se pone el sol.",
        "",
        "Las reformas de los últimos años han cambiado la sombra por el suelo duro, más fácil de "
        "limpiar y de mantener. Pero una plaza que nadie puede pisar en agosto no es una plaza, "
        "es un lugar de paso.",
        "",
        "Plantar un árbol cuesta poco y tarda mucho. Por eso conviene empezar ya, antes de que "
        "el próximo verano nos vuelva a pillar sin sombra y sin excusas.",
        "",
        "Andrés Molina Vidal es arquitecto y ha dirigido durante diez años la oficina municipal "
        "de urbanismo.",
        "",
        "Archivado en: Urbanismo Sevilla",
        "",
    ]
)


def test_columnist_named_over_role_and_dateline(tmp_path):
    """A name alone on a line over the author's role and the dateline is the column's
    author: the bio that opens with that name under the column is left out."""
    text = _clean(tmp_path, COLUMN_DUMP)
    assert "Cada verano paso por la plaza" in text
    assert "sin sombra y sin excusas." in text
    assert "es arquitecto y ha dirigido" not in text


QUOTE_DUMP = "\n".join(
    [
        "Abendblatt",
        "News Politik Sport Regional",
        "",
        "Mann findet alten Ehering im Acker wieder",
        "",
        "Bauer Klaus M. (61) aus der Nähe von Verden hat am Montag beim Pflügen einen Ehering "
        "gefunden, den seine Frau vor fast dreißig Jahren auf demselben Feld verloren hatte.",
        "",
        "„Ich habe ihn sofort erkannt, innen steht ja unser Hochzeitsdatum“, sagt er. "
        "„Meine Frau hat geweint vor Freude.“",
        "",
        "Video",
        "Wie Metalldetektoren funktionieren",
        "01:42 Min.",
        "",
        "Wie der Ring in den Acker kam, ist bis heute ein Rätsel. Die Frau hatte damals beim "
        "Rübenhacken geholfen und den Verlust erst am Abend bemerkt.",
        "",
        "Der Ring soll nun beim Goldschmied gereinigt und ein wenig geweitet werden. Das Paar "
        "feiert im Sommer seinen vierzigsten Hochzeitstag und will ihn dann wieder tragen.",
        "",
        "Kommentare (3)",
        "",
    ]
)


def test_sentence_inside_german_closing_quotes_ends(tmp_path):
    """A paragraph that ends inside German closing quotes („…“) ends like a sentence: a
    quote paragraph of the story above a video box stays in a dump."""
    text = _clean(tmp_path, QUOTE_DUMP)
    assert "Bauer Klaus M. (61)" in text
    assert "Meine Frau hat geweint vor Freude." in text
    assert "wieder tragen." in text


KOREAN_HTML = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>지역 버스 노선 개편…이달부터 배차 간격 줄어</title></head><body>
<header><a>홈</a> <a>사회</a> <a>경제</a> <a>지역</a></header>
<main><article><h1>지역 버스 노선 개편…이달부터 배차 간격 줄어</h1>
<p>입력 2019.10.01 09:00</p><p>박지훈 기자</p>
<p>시는 이달부터 시내버스 노선 12개를 개편하고 출퇴근 시간 배차 간격을 평균 5분 줄인다고 1일
밝혔다. 신도시와 도심을 잇는 급행 노선도 새로 생긴다.</p>
<p>시 관계자는 "노선이 겹치는 구간을 줄이고 그만큼 차량을 주요 노선에 더 배치했다"며 "시민들의
이동 시간이 눈에 띄게 줄어들 것"이라고 말했다.</p>
<p>개편된 노선과 시간표는 시 누리집과 각 정류장 안내판에서 확인할 수 있다.</p>
<div class="reaction"><p>이 기사를 추천합니다</p><button>좋아요 3</button></div>
</article></main><footer><a>개인정보처리방침</a> <a>이용약관</a></footer></body></html>
"""


def test_korean_recommend_widget_is_chrome(tmp_path):
    """A Korean news site's "recommend this article" widget ("이 기사를 추천합니다") under
    the story is chrome."""
    text = _clean(tmp_path, KOREAN_HTML, ".html")
    assert "시는 이달부터 시내버스 노선 12개를 개편하고" in text
    assert "안내판에서 확인할 수 있다." in text
    assert "이 기사를 추천합니다" not in text
