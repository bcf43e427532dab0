"""Where a text dump's story ends: a name in an interview's lines, teasers stamped with
their dates below a box."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n) for n in range(6)]


def test_teasers_stamped_with_their_dates_below_a_box_do_not_join_the_story():
    teasers = ""
    for n in range(3):
        teasers += f"Teaser title {n} on the harbour\n\n"
        teasers += "\n\n".join(sentence(k, f"harbour {n}") for k in range(2))
        teasers += "\n\n22 July 2019 By Jane Roe\nRead more\n\n"
    story = [sentence(n) for n in range(10)]
    page = "Bridge opens\n\nBy Tom Berg • 15 January 2020\n\n" + "\n\n".join(story)
    page += "\n\nRead More\n\nTransport\nCities\nShare Share\n\nRelated\n\n" + teasers
    page += "Contact\n\nFollow\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == story
    assert not any("harbour" in p for p in paragraphs)
