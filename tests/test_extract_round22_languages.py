"""Chrome and box words of round 22 found on the non-English probe pages
(tests/pages/probe_unseen22m/): each line shape tested on an invented line, with an
invented story sentence using the same words that must stay body text."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe

CHROME_LINES = [
    # an inline "read also" label glued to or spaced from the teaser's headline
    ("ja", "あわせて読みたい 市バスの路線、来月から再編"),
    ("ko", "함께 볼 기사 시내버스 노선 다음 달부터 개편"),
    ("ko", "함께 볼 기사시내버스 노선 다음 달부터 개편"),
    # a newsletter box's sentence
    ("cs", "To nejdůležitější z domova každý večer do vaší e-mailové schránky."),
    ("tr", "Günün öne çıkan haberleri her akşam e-posta kutunuzda."),
    ("zh", "每天早上七点，把当天要闻发送到您的邮箱。"),
]

BOX_LINES = [
    ("ko", "이 분야 다른 뉴스"),
    ("vi", "Bài viết liên quan"),
]

END_LINES = [
    ("vi", "Về tác giả"),
]

STORY_LINES = [
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


@pytest.mark.parametrize(("lang", "line"), CHROME_LINES)
def test_chrome_line(lang, line):
    assert describe(line).kind is Kind.CHROME, lang


@pytest.mark.parametrize(("lang", "line"), BOX_LINES)
def test_box_line(lang, line):
    assert describe(line).kind is Kind.BOX, lang


@pytest.mark.parametrize(("lang", "line"), END_LINES)
def test_end_line(lang, line):
    assert describe(line).kind is Kind.END, lang


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_sentence_with_the_same_words(line):
    assert describe(line).kind is Kind.BODY
