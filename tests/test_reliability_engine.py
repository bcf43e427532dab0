"""Fault injection into the speech engine: never a silent gap, never a hang without end.

A fake engine (``fault_engine``, registered through the entry-point mechanism) raises,
crashes its process, hangs, or returns an empty, truncated or silent clip on chunks of a
short article, every kind at every position in turn. Once: the chunk is tried again and
every clip is whole. Every time: the run stops with one error that quotes the chunk.
"""

from __future__ import annotations

import json
import os
import struct
import time

import pytest
from fault_engine import KINDS, beeps, faults_taken, installed

from tts_pipeline.audio.cache import ClipCache, ClipStore, clip_key, wav_bytes
from tts_pipeline.audio.synthesize import ATTEMPTS, start_synthesis
from tts_pipeline.errors import ConfigError, SynthesisError
from tts_pipeline.models import Article, Clip
from tts_pipeline.pipeline import make_script
from tts_pipeline.voices import VoiceProfile, load_profile

ARTICLE = Article(
    title="Bridge opens after three years",
    author=None,
    published=None,
    site=None,
    url=None,
    paragraphs=(
        "The new bridge opened to traffic on Monday morning.",
        "Officials said the work cost more than the city had planned. Traffic was light.",
        "Cyclists were the first to cross. A second bridge is planned for the north.",
    ),
)
PROFILE = VoiceProfile.from_dict({"engine": "fault", "rate": 200}, name="fault")
TEXTS = [s.speech for s in make_script(ARTICLE).sentences()]
FAST = ("raise", "empty", "truncated", "silent")
"""The kinds that cost no time: every kind but ``exit`` (it would end the test's own
process) and ``hang`` (it waits for the time limit)."""
HANG_TIMEOUT = "0.4"


class Faults:
    """Arms the fault engine: which fault on which text, how many times."""

    def __init__(self, monkeypatch, state) -> None:
        self.monkeypatch = monkeypatch
        self.state = state
        self.env: dict[str, str] = {}

    def arm(self, plan: dict[str, str], times: int = 1) -> None:
        for old in self.state.iterdir():
            old.unlink()
        self.monkeypatch.setenv("FAULT_PLAN", json.dumps(plan))
        self.monkeypatch.setenv("FAULT_TIMES", str(times))
        self.monkeypatch.setenv("FAULT_TIMEOUT", HANG_TIMEOUT if "hang" in plan.values() else "30")

    def taken(self, text: str) -> int:
        return faults_taken(self.state, text)


@pytest.fixture
def faults(tmp_path, monkeypatch):
    state = tmp_path / "state"
    state.mkdir()
    monkeypatch.setenv("FAULT_STATE", str(state))
    with installed(tmp_path / "site") as env:
        armed = Faults(monkeypatch, state)
        armed.env = env
        yield armed


def synthesize_all(jobs: int) -> list[Clip]:
    with ClipStore(None) as store:
        return [store.get(key) for key in start_synthesis(TEXTS, PROFILE, store, jobs)]


def good_clips() -> list[Clip]:
    return [Clip(beeps(len(t.split()), PROFILE.rate), 16000) for t in TEXTS]


def rotated(kinds, shift: int) -> dict[str, str]:
    """Each kind on its own text, moved ``shift`` texts along."""
    return {TEXTS[(i + shift) % len(TEXTS)]: kind for i, kind in enumerate(kinds)}


def check_fails_naming(error: SynthesisError, text: str) -> None:
    message = str(error)
    assert f"failed {ATTEMPTS} times" in message
    assert f'"{text[:60]}' in message, message


def test_the_article_has_a_chunk_for_every_kind_of_fault():
    assert len(set(TEXTS)) == len(TEXTS) == len(KINDS)


@pytest.mark.parametrize("shift", range(len(TEXTS)))
def test_faults_once_at_every_position_are_retried_in_process(faults, shift):
    plan = rotated(FAST, shift)
    faults.arm(plan, times=1)
    assert synthesize_all(jobs=1) == good_clips()
    assert all(faults.taken(text) == 1 for text in plan)


