"""Bad input gets one clear line on stderr and a non-zero exit code, never a traceback."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from conftest import SAMPLE_PAGE

from tts_pipeline.engines import register_engine, unregister_engine
from tts_pipeline.errors import SynthesisError
from tts_pipeline.pipeline import SpeakOptions, speak


def assert_clean_failure(result, *words: str) -> str:
    err = result.stderr.decode("utf-8")
    assert result.returncode != 0
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("tts-pipeline: error: ")
    for word in words:
        assert word in lines[0]
    return lines[0]


def one_error_line(result, code: int, *words: str) -> str:
    """The single ``tts-pipeline: error:`` line of a failed run with exit ``code``."""
    err = result.stderr.decode("utf-8", "replace")
    lines = [line for line in err.splitlines() if line.strip()]
    assert result.returncode == code, err
    assert len(lines) == 1 and lines[0].startswith("tts-pipeline: error: "), err
    assert "internal error" not in err and "Traceback" not in err
    for word in words:
        assert word in lines[0], err
    return lines[0]


def write(path, data: bytes):
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("command", ["clean", "script", "speak"])
def test_missing_file(cli, tmp_path, command):
    assert_clean_failure(cli(command, str(tmp_path / "nope.txt")), "no such file")


def test_directory(cli, tmp_path):
    assert_clean_failure(cli("clean", str(tmp_path)), "directory")


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \n"])
def test_empty_input(cli, tmp_path, data):
    assert_clean_failure(cli("speak", write(tmp_path / "e.txt", data)), "empty")


def test_empty_stdin(cli):
    assert_clean_failure(cli("clean", "-", stdin=b""), "empty")


def test_binary_input(cli, tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    assert_clean_failure(cli("clean", write(tmp_path / "x.png", png)), "binary")


def test_undecodable_text(cli, tmp_path):
    lying_bom = (
        b"\xff\xfe" + b"\x00\xd8" + b"a"
    )  # UTF-16 BOM, then a lone surrogate and an odd byte
    assert_clean_failure(cli("clean", write(tmp_path / "u.txt", lying_bom)), "decode")


def test_page_without_article(cli, tmp_path):
    menu = "Home\nNews\nSport\nSubscribe\nSign in\nMenu\nSearch\n" * 5
    assert_clean_failure(cli("clean", write(tmp_path / "m.txt", menu.encode())), "no article")


def test_unreachable_url(cli):
    assert_clean_failure(cli("clean", "http://127.0.0.1:9/article"), "127.0.0.1")


def test_unwritable_output(cli, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    result = cli("speak", str(SAMPLE_PAGE), "-o", str(blocker / "out.mp3"))
    assert_clean_failure(result, "cannot create")


TINY = "The bridge opened on Monday. Traffic was light.\n"


def test_output_equal_to_the_input_is_refused(cli, tmp_path):
    article = tmp_path / "story.txt"
    article.write_bytes(SAMPLE_PAGE.read_bytes())
    result = cli("speak", str(article), "-o", str(article))
    assert_clean_failure(result, "input article")
    assert result.returncode == 6
    assert article.read_bytes() == SAMPLE_PAGE.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]


@pytest.mark.parametrize("name", ["story.vtt", "story.player.html", "story.png"])
def test_a_sidecar_over_the_input_is_refused(cli, tmp_path, name):
    """The files beside the MP3 take its name: `-o story.mp3` writes story.vtt and more."""
    article = tmp_path / name
    article.write_text(TINY)
    result = cli("speak", str(article), "--no-clean", "-o", str(tmp_path / "story.mp3"))
    assert_clean_failure(result, name, "input article")
    assert article.read_text() == TINY


@pytest.mark.parametrize("existing", [True, False])
def test_output_folder_gets_the_episode_inside(cli, tmp_path, existing):
    """`-o out/` (a trailing slash) or an existing folder: the default name inside it."""
    article = tmp_path / "tiny.txt"
    article.write_text(TINY)
    folder = tmp_path / "episodes"
    if existing:
        folder.mkdir()
    given = str(folder) if existing else str(folder) + "/"
    result = cli("speak", str(article), "--no-clean", "-o", given)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines()[0] == str(folder / "tiny.mp3")
    assert (folder / "tiny.mp3").is_file() and (folder / "tiny.vtt").is_file()


def test_unknown_voice_lists_known_ones(cli):
    assert_clean_failure(cli("speak", str(SAMPLE_PAGE), "--voice", "nobody"), "default")


def test_engine_not_installed(cli, tmp_path):
    profile = tmp_path / "ghost.toml"
    profile.write_text('engine = "ghost"\n')
    line = assert_clean_failure(cli("speak", str(SAMPLE_PAGE), "--voice", str(profile)))
    assert "ghost" in line and "pyttsx3" in line


def test_espeak_that_cannot_start_says_how_to_fix(cli):
    args = ("speak", str(SAMPLE_PAGE), "--voice", "espeak")
    result = cli(*args, env={"ESPEAK_DATA_PATH": "/nonexistent"})
    line = assert_clean_failure(result, "espeak")
    assert "install" in line


@pytest.mark.parametrize(
    ("setting", "words"),
    [
        ('rate = "fast"', ("rate must be a whole number, not 'fast'",)),
        ("outro = 5", ("outro must be text",)),
        ('intro_disclosure = "no"', ("intro_disclosure must be true or false", "'no'")),
        ('bitrate = "64"', ("bitrate must be a whole number", "'64'")),
        ("volume = true", ("volume must be a number", "true")),
        ("sentence_pause = nan", ("sentence_pause must be a number", "nan")),
        ("engine = 1", ("engine must be text",)),
        ('cover = ["a.jpg"]', ("cover must be text", "a list")),
        ("[rate]\nx = 1", ("rate must be a whole number", "a table")),
    ],
)
def test_a_profile_value_of_the_wrong_type_names_key_and_type(cli, tmp_path, setting, words):
    profile = tmp_path / "odd.toml"
    profile.write_text(setting + "\n")
    result = cli("script", str(SAMPLE_PAGE), "--voice", str(profile))
    assert_clean_failure(result, *words)
    assert result.returncode == 4


def test_voices_lists_a_profile_of_the_wrong_type_as_unavailable(cli, tmp_path):
    voices = tmp_path / "config" / "tts-pipeline" / "voices"
    voices.mkdir(parents=True)
    (voices / "fast.toml").write_text('rate = "fast"\n')
    result = cli("voices", env={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "rate must be a whole number" in out


def broken_espeak(tmp_path, kind: str) -> dict[str, str]:
    """The environment of an espeak-ng broken in one way: data that espeak refuses, or
    the installed package with a data file cut short (espeak would crash on it)."""
    import espeakng_loader

    package = Path(espeakng_loader.__file__).parent
    if kind == "empty phontab":
        data = tmp_path / "espeak" / "espeak-ng-data"
        data.mkdir(parents=True)
        (data / "phontab").write_bytes(b"")
        return {"ESPEAK_DATA_PATH": str(data.parent)}
    site = tmp_path / "site"
    copy = site / package.name
    (copy / "espeak-ng-data").mkdir(parents=True)
    for item in package.iterdir():
        if item.name not in ("espeak-ng-data", "__pycache__"):
            (copy / item.name).symlink_to(item)
    for item in (package / "espeak-ng-data").iterdir():
        (copy / "espeak-ng-data" / item.name).symlink_to(item)
    for info in package.parent.glob("espeakng_loader-*.dist-info"):
        (site / info.name).symlink_to(info)
    victim = copy / "espeak-ng-data" / "phondata"
    victim.unlink()
    victim.write_bytes((package / "espeak-ng-data" / "phondata").read_bytes()[:100])
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))}


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("empty phontab", ("espeak-ng cannot load its data",)),
        ("truncated phondata", ("espeak-ng's files are damaged", "phondata has 100 bytes")),
    ],
)
def test_a_broken_espeak_install_is_one_line_with_its_code(cli, tmp_path, monkeypatch, kind, words):
    monkeypatch.delenv("ESPEAK_DATA_PATH", raising=False)  # set by the engine in this process
    args = ("speak", str(SAMPLE_PAGE), "--voice", "espeak")
    result = cli(*args, env=broken_espeak(tmp_path, kind))
    assert_clean_failure(result, *words, "reinstall")
    assert result.returncode == 5


def test_a_batch_with_a_broken_espeak_still_prints_its_summary(cli, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("bridge.txt", "museum.txt"):
        (articles / name).write_bytes(
            (SAMPLE_PAGE.parent.parent / "tests" / "articles" / name).read_bytes()
        )
    env = broken_espeak(tmp_path, "empty phontab")
    site = str(tmp_path / "site")
    result = cli("batch", str(articles), "--site", site, "--voice", "espeak", "-j", "1", env=env)
    assert result.returncode == 1
    assert result.stdout.decode().splitlines()[-1] == "0 new, 0 updated, 0 unchanged, 2 failed"
    failures = result.stderr.decode().splitlines()
    assert len(failures) == 2
    assert all(
        line.startswith("tts-pipeline: failed: ") and "espeak-ng" in line for line in failures
    )


class FailingEngine:
    """Speaks three sentences, then fails: a run that breaks in the middle."""

    name = "failing"
    max_chars = 1000
    pool_min_chars = 10**9

    def __init__(self):
        self.calls = 0

    def unavailable_reason(self, profile=None):
        return None

    def voices(self):
        return []

    def identity(self, profile):
        return "failing"

    def synthesize(self, text, profile):
        from tts_pipeline.models import Clip

        self.calls += 1
        if self.calls > 3:
            raise SynthesisError("engine broke")
        return Clip(b"\x00\x10" * int(22050 * len(text.split()) * 60 / profile.rate), 22050)


@pytest.fixture
def failing_engine():
    register_engine("failing", FailingEngine)
    yield
    unregister_engine("failing")


def test_failed_run_leaves_existing_output_whole(tmp_path, failing_engine):
    out = tmp_path / "keep.mp3"
    out.write_bytes(b"a good earlier episode")
    profile = tmp_path / "failing.toml"
    profile.write_text('engine = "failing"\n')
    with pytest.raises(SynthesisError):
        speak(str(SAMPLE_PAGE), SpeakOptions(output=out, voice=str(profile), use_cache=False))
    assert out.read_bytes() == b"a good earlier episode"
    assert [p.name for p in tmp_path.iterdir()] == sorted(["keep.mp3", "failing.toml"]) or set(
        p.name for p in tmp_path.iterdir()
    ) == {"keep.mp3", "failing.toml"}


def test_a_very_long_article_is_warned_of_before_the_work(cli, tmp_path):
    article = tmp_path / "long.txt"
    sentence = "On day {} the council met again and talked about the bridge for an hour."
    article.write_text("\n\n".join(sentence.format(n) for n in range(1500)))
    profile = tmp_path / "ghost.toml"
    profile.write_text('engine = "ghost"\n')  # not installed: the run stops after the warning
    result = cli("speak", str(article), "--no-clean", "--voice", str(profile))
    warning, error = result.stderr.decode().splitlines()
    assert warning.startswith("tts-pipeline: warning: the article is very long (1")
    assert "hours of speech" in warning
    assert error.startswith("tts-pipeline: error: no speech engine named 'ghost'")


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_an_output_that_is_a_device_is_refused(cli, tmp_path, kind):
    """As root, `-o /dev/null` replaced /dev/null with the MP3: never rename over a device."""
    special = tmp_path / "null"
    if kind == "fifo":
        os.mkfifo(special)
    else:
        try:
            os.mknod(special, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("making a device node needs root")
    article = tmp_path / "tiny.txt"
    article.write_text(TINY)
    result = cli("speak", str(article), "--no-clean", "-o", str(special))
    assert_clean_failure(result, "not a file")
    assert result.returncode == 6
    assert not stat.S_ISREG(special.lstat().st_mode)


@pytest.mark.parametrize("key", ["cover", "intro_music", "lexicon"])
def test_a_profile_file_that_is_a_device_or_folder_is_refused(cli, tmp_path, key):
    """`cover = "/dev/zero"` read until memory ran out."""
    for target in ("/dev/zero", str(tmp_path)):
        profile = tmp_path / "odd.toml"
        profile.write_text(f'{key} = "{target}"\n')
        result = cli("script", str(SAMPLE_PAGE), "--voice", str(profile))
        assert_clean_failure(result, f"{key} {target} is not a file")
        assert result.returncode == 4


@pytest.mark.engine
def test_a_sentence_the_voice_cannot_read_is_an_error_not_a_silent_gap(cli, tmp_path):
    """The default voice reads English; a text of Chinese characters gives it nothing to say."""
    article = tmp_path / "beijing.txt"
    article.write_text("北京欢迎你\n")
    result = cli("speak", str(article), "--no-clean", "-o", str(tmp_path / "b.mp3"))
    assert_clean_failure(result, '"北京欢迎你"', "only silence", "may not read this language")
    assert result.returncode == 5
    assert not (tmp_path / "b.mp3").exists()
