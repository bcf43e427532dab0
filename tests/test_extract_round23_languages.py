"""Chrome and box words of round 23 found on the non-English probe pages
(tests/pages/probe_unseen23m/): each line shape tested on an invented line, with an
invented story sentence using the same words that must stay body text."""

from __future__ import annotations

import pytest

from tests.story_cases import cleaned_text, line_kind_tests
from tts_pipeline.extract.language import guess_languages
from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe

CHROME_LINES = [
    # Persian: a news code, reading time, "follow us on ...", a share row, "report an error"
    ("fa", "کد خبر: ۸۲۴۵۱۳"),
    ("fa", "زمان مطالعه: ۳ دقیقه"),
    ("fa", "ما را در اینستاگرام دنبال کنید"),
    ("fa", "اشتراک‌گذاری در فیسبوک"),
    ("fa", "گزارش خطا"),
    # Persian: a newsletter box's and an app strip's sentence
    ("fa", "خبرهای مهم هر هفته را در ایمیل خود دریافت کنید."),
    ("fa", "اپلیکیشن ما را دانلود کنید و همه خبرها را بخوانید."),
    # a button to listen to the story, a link to report an error in it
    ("it", "Ascolta questo articolo"),
    ("it", "Segnala un errore"),
    ("ru", "Слушать новость"),
    ("ru", "Сообщить об ошибке"),
    ("es", "Escuchar la noticia"),
    ("es", "Reportar error"),
    ("fr", "Écouter l’article"),
    ("fr", "Signaler une erreur"),
    ("pl", "Odsłuchaj artykuł"),
    ("pl", "Zgłoś błąd"),
    ("pl", "Obserwuj nas na Facebooku"),
    ("nl", "Beluister dit artikel"),
    ("nl", "Fout gezien? Meld het"),
    ("he", "דווח על שגיאה"),
    ("th", "แจ้งข้อผิดพลาด"),
    ("el", "Αναφορά σφάλματος"),
    ("sv", "Rapportera ett fel"),
    ("hu", "Hallgasd meg a cikket"),
    ("hu", "Hibát találtál? Jelezd nekünk!"),
    # Thai: an inline "read related news" label and the teaser's headline
    ("th", "อ่านข่าวที่เกี่ยวข้อง: รถไฟฟ้าสายใหม่เปิดทดลองวิ่งฟรีหนึ่งเดือน"),
]

BOX_LINES = [
    ("fa", "بیشتر بخوانید"),
    ("fa", "مطالب مرتبط"),
    ("fa", "پربازدیدترین‌ها"),
    ("fa", "عضویت در خبرنامه"),
    ("th", "อ่านบทความที่เกี่ยวข้อง"),
]

END_LINES = [
    ("fa", "نظرات کاربران"),
    ("fa", "تمامی حقوق این وب‌سایت محفوظ است."),
]

STORY_LINES = [
    "پلیس از مردم خواست اخبار نادرست درباره این حادثه را دنبال نکنند "
    "و فقط به اطلاعیه‌های رسمی توجه کنند.",
    "شهرداری اعلام کرد که شهروندان می‌توانند قبض خود را از طریق ایمیل دریافت کنند "
    "و نیازی به مراجعه حضوری نیست.",
    "مدیر مدرسه گفت که دانش‌آموزان بیشتر بخوانید را شعار امسال کتابخانه انتخاب کرده‌اند.",
    "ผู้ปกครองควรอ่านข่าวที่เกี่ยวข้องกับโรงเรียนของบุตรหลานอย่างสม่ำเสมอ เพื่อไม่ให้พลาดประกาศสำคัญ",
]

STORY_LINES += [
    "Il sindaco ha chiesto ai cittadini di segnalare un errore nei dati entro la fine del mese.",
    "Пользователи могут сообщить об ошибке в работе приложения через службу поддержки банка.",
    "Los vecinos pidieron escuchar la noticia de boca del alcalde y no por las redes sociales.",
    "Les parents peuvent signaler une erreur dans le dossier d'inscription jusqu'au 15 mars.",
    "Mieszkańcy mogą zgłoś błąd w rozkładzie jazdy — taki napis pojawi się na każdym przystanku.",
    "Wie een fout ziet in de nieuwe dienstregeling, kan dat melden bij het klantenservicecentrum.",
    "Ha hibát találtál a számládon, jelezd az ügyfélszolgálatnak legkésőbb a hónap végéig.",
    "Η εταιρεία ζήτησε από τους πελάτες να κάνουν αναφορά σφάλματος μέσω της εφαρμογής της.",
    "Kunderna kan rapportera fel i fakturan direkt i appen, enligt bolagets presstalesperson.",
]