def test_a_hang_once_in_process_is_stopped_and_retried_in_a_worker(faults):
    """A timer stops the engine; the texts left go to a worker process."""
    faults.arm({TEXTS[0]: "hang"}, times=1)
    assert synthesize_all(jobs=1) == good_clips()
    assert faults.taken(TEXTS[0]) == 1


@pytest.mark.parametrize("kind", FAST)
def test_a_lasting_fault_at_every_position_stops_with_the_sentence(faults, kind):
    for text in TEXTS:
        faults.arm({text: kind}, times=100)
        with pytest.raises(SynthesisError) as failure:
            synthesize_all(jobs=1)
        check_fails_naming(failure.value, text)
        assert faults.taken(text) == ATTEMPTS
        silent_every_time = kind in ("empty", "silent")
        assert ("may not read this language" in str(failure.value)) == silent_every_time


def test_a_lasting_hang_is_bounded_and_names_the_sentence(faults):
    """The first try is stopped by a timer in this process, the next two by killing the
    worker process they ran in."""
    faults.arm({TEXTS[2]: "hang"}, times=100)
    with pytest.raises(SynthesisError) as failure:
        synthesize_all(jobs=1)
    check_fails_naming(failure.value, TEXTS[2])
    assert f"no answer within {float(HANG_TIMEOUT):g} s" in str(failure.value)
    assert faults.taken(TEXTS[2]) == ATTEMPTS


def test_faults_once_in_workers_are_retried(faults):
    """Every kind, ``exit`` too, each on its own chunk, in two worker processes."""
    plan = rotated(KINDS, 0)
    faults.arm(plan, times=1)
    assert synthesize_all(jobs=2) == good_clips()
    assert all(faults.taken(text) == 1 for text in plan)


@pytest.mark.parametrize("kind", ["exit", "hang"])
def test_a_fault_once_at_every_position_in_workers_is_retried(faults, kind):
    """Every chunk crashes or hangs its worker once: each worker is replaced."""
    faults.arm(dict.fromkeys(TEXTS, kind), times=1)
    assert synthesize_all(jobs=2) == good_clips()
    assert all(faults.taken(text) == 1 for text in TEXTS)


@pytest.mark.parametrize("kind", ["exit", "hang"])
def test_a_lasting_fault_in_a_worker_stops_with_the_sentence(faults, kind):
    faults.arm({TEXTS[-1]: kind}, times=100)
    with pytest.raises(SynthesisError) as failure:
        synthesize_all(jobs=2)
    check_fails_naming(failure.value, TEXTS[-1])
    assert faults.taken(TEXTS[-1]) == ATTEMPTS


def test_an_implausible_clip_is_never_cached(faults, tmp_path):
    faults.arm({TEXTS[0]: "empty"}, times=100)
    cache = ClipCache(tmp_path / "cache")
    with ClipStore(cache) as store, pytest.raises(SynthesisError):
        list(start_synthesis(TEXTS, PROFILE, store, jobs=1))
    key = clip_key("fault 1.0|200", TEXTS[0])
    assert cache.seconds(key) is None


@pytest.mark.parametrize("stored", [Clip(b"", 16000), Clip(b"\0\0" * 800, 16000)])
def test_a_cached_implausible_clip_is_discarded_and_spoken_again(faults, tmp_path, stored):
    """A clip of 0 frames (or 0.05 s) in the cache, as an older version could leave."""
    faults.arm({})
    cache = ClipCache(tmp_path / "cache")
    keys = [clip_key("fault 1.0|200", text) for text in TEXTS]
    for key, text in zip(keys, TEXTS, strict=True):
        cache.put(key, Clip(beeps(len(text.split()), PROFILE.rate), 16000))
    cache.put(keys[1], stored)
    with ClipStore(cache) as store:
        synthesis = start_synthesis(TEXTS, PROFILE, store, jobs=1)
        clips = [store.get(key) for key in synthesis]
    assert synthesis.synthesized == 1
    assert clips == good_clips()


