"""A third-party engine, installed as a package with an entry point, speaks through the CLI.

The package (``tests/plugin_engine``) is built and installed offline into a temporary
folder that only the CLIs these tests run see (``PYTHONPATH``): the venv stays as it was.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from audio_helpers import check_duration_matches_text, check_mp3_format, check_pauses
from conftest import SAMPLE_PAGE
from test_errors import assert_clean_failure

from tts_pipeline.models import Episode
from tts_pipeline.pipeline import make_script, read_article
from tts_pipeline.voices import VoiceProfile

PLUGIN_SOURCE = Path(__file__).resolve().parent / "plugin_engine"
PROFILE = 'description = "beeps"\nengine = "tone"\nrate = 180\n'


@pytest.fixture(scope="session")
def plugin_site(tmp_path_factory) -> Path:
    """A folder holding the installed plug-in package, as site-packages would."""
    source = tmp_path_factory.mktemp("plugin-src") / "plugin_engine"
    shutil.copytree(PLUGIN_SOURCE, source, ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path_factory.mktemp("plugin-site")
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    command += ["--no-index", "--no-deps", "--no-build-isolation", "--target", str(target)]
    result = subprocess.run([*command, str(source)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert list(target.glob("tts_tone_engine-*.dist-info"))
    return target


@pytest.fixture
def env(plugin_site, tmp_path) -> dict[str, str]:
    """The plug-in on the path, and a user profile that uses it."""
    voices = tmp_path / "config" / "tts-pipeline" / "voices"
    voices.mkdir(parents=True)
    (voices / "beeper.toml").write_text(PROFILE)
    return {"PYTHONPATH": str(plugin_site), "XDG_CONFIG_HOME": str(tmp_path / "config")}


def test_plugin_engine_is_listed(cli, env):
    result = cli("voices", env=env)
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.decode().splitlines() if x.startswith("beeper "))
    assert line.split()[:5] == ["beeper", "tone", "en", "ready", "user"]
    voices = cli("voices", "--engine", "tone", env=env)
    assert voices.stdout.decode().splitlines()[1].split() == ["beep", "Beep", "en"]


def test_plugin_engine_speaks_the_sample(cli, env, tmp_path):
    log = tmp_path / "instances.log"
    env = {**env, "TONE_ENGINE_LOG": str(log)}
    args = ("speak", str(SAMPLE_PAGE), "--voice", "beeper", "-j", "2", "-o", "b.mp3")
    result = cli(*args, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "b.mp3"
    duration = float(result.stdout.decode().splitlines()[1].split()[1])
    episode = Episode(mp3=str(out), duration=duration, article=read_article(str(SAMPLE_PAGE)))
    profile = VoiceProfile.from_dict({"engine": "tone", "rate": 180}, name="beeper")
    script = make_script(episode.article)
    check_mp3_format(out, profile)
    check_duration_matches_text(episode, profile, script)
    check_pauses(episode, profile, script)
    from mutagen.id3 import ID3

    assert "beeper (tone" in ID3(out)["TXXX:VOICE"].text[0]
    pids = log.read_text().split()
    assert len(pids) == len(set(pids)), "an engine was created twice in one process"
    assert len(pids) >= 2, "the worker processes did not load the plug-in"


def test_without_the_plugin_the_profile_cannot_run(cli, env):
    env = {**env, "PYTHONPATH": ""}
    result = cli("speak", str(SAMPLE_PAGE), "--voice", "beeper", env=env)
    line = assert_clean_failure(result, "'tone'")
    assert "pyttsx3" in line and "install" in line
