"""Round 20 of hostile input: what a careless user does around the batch and the CLI.

Each defect found gets one test that fails on the code before its fix.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer

from tts_pipeline.batch.inputs import expand_inputs, expand_inputs_reporting

ARTICLE = (
    "Harbour ferry returns after winter repairs\n\n"
    "The ferry between the harbour and Holm Island sails again from Monday after three "
    "months in dry dock, the council said on Friday.\n\n"
    "Engineers replaced both engines and the ramp, and the timetable is the same as last "
    "summer, with the first crossing at seven in the morning.\n"
)


def test_a_folder_holding_our_own_pages_gives_only_its_articles(tmp_path, cli):
    """``speak -o articles/`` then ``batch articles/`` made the episode's player page and
    embed snippet (which hold its transcript) two more episodes of the same article, and a
    site built inside the folder gave its index page as one more: every page tts-pipeline
    wrote is left out of a folder's articles (a file named on its own is still read)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    spoken = cli("speak", str(article), "--no-clean", "--voice", "espeak", "-o", f"{folder}/")
    assert spoken.returncode == 0, spoken.stderr
    built = cli("batch", str(article), "--site", str(folder / "old-site"), "--voice", "espeak")
    assert built.returncode == 0, built.stderr
    ours = list(folder.rglob("*.html"))
    assert {p.name.split(".", 1)[1] for p in ours} >= {"player.html", "embed.html", "html"}

    assert expand_inputs([str(folder)]) == [str(article.resolve())]
    found, failed = expand_inputs_reporting([f"{folder}/*.html", str(article)])
    assert found == [str(article.resolve())]
    assert failed == [
        (f"{folder}/*.html", "only pages tts-pipeline wrote (players, a site's index), no articles")
    ]
    player = next(folder.glob("*.player.html"))
    assert expand_inputs([str(player)]) == [str(player.resolve())]


