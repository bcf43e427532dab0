"""What is said of an article in another language: its sentences, its framing, its voice.

The pages are the project's own (tests/pages/languages/), one per language.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from tts_pipeline import DISCLOSURE
from tts_pipeline.errors import VoiceError
from tts_pipeline.models import Role
from tts_pipeline.normalize import normalize
from tts_pipeline.pipeline import make_script, read_article
from tts_pipeline.resources import language_data
from tts_pipeline.speech.segment import split_sentences
from tts_pipeline.voices import VoiceProfile, choose_voice, load_profile

PAGES = Path(__file__).resolve().parent / "pages" / "languages"
PAGES_BY_LANGUAGE = {
    "de": "de-mietgesetz.html",
    "fr": "fr-greve.txt",
    "es": "es-sequia.txt",
    "uk": "uk-povin.txt",
    "ru": "ru-zavod.txt",
}
FRAMED = ("pl", "pt", "it", "de", "fr", "es", "uk", "ru")
"""Languages whose framing the issue asks for, besides English."""
ENGLISH_FRAMING = {"by", "this", "audio", "is", "created", "with", "ai", "assistance"}
ENGLISH_FRAMING |= {"thank", "thanks", "you", "for", "listening"}
# Sentences of each page that hold the language's abbreviations, each whole.
KEPT_WHOLE = {
    "de": [
        "Neue Verträge dürfen die ortsübliche Miete künftig um höchstens zehn Prozent bzw. in "
        "besonders angespannten Lagen um fünf Prozent übersteigen.",
        "Viele Verbände, z. B. der Mieterbund und die Gewerkschaften, begrüßten die Entscheidung.",
        "Dr. Anna Keller, die Sprecherin des Ministeriums, sagte am 3. Oktober, man rechne mit "
        "rund 2,5 Mio. betroffenen Haushalten.",
    ],
    "fr": [
        "Les syndicats de la SNCF ont appelé à une grève nationale lundi, et le trafic sera "
        "fortement perturbé dans plusieurs régions, p. ex. en Île-de-France et en Bretagne.",
        "M. Dupont, le porte-parole de l'entreprise, a indiqué que seul un train sur trois "
        "circulerait.",
        "Les voyageurs sont invités à reporter leurs déplacements, à télétravailler, etc.",
    ],
    "es": [
        "El Sr. García, portavoz de los agricultores, dijo que varios cultivos, p. ej. los "
        "cítricos y el olivar, sufrirán pérdidas importantes.",
        "La reunión con el ministerio será a las 10 a. m. del jueves.",
    ],
    "uk": [
        "Роботи мають завершити до кінця 2024 р., тобто ще до осінніх дощів.",
        "Місцеві мешканці скаржаться, що т. зв. тимчасові переправи небезпечні.",
        "Голова громади сказав, що щодня ними їздять близько 3 тис. людей.",
    ],
    "ru": [
        "Как сообщили в мэрии, на предприятии создано 300 рабочих мест, т. е. почти вдвое "
        "больше, чем планировалось.",
        "Экологи называют проект важным шагом, но напоминают, что раздельный сбор мусора, "
        "сортировка и т. д. пока работают плохо.",
    ],
}
FRAMING_PROFILE = replace(
    load_profile("default"), intro_disclosure=True, outro="Thanks for listening."
)


@pytest.fixture(scope="module", params=sorted(PAGES_BY_LANGUAGE))
def page(request):
    language = request.param
    article = read_article(str(PAGES / PAGES_BY_LANGUAGE[language]))
    return language, article, make_script(article, profile=FRAMING_PROFILE)


def test_sentences_are_split_around_the_languages_abbreviations(page):
    language, _, script = page
    written = [s.text for s in script.sentences()]
    for sentence in KEPT_WHOLE[language]:
        assert sentence in written


def test_the_framing_is_said_in_the_language_without_english_words(page):
    language, article, script = page
    framing = language_data(language)["framing"]
    said = {b.role: " ".join(s.speech for s in b.sentences) for b in script.blocks}
    assert said[Role.BYLINE].startswith(framing["byline"].split("{")[0])
    assert article.author in said[Role.BYLINE]
    assert said[Role.DISCLOSURE] == framing["disclosure"]
    assert said[Role.OUTRO] == framing["outro"]
    for role in (Role.BYLINE, Role.DISCLOSURE, Role.OUTRO):
        words = set(re.findall(r"\w+", said[role].replace(article.author, "").lower()))
        assert not words & ENGLISH_FRAMING, (role, said[role])


@pytest.mark.parametrize("language", FRAMED)
def test_every_asked_language_has_its_framing(language):
    framing = language_data(language)["framing"]
    assert set(framing) == {"byline", "disclosure", "outro"}
    assert "{author}" in framing["byline"]
    for text in framing.values():
        words = set(re.findall(r"\w+", text.replace("{author}", "").lower()))
        assert not words & ENGLISH_FRAMING, text


def test_english_framing_is_the_disclosure_as_written_everywhere():
    assert language_data("en")["framing"]["disclosure"] == f"{DISCLOSURE}."


def test_an_english_article_keeps_the_profiles_own_outro():
    article = read_article(str(PAGES / "en-bridge.txt"))
    script = make_script(article, profile=FRAMING_PROFILE)
    said = {b.role: " ".join(s.speech for s in b.sentences) for b in script.blocks}
    assert said[Role.BYLINE] == "By Sam Porter."
    assert said[Role.OUTRO] == "Thanks for listening."


def test_numbers_and_abbreviations_are_said_in_the_language(page):
    language, _, script = page
    spoken = " ".join(s.speech for s in script.sentences())
    expected = {
        "de": ["beziehungsweise", "zum Beispiel", "unter anderem", "am dritten Oktober"],
        "fr": ["par exemple", "Monsieur Dupont", "et cetera"],
        "es": ["señor García", "por ejemplo", "de la mañana"],
        "uk": ["2024 року", "так званий", "3 тисяч", "дивіться"],
        "ru": ["40 тысяч", "2 миллиардов рублей", "то есть", "и так далее"],
    }[language]
    for words in expected:
        assert words.lower() in spoken.lower()
    # nothing of the English normalizer: no digit said in English
    assert not re.search(r"\b(one|two|three|four|five|hundred|thousand|percent)\b", spoken)


@pytest.mark.parametrize(
    ("language", "written", "said"),
    [
        (
            "de",
            "Das kostete €5 bzw. $2,5 Mio.",
            "Das kostete 5 Euro beziehungsweise 2,5 Millionen Dollar.",
        ),
        ("uk", "Це коштувало $5 млн і ₴300.", "Це коштувало 5 мільйонів доларів і 300 гривень."),
        ("ru", "Это стоило 10 $ и €20.", "Это стоило 10 долларов и 20 евро."),
        ("fr", "Il a payé $50 et 1 250 €.", "Il a payé 50 $ et 1 250 €."),
    ],
)
def test_money_is_said_in_the_languages_order_and_words(language, written, said):
    assert normalize(written, language=language) == said


@pytest.mark.parametrize(
    ("text", "language", "sentences"),
    [
        ("Sie kauften Äpfel usw. Die Preise fielen. Das war im 19. Jh. in Berlin.", "de", 3),
        ("Власти ввели правила и т. д. Переговоры продолжатся. Г. Иванов молчит.", "ru", 3),
        ("Так було у 2022 р. Потім усе змінилося.", "uk", 2),
        ("Plusieurs pays, p. ex. la France, ont réagi. M. Dupont a parlé.", "fr", 2),
    ],
)
def test_an_abbreviation_that_can_end_a_sentence_does_before_a_capital(text, language, sentences):
    assert len(split_sentences(text, language)) == sentences


# The voice: the user's when it reads the language, else one that does; never English.
# These ask espeak-ng (the real engine) which voices it has.


@pytest.mark.engine
@pytest.mark.parametrize("language", [*sorted(PAGES_BY_LANGUAGE), "ar"])
def test_the_default_english_voice_hands_other_languages_to_espeaks_voice_for_them(language):
    chosen = choose_voice(load_profile("default"), language)
    assert (chosen.name, chosen.engine, chosen.language) == ("espeak", "pyttsx3", language)
    assert chosen.voice.endswith(f"/{language}")  # espeak-ng's voice of that language


@pytest.mark.engine
def test_the_users_voice_reads_its_own_language():
    assert choose_voice(load_profile("default"), "en") == load_profile("default")
    espeak = load_profile("espeak")
    assert choose_voice(espeak, "en") == espeak
    german = choose_voice(espeak, "de")
    assert (german.voice, german.lexicon, german.rate) == ("gmw/de", None, espeak.rate)


@pytest.mark.engine
def test_a_profile_naming_the_language_comes_before_the_one_reading_any(tmp_path, monkeypatch):
    """A user's voice for German (say a Piper model) reads German articles, not espeak."""
    (tmp_path / "anna.toml").write_text(
        'engine = "pyttsx3"\nvoice = "gmw/de"\nlanguage = "de"\nlanguages = ["de"]\n'
    )
    monkeypatch.setattr("tts_pipeline.voices.profile_dirs", lambda: _with(tmp_path))
    assert choose_voice(load_profile("default"), "de").name == "anna"
    assert choose_voice(load_profile("default"), "uk").name == "espeak"


def _with(folder: Path) -> list[Path]:
    from tts_pipeline.resources import bundled_voices_dir

    return [folder, bundled_voices_dir()]


@pytest.mark.engine
def test_a_language_no_voice_reads_is_an_error_naming_it():
    with pytest.raises(VoiceError, match=r"no installed voice reads the language tlh"):
        choose_voice(load_profile("default"), "tlh")
    only_english = VoiceProfile(name="mine", languages=("en",))
    with pytest.raises(VoiceError, match=r"Klingon|tlh"):
        choose_voice(only_english, "tlh")
