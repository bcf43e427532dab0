"""Pages the project wrote itself, cleaned as a whole: what must and must not come out.

In the style of trafilatura's real-world tests: every page has phrases of its story that
must be kept and phrases of its chrome (menus, cookie banners, prompts, captions,
related stories, comments, footers) that must never be spoken.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.story_cases import assert_story
from tts_pipeline.extract import extract_article
from tts_pipeline.models import Document
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages"

CASES = {
    "news-byline-dateline.txt": {
        "title": "City council approves new tram line after a decade of debate",
        "author": "Maria Okafor",
        "published": "2024-03-14T18:45",
        "site": "The Harbour Gazette",
        "first": "The city council voted 31 to 12 on Wednesday night",
        "last": "We will keep people informed at every step.\"",
        "headings": ["How the project will be paid for", "What happens next"],
        "must": ["secured a fixed interest rate", "invited to meetings in April"],
        "must_not": [
            "We use cookies", "Accept all", "Photo: Jonas Weber", "A tram stands at the depot",
            "Read more", "Why the last tram plan collapsed", "Related stories",
            "Harbour Road to close", "Sign up for our daily newsletter", "Most popular",
            "Storm warning", "All rights reserved", "Skip to main content", "Share",
        ],
    },
    "blog-comments.txt": {
        "title": "Saving tomato seeds the simple way",
        "author": "Tomasz Nowak",
        "published": "2023-08-22",
        "first": "Every autumn I save seeds",
        "last": "my neighbour gave me in 2009.",
        "must": ["the fermentation removes the coating"],
        "must_not": [
            "4 Comments", "Greta Hansen", "without the fermenting step", "Reply",
            "Does this work for peppers", "Leave a Reply", "Share this", "Loading",
        ],
    },
    "german-news.txt": {
        "title": "Neue Fahrradbrücke über den Fluss eröffnet",
        "author": "Katharina Berger",
        "published": "2023-11-20T14:30",
        "first": "Nach zweijähriger Bauzeit",
        "last": "weitere Laternen aufzustellen.",
        "must": ["gestiegenen Preisen für Stahl"],
        "must_not": [
            "Cookies", "Alle akzeptieren", "Foto: Lukas Meier", "Lesen Sie auch",
            "Anzeige", "Mehr zum Thema", "Radweg an der Hauptstraße", "Kommentare",
            "Impressum", "Alle Rechte vorbehalten",
        ],
    },
    "spanish-news.txt": {
        "title": "La biblioteca municipal amplía su horario durante el verano",
        "author": "Lucía Fernández",
        "published": "2024-06-12",
        "first": "La biblioteca municipal abrirá también",
        "last": "no solo de consulta de libros.",
        "must": ["club de cine en versión original"],
        "must_not": [
            "Lee también", "Las piscinas públicas", "Publicidad", "Noticias relacionadas",
            "plaza del mercado", "Comentarios", "Suscríbete", "derechos reservados",
        ],
    },
    "russian-news.txt": {
        "title": "В центре города открылся новый пешеходный мост",
        "author": "Ольга Смирнова",
        "published": "2023-11-20T14:05",
        "first": "Новый пешеходный мост через реку",
        "last": "сделать это до весны.",
        "must": ["ростом цен на металл"],
        "must_not": ["Читайте также", "Реклама", "Комментарии", "Поделиться", "Войти"],
    },
    "chinese-news.txt": {
        "title": "市中心新建人行桥正式开通",
        "published": "2023-11-20T14:05",
        "first": "经过两年的施工",
        "last": "明年春季之前完成安装。",
        "must": ["钢材价格上涨"],
        "must_not": ["首页", "相关阅读", "广告", "评论", "分享"],
    },
    "news-article.html": {
        "title": "Volunteers count record number of swifts in the old town",
        "author": "Ingrid Solberg",
        "published": "2024-06-09T07:30+02:00",
        "site": "The Valley Courier",
        "url": "https://courier.example/news/2024/06/swift-count",
        "description": "A weekend survey found 1,240 nesting pairs, the most since counts began.",
        "image": "https://courier.example/img/swifts.jpg",
        "first": "Volunteers counted 1,240 nesting pairs",
        "last": "publish the results in the autumn.",
        "headings": ["Nest boxes make the difference", "A warning from the countryside"],
        "must": ["The birds find them remarkably quickly."],
        "must_not": [
            "We use cookies", "Accept all", "Home", "Share on Facebook", "Erik Dahl",
            "Swifts circle the church tower", "Storks return", "Sign up for our weekly",
            "Most read", "Bridge closed", "All rights reserved", "dataLayer",
        ],
    },
    "blog-post.html": {
        "title": "Fixing a dripping tap in ten minutes",
        "author": "Olu Adeyemi",
        "published": "2023-02-18T16:05Z",
        "first": "A dripping tap wastes more water",
        "last": "hand-tight plus a quarter turn is enough.",
        "must": ["Don’t overtighten the valve"],
        "must_not": [
            "Workbench Diaries", "Archive", "3 Comments", "Rita says",
            "worked perfectly on my kitchen tap", "ceramic cartridge", "Leave a Reply",
            "Post Comment",
        ],
    },
    "listicle.txt": {
        "title": "Seven things to do in Portmarren this summer",
        "author": "Hana Kowalczyk",
        "published": "2024-06-03",
        "first": "Portmarren is small enough to walk across",
        "last": "Bring a jacket: it gets windy after dark.",
        "must": [
            "1. Walk the cliff path", "Start at the lighthouse.", "2. Eat at the fish market",
            "Go early.", "Boats leave every hour.", "6. Hire a bike", "7. Watch the sunset",
        ],
        "must_not": [
            "Destinations", "Sign in", "Share this article", "You might also like",
            "The ten best beaches", "Where to eat", "All rights reserved", "Privacy",
        ],
    },
    "results-table.txt": {
        "title": "Northfield Grand Prix: race result",
        "published": "2024-04-14",
        "first": "Result of the race, 58 laps:",
        "last": "Next race: Harbour City, 28 April",
        "must": [
            "Maria Santos", "Falcon Racing", "1:32:41.118", "Ines Duarte", "+1 lap",
            "Fastest lap: Jonas Lind", "86 points", "64 points",
        ],
        "must_not": [
            "Calendar", "Drivers", "2022", "Archive", "Login", "Latest news",
            "Santos extends her lead", "Follow us", "Privacy policy",
        ],
    },
    "more-stories.txt": {
        "title": "Library opens a tool-lending room",
        "author": "Priya Natarajan",
        "published": "2024-05-07",
        "first": "The town library has opened a room",
        "last": "small jobs around the house.",
        "must_not": [
            "More stories", "bandstand", "choir", "route 7", "farmers market", "footbridge",
            "swimming pool", "Subscribe", "Lakeside Courier",
        ],
    },
    "more-stories.html": {
        "title": "Library opens a tool-lending room",
        "author": "Priya Natarajan",
        "site": "The Lakeside Courier",
        "first": "The town library has opened a room",
        "last": "small jobs around the house.",
        "must_not": [
            "More stories", "bandstand", "choir", "route 7", "farmers market", "footbridge",
            "swimming pool", "Subscribe", "Lakeside Courier",
        ],
    },
    "portuguese-news.txt": {
        "title": "Prefeitura inaugura ciclovia entre o centro e a universidade",
        "author": "Beatriz Albuquerque",
        "published": "2024-03-12",
        "first": "A prefeitura inaugurou nesta terça-feira",
        "last": "terá câmeras de segurança.",
        "must": ["seis quilômetros", "doze milhões de reais"],
        "must_not": [
            "Usamos cookies", "Aceitar", "Compartilhe", "WhatsApp", "Leia também",
            "Ônibus terão", "Publicidade", "Mais lidas", "Feira de artesanato", "Comentários",
            "finalmente uma obra", "Todos os direitos reservados", "Assine",
        ],
    },
    "italian-news.txt": {
        "title": "Il comune apre una nuova biblioteca nel vecchio mercato coperto",
        "author": "Giulia Ferraresi",
        "published": "2024-03-14",
        "first": "Il comune ha inaugurato martedì",
        "last": "diventerà un giardino di lettura.",
        "must": ["quarantamila volumi", "sei milioni di euro"],
        "must_not": [
            "utilizza cookie", "Accetta", "Condividi", "WhatsApp", "Leggi anche",
            "Nuovi orari", "Pubblicità", "Articoli correlati", "mercatino dell'antiquariato",
            "Commenti", "un posto tranquillo", "Tutti i diritti riservati", "Abbonati",
        ],
    },
    "indonesian-news.txt": {
        "title": "Pemerintah kota membuka jalur sepeda baru di sepanjang sungai",
        "author": "Dewi Lestari",
        "published": "2024-03-15",
        "first": "Pemerintah kota meresmikan jalur sepeda",
        "last": "dilengkapi kamera pengawas.",
        "must": ["dua ribu pesepeda", "tiga puluh miliar rupiah"],
        "must_not": [
            "menggunakan cookie", "Setuju", "Bagikan", "WhatsApp", "Baca juga",
            "Jadwal baru bus", "Iklan", "Berita terkait", "Pasar malam", "Komentar",
            "akhirnya ada jalur", "Hak cipta", "Berlangganan",
        ],
    },
    "korean-news.txt": {
        "title": "시청, 강변을 따라 새 자전거 도로 개통",
        "author": "김민지",
        "published": "2024-03-16",
        "first": "시청은 화요일 강변을 따라",
        "last": "방범 카메라도 달겠다고 약속했다.",
        "must": ["하루 평균 약 2천 명", "300억 원"],
        "must_not": [
            "쿠키를 사용", "동의", "공유하기", "카카오톡", "함께 보면 좋은 기사",
            "시내버스 운행", "광고", "관련 기사", "야시장", "댓글", "드디어 안전하게",
            "무단 전재", "구독",
        ],
    },
    "french-news.txt": {
        "title": "La ville ouvre une nouvelle piscine couverte dans l'ancienne usine",
        "author": "Claire Dubois",
        "published": "2024-03-18T10:15",
        "first": "La mairie a inauguré mardi",
        "last": "deviendra un jardin public.",
        "must": ["mille nageurs par jour", "huit millions d'euros"],
        "must_not": [
            "utilisons des cookies", "Tout accepter", "Partager", "WhatsApp", "À lire aussi",
            "horaires des bus", "Publicité", "Les plus lus", "marché aux puces",
            "Commentaires", "enfin un endroit", "Tous droits réservés", "S'abonner",
        ],
    },
    "turkish-news.txt": {
        "title": "Belediye eski fabrikada yeni bir kapalı yüzme havuzu açtı",
        "author": "Ayşe Yılmaz",
        "published": "2024-03-19",
        "first": "Belediye salı günü",
        "last": "halk bahçesine dönüşeceğini söyledi.",
        "must": ["bin yüzücüye", "sekiz milyon liraya"],
        "must_not": [
            "çerezler kullanmaktadır", "Kabul et", "Paylaş", "WhatsApp", "İlgili haber",
            "otobüs saatleri", "Reklam", "En çok okunanlar", "Bit pazarı", "Yorumlar",
            "nihayet bütün yıl", "Tüm hakları saklıdır", "Abone ol",
        ],
    },
    "japanese-news.txt": {
        "title": "市が旧工場跡に屋内プールを開設",
        "published": "2024-03-20",
        "first": "市は火曜日、十五年以上閉鎖されていた",
        "last": "開放すると約束した。",
        "must": ["約千人の利用", "約八億円"],
        "must_not": [
            "クッキーを使用", "同意する", "シェア", "LINE", "あわせて読みたい", "バスの時刻表",
            "広告", "よく読まれている記事", "骨董市", "コメント", "一年中泳げる", "無断転載",
            "購読",
        ],
    },
    "arabic-news.txt": {
        "title": "البلدية تفتتح مسبحا مغطى في المصنع القديم",
        "author": "سارة الخطيب",
        "published": "2024-03-21",
        "first": "افتتحت البلدية يوم الثلاثاء",
        "last": "إلى حديقة عامة.",
        "must": ["نحو ألف سباح يوميا", "ثمانية ملايين دولار"],
        "must_not": [
            "ملفات تعريف الارتباط", "موافق", "شارك", "واتساب", "اقرأ أيضا", "مواعيد الحافلات",
            "إعلان", "الأكثر قراءة", "سوق التحف", "التعليقات", "أخيرا مكان", "جميع الحقوق محفوظة",
            "اشترك",
        ],
    },
    "hindi-news.txt": {
        "title": "नगर निगम ने पुरानी मिल में नया इनडोर स्विमिंग पूल खोला",
        "author": "अंजलि वर्मा",
        "published": "2024-03-22",
        "first": "नगर निगम ने मंगलवार को",
        "last": "एक सार्वजनिक बगीचा बनेगा।",
        "must": ["एक हज़ार तैराकों", "आठ करोड़ रुपये"],
        "must_not": [
            "कुकीज़ का उपयोग", "स्वीकार करें", "शेयर करें", "व्हाट्सऐप", "ये भी पढ़ें",
            "बसों का समय", "विज्ञापन", "सबसे ज्यादा पढ़ी गई", "पुराने सामान", "टिप्पणियां",
            "आखिरकार साल भर", "सर्वाधिकार सुरक्षित", "सब्सक्राइब",
        ],
    },
    "dutch-news.txt": {
        "title": "Gemeente opent nieuw overdekt zwembad in oude fabriek",
        "author": "Sanne de Vries",
        "published": "2024-03-23",
        "first": "De gemeente heeft dinsdag",
        "last": "een openbare tuin wordt.",
        "must": ["duizend zwemmers per dag", "acht miljoen euro"],
        "must_not": [
            "gebruikt cookies", "Accepteren", "Delen", "WhatsApp", "Lees ook",
            "dienstregeling", "Advertentie", "Meest gelezen", "Rommelmarkt", "Reacties",
            "eindelijk een plek", "Alle rechten voorbehouden", "Abonneren",
        ],
    },
    "polish-news.txt": {
        "title": "Miasto otwiera nowy kryty basen w dawnej fabryce",
        "author": "Katarzyna Nowak",
        "published": "2024-03-24",
        "first": "Miasto otworzyło we wtorek",
        "last": "stanie się publicznym ogrodem.",
        "must": ["około tysiąca pływaków", "osiem milionów złotych"],
        "must_not": [
            "używa plików cookie", "Akceptuję", "Udostępnij", "WhatsApp", "Czytaj także",
            "rozkład jazdy", "Reklama", "Najczęściej czytane", "Pchli targ", "Komentarze",
            "wreszcie miejsce", "Wszelkie prawa zastrzeżone", "Subskrybuj",
        ],
    },
    "ukrainian-news.txt": {
        "title": "Місто відкрило новий критий басейн у старій фабриці",
        "author": "Олена Коваленко",
        "published": "2024-03-25",
        "first": "У вівторок міська рада відкрила",
        "last": "стане громадським садом.",
        "must": ["близько тисячі плавців", "вісім мільйонів гривень"],
        "must_not": [
            "файли cookie", "Прийняти", "Поділитися", "Telegram", "Читайте також",
            "розклад автобусів", "Реклама", "Найпопулярніше", "Блошиний ринок", "Коментарі",
            "нарешті є де плавати", "Усі права захищено", "Передплатити",
        ],
    },
    "lead-above-dateline.txt": {
        "title": "Orchard growers hire robots for the apple harvest",
        "first": "Growers in the valley say machines will pick a fifth",
        "last": "said Petra Lindqvist, who runs the largest of the three farms.",
        "must": ["leased picking robots", "wages have risen by a third"],
        "must_not": ["Published 12 September 2024", "Photo: Anna Berg", "Related stories",
                     "Valley wine harvest", "Sign up for our newsletter", "All rights reserved"],
    },
    "teaser-json-ld.html": {
        "title": "Orchard project plants a thousand apple trees",
        "author": "Elif Demir",
        "published": "2024-04-02T08:00+01:00",
        "site": "The Valley Post",
        "first": "Volunteers planted a thousand apple trees",
        "last": "fed the volunteers on both days.",
        "must": ["grafted last winter", "shared among the families"],
        "must_not": [
            "Subscribe", "unlimited access", "Already a subscriber", "Log in", "Home",
        ],
    },
    "login-wall.html": {
        "title": "Inside the plan to rebuild the old mill",
        "published": None,
        "first": "The owners of the old paper mill",
        "last": "seen by the Riverside Post.",
        "must_not": [
            "Subscribe to continue reading", "reached your limit", "Already a subscriber",
            "Log in",
        ],
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def articles():
    return {name: extract_article(read_source(str(PAGES / name))) for name in CASES}


@pytest.mark.parametrize("name", CASES)
def test_story_is_kept_whole_and_alone(articles, name):
    assert_story(articles[name], CASES[name])


@pytest.mark.parametrize("name", CASES)
def test_metadata(articles, name):
    case, article = CASES[name], articles[name]
    for field in ("title", "author", "published", "site", "url", "description", "image"):
        if field in case:
            assert getattr(article, field) == case[field], field


@pytest.mark.parametrize("name", [n for n, case in CASES.items() if "headings" in case])
def test_section_headings_are_kept_and_listed(articles, name):
    article = articles[name]
    assert [article.paragraphs[i] for i in article.headings] == CASES[name]["headings"]


def test_clean_json_has_every_field(cli):
    result = cli("clean", str(PAGES / "news-article.html"), "--format", "json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    for key in ("title", "author", "published", "site", "url", "description", "image"):
        assert article[key], key
    assert article["headings"] == [2, 5]


def test_a_dump_without_metadata_gives_null_fields(cli):
    result = cli("clean", "-", "--format", "json", stdin=PLAIN.encode())
    article = json.loads(result.stdout)
    assert article["site"] is None and article["image"] is None and article["url"] is None


def test_teasers_before_the_story_are_not_the_story():
    teasers = "\n".join(
        f"Teaser headline number {n} about something else\n"
        f"A short summary of teaser {n} that sits in a list of other stories on the page.\n"
        for n in range(6)
    )
    page = (
        f"Home\nNews\n\nMost popular\n\n{teasers}\n"
        "The real headline of this page\n\nBy Jo Park\nMay 2, 2024\n\n"
        + "\n\n".join(STORY)
        + "\n\nComments\n"
    )
    article = extract_article(Document(text=page, name="t"))
    assert list(article.paragraphs) == STORY
    assert article.title == "The real headline of this page"
    assert article.author == "Jo Park"


STORY = [
    "The ferry company said on Thursday that it would add two sailings a day to the island "
    "from June, after a winter in which many passengers were left waiting on the quay.",
    "The extra boats will leave at seven in the morning and nine in the evening, and tickets "
    "will cost the same as on the existing sailings, a spokeswoman said.",
    "Islanders had asked for more crossings for years, saying that the last boat left too "
    "early for people who work on the mainland to get home in time.",
]
PLAIN = "\n\n".join(STORY) + "\n"
