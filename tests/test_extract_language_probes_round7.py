"""Probe pages of round 7 (tests/pages/probe_lang7/): invented news pages in seventeen
languages other than English (Chinese, Japanese, Arabic, Hindi, Turkish, Vietnamese,
Polish, Dutch, Ukrainian, Greek, Swedish, Czech, Romanian, Hungarian, Danish, Hebrew and
Thai), of four site families (a portal with a share bar, tags, a related box and comments;
a regional paper with a box of teasers inside the story; a broadcaster with a video player
and a list of more news; a blog with a comment thread), each with its chrome in the page's
language: "read also" links between paragraphs, advertisement labels, photo credits,
dates in the language's forms, "most read" lists, cookie notices and copyright lines.
Each page is cleaned as HTML and as the text dump rendered from it; each must reach its F1
against the true body (subheadings included) and keep its story's phrases while dropping
chrome. "html_keeps" / "text_keeps": chrome a reading still keeps; "html_misses" /
"text_misses": story phrases a reading still loses (known defects).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import probe_set_tests
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "probe_lang7"

# name: (HTML floor, dump floor), a little under what the cleaner reaches.
FLOORS = {
    "ar-regional": (0.98, 0.98),
    "cs-portal": (0.98, 0.98),
    "da-blog": (0.98, 0.98),
    "el-regional": (0.98, 0.98),
    "he-portal": (0.98, 0.98),
    "hi-portal": (0.98, 0.98),
    "hu-broadcaster": (0.98, 0.98),
    "ja-broadcaster": (0.98, 0.98),
    "nl-broadcaster": (0.98, 0.98),
    "pl-regional": (0.98, 0.98),
    "ro-regional": (0.98, 0.98),
    "sv-blog": (0.98, 0.98),
    "th-broadcaster": (0.98, 0.98),
    "tr-broadcaster": (0.98, 0.98),
    "uk-blog": (0.98, 0.98),
    "vi-portal": (0.98, 0.98),
    "zh-portal": (0.98, 0.98),
}

CASES = {
    "ar-regional": {
        "must": ["الطاقة الشمسية لتشغيل المحطة", "وردت المؤسسة بأن المياه المالحة تصرف"],
        "must_not": [
            "البلدية تطلق حملة لترشيد استهلاك المياه في فصل",
            "توسيع شبكة الصرف الصحي في الأحياء الجنوبية خلال",
            "تساعد هذه الطريقة على توفير ما يقارب نصف كمية",
            "الأكثر قراءة",
            "إغلاق الطريق الساحلي ليلا لأعمال الصيانة",
            "يجب تسجيل الدخول لإضافة تعليق. التعليقات تعبر",
            "© 2026 صوت الساحل. جميع الحقوق محفوظة.",
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين",
            "جانب من محطة التحلية الجديدة على الساحل الشمالي.",
            "تصوير: خالد منصور",
            "اشترك في نشرتنا البريدية لتصلك أهم الأخبار",
        ],
    },
    "cs-portal": {
        "must": ["Přebytky pro občany", "Stavba by měla začít v létě. Součástí"],
        "must_not": [
            "Energetická společenství: jak si mohou sousedé",
            "Kraj podpoří výměnu starých kotlů, žádosti lze",
            "Stížnosti se týkají především délky schvalování",
            "Nejčtenější",
            "Na dálnici D1 se tvoří kolony",
            "Pro přidání příspěvku do diskuse se musíte",
            "© 2026 Zprávy Vysočiny. Všechna práva vyhrazena.",
            "Tento web používá soubory cookie ke zlepšení",
            "Pozemek u bývalého kravína, kde elektrárna",
            "Foto: Petr Dvořák",
            "Přihlaste se k odběru newsletteru a dostávejte",
        ],
    },
    "da-blog": {
        "must": ["Vinden bestemmer", "Hvis vi skal give ét råd, er det at"],
        "must_not": [
            "Sådan pakker vi cykeltaskerne til en uge på tur",
            "Vores bedste lejrpladser i Nordjylland",
            "En lille historie om dårlig planlægning og",
            "Mest læste",
            "Ti gode cykelruter for familier",
            "Din e-mailadresse vil ikke blive publiceret.",
            "© 2026 Cykelbloggen. Alle rettigheder",
            "Denne hjemmeside bruger cookies for at give dig",
            "Pause ved klitterne nord for fyret.",
            "Foto: Mette Jensen",
            "Tilmeld dig nyhedsbrevet og få nye indlæg",
            "Fantastisk tur! Hvor mange kilometer kørte I om",
        ],
    },
    "el-regional": {
        "must": ["Χαρά στους ψαράδες", "Ο αντιπεριφερειάρχης ανέφερε ότι η"],
        "must_not": [
            "Οι ψαράδες ζητούν μέτρα για την προστασία των",
            "Ξεκινούν τα έργα στον επαρχιακό δρόμο προς τα",
            "Θα λειτουργεί όλο το εικοσιτετράωρο με δύο",
            "Δημοφιλή",
            "Κλειστά τα σχολεία λόγω κακοκαιρίας",
            "Πρέπει να συνδεθείτε για να σχολιάσετε.",
            "© 2026 Η Φωνή της Κρήτης. Με επιφύλαξη παντός",
            "Χρησιμοποιούμε cookies για να βελτιώσουμε την",
            "Ψαράδες ετοιμάζουν τα δίχτυα τους στο παλιό",
            "Φωτογραφία: Μαρία Σταυράκη",
            "Εγγραφείτε στο newsletter μας για να λαμβάνετε",
        ],
    },
    "he-portal": {
        "must": ["תושבים מודאגים מהרעש", "במשרד התחבורה השיבו כי הקירות כלולים"],
        "must_not": [
            "משרד התחבורה מתכנן להוסיף קווי אוטובוס לילה",
            "הכביש הראשי לעיר ייסגר לתנועה בלילות הקרובים",
            "הנתונים מתייחסים לשלושת החודשים הראשונים של",
            "הכי נקראים",
            "גל חום צפוי בסוף השבוע",
            "יש להתחבר כדי להגיב. התגובות מפורסמות לאחר",
            "© 2026 חדשות הגליל. כל הזכויות שמורות.",
            "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה",
            "עבודות הנחת המסילה ליד התחנה החדשה.",
            "צילום: יוסי לוי",
            "הירשמו לניוזלטר שלנו וקבלו את החדשות החשובות",
        ],
    },
    "hi-portal": {
        "must": ["लड़कियों की पढ़ाई पर जोर", "बस सेवा अगले महीने की पहली तारीख से"],
        "must_not": [
            "जिले के सभी स्कूलों में अगले महीने से स्मार्ट",
            "गांवों की सड़कों की मरम्मत के लिए 20 करोड़",
            "इस बार करीब बारह हजार उम्मीदवारों ने परीक्षा",
            "सबसे ज्यादा पढ़ी गई",
            "मौसम विभाग ने जारी किया भारी बारिश का अलर्ट",
            "कमेंट करने के लिए लॉगिन करें।",
            "© 2026 नगर समाचार. सर्वाधिकार सुरक्षित।",
            "यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए",
            "जिले के एक सरकारी स्कूल के बाहर खड़े बच्चे।",
            "फोटो: नगर समाचार",
            "हमारे न्यूजलेटर के लिए साइन अप करें और रोज की",
        ],
    },
    "hu-broadcaster": {
        "must": ["Kerékpárt is vihetnek az utasok", "Az egyesület elnöke, Nagy Ferenc"],
        "must_not": [
            "Egyre több turista érkezik kerékpárral a tóhoz",
            "Új kerékpárút köti össze a tó menti falvakat",
            "A tervek szerint jövő tavasszal nyit meg a",
            "Legolvasottabb",
            "Hőségriasztás a hétvégén",
            "Hozzászóláshoz be kell jelentkezned.",
            "© 2026 Alföld Rádió. Minden jog fenntartva.",
            "Weboldalunk sütiket használ a jobb felhasználói",
            "A felújított kisvonat az állomáson.",
            "Fotó: Alföld Rádió",
            "Iratkozz fel hírlevelünkre, és minden reggel",
        ],
    },
    "ja-broadcaster": {
        "must": ["駅前広場も整備", "鉄道会社は来月から工事を始め、年内に線路"],
        "must_not": [
            "沿線の高校で通学時間の調査、半数が片道一時間以上",
            "駅前の商店街でシャッター通り対策、空き店舗に若手が出店",
            "車内で地元の食材を使った弁当が味わえることが人気の理由です。",
            "アクセスランキング",
            "県内で最高気温三十度超え、今年初の真夏日",
            "コメントを投稿するにはログインしてください。",
            "Copyright © 2026 みなみ放送 All rights reserved.",
            "当サイトではサービス向上のためにクッキーを使用しています。",
            "新駅の建設予定地。",
            "写真：みなみ放送",
            "メールマガジンに登録すると、毎朝のニュースをお届けします。",
        ],
    },
    "nl-broadcaster": {
        "must": ["Gemeente hielp mee", "Bakker zegt dat ze bewust voor het"],
        "must_not": [
            "Tekort aan huisartsen op het platteland loopt",
            "Apotheek in het dorp sluit, bewoners halen",
            "De vrijwilligers van de buurtbus rijden",
            "Meest gelezen",
            "Ijsbaan gaat dit weekend open",
            "Log in om een reactie te plaatsen.",
            "© 2026 Omroep Polderland. Alle rechten",
            "Wij gebruiken cookies om onze website te",
            "De nieuwe praktijk in het oude postkantoor.",
            "Foto: Omroep Polderland",
            "Schrijf je in voor onze nieuwsbrief en ontvang",
        ],
    },
    "pl-regional": {
        "must": ["Autobusy pojadą inaczej", "Rzeczniczka zarządu dróg, Anna"],
        "must_not": [
            "Nowa linia autobusowa połączy osiedla po obu",
            "Remont dworca potrwa dłużej, niż zakładano",
            "Prace mają się rozpocząć jeszcze przed",
            "Najczęściej czytane",
            "Wypadek na obwodnicy, są utrudnienia",
            "Dodaj komentarz. Komentarze są moderowane,",
            "© 2026 Gazeta Nadrzeczna. Wszelkie prawa",
            "Ta strona korzysta z plików cookie, aby",
            "Most drogowy przed rozpoczęciem remontu.",
            "Fot. Tomasz Wiśniewski",
            "Zapisz się do naszego newslettera i otrzymuj",
        ],
    },
    "ro-regional": {
        "must": ["Prețuri mai mici pentru țărani", "Prima zi a adus sute de cumpărători."],
        "must_not": [
            "Producătorii locali vor avea tarabe gratuite în",
            "Parcarea subterană din centru va fi gata până",
            "Ansambluri din toată țara vor cânta trei zile",
            "Cele mai citite",
            "Trafic restricționat pe podul peste Mureș",
            "Trebuie să fii autentificat pentru a comenta.",
            "© 2026 Gazeta de Mureș. Toate drepturile",
            "Acest site folosește cookie-uri pentru a-ți",
            "Noua hală a pieței centrale, în prima zi.",
            "Foto: Mihai Ionescu",
            "Abonează-te la newsletter și primești cele mai",
        ],
    },
    "sv-blog": {
        "must": ["Dagarna blir långsammare", "Enligt prognosen ska det bli mildare"],
        "must_not": [
            "Så förbereder vi oss inför stormsäsongen på ön",
            "Min första sommar som fårbonde",
            "Om stearinljus, vedspis och grannar som knackar",
            "Populära inlägg",
            "Kanelbullar utan ägg",
            "Din e-postadress kommer inte publiceras.",
            "© 2026 Skärgårdsliv",
            "Den här webbplatsen använder cookies.",
            "Isen vid bryggan en morgon i januari.",
            "Foto: Karin Lindqvist",
            "Prenumerera på bloggen och få nya inlägg via",
            "Så fint skrivet! Jag minns vintern när vi fick",
        ],
    },
    "th-broadcaster": {
        "must": ["ผู้ค้าริมทางกังวลเรื่องที่จอดรถ", "ทางเทศบาลชี้แจงว่าได"],
        "must_not": [
            "เทศบาลเตรียมปลูกต้นไม้เพิ่มอีกหนึ่งพันต้นในเขตเม",
            "รถแดงปรับค่าโดยสารใหม่ตั้งแต่เดือนหน้า",
            "เทศบาลหวังว่าจะช่วยกระตุ้นรายได้ของพ่อค้าแม่ค้าใ",
            "ข่าวยอดนิยม",
            "กรมอุตุฯ เตือนพายุฤดูร้อน",
            "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
            "© 2569 ข่าวภาคเหนือ ทีวี สงวนลิขสิทธิ์",
            "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งา",
            "นักปั่นจักรยานบนเส้นทางใหม่ริมคูเมือง",
            "ภาพ: ข่าวภาคเหนือ ทีวี",
            "สมัครรับจดหมายข่าวของเราเพื่อรับข่าวสำคัญทุกเช้า",
        ],
    },
    "tr-broadcaster": {
        "must": ["Bilet fiyatları belli oldu", "Yeni iskelenin çevresinde ayrıca iki"],
        "must_not": [
            "Körfez'de deniz otobüsü seferleri yaz aylarında",
            "Sahil yolunda bisiklet şeridi çalışması başladı",
            "Av yasağı bu yıl da nisan ortasından eylül",
            "En Çok Okunanlar",
            "Hafta sonu sağanak yağış bekleniyor",
            "Yorum yapabilmek için giriş yapmalısınız.",
            "© 2026 Kıyı TV. Tüm hakları saklıdır.",
            "Sitemizde size daha iyi hizmet sunabilmek için",
            "Yeni hatta çalışacak feribotlardan biri.",
            "Fotoğraf: Kıyı TV",
            "Bültenimize abone olun, günün önemli haberleri",
        ],
    },
    "uk-blog": {
        "must": ["Ремонт усім селом", "Найбільше мене зворушило, коли на"],
        "must_not": [
            "Як ми збирали гроші на новий дах для сільського",
            "Ярмарок вихідного дня: що привезли фермери",
            "Про те, як ми з чоловіком вирішили переїхати і",
            "Популярні записи",
            "Рецепт бабусиного борщу з квасолею",
            "Ваша адреса електронної пошти не буде",
            "© 2026 Нотатки з Полтавщини. Усі права захищено.",
            "Цей сайт використовує файли cookie.",
            "Читальна зала в колишньому класі.",
            "Фото авторки",
            "Підпишіться на розсилку, щоб отримувати нові",
            "Яка гарна ідея! У нашому селі школа теж стоїть",
        ],
    },
    "vi-portal": {
        "must": ["Trạm sạc đặt tại bến cuối", "Ông Trần Văn Lợi, một người dân làm"],
        "must_not": [
            "Thành phố sẽ thay toàn bộ xe buýt chạy dầu bằng",
            "Cầu mới qua sông sẽ thông xe vào cuối năm nay",
            "Khu vui chơi dự kiến mở cửa đón khách vào dịp",
            "Đọc nhiều nhất",
            "Giá vàng hôm nay tiếp tục tăng",
            "Vui lòng đăng nhập để gửi bình luận.",
            "© Bản quyền thuộc về Tin Miền Tây. Ghi rõ nguồn",
            "Chúng tôi sử dụng cookie để cải thiện trải",
            "Xe buýt điện chạy thử trên tuyến mới.",
            "Ảnh: Minh Tuấn",
            "Đăng ký nhận bản tin để không bỏ lỡ những tin",
        ],
    },
    "zh-portal": {
        "must": ["沿线设施逐步完善", "园林局同时提醒，绿道内禁止电动车和摩托车"],
        "must_not": [
            "临江市今年将新建二十座口袋公园，多数位于老城区",
            "老码头改造成文化街区，周末游客超过三万人次",
            "观鸟爱好者在岛上记录到了四十多种水鸟，其中包括多只白鹭。",
            "热门推荐",
            "地铁五号线延长线开始试运行",
            "登录后才能发表评论，请文明上网，理性发言。",
            "Copyright © 2026 江畔网 版权所有",
            "本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。",
            "滨江绿道南段的木栈道。",
            "图片来源：临江市园林局",
            "订阅我们的每日早报，第一时间获取本地新闻。",
        ],
    },
}


test_html_page, test_rendered_dump = probe_set_tests(PAGES, FLOORS, CASES, dumps="rendered")


THAI_DUMP = "\n".join([
    "หน้าแรก", "ข่าว", "กีฬา", "",
    "โรงเรียนในหมู่บ้านเปิดห้องสมุดใหม่", "",
    "โดย วิภา แสงทอง 2 ก.พ. 2569 09:15 น.", "",
    "โรงเรียนประจำหมู่บ้านเปิดห้องสมุดแห่งใหม่ให้นักเรียนและชาวบ้านใช้งานได้ฟรีทุกวัน"
    "หลังจากปรับปรุงอาคารเก่าที่ไม่ได้ใช้มานานกว่าห้าปี", "",
    "อ่านเพิ่มเติม: ชาวบ้านร่วมกันบริจาคหนังสือกว่าสามพันเล่มให้โรงเรียน", "",
    "ห้องสมุดมีหนังสือสำหรับเด็กและผู้ใหญ่ มีมุมอ่านหนังสือที่เงียบสงบ", "",
    "ครูใหญ่กล่าวว่าอยากให้ห้องสมุดเป็นที่พบปะของคนในชุมชนทุกวัย "
    "ไม่ใช่เฉพาะนักเรียนเท่านั้น และจะเปิดให้บริการจนถึงหนึ่งทุ่มในวันธรรมดา", "",
    "ข่าวที่เกี่ยวข้อง", "", "เทศบาลปรับปรุงถนนหน้าโรงเรียน", "",
    "© 2569 ข่าวชุมชน สงวนลิขสิทธิ์",
])  # fmt: skip


def test_thai_dump_lines_count_their_words_without_spaces(tmp_path):
    """Thai writes no spaces between words and no full stops: a line's words are counted by
    its letters (about four a word), so that a paragraph of Thai is body text; a "read also"
    link whose headline has no spaces is still a link, and a Thai dateline is chrome."""
    dump = tmp_path / "thai.txt"
    dump.write_text(THAI_DUMP, "utf-8")
    text = "\n\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "ห้องสมุดมีหนังสือสำหรับเด็กและผู้ใหญ่" in text
    assert "ครูใหญ่กล่าวว่าอยากให้ห้องสมุด" in text
    for chrome in ("อ่านเพิ่มเติม", "2 ก.พ. 2569", "เทศบาลปรับปรุงถนน", "สงวนลิขสิทธิ์"):
        assert chrome not in text, chrome


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Jana Procházková 14. dubna 2026 8:15", "2026-04-14T08:15"),
        ("Publicat: 9 mai 2026, 09:20", "2026-05-09T09:20"),
        ("Ενημέρωση: 22 Απριλίου 2026, 10:30", "2026-04-22T10:30"),
        ("Frissítve: 2026. június 6. 14:20", "2026-06-06T14:20"),
        ("Opdateret 3. marts 2026", "2026-03-03"),
        ("2026年5月21日 07時10分 更新", "2026-05-21T07:10"),
        ("สมชาย ใจดี 15 มี.ค. 2569 10:30 น.", "2026-03-15T10:30"),
    ],
)
def test_dates_of_more_languages(text, iso):
    """Czech, Romanian, Greek, Danish and Thai month names, the Hungarian order (year,
    month, day), a Japanese time with its minutes' sign and a Thai year of the Buddhist Era
    (2569 is 2026) are read as dates."""
    from tts_pipeline.extract.dates import find_date

    found = find_date(text)
    assert found is not None and found.iso == iso


CREDITED_CAPTIONS = "\n".join([
    "होम", "देश", "राज्य", "शहर", "खेल", "मनोरंजन", "लॉगिन", "",
    "नया पुल खुला", "", "संवाददाता", "",
    "शहर में नदी पर बना नया पुल आज से आम लोगों के लिए खोल दिया गया है और अब दोनों किनारों "
    "के बीच की दूरी सिर्फ दस मिनट में तय हो सकेगी।", "",
    "पुल पर पैदल चलने वालों और साइकिल के लिए अलग रास्ता बनाया गया है, जिससे सुबह और शाम "
    "के समय भीड़ कम होने की उम्मीद है।", "",
    "पुल के उद्घाटन के समय मौजूद लोग। फोटो: संवाददाता", "",
    "नगर निगम ने बताया कि पुल पर रात में रोशनी की पूरी व्यवस्था की गई है और हर घंटे "
    "सुरक्षाकर्मी गश्त करेंगे।", "",
    "अधिकारियों के अनुसार पुल बनाने में दो साल लगे और इस पर करीब सौ करोड़ रुपये खर्च हुए, "
    "जो पहले के अनुमान से कुछ कम है।", "",
    "शेयर करें", "", "संबंधित खबरें", "", "शहर में नई बस सेवा शुरू", "", "बारिश का अलर्ट जारी", "",
    "हमारे बारे में", "संपर्क करें", "© 2026 नगर समाचार. सर्वाधिकार सुरक्षित।",
])  # fmt: skip


def test_caption_ending_in_a_credit_after_a_hindi_full_stop(tmp_path):
    """A caption that ends in its labelled credit after the Hindi full stop ("।") is a
    caption, left out of the story, as one after a Latin full stop is."""
    dump = tmp_path / "hindi.txt"
    dump.write_text(CREDITED_CAPTIONS, "utf-8")
    text = "\n\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "नगर निगम ने बताया" in text
    assert "फोटो: संवाददाता" not in text


SHARE_BAR = "\n".join([
    "Zprávy", "Domácí", "Sport", "Kultura", "Přihlásit se", "",
    "Úvod › Domácí", "",
    "Městská knihovna prodlouží otevírací dobu, o víkendu bude otevřeno do osmi", "",
    "Petr Svoboda 2. března 2026 9:40 Aktualizováno 2. března 2026 12:05",
    "Sdílet Facebook X WhatsApp Kopírovat odkaz", "",
    "Studovna v prvním patře knihovny. Foto: Jan Novák", "",
    "Knihovna v centru města bude od dubna otevřená i v sobotu a v neděli. Radní to schválili "
    "na středečním jednání, kdy zároveň uvolnili peníze na dva nové knihovníky.", "",
    "Podle ředitelky knihovny se o delší otevírací dobu zajímali hlavně studenti, kteří se "
    "o víkendech připravují na zkoušky a doma nemají klid.", "",
    "Knihovna chce v létě otevřít také čítárnu na zahradě, kde bude možné číst pod stromy.", "",
    "Související články", "", "Radnice opraví chodníky v centru", "",
    "© 2026 Zprávy města. Všechna práva vyhrazena.",
])  # fmt: skip


def test_share_bar_in_any_language_is_chrome(tmp_path):
    """A share bar (a label in the page's language, three networks or more in a row, a
    "copy link") is chrome, whatever its label's language."""
    dump = tmp_path / "share.txt"
    dump.write_text(SHARE_BAR, "utf-8")
    text = "\n\n".join(extract_article(read_source(str(dump))).paragraphs)
    assert "Knihovna v centru města" in text
    assert "WhatsApp" not in text


