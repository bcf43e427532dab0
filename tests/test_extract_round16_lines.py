"""Lines of round 16's probe kinds: a deal's shop button, a "Related:" link written as a
sentence, a reprints notice, the tips line under a Nordic local story, a Ukrainian or
Russian "found a mistake?" line; Norwegian pages are told and get their chrome words; and a
deal's name over its shop button is the heading of its blurb."""

from __future__ import annotations

import pytest

from tts_pipeline.extract.linefeatures import Kind
from tts_pipeline.extract.lines import describe


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("$19.90 at Amazon", Kind.CHROME),
        ("£249 from Currys", Kind.CHROME),
        ("Shop at Brooklinen", Kind.CHROME),
        ("$10 at the door", Kind.SHORT),
        ("Related: Our review of the Band 2 found a tracker that was accurate for steps but"
         " struggled with heart rate.", Kind.CHROME),
        ("Related stories were published on the same day by three other papers in the region.",
         Kind.BODY),
        ("Reprints & Licensing: Example Ledger articles may not be republished or redistributed"
         " without permission.", Kind.CHROME),
        ("This material may not be published, broadcast, rewritten or redistributed.",
         Kind.CHROME),
        ("Har du ett tips? Hör av dig till redaktionen på tips@example.se eller ring oss.",
         Kind.CHROME),
        ("Har du tips til en sak? Ring oss eller send e-post til redaksjonen.", Kind.CHROME),
        ("Помітили помилку? Виділіть її та натисніть Ctrl+Enter.", Kind.CHROME),
        ("Заметили ошибку? Выделите ее и нажмите Ctrl+Enter.", Kind.CHROME),
        ("Les også: Foreldre krever tryggere skolevei", Kind.CHROME),
        ("Annonse", Kind.CHROME),
    ],
)  # fmt: skip
def test_chrome_of_round_16(line, kind):
    assert describe(line).kind is kind


NORWEGIAN = (
    "Fylkestinget vedtok tirsdag å bevilge penger til veien. Etter ti år sier foreldrene at de"
    " er lettet, og kommunen sier at arbeidet blir ferdig neste år. Noen mener det ble for"
    " dyrt, men de fleste hadde ventet lenge på dette, og det er mye trafikk på veien."
)


def test_a_norwegian_page_gets_norwegian_chrome_words():
    from tts_pipeline.extract.language import guess_languages

    assert "nb" in guess_languages(NORWEGIAN)


def test_a_deals_name_over_its_shop_button_heads_its_blurb():
    from tts_pipeline.extract.textdump import extract_text

    story = (
        "Presidents Day has become one of the biggest sale weekends of the year, and we picked"
        " the offers on things we have tested and like.\n\n"
        "Lodge cast iron skillet: $19.90 (was $33.25)\n$19.90 at Amazon\n"
        "The pan we recommend to everyone, at close to its lowest price ever, and it will"
        " outlive you.\n\n"
        "Shark upright vacuum: $129 (was $199)\n$129 at Walmart\n"
        "Strong suction, a lift-away canister for stairs and a filter that does a decent job"
        " with pet hair.\n"
    )
    text = "\n".join(extract_text(story).paragraphs)
    assert "Lodge cast iron skillet: $19.90 (was $33.25)" in text
    assert "Shark upright vacuum: $129 (was $199)" in text
    assert "at Amazon" not in text and "at Walmart" not in text


def test_a_table_goes_on_past_a_section_row_with_one_row_below():
    from tts_pipeline.extract.textdump import extract_text

    dump = (
        "Cedar Falls wrapped up at least a share of the conference title on Thursday night with"
        " a win over Waverly, its fourteenth straight victory of the season.\n\n"
        "Girls basketball\t\t\nCedar Falls 58\tWaverly 41\tFinal\n"
        "Decorah 47\tCharles City 44\tFinal\nWaukon 52\tCrestwood 50\tFinal/OT\n"
        "Wrestling\t\t\nDecorah 42\tWaukon 27\tDual\n"
        "Coaches can report scores to the sports desk by email or by calling after 8 p.m.\n"
    )
    text = "\n".join(extract_text(dump).paragraphs)
    assert "Waukon 52" in text and "Decorah 42, Waukon 27, Dual" in text
