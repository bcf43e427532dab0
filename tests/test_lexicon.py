"""Pronunciation lexicons: whole words, case rules, files, errors, and the CLI option."""

from __future__ import annotations

from pathlib import Path

import pytest

from tts_pipeline.errors import LexiconError, PipelineError
from tts_pipeline.normalize import Lexicon, load_lexicon, normalize
from tts_pipeline.normalize.lexicon import LEXICON_DIR
from tts_pipeline.pipeline import load_lexicons
from tts_pipeline.voices import VoiceProfile

LEXICON = Lexicon(
    {"kyiv": "keev", "Reading": "redding", "xi jinping": "shee jin-ping", "NATO": "nay-toe"}
)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Kyiv is calm.", "Keev is calm."),
        ("KYIV IS CALM", "Keev IS CALM"),
        ("in kyiv today", "in keev today"),
        ("Kyiv's mayor spoke.", "Keev's mayor spoke."),
        ("The Kyiv-based group left.", "The Keev-based group left."),
        ("Kyivan food is good.", "Kyivan food is good."),
        ("He went to Reading.", "He went to redding."),
        ("He is reading a book.", "He is reading a book."),
        ("Xi  Jinping met him.", "Shee jin-ping met him."),
        ("Xi spoke.", "Xi spoke."),
        ("NATO met.", "nay-toe met."),
        ("Nato met.", "Nato met."),
    ],
)
def test_whole_words_and_case_rules(written, spoken):
    assert normalize(written, LEXICON) == spoken


def test_lexicon_words_are_not_expanded_again():
    lexicon = Lexicon({"Gen": "jen"})
    assert normalize("Gen Z voted.", lexicon) == "jen Z voted."


def test_a_later_lexicon_overrides_an_earlier_one():
    merged = Lexicon({"kyiv": "keev", "lviv": "lveev"}).merged(Lexicon({"kyiv": "kee-yiv"}))
    assert normalize("Kyiv and Lviv", merged) == "Kee-yiv and Lveev"


def test_the_shipped_news_lexicon_loads_by_name():
    news = load_lexicon("news")
    assert normalize("Zelensky went to Kyiv.", news) == "Zeh-lenskee went to Keev."
    assert "xi jinping" in news.entries
    assert all(v == v.lower() or k != k.lower() for k, v in news.entries.items())


def test_every_shipped_lexicon_is_valid():
    paths = sorted(LEXICON_DIR.glob("*.toml"))
    assert paths
    for path in paths:
        assert load_lexicon(path).entries


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "words.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_with_several_word_keys(tmp_path):
    lexicon = load_lexicon(
        write(tmp_path, 'Kharkiv = "khar-keev"\n"Khan Younis" = "khan yoo-nis"\n')
    )
    assert normalize("Khan Younis and Kharkiv", lexicon) == "khan yoo-nis and khar-keev"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('kyiv = "keev', "not valid TOML"),
        ("kyiv = 5\n", "must map to a respelling in quotes"),
        ('kyiv = ""\n', "must map to a respelling in quotes"),
        ('[words]\nkyiv = "keev"\n', "must map to a respelling in quotes"),
        ('"$$$" = "dollars"\n', "is not a word"),
        ('" " = "space"\n', "is not a word"),
    ],
)
def test_a_bad_file_is_a_clear_error(tmp_path, text, message):
    with pytest.raises(LexiconError, match=message):
        load_lexicon(write(tmp_path, text))


def test_a_missing_file_names_the_shipped_lexicons(tmp_path):
    with pytest.raises(LexiconError, match=r"does not exist.*news"):
        load_lexicon(tmp_path / "nope.toml")
    assert issubclass(LexiconError, PipelineError)


def test_a_voice_profile_lexicon_is_relative_to_the_profile(tmp_path):
    write(tmp_path, 'kyiv = "kee-yiv"\n')
    profile = VoiceProfile(lexicon="words.toml", source=str(tmp_path / "voice.toml"))
    assert normalize("Kyiv", load_lexicons(profile, None)) == "Kee-yiv"
    extra = tmp_path / "extra.toml"
    extra.write_text('kyiv = "keev"\n', encoding="utf-8")
    assert normalize("Kyiv", load_lexicons(profile, extra)) == "Keev"
    assert load_lexicons(VoiceProfile(), None) is None


def test_script_option_applies_a_lexicon(cli, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Zelensky spoke in Kyiv.\n", encoding="utf-8")
    lexicon = write(tmp_path, 'Zelensky = "zeh-lenskee"\n')
    result = cli("script", str(article), "--no-clean", "--lexicon", str(lexicon))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == "zeh-lenskee spoke in Kyiv."


@pytest.mark.parametrize("command", ["script", "speak"])
def test_a_bad_lexicon_on_the_command_line_is_one_line_and_exit_4(cli, tmp_path, command):
    article = tmp_path / "article.txt"
    article.write_text("Kyiv.\n", encoding="utf-8")
    bad = write(tmp_path, "kyiv = [1, 2]\n")
    result = cli(command, str(article), "--no-clean", "--lexicon", str(bad))
    assert result.returncode == 4
    err = result.stderr.decode()
    assert err.startswith("tts-pipeline: error: lexicon") and err.count("\n") == 1
    assert "Traceback" not in err
