"""Chrome and box words of round 22 found on the non-English probe pages
(tests/pages/probe_unseen22m/): each line shape tested on an invented line, with an
invented story sentence using the same words that must stay body text."""

from __future__ import annotations

import pytest

from tests.story_cases import cleaned_text, line_kind_tests
from tts_pipeline.extract.linefeatures import Kind

CHROME_LINES = [
    # a row of share buttons glued together
    ("ja", "FacebookでシェアツイートLINEで送る"),
    ("ja", "XでポストはてなブックマークLINEで送る"),
    # an inline "read also" label glued to or spaced from the teaser's headline
    ("ja", "あわせて読みたい 市バスの路線、来月から再編"),
    ("ko", "함께 볼 기사 시내버스 노선 다음 달부터 개편"),
    ("ko", "함께 볼 기사시내버스 노선 다음 달부터 개편"),
    # a newsletter box's sentence
    ("cs", "To nejdůležitější z domova každý večer do vaší e-mailové schránky."),
    ("tr", "Günün öne çıkan haberleri her akşam e-posta kutunuzda."),
    ("zh", "每天早上七点，把当天要闻发送到您的邮箱。"),
]

CAPTION_LINES = [
    # a Japanese newspaper's caption: what the photo shows "＝" the day and the place
    ("ja", "新しい駅舎の前で記念撮影する町民ら＝5日、岐阜県内"),
    ("ja", "雪の中を運行する一番列車＝12日午前、北海道旭川市"),
]

BOX_LINES = [
    ("ko", "이 분야 다른 뉴스"),
    ("vi", "Bài viết liên quan"),
]

END_LINES = [
    ("vi", "Về tác giả"),
]

STORY_LINES = [
    "市は円＝ドル相場の急変を受けて、5日、地元企業向けの相談窓口を設けた。",
    "LINEで送る写真の数が増えたため、町は広報の方法を見直すことにした。",
    "あわせて読みたい本を、図書館の職員が毎月十冊ずつ選んで展示している。",
    "함께 볼 기사를 고르는 일은 편집자들이 매일 아침 회의에서 가장 오래 논의하는 일이다.",
    "Úřad podle mluvčího odeslal výzvu do vaší e-mailové schránky už v pondělí, "
    "ale mnoho lidí ji přehlédlo.",
    "Şirket, dolandırıcıların e-posta kutunuzda bekleyen sahte faturalarla para "
    "istediği konusunda uyardı.",
    "警方提醒，不要点击发送到您的邮箱中的陌生链接，以免个人信息被盗。",
    "Các bài viết liên quan đến dự án đã được tòa soạn gỡ xuống sau khi có khiếu nại "
    "của người dân.",
    "Về tác giả của bức tranh, các nhà nghiên cứu vẫn chưa thống nhất được ý kiến sau nhiều năm.",
]


LINES_OF_KIND = [
    *((Kind.CHROME, lang, line) for lang, line in CHROME_LINES),
    *((Kind.CAPTION, lang, line) for lang, line in CAPTION_LINES),
    *((Kind.BOX, lang, line) for lang, line in BOX_LINES),
    *((Kind.END, lang, line) for lang, line in END_LINES),
]


test_line_is_of_its_kind, test_story_sentence_with_the_same_words = line_kind_tests(
    LINES_OF_KIND, STORY_LINES
)


