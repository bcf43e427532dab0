"""Review of round 22's chrome lines: each pattern of a podcast's or a science news site's
notes (``data/chrome/en.toml``) and of a newsletter box (cs, tr, zh) tried on invented story
sentences that share its words; they must stay body text."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe

STORY_LINES = [
    # "become a patron" of a charity, not of a podcast
    "The duchess will become a patron of the children's hospice, the palace said on Monday.",
    "After retiring from politics, she agreed to become a patron of the town's food bank.",
    # a station that is listener-supported, in a clause of the story
    "The station, which is listener-supported, lost a third of its funding last year.",
    # "Provided by" opening a sentence of the story, not a source's name alone
    "Provided by the council, the new bins will be emptied every week from March.",
    "Provided by local farmers, the food is handed out at the church hall every Friday.",
    # a newsletter box's "every day ... to your inbox" in a story about post or fraud
    "Volební lístky přijdou přímo do vaší schránky nejpozději tři dny před volbami, uvedla mluvčí.",
    "Podvodníci podle policie posílají každý den falešné zprávy do vaší e-mailové schránky.",
    "Polis, dolandırıcıların her gün e-posta kutunuza sahte fatura gönderdiğini açıkladı.",
    "Uzmanlar, günlük bültenlerin e-posta adresinize gelmesinin güvenli olmadığını söyledi.",
    "警方提醒，诈骗分子每天都会把钓鱼邮件发送到你的邮箱，市民切勿点击陌生链接。",
]

CHROME_LINES = [
    "Harbour Talk is listener-supported. Become a patron for early episodes.",
    "Harbour Talk is listener-supported.",
    "Provided by the University of Westmere",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_a_story_sentence_with_a_notes_words_stays_body(line):
    assert describe(line).kind is Kind.BODY


@pytest.mark.parametrize("line", CHROME_LINES)
def test_a_podcast_s_or_science_site_s_note_is_chrome(line):
    assert describe(line).kind is Kind.CHROME