@pytest.mark.parametrize(
    "text",
    ["för 2 timmar sedan", "před 3 hodinami", "acum 2 ore", "5 órája", "πριν από 2 ώρες",
     "2小时前", "3時間前", "2 giờ trước", "לפני 2 שעות", "2 ชั่วโมงที่แล้ว", "2 tuntia sitten",
     "3 години тому", "2 घंटे पहले", "منذ 3 ساعات", "for 2 timer siden"],
)  # fmt: skip
def test_relative_times_of_more_languages(text):
    """A post's or a comment's time stamp ("2 hours ago") in Swedish, Czech, Romanian,
    Hungarian, Greek, Chinese, Japanese, Vietnamese, Hebrew, Thai, Finnish, Ukrainian,
    Hindi, Arabic and Danish reads as a dateline."""
    from tts_pipeline.extract.dates import is_relative_time

    assert is_relative_time(text)


@pytest.mark.parametrize(
    "text",
    ["地域のニュース", "その他の記事", "Gündemden Diğer Haberler", "Περισσότερα από Τοπικά",
     "Relaterade inlägg", "Схожі записи", "עוד חדשות"],
)  # fmt: skip
def test_boxes_of_other_news(text):
    """A box of a section's other news ("Other news from Politics") or of a blog's related
    posts opens a box."""
    from tts_pipeline.extract.linefeatures import Kind
    from tts_pipeline.extract.lines import describe

    assert describe(text).kind is Kind.BOX


@pytest.mark.parametrize("text", ["Фото авторки", "Фото автора"])
def test_photo_by_the_author_is_a_caption(text):
    """A blog's "photo by the author" (Ukrainian, Russian) is a photo credit."""
    from tts_pipeline.extract.linefeatures import Kind
    from tts_pipeline.extract.lines import describe

    assert describe(text).kind is Kind.CAPTION
