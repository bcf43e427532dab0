"""Review of round 7's rules: story sentences that its new patterns took for chrome."""

from __future__ import annotations

import pytest
from dump_pages import sentence

from tts_pipeline.extract.language import main_language
from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n, "the mill fire") for n in range(3)]


def _story(paragraph: str) -> list[str]:
    """The paragraphs a dump cleaner reads of a page with ``paragraph`` amid its story."""
    page = "Fire at the old mill\n\n12 May 2021\n\n" + "\n\n".join(STORY[:2])
    page += f"\n\n{paragraph}\n\n{STORY[2]}\n\nRelated articles\n\nOld pier reopens\n"
    return list(extract_text(page).paragraphs)


def test_a_paragraph_ending_in_a_sentence_on_photos_by_someone_is_story():
    paragraph = "Crews worked until dawn. Photos by residents were shared widely online."
    assert paragraph in _story(paragraph)


def test_a_caption_ending_in_its_courtesy_credit_is_still_a_caption():
    line = describe("A warden at the viewing fence. Image courtesy of the Island Trust")
    assert line.kind is Kind.CAPTION


def test_more_than_a_count_of_stories_is_no_box_heading():
    assert describe("More than 300 stories").kind is not Kind.BOX
    assert describe("More Local News").kind is Kind.BOX


@pytest.mark.parametrize(
    "text",
    [
        "Categoriile sociale cele mai afectate sunt pensionarii.",  # ro
        "Subiectele de la bacalaureat au fost publicate azi.",  # ro
        "Témák, amelyekről a kormány nem beszél.",  # hu
        "Emner som klima fylder meget i valgkampen.",  # da
        "נושאים רבים עלו בדיון בכנסת אתמול.",  # he: "many topics came up in the debate"
    ],
)
def test_a_sentence_opening_with_a_tag_label_word_is_body(text):
    assert describe(text).kind is Kind.BODY


@pytest.mark.parametrize(
    "text", ["Etichete: vreme, Cluj", "Témák: időjárás, Budapest", "תגיות: מזג אוויר", "Emner"]
)
def test_a_labelled_tag_line_is_still_a_box(text):
    assert describe(text).kind is Kind.BOX


def test_a_hebrew_sentence_opening_with_published_is_body():
    # "A report was published today showing that 40 percent of the residents left the town."
    assert describe("פורסם היום דוח שמראה כי 40 אחוז מהתושבים עזבו את העיר.").kind is Kind.BODY
    assert describe("פורסם: 18.05.2026, 09:40").kind is Kind.DATE
    assert describe("עודכן ב-18.05.2026 בשעה 14:15").kind is Kind.DATE


@pytest.mark.parametrize(
    "text",
    [
        # "On 15 March 2569 the prime minister announced new measures to help farmers..."
        "วันที่ 15 มีนาคม 2569 นายกรัฐมนตรีได้ประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับ"
        "ผลกระทบจากภัยแล้งในภาคอีสาน",
        # "Spreading false news on social media may carry up to 5 years in jail..."
        "เผยแพร่ข้อมูลเท็จในโซเชียลมีเดียอาจมีโทษจำคุกสูงสุด 5 ปี ตามกฎหมายใหม่ที่ประกาศใช้เมื่อปีที่แล้ว",
    ],
)
def test_a_thai_paragraph_opening_with_date_or_publish_is_body(text):
    assert describe(text).kind is Kind.BODY


