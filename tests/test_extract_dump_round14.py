"""Text dumps of round 14: leftovers of the dump cleaner that the HTML reading of the same
pages gets right (a Chinese story's close signed in full-width brackets). Each test writes
an invented page and checks what is kept and what is dropped."""

from __future__ import annotations

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source


def _body(tmp_path, name: str, text: str) -> str:
    dump = tmp_path / name
    dump.write_text(text, "utf-8")
    return "\n".join(extract_article(read_source(str(dump))).paragraphs)


CHINESE = "\n".join([
    "新城日报", "首页", "要闻", "社会", "体育", "",
    "城南新桥通车 市民出行更方便", "",
    "2020年03月03日 08:30 来源：新城日报", "",
    "三月二日上午，城南新桥正式通车。这座大桥全长一千二百米，连接城南与老城区，是今年全市重点工程之一。",
    "",
    "据介绍，大桥建设历时两年，共有三百多名工人参与施工。通车后，市民从城南到老城区的时间将缩短二十分钟。",
    "",
    "不少市民一早就来到桥上散步、拍照。家住城南的李女士说，以前上班要绕很远的路，现在方便多了。",
    "",
    "新桥通车只是开始，更好的城市还要靠大家一起建设！（记者 王一 陈二）",
    "",
    "相关新闻", "纠错", "关注我们",
])  # fmt: skip


def test_chinese_close_signed_in_full_width_brackets_is_kept(tmp_path):
    """A Chinese story's last sentence, then its reporters' names in full-width brackets: a
    signed close, kept like "... (dpa)"."""
    text = _body(tmp_path, "bridge.txt", CHINESE)
    assert "更好的城市还要靠大家一起建设！（记者 王一 陈二）" in text
    assert "纠错" not in text
    assert "相关新闻" not in text


def test_short_credit_in_full_width_brackets_needs_a_sentence_end_before_it(tmp_path):
    """Full-width brackets after a line that ends no sentence (a menu item, a teaser's title
    with its count) give no signed close: the line stays chrome."""
    page = CHINESE.replace("相关新闻", "更多新闻推荐（十二）")
    text = _body(tmp_path, "bridge.txt", page)
    assert "更多新闻推荐" not in text
    assert text.endswith("更好的城市还要靠大家一起建设！（记者 王一 陈二）")
