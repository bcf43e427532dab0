"""Second probe round: text dumps of kinds and languages the first rounds had not seen.

Invented pages (tests/pages/probe2/), each a browser's copy of a whole page: news in
Japanese, Chinese, Arabic, Hindi, Swedish, Greek and Vietnamese, a Polish story behind a long
cookie wall, a Swedish forum thread whose first post is the article, a photo gallery of
many captions, an embedded poll, a second story loaded below the first, a breaking story
of two sentences above a list of latest news, a hard-wrapped blog post, a live ticker, an
events listing and tabloid stories of one-sentence paragraphs (English, Polish). Each
must keep its story and drop its chrome.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import assert_story
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "probe2"

CASES = {
    "ja-news.txt": {
        "first": "市交通局は8日、来月1日から",
        "last": "ほかの路線にも広げたい」と話している。",
        "must_not": ["関連記事", "ホームドア", "アクセスランキング", "無断転載", "撮影", "シェア"],
    },
    "zh-news.txt": {
        "first": "记者12日从市园林局获悉",
        "last": "园林局定期检查维护情况。",
        "must_not": ["来源", "责任编辑", "相关新闻", "滨江绿道", "热点排行", "版权所有", "分享到"],
    },
    "ar-news.txt": {
        "first": "افتتحت المحافظة، صباح اليوم الثلاثاء",
        "last": "مع بداية العام الدراسي المقبل.",
        "must_not": ["تصوير", "اقرأ أيضا", "مهرجان الكتاب", "الأكثر قراءة", "جميع الحقوق"],
    },
    "hi-news.txt": {
        "first": "शहर के बाहरी इलाकों में इस साल 50 नए",
        "last": "पोषण से वंचित न रहे।\"",
        "must_not": ["बच्चों को मिलेगा पोषण आहार", "अपडेटेड", "ये भी पढ़ें", "स्मार्ट क्लास",
                     "मौसम", "कॉपीराइट"],
    },
    "pl-cookiewall.txt": {
        "first": "Miasto podpisało we wtorek umowę",
        "last": "ma przedstawić w sierpniu.",
        "must": ["Rano czekam na przystanku"],
        "must_not": ["pliki cookie", "Twoje preferencje", "Akceptuję", "Czas czytania",
                     "Czytaj także", "Remont dworca", "Komentarze", "Wszelkie prawa"],
    },
    "sv-forum.txt": {
        "first": "Trafikverket meddelade i går",
        # a forum thread's replies are its content too (posts numbered "#1", "#2", "#3")
        "last": "som har åkt den sträckan en fredag.",
        "must": ["när många flyger utrikes.", "Typiskt att de gör det"],
        "must_not": ["Inlägg:", "Svara", "Citera", "inloggad", "Liknande trådar",
                     "Integritetspolicy"],
    },
    "sv-news.txt": {
        "first": "Kommunfullmäktige beslutade på måndagskvällen",
        "last": "i slutet av 2028.",
        "must": ["Vi har lappat och lagat i tjugo år."],
        "must_not": ["Annons", "Läs också", "Bild: Arkitektbyrån", "Lyssna", "Ämnen",
                     "cykelbana", "Mest läst", "inloggad", "Alla rättigheter"],
    },
    "pl-tabloid.txt": {
        "first": "Kot z Gdańska przeżył tydzień",
        "last": "Mruczek znowu śpi na kanapie.",
        "must": ["Nikt go nie widział.", "Był chudy, ale zdrowy."],
        "must_not": ["Joanna Nowak", "Zobacz także", "Pies uratował", "Najczęściej czytane",
                     "Komentarze", "Wszelkie prawa"],
    },
    "el-news.txt": {
        "first": "Το υπουργείο Μεταφορών ανακοίνωσε",
        "last": "δήλωσε ο υπουργός.",
        "must": ["Οι εργασίες αναμένεται να ξεκινήσουν"],
        "must_not": ["Διαφήμιση", "Διαβάστε επίσης", "Φωτογραφία:", "Ετικέτες", "πλοίων",
                     "Τα πιο δημοφιλή", "Σχόλια", "αναδημοσίευση"],
    },
    "el-gallery.txt": {
        "first": "Ανοιχτό για το κοινό είναι από σήμερα",
        "last": "έως τα μεσάνυχτα.",
        "must_not": ["1 / 10", "ποδηλατόδρομος κατά μήκος", "φωτισμένο τη νύχτα", "Φωτογραφίες:",
                     "Διαβάστε επίσης", "Καύσωνας", "Σχόλια", "επιφύλαξη"],
    },
    "vi-poll.txt": {
        "first": "Từ ngày 1/7, xe máy sẽ không",
        "last": "điều chỉnh thời gian cấm.",
        "must": ["Nhiều hộ kinh doanh trên phố"],
        "must_not": ["Bạn có ủng hộ", "Bình chọn", "Xem kết quả", "Không có ý kiến",
                     "Tin liên quan", "Xe buýt điện", "Ý kiến (25)", "Bản quyền"],
    },
    "en-twostories.txt": {
        "first": "The central library will open on Sundays",
        "last": "finally be able to use us,\" she said.",
        "must_not": ["Topics:", "Next article", "stone bridge", "diversion", "Tom Ellis",
                     "newsletter", "All rights reserved"],
    },
    "en-breaking.txt": {
        "first": "Fire crews are tackling a large blaze",
        "last": "This is a breaking news story and will be updated.",
        "must_not": ["Latest News", "charged after a car crashed", "swimming pool",
                     "Train passengers", "two hundred new homes", "food festival", "Most Read"],
    },
    "en-wrapped.txt": {
        "first": "We finally got the new water butts in on Saturday. It took four of us to "
                 "carry them",
        "last": "should bring a spade and a flask of tea.",
        "must_not": ["Archive", "oldgardener", "Filed under", "3 comments", "Leave a comment",
                     "Older posts", "WordPress"],
    },
    "en-ticker.txt": {
        "first": "90+4' Full time!",
        "last": "No changes at the break for either side.",
        "must": ["68' GOAL! Rovers 2-1 City."],
        "must_not": ["Refresh", "Key events", "Load earlier updates", "Possession", "48%",
                     "More football", "© 2025"],
    },
    "en-events.txt": {
        "first": "Here are the best events in town",
        "last": "a brass band plays in the afternoon.",
        "must": ["Summer Jazz Evening", "Friday 13 June, 7.30pm, Riverside Hall. Tickets £12.",
                 "Vintage Car Show", "Sunday 15 June, 11am, Park Field. Free entry."],
        "must_not": ["Add your event", "Sign up", "Advertise with us", "© 2025"],
    },
    "en-tabloid.txt": {
        "first": "A family dog walked twenty miles home",
        "last": "Buster is now back to his old self.",
        "must": ["They had given up hope.", "Owner Lisa said:"],
        "must_not": ["Kerry Blake", "Most Read", "Lottery winner", "Join the conversation"],
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def articles():
    return {name: extract_article(read_source(str(PAGES / name))) for name in CASES}


@pytest.mark.parametrize("name", CASES)
def test_story_is_kept_whole_and_alone(articles, name):
    assert_story(articles[name], CASES[name])