def test_the_clip_cache_forgets_the_least_recently_used_clips(tmp_path):
    clip = Clip(b"\1\0" * 4000, 16000)  # 8,044 bytes as a file
    writer = ClipCache(tmp_path, limit=10**9)
    keys = [f"{n:02x}" + "0" * 62 for n in range(10)]
    for age, key in enumerate(keys):
        writer.put(key, clip)
        os.utime(writer._path(key), (0, 10_000 + age))  # used long ago, oldest first
    assert writer.seconds(keys[0]) == pytest.approx(0.25)  # a use: now the most recent
    bounded = ClipCache(tmp_path, limit=5 * 8044)
    bounded.put("ff" + "0" * 62, clip)
    bounded.trim()
    kept = [key for key in [*keys, "ff" + "0" * 62] if bounded.has(key)]
    # down to 80 % of the bound: the oldest go; the two used just now stay
    assert kept == [keys[0], keys[8], keys[9], "ff" + "0" * 62]
    assert int((tmp_path / "usage").read_text()) == 4 * 8044


def test_one_run_never_fills_more_than_the_bound(tmp_path):
    cache = ClipCache(tmp_path, limit=20_000)
    assert cache.put("aa" + "0" * 62, Clip(b"\0\1" * 5000, 16000))
    assert not cache.put("bb" + "0" * 62, Clip(b"\0\1" * 5000, 16000))


@pytest.mark.parametrize(
    ("value", "limit"),
    [
        ("", 2 * 1024**3),
        ("0", 0),
        ("500M", 500 * 1024**2),
        ("1.5G", 1.5 * 1024**3),
        ("2048", 2048),
        ("64KiB", 64 * 1024),
    ],
    ids=["default", "0", "500M", "1.5G", "2048", "64KiB"],
)
def test_the_cache_bound_is_set_in_the_environment(monkeypatch, value, limit):
    from tts_pipeline.audio.cache import clip_cache_limit

    monkeypatch.setenv("TTS_PIPELINE_CACHE_SIZE", value)
    assert clip_cache_limit() == int(limit)


@pytest.mark.parametrize("value", ["lots", "-5M", "1X", "nan"])
def test_a_cache_bound_that_is_no_size_is_refused(monkeypatch, value):
    from tts_pipeline.audio.cache import clip_cache_limit

    monkeypatch.setenv("TTS_PIPELINE_CACHE_SIZE", value)
    with pytest.raises(ConfigError, match="TTS_PIPELINE_CACHE_SIZE"):
        clip_cache_limit()


def test_stored_clips_are_wav_files():
    data = wav_bytes(Clip(b"\1\2" * 3, 22050))
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    assert struct.unpack_from("<I", data, 40)[0] == 6


@pytest.mark.engine
def test_espeak_never_hands_back_an_empty_clip():
    """espeak, started right after a long sentence, ended the next one now and then before its
    first sound (about one in 250 on a loaded machine): pyttsx3 cancelled it."""
    from tts_pipeline.audio.clipcheck import clip_problem
    from tts_pipeline.engines.pyttsx3_engine import Pyttsx3Engine

    engine, profile = Pyttsx3Engine(), load_profile("espeak")
    texts = ("Officials said on Monday that the bridge will open next spring, after years.", "Yes.")
    for _ in range(60):
        for text in texts:
            assert clip_problem(text, engine.synthesize(text, profile), profile.rate) is None


@pytest.mark.parametrize("times", [1, 100], ids=["once", "always"])
def test_speak_has_no_silent_sentence(faults, tmp_path, times):
    """The whole `speak`, the real MP3 measured: a sentence whose clip came back empty once
    is spoken all the same; one that always does stops the run, and writes nothing."""
    from audio_helpers import check_duration_matches_text

    from tts_pipeline.pipeline import SpeakOptions, read_article, speak

    source = tmp_path / "story.txt"
    source.write_text("\n\n".join(ARTICLE.paragraphs) + "\n")
    script = make_script(read_article(str(source), clean=False), intro=False)
    victim = script.sentences()[2].speech
    faults.arm({victim: "empty"}, times=times)
    voice = tmp_path / "fault.toml"
    voice.write_text('engine = "fault"\nrate = 200\n')
    out = tmp_path / "out" / "story.mp3"
    options = SpeakOptions(output=out, voice=str(voice), clean=False, use_cache=False, jobs=1)
    if times > 1:
        with pytest.raises(SynthesisError, match="Traffic was light"):
            speak(str(source), options)
        assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
        return
    episode = speak(str(source), options)
    assert all(t.end - t.start > 0.3 for t in episode.timings), episode.timings
    check_duration_matches_text(episode, PROFILE, script)


