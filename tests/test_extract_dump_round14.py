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


SHOP_ARTICLE = "\n".join([
    "Weinkontor Nord", "Startseite", "Weine", "Regionen", "Warenkorb", "",
    "Die Weinregion an der Mosel", "",
    "Die Mosel ist eines der ältesten Weinbaugebiete Deutschlands, und an ihren steilen "
    "Hängen wachsen vor allem Rieslinge, die für ihre feine Säure bekannt sind.", "",
    "Für die Lagen an der Mosel gibt es strenge Regeln, nach denen die Trauben von Hand "
    "gelesen werden müssen, weil keine Maschine die steilen Hänge befahren kann.", "",
    "Viele Winzer bauen ihre Weine trocken aus, doch die süßen Spätlesen der Region sind "
    "bis heute in aller Welt gefragt und werden gern zu würzigen Speisen getrunken.", "",
    "Weine aus der Region", "Riesling trocken, 0,75 l", "Spätlese, 0,75 l", "",
    "Impressum | Datenschutzerklärung | Kontakt - Ein Shop von Weinkontor Nord", "",
    "Schließen [X]", "",
    "Versand und Lieferung", "",
    "Unsere Pakete verschicken wir mit einem Paketdienst, und die Lieferung dauert in der "
    "Regel zwei bis drei Werktage innerhalb Deutschlands, bei größeren Mengen etwas länger.",
    "Bei Bestellungen ab zwölf Flaschen liefern wir versandkostenfrei an jede Adresse "
    "in Deutschland, auch an eine Packstation oder eine Filiale der Post in Ihrer Nähe.",
    "Wenn Sie Ihre Bestellung im Laden abholen möchten, geben Sie das bitte bei der "
    "Bestellung an, dann legen wir die Flaschen für Sie an der Kasse bereit.",
    "Für Lieferungen in andere Länder schreiben Sie uns bitte eine kurze Nachricht.", "",
    "×Schließen",
])  # fmt: skip


def test_a_footer_row_with_the_legal_notice_ends_the_story(tmp_path):
    """A row of links with the site's legal notice ("Impressum | Datenschutzerklärung")
    is the footer: what a dump copies below it (a shop's dialog about shipping) is no
    story, even when it weighs more than the story above."""
    text = _body(tmp_path, "mosel.txt", SHOP_ARTICLE)
    assert text.startswith("Die Mosel ist eines der ältesten Weinbaugebiete")
    assert "zu würzigen Speisen getrunken." in text
    assert "Impressum" not in text
    assert "Paketdienst" not in text


NEWSLETTER_IN_STORY = "\n".join([
    "City Wire", "News", "Politics", "Sports", "",
    "Man admits threatening calls to council offices", "",
    "By Jane Roe", "November 20, 2019", "",
    "A man accused of making threatening phone calls to the offices of a city councillor "
    "pleaded guilty on Wednesday in federal court, prosecutors said.", "",
    "He faces up to five years in prison and a fine when he is sentenced in February.", "",
    "Get the day's news in your inbox every morning.", "Sign Up", "",
    "Privacy Policy | Terms of Service", "",
    "He was arrested in April after a call in which he used abusive language toward a member "
    "of the councillor's staff, according to court papers.", "",
    "His lawyer said in an email that he had taken responsibility for what he said and "
    "regretted the distress the call had caused.", "",
    "Most Read", "Storm warning for the weekend",
])  # fmt: skip


def test_a_sign_up_box_s_privacy_links_inside_the_story_do_not_end_it(tmp_path):
    """Only the legal notice marks the footer: a sign-up box's "Privacy Policy | Terms of
    Service" inside the story leaves the paragraphs below it in the story."""
    text = _body(tmp_path, "calls.txt", NEWSLETTER_IN_STORY)
    assert text.startswith("A man accused of making threatening phone calls")
    assert "He was arrested in April" in text
    assert "regretted the distress the call had caused." in text


ROUNDUP = "\n".join([
    "The Daily Clarion", "News", "Money", "Travel", "",
    "Half-term breaks for every budget as prices drop", "",
    "Amy Reed 12 Oct 2019, 09:15", "",
    "FAMILIES looking for a cheap half-term break still have plenty of options, with prices "
    "down by as much as a third on last year.", "",
    "We asked travel experts for their picks, from forest lodges to city hotels.", "",
    "BEST FOR FAMILIES Oakwood Forest Lodges, from £399 for four nights",
    "BEST BUDGET PICK Sandy Bay Holiday Park, from £99 for three nights",
    "BEST CITY BREAK The Minster Inn, York, from £45 a night with breakfast", "",
    "Prices were checked on Friday and can change quickly, so book soon if you see a deal "
    "you like.", "",
    "Most operators let you pay a small deposit now and the rest a few weeks before you "
    "travel.", "",
    "OVERBOARD Boy, 9, rescued by paddleboarder after drifting out to sea on lilo", "",
    "Some parks also knock a further ten per cent off for bookings made before the end of "
    "the month.", "",
    "MOST READ IN MONEY", "PENSION BOOST Millions to get more from April",
])  # fmt: skip


def test_a_roundup_s_kicker_led_picks_are_the_story_s_list(tmp_path):
    """A roundup's picks, each led by a label in capitals and without a full stop, one
    under another, are a list of the story; a lone kicker-led teaser between paragraphs
    is another story's link."""
    text = _body(tmp_path, "breaks.txt", ROUNDUP)
    assert "BEST FOR FAMILIES Oakwood Forest Lodges, from £399 for four nights" in text
    assert "BEST CITY BREAK The Minster Inn, York" in text
    assert "OVERBOARD" not in text
    assert "PENSION BOOST" not in text
    assert text.endswith("before the end of the month.")