@pytest.mark.parametrize(
    "text",
    [
        "หมวดหมู่สินค้าที่ได้รับผลกระทบมากที่สุดคือสินค้าเกษตร",  # "the category of goods hit hardest..."
        "แสดงความคิดเห็นผ่านสื่อสังคมออนไลน์ว่ารัฐบาลควรเร่งแก้ปัญหาน้ำท่วม",  # "commented online that..."
    ],
)
def test_a_thai_sentence_opening_with_category_or_comment_is_no_box_nor_end(text):
    assert describe(text).kind not in (Kind.BOX, Kind.END)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("อัปเดต 14:20 น.", Kind.CHROME),
        ("หมวดหมู่: การเมือง", Kind.BOX),
        ("แสดงความคิดเห็น", Kind.END),
        ("แสดงความคิดเห็นผ่าน Facebook", Kind.END),
    ],
)
def test_thai_labels_still_read_as_chrome(text, kind):
    assert describe(text).kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "Populární je hlavně mezi mladými.",  # cs: "it is popular mostly with the young"
        "Doporučujeme nosit roušky v MHD.",  # cs: "we recommend masks on public transport"
        "Poslední zprávy z fronty hovoří o velkých ztrátách.",  # cs: "the latest reports..."
        "Vše o tom rozhodne soud.",  # cs: "the court will decide all of it"
        "Populare sunt și excursiile la munte.",  # ro: "trips to the mountains are popular too"
        "Recomandări pentru turiști: apă.",  # ro: "advice for tourists: water"
        "Népszerű lett az új tévéműsor.",  # hu: "the new TV show became popular"
        "כתבות נוספות על הפרשה יתפרסמו מחר.",  # he: "more articles on the affair tomorrow"
    ],
)
def test_a_sentence_opening_with_a_box_headings_words_is_body(text):
    assert describe(text).kind is Kind.BODY


@pytest.mark.parametrize(
    "text",
    ["Populární dnes", "Poslední zprávy z regionu", "Vše o volbách", "Cele mai citite"],
)
def test_a_box_heading_without_a_full_stop_is_still_a_box(text):
    assert describe(text).kind is Kind.BOX


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Burgemeester van Amsterdam bezoekt haven van Rotterdam", "nl"),
        ("Hon har bott med sin familj i Malmö sedan förra våren", "sv"),
    ],
)
def test_a_new_languages_common_words_leave_the_others_theirs(text, code):
    assert main_language(text) == code


@pytest.mark.parametrize("text", ["İzmir'den Diğer Haberler", "İzmir’den Diğer Haberler"])
def test_a_turkish_box_of_a_places_other_news_after_an_apostrophe(text):
    # Turkish sets a suffix off a proper name with an apostrophe: "from İzmir, other news"
    assert describe(text).kind is Kind.BOX


@pytest.mark.parametrize(
    "text",
    [
        "Περισσότερα από 300 άτομα τραυματίστηκαν.",  # "more than 300 people were injured"
        "Περισσότερα από τα μισά σπίτια κάηκαν.",  # "more than half the houses burned"
    ],
)
def test_a_greek_sentence_on_more_than_a_count_is_no_box_heading(text):
    assert describe(text).kind is not Kind.BOX
    assert describe("Περισσότερα από Τοπικά").kind is Kind.BOX  # "more from Local"


@pytest.mark.parametrize(
    "text",
    [
        # "On Children's Day, thousands of children got presents from the town hall."
        "De Ziua Copilului, mii de copii au primit cadouri de la primărie.",
        "De Crăciun, mulți români pleacă acasă.",  # "At Christmas, many Romanians go home."
    ],
)
def test_a_romanian_sentence_opening_with_de_and_a_feast_is_no_byline(text):
    assert describe(text).kind is Kind.BODY
    assert describe("Scris de Ion Popescu").kind is Kind.BYLINE


def test_a_sentence_opening_with_a_blog_box_or_follow_prompts_words_is_no_chrome():
    # uk: "Similar posts had appeared online before."
    assert describe("Схожі записи з’являлися в мережі й раніше.").kind is Kind.BODY
    assert describe("Схожі записи").kind is Kind.BOX
    # th: "Follow the news from the Meteorological Department closely."
    assert describe("ติดตามข่าวสารจากกรมอุตุนิยมวิทยาอย่างใกล้ชิด").kind is not Kind.CHROME
    assert describe("ติดตามข่าวสารได้ที่ Facebook").kind is Kind.CHROME