@pytest.mark.parametrize("command", ["batch", "watch"])
def test_an_empty_site_is_refused(tmp_path, cli, command):
    """``--site "$SITE"`` with SITE unset built the site in the current folder (feed.xml,
    index.html, cover.jpg and the state folder written there, every input inside it failed):
    it is a usage error, said before anything is read or written."""
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    extra = ["--once"] if command == "watch" else []
    done = cli(command, str(article), "--site", "", "--voice", "espeak", *extra, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.decode().count("\n") == 1
    assert "--site" in done.stderr.decode()
    assert sorted(tmp_path.iterdir()) == [article]


@pytest.mark.parametrize("site", ["/", "//", "/.", "/tmp/.."])
def test_the_root_of_the_file_system_is_no_site(site):
    """``--site "$SITE/"`` with SITE unset built the site in ``/``: refused (tested on the
    option's parser, so that a regression cannot write there)."""
    from tts_pipeline.cli.app import site_folder

    with pytest.raises(typer.BadParameter, match="root"):
        site_folder(site)
    assert site_folder("site") == Path("site")


GERMAN = (
    "Die neue Fähre zur Insel fährt ab Montag wieder nach dem Fahrplan des letzten Sommers.\n\n"
    "Die Gemeinde hat beide Motoren und die Rampe im Winter erneuern lassen, sagte der "
    "Bürgermeister am Freitag im Rathaus.\n"
)


def test_an_episode_in_a_language_the_recognizer_does_not_hear_is_not_failed(tmp_path, cli):
    """The check's recognizer (Whisper tiny.en) hears English only: every German episode
    "failed" its check with 0 sentences heard (exit 8), and ``batch --check-fail`` kept every
    article not in English out of the site. Such an episode is now not checked, and says so:
    ``speak --check`` exits 0 with the reason, ``check`` exits 9 (no speech recognition for
    that language) in one line, and the batch publishes it."""
    pytest.importorskip("faster_whisper", reason="needs the check extra")
    article = tmp_path / "faehre.txt"
    article.write_text(GERMAN, encoding="utf-8")
    out = tmp_path / "out"
    spoken = cli(
        "speak", str(article), "--no-clean", "--voice", "espeak", "--check", "-o", f"{out}/"
    )
    assert spoken.returncode == 0, spoken.stderr
    lines = spoken.stdout.decode().splitlines()
    assert "not checked" in lines[-1] and "German" in lines[-1], lines[-1]
    mp3 = Path(lines[0])
    record = json.loads(mp3.with_name(mp3.stem + ".episode.json").read_text(encoding="utf-8"))
    assert record["check"]["passed"] is None

    checked = cli("check", str(mp3))
    assert checked.returncode == 9, checked.stderr
    assert checked.stderr.decode().count("\n") == 1 and "German" in checked.stderr.decode()

    site = tmp_path / "site"
    built = cli("batch", str(article), "--site", str(site), "--voice", "espeak", "--check-fail")
    assert built.returncode == 0, built.stderr
    assert len(list(site.glob("*.mp3"))) == 1


@pytest.mark.parametrize("command", ["speak", "clean", "script"])
def test_an_empty_input_name_says_so(tmp_path, cli, command):
    """``speak "$FILE"`` with FILE unset said ": is a directory, not a file"."""
    done = cli(command, "", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.decode() == (
        "tts-pipeline: error: the input is empty: give a file, - for standard input, or a URL\n"
    )


def test_an_empty_output_name_writes_nothing(tmp_path, cli):
    """``speak article -o "$OUT"`` with OUT unset wrote the MP3 and its seven sidecars into
    the current folder; an empty name is refused (exit 6) before any synthesis."""
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    done = cli("speak", str(article), "--no-clean", "--voice", "espeak", "-o", "", cwd=tmp_path)
    assert done.returncode == 6, done.stderr
    assert done.stderr.decode().count("\n") == 1 and "-o" in done.stderr.decode()
    assert sorted(tmp_path.iterdir()) == [article]


def test_a_stop_while_rendering_does_not_wait_for_every_part(monkeypatch):
    """A SIGTERM while a long episode was being encoded waited for every part still queued
    (138 s for an episode of three hours) before the run stopped: the encoder's pool waited
    for its whole queue on the way out. Now the parts not started are cancelled; the stop
    takes one part's time. A slow clip loader stands in for a long episode's work; the stop
    comes as it reads the first clip (not after a time, which a busy machine stretches), and
    at most the part under way and the next finish."""
    import _thread
    import gc
    import signal
    import time

    import numpy as np

    import tts_pipeline.audio.render
    from tts_pipeline.audio.master import plan_gain
    from tts_pipeline.audio.render import render
    from tts_pipeline.audio.timeline import lay_out
    from tts_pipeline.models import Block, Clip, Role, Script, Sentence
    from tts_pipeline.voices import VoiceProfile

    monkeypatch.setattr(tts_pipeline.audio.render, "PART_SECONDS", 0.5)
    rate = 8000
    tone = (0.1 * np.sin(np.arange(rate) / 3) * 32767).astype("<i2").tobytes()
    clips = {f"k{i}": Clip(tone, rate) for i in range(30)}
    sentences = tuple(Sentence(f"Sentence {i}.", f"Sentence {i}.") for i in range(30))
    script = Script((Block(Role.BODY, sentences),))
    plan = lay_out(script, [[k] for k in clips], clips.__getitem__, VoiceProfile(), rate)
    gains = plan_gain(plan, -16.0, -1.0)
    rendered: list[str] = []

    def slow_load(key: str) -> Clip:
        rendered.append(key)
        if len(rendered) == 1:
            _thread.interrupt_main()  # the stop arrives while the first part is encoded
        time.sleep(0.05)
        return clips[key]

    # Ctrl-C's own handler, even where the suite inherited SIGINT ignored (a job a
    # non-interactive shell starts in the background has it ignored, and Python keeps that):
    # with SIGINT ignored, interrupt_main does nothing and the whole episode is encoded
    # and no garbage collection while it runs: a KeyboardInterrupt that lands in a gc
    # callback (Hypothesis's plugin installs one) is reported as unraisable and lost
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    collecting = gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(KeyboardInterrupt):
            render(plan, gains, slow_load, rate, 64, workers=1)
    finally:
        signal.signal(signal.SIGINT, previous)
        if collecting:
            gc.enable()
    assert len(set(rendered)) <= 3, f"{len(set(rendered))} of 30 clips read after the stop"


@pytest.mark.parametrize(
    ("command", "option"),
    [("batch", "--config"), ("speak", "--lexicon"), ("script", "--lexicon"), ("check", "--script")],
)
def test_an_empty_path_option_is_refused(tmp_path, cli, command, option):
    """``--config "$CONFIG"`` with CONFIG unset named the current folder: '.: cannot read it:
    Is a directory', 'lexicon . does not exist'. An empty path is a usage error, in one line."""
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    site = ["--site", str(tmp_path / "site")] if command == "batch" else []
    done = cli(command, str(article), *site, option, "", cwd=tmp_path)
    error = done.stderr.decode()
    assert done.returncode == 2, error
    assert error.count("\n") == 1 and f"'{option}': is empty" in error, error
    assert sorted(tmp_path.iterdir()) == [article]