def test_speak_starts_the_workers_early_and_they_speak_loaded(faults, tmp_path):
    """With an engine that has a ``prepare`` step, ``speak`` starts its workers while it
    makes the script; those same workers, loaded, speak every text, and are gone after."""
    from tts_pipeline.pipeline import SpeakOptions, speak

    source = tmp_path / "story.txt"
    source.write_text("\n\n".join(ARTICLE.paragraphs) + "\n")
    voice = tmp_path / "prepared.toml"
    voice.write_text('engine = "fault-prepared"\nrate = 200\n')
    out = tmp_path / "story.mp3"
    options = SpeakOptions(output=out, voice=str(voice), clean=False, use_cache=False, jobs=2)
    speak(str(source), options)
    prepared = {int(p.name.split("-")[1]) for p in faults.state.glob("prepared-*")}
    spoke = [p.name.split("-")[1:] for p in faults.state.glob("spoke-*")]
    # Both workers start early; on a loaded machine one may speak every text before the
    # other has loaded, and that one is then stopped: at least one prepared, never the parent.
    assert 1 <= len(prepared) <= 2 and os.getpid() not in prepared
    assert spoke and all(int(pid) in prepared and ready == "True" for pid, ready in spoke)
    assert out.is_file()
    assert not [pid for pid in prepared if _alive(pid)]


def test_speak_of_an_episode_in_the_cache_starts_no_workers(faults, tmp_path, monkeypatch):
    """A second `speak` of the same article with the same voice finds its episode in the
    cache: no worker starts to load the voice for nothing, and the MP3 is written again."""
    from tts_pipeline.audio import workers
    from tts_pipeline.pipeline import SpeakOptions, speak

    pools = []

    class CountedPool(workers.WorkerPool):
        def __init__(self, *args, **kwargs) -> None:
            pools.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(workers, "WorkerPool", CountedPool)

    source = tmp_path / "story.txt"
    source.write_text("\n\n".join(ARTICLE.paragraphs) + "\n")
    voice = tmp_path / "prepared.toml"
    voice.write_text('engine = "fault-prepared"\nrate = 200\n')
    out = tmp_path / "story.mp3"
    options = SpeakOptions(output=out, voice=str(voice), clean=False, jobs=2)
    speak(str(source), options)
    assert pools, "the first run started no workers"
    first = out.read_bytes()
    pools.clear()
    out.unlink()
    episode = speak(str(source), options)
    assert not pools, "workers started for an episode in the cache"
    assert episode.synthesized == 0
    assert out.read_bytes() == first


def test_early_workers_no_synthesis_takes_are_stopped(faults):
    """Workers started early for a synthesis that never comes end with the block."""
    from tts_pipeline.audio.synthesize import workers_started_early

    profile = VoiceProfile.from_dict({"engine": "fault-prepared", "rate": 200}, name="p")
    with workers_started_early(profile, TEXTS, "en", jobs=2):
        for _ in range(600):  # until both have started (at most a minute)
            prepared = [int(p.name.split("-")[1]) for p in faults.state.glob("prepared-*")]
            if len(prepared) == 2:
                break
            time.sleep(0.1)
    assert len(prepared) == 2
    assert not [pid for pid in prepared if _alive(pid)]


@pytest.mark.parametrize("kill", [False, True], ids=["stopped", "killed"])
def test_a_worker_runs_its_exit_handlers_before_it_ends(faults, tmp_path, kill):
    """Workers end without the interpreter's teardown, but after their exit handlers."""
    from fault_engine import note_at_exit

    from tts_pipeline.audio.workers import WorkerPool

    note = tmp_path / "ended.txt"
    pool = WorkerPool(1)
    pid = pool.submit(note_at_exit, str(note)).result()
    pool.shutdown(kill=kill)
    assert note.read_text() == "ended"
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