THAI_SENTENCES = [
    "เทศบาลจะเปิดลานจอดรถแห่งใหม่ในเดือนหน้า ผู้ขับขี่จอดรถได้ฟรีสองชั่วโมงแรก",
    "ส่วนอาคารเรียนหลังเก่า โรงเรียนจะปรับปรุงเป็นห้องสมุดของชุมชน",
]

THAI_HEADLINES = [
    "รถไฟฟ้าสายสีเหลือง เปิดให้บริการฟรีหนึ่งเดือน",
    "ผู้ว่าฯ เร่งแก้ปัญหาน้ำท่วมขังย่านตลาดเก่ากลางเมืองเชียงใหม่",
]

LINES_OF_KIND = [
    *((Kind.CHROME, lang, line) for lang, line in CHROME_LINES),
    *((Kind.BOX, lang, line) for lang, line in BOX_LINES),
    *((Kind.END, lang, line) for lang, line in END_LINES),
]


test_line_is_of_its_kind, test_story_sentence_with_the_same_words = line_kind_tests(
    LINES_OF_KIND, STORY_LINES
)


@pytest.mark.parametrize("line", THAI_SENTENCES)
def test_thai_sentence_of_two_clauses_is_body(line):
    """A Thai paragraph of two clauses set apart by a space, shorter than the length that
    makes any line body text, is running text: Thai ends no sentence with a mark."""
    assert describe(line).kind is Kind.BODY


@pytest.mark.parametrize("line", THAI_HEADLINES)
def test_thai_headline_is_no_sentence(line):
    """A Thai headline, one clause or two short ones, is no body line: only a line as long
    as a paragraph's sentence reads as one (Thai has no full stop)."""
    assert describe(line).kind is not Kind.BODY


def test_persian_page_gets_persian_chrome_words():
    """A page in Persian (Arabic script with the letters Persian adds) gets the Persian
    chrome words as well as the Arabic ones; an Arabic page does not."""
    persian = "شهرداری تهران گفت که ساخت این پل تا پایان سال به پایان می‌رسد و هزینه آن کم است."
    arabic = "قالت البلدية إن بناء الجسر سينتهي في نهاية العام وإن تكلفته ستكون منخفضة."
    assert "fa" in guess_languages(persian * 3)
    assert "fa" not in guess_languages(arabic * 3)


CAPTION_OVER_STORY_DUMP = [
    "Egyre többen járnak biciklivel a belvárosba",
    "Írta: Kiss Péter",
    "2023. május 12.",
    "Olvasási idő: 3 perc Hallgasd meg a cikket",
    "",
    "Kerékpárosok a hídon reggel. Fotó: Szabó Anna",
    "A városban tavaly óta közel harmadával nőtt a kerékpárral munkába járók száma, "
    "derül ki az önkormányzat friss felméréséből.",
    "",
    "A legtöbben a belvárosi hidakon kelnek át, ahol tavasszal új, elválasztott "
    "kerékpársávokat festettek fel.",
    "",
    "Az önkormányzat jövőre további húsz kilométer kerékpárutat tervez építeni a külső "
    "kerületekben.",
    "",
    "Hozzászólások",
]


def test_credited_caption_is_no_summary_point(tmp_path):
    """A photo caption ending with its labelled credit ("... Fotó: <name>") right above the
    story is no summary point of it: the caption and the line of widgets above it stay out,
    and so does the dateline."""
    text = cleaned_text(tmp_path, "\n".join(CAPTION_OVER_STORY_DUMP))
    assert "A városban tavaly óta" in text
    assert "Fotó: Szabó Anna" not in text
    assert "Olvasási idő" not in text
    assert "2023. május 12." not in text
