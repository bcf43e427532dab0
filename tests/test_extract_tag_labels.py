"""A tag or category label opens a box alone, before a colon or before its tags, never at
the head of a sentence ("Tagsüber ...", "Temas como ...", "Tagihan ...")."""

from __future__ import annotations

import pytest

from tests.dump_pages import sentence
from tts_pipeline.extract.linefeatures import fold
from tts_pipeline.extract.patterns import chrome_languages, patterns
from tts_pipeline.extract.textdump import extract_text

SENTENCES = [
    ("de", "Tagsüber war es in der Stadt so warm wie seit Jahren nicht."),
    ("es", "Temas como la vivienda preocupan sobre todo a los jóvenes."),
    ("id", "Tagihan listrik naik lagi bulan ini di seluruh provinsi."),
    ("pt", "Temas como a saúde dominaram o debate na câmara."),
    ("it", "Temi come il lavoro e la casa restano al centro del voto."),
    ("fr", "Sujets de tension entre les deux pays, les frontières restent fermées."),
    ("sv", "Ämnet är känsligt för regeringen inför valet i höst."),
    ("en", "Posted in 2019, the video was seen by millions."),
]
LABELS = [
    ("de", "Schlagwörter"),
    ("de", "Tags: Politik, Wirtschaft"),
    ("es", "Temas: Vivienda, Juventud"),
    ("id", "Tag: listrik, tarif"),
    ("en", "Posted in: News, Politics"),
    ("fr", "Sujets Politique Europe"),
]


def _is_box_marker(code: str, text: str) -> bool:
    with chrome_languages([code]):
        return patterns().box_markers.fullmatch(fold(text)) is not None


@pytest.mark.parametrize(("code", "text"), SENTENCES)
def test_a_sentence_opening_with_a_label_word_is_no_box(code: str, text: str):
    assert not _is_box_marker(code, text)


@pytest.mark.parametrize(("code", "text"), LABELS)
def test_a_label_alone_or_with_its_tags_opens_a_box(code: str, text: str):
    assert _is_box_marker(code, text)


def test_a_short_paragraph_opening_with_a_label_word_is_read():
    lines = ["Startseite", "Politik", "", "Hitze in der Stadt", "", "Von Jana Roth", ""]
    lines += [sentence(0, "die Hitze"), "", SENTENCES[0][1], ""]
    for n in range(1, 5):
        lines += [sentence(n, "die Hitze"), ""]
    lines += ["Impressum", "Datenschutz"]
    article = extract_text("\n".join(lines))
    assert SENTENCES[0][1] in article.paragraphs
    assert article.paragraphs[-1] == sentence(4, "die Hitze")