CASELESS_LIST_DUMPS = {
    "zh": [
        "城南区图书馆下月起延长开放时间",
        "",
        "城南区图书馆从下个月一日起延长开放时间，周一至周五晚上开放到九点半。这是该馆开馆以来第一次在工作日晚间开放。",
        "",
        "馆长介绍，去年读者调查中，超过六成的受访者希望图书馆晚上也能开门，尤其是上班族和中学生。",
        "",
        "为了配合新的开放时间，图书馆新招了六名工作人员，还在门口增加了路灯和监控设备，方便读者晚上回家。",
        "",
        "延长开放的安排",
        "",
        "一楼借还书大厅和自习室开放到晚上九点半",
        "二楼少儿阅览室周末开放到晚上七点",
        "三楼报刊阅览室的开放时间保持不变",
        "图书馆表示，将根据晚间的读者人数调整值班人员，并在三个月后评估效果。读者可以通过图书馆的公众号或服务台提出意见。",
        "",
        "相关新闻",
        "城南区新增两座口袋公园",
        "",
    ],
    "hi": [
        "शहर के पुस्तकालय अब रात नौ बजे तक खुलेंगे",
        "",
        "नगर निगम ने शहर के तीन सार्वजनिक पुस्तकालयों का समय बढ़ाने का फैसला किया है। "
        "अगले महीने से ये पुस्तकालय रात नौ बजे तक खुले रहेंगे।",
        "",
        "निगम के अधिकारियों ने बताया कि छात्रों और नौकरीपेशा लोगों ने लंबे समय से इसकी मांग की थी। "
        "शाम को पढ़ने के लिए शहर में शांत जगह कम है।",
        "",
        "इसके लिए हर पुस्तकालय में दो नए कर्मचारी रखे जाएंगे और पढ़ने वाले कमरों में रोशनी की व्यवस्था सुधारी जाएगी।",
        "",
        "नए समय की मुख्य बातें",
        "",
        "सोमवार से शुक्रवार तक पुस्तकालय सुबह दस बजे खुलेंगे",
        "शनिवार को वाचनालय शाम छह बजे तक खुला रहेगा",
        "रविवार और सरकारी छुट्टी के दिन पुस्तकालय बंद रहेंगे",
        "निगम तीन महीने बाद पाठकों की संख्या देखकर समय में फिर से बदलाव पर विचार करेगा। "
        "पाठक अपने सुझाव पुस्तकालय के काउंटर पर या निगम की वेबसाइट पर दे सकते हैं।",
        "",
        "संबंधित खबरें",
        "शहर में दो नए पार्क बनेंगे",
        "",
    ],
}


@pytest.mark.parametrize("lang", CASELESS_LIST_DUMPS)
def test_list_between_paragraphs_in_a_script_without_case(tmp_path, lang):
    """A heading and a list right above a paragraph of a story in a script without case
    (no lower-case words tell its items from headlines, and a CJK character counts half a
    word) are the story's."""
    dump = CASELESS_LIST_DUMPS[lang]
    text = cleaned_text(tmp_path, "\n".join(dump))
    for line in dump[8:13]:
        assert not line or line in text
    assert dump[13] in text
    assert dump[16] not in text


AD_UNDER_HEADING_DUMP = [
    "Primăria extinde programul bibliotecii orășenești",
    "",
    "Biblioteca orășenească va fi deschisă de luna viitoare până la ora 21, de luni până "
    "vineri. Decizia a fost luată după ce sute de elevi și studenți au cerut un loc liniștit "
    "pentru învățat seara.",
    "",
    "Primarul a spus că angajarea a doi bibliotecari noi va costa orașul aproximativ 80.000 "
    "de lei pe an, bani prevăzuți deja în bugetul pentru cultură.",
    "",
    "Sala de lectură, renovată",
    "",
    "Publicitate",
    "",
    "Până la sfârșitul lunii, sala de lectură de la etaj primește mese noi, prize pentru "
    "laptopuri și o iluminare mai bună. Lucrările se fac fără închiderea bibliotecii.",
    "",
    "Cititorii își pot spune părerea despre noul program la ghișeul de la intrare sau pe "
    "pagina de internet a primăriei.",
    "",
]


def test_heading_over_an_ad_label_set_apart_by_blank_lines(tmp_path):
    """A subheading with an ad's label under it, each set apart by blank lines (a dump
    made from the markup keeps the blank lines a browser's copy drops), is the story's."""
    text = cleaned_text(tmp_path, "\n".join(AD_UNDER_HEADING_DUMP))
    assert "Sala de lectură, renovată" in text
    assert "Publicitate" not in text
    assert "Până la sfârșitul lunii, sala de lectură" in text
