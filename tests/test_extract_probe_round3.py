"""Probe pages of kinds and languages the cleaner had not seen (tests/pages/probe/).

Invented pages, each a browser's copy of a whole page or its HTML: a regional paper, a
TV station, a wire reprint, a live blog, a match report, an interview, a review, a press
release, an obituary, a weather notice, an opinion column, a listicle, a deals roundup
and a race calendar, in eleven languages, with menus, captions, teasers, comments and
footers around the story. Each must keep its story and drop its chrome.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import assert_story
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "probe"

CASES = {
    "pt-regional.txt": {
        "first": "A Câmara Municipal aprovou esta terça-feira",
        "last": "deverá estar pronto no outono.",
        "must": ["Críticas da oposição", "O custo total está estimado"],
        "must_not": ["Publicidade", "Leia também", "Foto: Rui Mendes", "Mais notícias",
                     "cantina nova", "Já era tempo", "Subscrever", "Todos os direitos"],
    },
    "pt-regional.html": {
        "last": "deverá estar pronto no outono.",
        "must": ["Críticas da oposição", "O custo total está estimado"],
        "must_not": ["Publicidade", "Leia também", "Foto: Rui Mendes", "Mais notícias",
                     "cantina nova", "Todos os direitos"],
    },
    "it-tv.txt": {
        "first": "Un incendio è divampato nel pomeriggio",
        "last": "misurazioni della qualità dell'aria.",
        "must_not": ["Potrebbe interessarti", "Lo scontro è avvenuto", "bilancio",
                     "negozio di biciclette", "Condividi", "Ultime notizie", "P.IVA"],
    },
    "ru-wire.txt": {
        "first": "С первого июня между областным центром",
        "last": "и в другие районы области.",
        "must": ["Стоимость поездки составит 120 рублей"],
        "must_not": ["копирование запрещено", "Источник", "Поделиться", "Читайте также",
                     "ремонте центральной площади", "Все права защищены"],
    },
    "ru-wire.html": {
        "last": "и в другие районы области.",
        "must_not": ["копирование запрещено", "ремонте центральной площади",
                     "Все права защищены", "ссылка на сайт обязательна"],
    },
    "ko-sports.txt": {
        "first": "수원이 후반 추가시간에 터진",
        "must": ["선수들이 끝까지 포기하지 않았다", "수원 선발:", "대구 선발:"],
        "must_not": ["사진=연합뉴스", "관련기사", "개막전 패배", "많이 본 뉴스", "무단전재",
                     "공유하기"],
    },
    "en-match.txt": {
        "first": "A stoppage-time header from substitute Emeka Okafor",
        "must": ["Rovers: Walsh;", "Athletic: Kerr;"],
        "must_not": ["Read more", "Share this", "Comments (4)", "Town sack manager",
                     "County Sport"],
    },
    "id-listicle.txt": {
        "first": "Tagihan listrik sering naik saat musim kemarau",
        "last": "tagihan bulanan bisa turun cukup banyak.",
        "must": ["1. Matikan lampu di siang hari", "7. Gunakan kipas angin"],
        "must_not": ["Baca Juga", "Bagikan", "Berita Terkait", "Harga Tiket", "Komentar",
                     "Foto: Shutterstock", "Hak Cipta"],
    },
    "es-liveblog.txt": {
        "must": ["Protección Civil ha levantado la alerta roja",
                 "120 litros por metro cuadrado"],
        "must_not": ["Publicidad", "Noticias relacionadas", "olas de seis metros",
                     "Para comentar", "derechos reservados", "Compartir"],
    },
    "fr-obituary.txt": {
        "last": "en l'église Saint-Pierre.",
        "must": ["Jeanne Martin, qui a tenu pendant plus de quarante ans"],
        "must_not": ["Photo archives", "Lire aussi", "fête ses cent ans", "Réagir", "Newsletter",
                     "Mentions légales", "Partager"],
    },
    "nl-weather.txt": {
        "first": "Het KNMI heeft voor dinsdagochtend code oranje",
        "last": "stijgt de temperatuur tot zes graden.",
        "must_not": ["Lees ook", "Delen via", "Meer nieuws", "ijsbaan", "Reacties",
                     "Cookie-instellingen"],
    },
    "tr-opinion.txt": {
        "first": "Geçen hafta mahallemizdeki parkta",
        "last": "Yeter ki isteyelim.",
        "must_not": ["Paylaş", "Yazarın Diğer Yazıları", "Toplu taşımada", "Yorumlar",
                     "Çok doğru bir yazı", "dilekçe", "Tüm hakları saklıdır"],
    },
    "en-review.txt": {
        "first": "The Loop 2 sounds better than anything else",
        "last": "look elsewhere.",
        "must": ["Design and fit", "Sound quality", "Should you buy it?", "Pros", "Secure fit",
                 "Cons", "No wireless charging"],
        "must_not": ["Advertisement", "Read more", "Image credit", "senior reviews editor",
                     "You might also like", "battery champion", "dealbreaker", "Sign up"],
    },
    "en-review.html": {
        "last": "look elsewhere.",
        "must": ["Rich, detailed sound", "No wireless charging", "Design and fit"],
        "must_not": ["Advertisement", "Image credit", "senior reviews editor",
                     "You might also like", "battery champion", "All rights reserved"],
    },
    "en-motor.txt": {
        "first": "The 2025 season has eight rounds",
        "must": ["Calendar", "Drivers' standings", "Round, Date, Circuit, Country",
                 "Pos, Driver, Team, Points", "Bahrain", "R. Tanaka"],
        "must_not": ["Keller wins at Sebring", "Newsletter", "Race results straight"],
    },
    "en-motor.html": {
        "first": "The 2025 season has eight rounds",
        "must": ["Drivers' standings", "Sebring", "R. Tanaka"],
        "must_not": ["Keller wins at Sebring", "charging Duarte"],
    },
    "en-press.txt": {
        "first": "COLUMBUS, Ohio, April 3, 2025",
        "last": "based in Columbus, Ohio.",
        "must": ["About Solvara Energy"],
        "must_not": ["Media contact", "Sam Ortega", "press@", "More news releases",
                     "Gridline", "All Rights Reserved"],
    },
    "en-tvnews.txt": {
        "first": "A water main broke on Fifth Street",
        "last": "Drivers should use Seventh Street instead.",
        "must_not": ["Top Stories", "cyclist", "elementary schools", "fifty years",
                     "county fair", "Public Inspection File", "Copyright 2025"],
    },
    "en-tvnews.html": {
        "first": "A water main broke on Fifth Street",
        "last": "Drivers should use Seventh Street instead.",
        "must_not": ["Top Stories", "cyclist", "elementary schools", "fifty years",
                     "music lineup", "Public Inspection File", "Copyright 2025"],
    },
    "de-interview.txt": {
        "first": "Frau Weiß, Sie leiten den Stadtchor",
        "last": "Und einen Raum mit Heizung, die funktioniert.",
        "must": ["Wie finanziert sich der Chor?"],
        "must_not": ["Anzeige", "Foto: Anna Koch", "Artikel teilen", "Mehr zum Thema",
                     "Musikschule", "Kommentar schreiben", "Impressum"],
    },
    "en-diaspora.txt": {
        "first": "A community clinic on the east side",
        "last": "volunteers will help people fill out forms.",
        "must_not": ["Trending Now", "direct flights", "science prize", "record crowds",
                     "5 Comments", "afraid to see a doctor", "north side", "parking",
                     "Leave a Reply", "Share on"],
    },
    "pt-short.txt": {
        "first": "A Rua do Comércio, no centro,",
        "last": "evitem a região.",
        "must_not": ["Veja também", "cursos gratuitos", "Defesa Civil", "ala pediátrica",
                     "Comentários", "Toda semana", "vale a pena", "Todos os direitos"],
    },
    "id-news.txt": {
        "first": "Pemerintah kota meresmikan taman baca",
        "last": "ke kantor kelurahan masing-masing.",
        "must": ["Menurut dia, minat baca warga"],
        "must_not": ["Baca juga", "ADVERTISEMENT", "SCROLL TO CONTINUE", "(rk/ams)",
                     "Simak Video", "Berita Terkait", "Harga Cabai", "Foto: Rina"],
    },
    "it-tv.html": {
        "first": "Un incendio è divampato nel pomeriggio",
        "last": "misurazioni della qualità dell'aria.",
        "must_not": ["Potrebbe interessarti", "Lo scontro è avvenuto", "bilancio",
                     "negozio di biciclette", "I lavori cominceranno", "P.IVA"],
    },
    "en-diaspora.html": {
        "first": "A community clinic on the east side",
        "last": "volunteers will help people fill out forms.",
        "must_not": ["Trending Now", "direct flights", "science prize", "5 Comments",
                     "afraid to see a doctor", "north side", "Leave a Reply"],
    },
    "tr-opinion.html": {
        "first": "Geçen hafta mahallemizdeki parkta",
        "last": "Yeter ki isteyelim.",
        "must_not": ["Yorumlar", "Çok doğru bir yazı", "dilekçe", "Toplu taşımada",
                     "Tüm hakları saklıdır"],
    },
    "pt-portal.txt": {
        "first": "O preço médio da gasolina caiu",
        "last": "entre domingo e sábado.",
        "must": ["Donos de postos, porém,"],
        "must_not": ["Ouvir notícia", "Foto: Paulo Reis", "CONTINUA DEPOIS", "Siga o Portal",
                     "Veja mais notícias", "Receba no WhatsApp", "Mais lidas", "Concurso"],
    },
    "it-news.txt": {
        "first": "Da aprile le bollette del gas",
        "last": "con un reddito basso.",
        "must": ["Le associazioni dei consumatori"],
        "must_not": ["Ascolta l'articolo", "Leggi anche", "Caro affitti", "Pubblicità",
                     "Continua a leggere", "Riproduzione riservata", "I più letti"],
    },
    "ru-news.txt": {
        "first": "Городские власти начнут выплачивать",
        "last": "еще несколько лет.",
        "must_not": ["Реклама", "Telegram", "Ctrl+Enter", "Комментарии", "детских сада",
                     "ссылка обязательна"],
    },
    "ko-news.txt": {
        "first": "시립도서관이 다음 달부터",
        "last": "검토하겠다\"고 말했다.",
        "must_not": ["관련기사", "전자책 대출", "사진=", "sujin@", "무단전재", "많이 본 기사",
                     "기사제보", "회사소개"],
    },
    "es-news.txt": {
        "first": "El Ayuntamiento instalará 40 nuevas fuentes",
        "last": "con fondos municipales.",
        "must_not": ["Únete a nuestro canal", "Te puede interesar", "más sombra",
                     "Archivado", "Trust Project", "Calor extremo", "derechos reservados"],
    },
    "nl-news.txt": {
        "first": "De nieuwe fietsenstalling bij het station",
        "last": "Daarna wordt de fiets weggehaald.",
        "must_not": ["Leestijd", "Deel dit artikel", "Lees ook", "autoluw", "Meer over",
                     "Reageer", "Gerelateerde artikelen", "eigen brug", "Alle rechten"],
    },
    "tr-news.txt": {
        "first": "Büyükşehir belediyesi, üniversite öğrencilerine",
        "last": "vapurda geçerli olacak.",
        "must_not": ["Kaynak: AA", "Haberin Devamı", "İlgili Haberler", "Metro hattında",
                     "Google News", "Yorum yazmak", "Tüm hakları saklıdır"],
    },
    "en-obit.txt": {
        "first": "Harold James Whitaker, 86, of Millbrook",
        "last": "Millbrook Volunteer Fire Department.",
        "must": ["survived by his wife of 63 years"],
        "must_not": ["Send Flowers", "Guest Book", "Not sure what to say", "Rest in peace",
                     "thoughts and prayers", "See more obituaries"],
    },
    "en-qa.txt": {
        "first": "This interview has been edited",
        "last": "if the grant comes through.",
        "must": ["How did the studio start?", "Who comes to your classes?"],
        "must_not": ["Photo by Nadia Flores", "Support independent local journalism",
                     "More from Arts", "Mural festival", "staff writer"],
    },
    "en-reprint.html": {
        "first": "The state's largest public university",
        "last": "rose sharply as a result.",
        "must_not": ["Creative Commons", "Republish our articles", "bus drivers",
                     "free community college", "weekday newsletter", "nonprofit newsroom"],
    },
    "en-calendar.txt": {
        "first": "The 2025 season has 22 rounds.",
        "must": ["Round 1: Thailand, Buriram", "Round 7: Great Britain, Silverstone"],
        "must_not": ["Advertisement", "Most popular", "Rookie tops", "Sign up", "Moto Weekly"],
    },
    "en-deals.txt": {
        "first": "Spring sales are in full swing",
        "must": ["Lumina 55-inch 4K TV: $349", "CleanBot S7", "Robot vacuums",
                 "Extra controller: $49"],
        "must_not": ["Shop now", "Related deals", "laptop deals", "Sign up", "About"],
    },
    "de-table.txt": {
        "first": "Der Tabellenführer gewinnt erneut",
        "must": ["Bremen, 2:1, Mainz", "Platz, Verein, Spiele, Punkte", "Berlin, 27, 48"],
        "must_not": ["Mehr zum Thema", "Krisengipfel", "Impressum"],
    },
    "it-results.txt": {
        "first": "Il Pescara vince ancora",
        "must": ["Risultati", "Pescara - Rimini 2-0", "Entella - Pontedera 3-1"],
        "must_not": ["Pubblicità", "Leggi anche", "concentrati", "Tutti i diritti"],
    },
    "de-ticker.txt": {
        "first": "In der Innenstadt ist am Mittwochmittag",
        "last": "in einem Umspannwerk.",
        "must_not": ["14:06", "Unfall auf der B27", "Hallenbad", "Stadttheater", "Impressum"],
    },
    "id-news.html": {
        "last": "ke kantor kelurahan masing-masing.",
        "must": ["Menurut dia, minat baca warga"],
        "must_not": ["(rk/ams)", "Simak Video", "Halaman", "Baca juga", "ADVERTISEMENT"],
    },
    "en-tvnews-divs.html": {
        "first": "A water main broke on Fifth Street",
        "last": "Drivers should use Seventh Street instead.",
        "must_not": ["cyclist", "bond measure", "upper seventies", "two thousand cookies",
                     "record crowds", "Copyright 2025"],
    },
    "de-recipe.txt": {
        "first": "Dieser Apfelkuchen gelingt auch Anfängern",
        "last": "eine Kugel Vanilleeis.",
        "must_not": ["Bewertungen", "Rezept drucken", "Pinterest", "Kommentare"],
    },
    "de-recipe.html": {
        "first": "Dieser Apfelkuchen gelingt auch Anfängern",
        "last": "eine Kugel Vanilleeis.",
        "must_not": ["Bewertungen", "Rezept drucken", "Pinterest"],
    },
    "ko-news.html": {
        "first": "시립도서관이 다음 달부터",
        "must_not": ["관련기사", "전자책 대출", "사진=", "sujin@", "무단전재", "많이 본 기사"],
    },
    "es-news.html": {
        "first": "El Ayuntamiento instalará 40 nuevas fuentes",
        "last": "con fondos municipales.",
        "must_not": ["Únete", "Te puede interesar", "más sombra", "Publicidad", "Archivado",
                     "Trust Project", "Calor extremo", "beber agua", "derechos reservados"],
    },
    "pt-comments.txt": {
        "first": "A Secretaria de Obras anunciou",
        "last": "transferida para a rua ao lado.",
        "must_not": ["comentários", "Moro no bairro", "Quatrocentos mil", "Responder",
                     "Fale conosco", "Todos os direitos"],
    },
    "pt-comments2.txt": {
        "first": "A Secretaria de Obras anunciou",
        "last": "transferida para a rua ao lado.",
        "must_not": ["há 2 horas", "Moro no bairro", "Quatrocentos mil", "área para cachorros",
                     "Responder"],
    },
    "en-comments-relative.txt": {
        "first": "A Secretaria de Obras anunciou",
        "last": "transferida para a rua ao lado.",
        "must_not": ["hours ago", "Moro no bairro", "Quatrocentos mil", "área para cachorros",
                     "Reply"],
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def articles():
    return {name: extract_article(read_source(str(PAGES / name))) for name in CASES}


@pytest.mark.parametrize("name", CASES)
def test_story_is_kept_whole_and_alone(articles, name):
    assert_story(articles[name], CASES[name])
