"""The parts of the Dask executor that need no cluster: the shared clip cache (a folder or an
fsspec URL), the task that carries a voice profile's files, and the errors a user can fix."""

from __future__ import annotations

import pickle
import shutil
import socket
import threading

import pytest
from conftest import ROOT

from tts_pipeline.audio.cache import ClipCache, open_clip_cache
from tts_pipeline.batch.run import BatchOptions, run_batch
from tts_pipeline.errors import ClusterError, ConfigError
from tts_pipeline.models import Clip

pytest.importorskip("fsspec", reason="the dask extra is not installed")


def _clips() -> list[Clip]:
    """Clips of different lengths and contents, so that a mix of two would show."""
    return [Clip(pcm=bytes([n]) * (2000 + 200 * n), rate=16000) for n in range(1, 5)]


@pytest.mark.parametrize("kind", ["folder", "file URL"])
def test_workers_storing_the_same_clip_at_once_never_corrupt_it(tmp_path, kind):
    location = tmp_path / "shared"
    cache = open_clip_cache(str(location) if kind == "folder" else location.as_uri())
    clips, key = _clips(), "ab" + "0" * 62
    seen, stop = [], threading.Event()

    def write(clip: Clip) -> None:
        writer = pickle.loads(pickle.dumps(cache))  # as a worker process gets it
        for _ in range(100):
            assert writer.put(key, clip)

    def read() -> None:
        while not stop.is_set():
            seen.append(cache.get(key))

    reader = threading.Thread(target=read)
    reader.start()
    writers = [threading.Thread(target=write, args=(clip,)) for clip in clips]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    reader.join()
    found = [clip for clip in seen if clip is not None]
    assert found and all(clip in clips for clip in found)  # never a mix of two
    assert None not in seen[seen.index(found[0]) :]  # once stored, never half-written
    assert cache.get(key) in clips
    assert cache.seconds(key) == len(cache.get(key).pcm) / 2 / 16000
    assert [p.name for p in location.rglob("*")] == ["ab", f"{key}.wav"]  # no temporary left


def test_a_shared_folder_is_the_same_cache_as_a_local_one(tmp_path):
    cache = open_clip_cache(str(tmp_path / "clips"))
    assert isinstance(cache, ClipCache) and cache.directory == tmp_path / "clips"
    remote = open_clip_cache((tmp_path / "clips").as_uri())
    clip = _clips()[0]
    assert remote.put("cd" + "1" * 62, clip) and cache.get("cd" + "1" * 62) == clip
    assert remote.probe() is None


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ({"cache": "nope://bucket/clips"}, "clip cache nope://bucket/clips: ValueError: Protocol"),
        ({"scheduler": "tcp://127.0.0.1:8786"}, "--scheduler is for --executor dask"),
        ({"executor": "dask"}, "needs the scheduler's address"),
        ({"executor": "spark"}, "unknown executor 'spark'"),
    ],
    ids=["unknown protocol", "scheduler without dask", "dask without scheduler", "no such"],
)
def test_options_that_cannot_work_stop_the_run_before_anything(
    tmp_path, monkeypatch, option, message
):
    monkeypatch.delenv("TTS_PIPELINE_DASK_SCHEDULER", raising=False)
    site = tmp_path / "site"
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")) as raised:
        run_batch([str(ROOT / "tests" / "articles")], BatchOptions(site=site, **option))
    assert raised.value.exit_code == 2 and "\n" not in str(raised.value)
    assert not site.exists()


def test_a_voice_travels_with_its_files_not_their_paths(tmp_path):
    from tts_pipeline.batch.portable import PortableVoice, worker_problem
    from tts_pipeline.pipeline import load_lexicons
    from tts_pipeline.voices import load_profile

    folder = tmp_path / "mine"
    folder.mkdir()
    espeak = (ROOT / "voices" / "espeak.toml").read_text()
    (folder / "reader.toml").write_text(espeak + 'lexicon = "words.toml"\ncover = "art/c.png"\n')
    (folder / "words.toml").write_text('"Kyiv" = "Keev"\n')
    (folder / "art").mkdir()
    (folder / "art" / "c.png").write_bytes(b"\x89PNG not really")
    voice = pickle.loads(
        pickle.dumps(PortableVoice.pack(load_profile(str(folder / "reader.toml"))))
    )
    shutil.rmtree(folder)  # the worker has no copy of the coordinator's files
    profile = voice.unpack()
    assert load_lexicons(profile, None).entries == {"Kyiv": "Keev"}
    assert profile.resolve(profile.cover).read_bytes() == b"\x89PNG not really"
    assert voice.unpack() == profile  # written once per process
    assert worker_problem(voice, None, "0.0.1") == (
        f"a worker runs tts-pipeline {__import__('tts_pipeline').__version__}, the coordinator "
        "0.0.1: install the same version on every machine"
    )


def test_a_worker_that_cannot_listen_is_named_before_a_checked_batch(monkeypatch):
    from tts_pipeline import __version__
    from tts_pipeline.batch import checking
    from tts_pipeline.batch.portable import PortableVoice, worker_problem
    from tts_pipeline.errors import RecognizerUnavailableError
    from tts_pipeline.voices import load_profile

    voice = PortableVoice.pack(load_profile(str(ROOT / "voices" / "espeak.toml")))
    assert worker_problem(voice, None, __version__, checks=False) is None

    def missing() -> None:  # a worker without the check extra
        raise RecognizerUnavailableError("speech recognition is not installed: pip install ...")

    monkeypatch.setattr(checking, "require_recognizer", missing)
    assert worker_problem(voice, None, __version__, checks=False) is None
    assert worker_problem(voice, None, __version__, checks=True) == (
        "speech recognition is not installed: pip install ..."
    )


def test_an_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from tts_pipeline.batch import cluster

    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1.0)
    with socket.socket() as bound:
        bound.bind(("127.0.0.1", 0))  # held, never listening: no other process can take it
        port = bound.getsockname()[1]
        options = BatchOptions(
            site=tmp_path / "site", executor="dask", scheduler=f"tcp://127.0.0.1:{port}"
        )
        article = ROOT / "tests" / "articles" / "bridge.txt"
        with pytest.raises(
            ClusterError, match=f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}"
        ):
            run_batch([str(article)], options)
    assert not (tmp_path / "site").exists()  # a new site: nothing made (was: state and cover)


def test_an_unreachable_scheduler_leaves_an_existing_site_as_it_was(tmp_path, monkeypatch):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from tts_pipeline.batch import cluster

    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1.0)
    site = tmp_path / "site"
    site.mkdir()
    (site / "notes.txt").write_text("mine")
    with socket.socket() as bound:
        bound.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{bound.getsockname()[1]}"
        options = BatchOptions(site=site, executor="dask", scheduler=address)
        article = ROOT / "tests" / "articles" / "bridge.txt"
        with pytest.raises(ClusterError, match="cannot reach the Dask scheduler"):
            run_batch([str(article)], options)
    assert (site / "notes.txt").read_text() == "mine"
    assert not list(site.glob("*.mp3"))


@pytest.mark.parametrize("address", ["nonsense", "tcp://host", "tcp://host:port"])
def test_a_malformed_scheduler_address_is_a_usage_error_before_the_site_is_made(tmp_path, address):
    """An address no scheduler can have was exit 10 (the cluster's) after the new site's state
    folder and cover were made; it is a usage error (exit 2) and nothing is written."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    options = BatchOptions(site=tmp_path / "site", executor="dask", scheduler=address)
    article = ROOT / "tests" / "articles" / "bridge.txt"
    with pytest.raises(ConfigError, match="is not a Dask scheduler address") as raised:
        run_batch([str(article)], options)
    assert raised.value.exit_code == 2 and address in str(raised.value)
    assert not (tmp_path / "site").exists()


def test_a_scheduler_without_workers_is_one_line(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    from tts_pipeline.batch import cluster

    monkeypatch.setattr(cluster, "WORKERS_WAIT_SECONDS", 1.0)
    article = ROOT / "tests" / "articles" / "bridge.txt"
    empty = distributed.LocalCluster(
        n_workers=0, processes=False, protocol="tcp://", host="127.0.0.1", dashboard_address=":0"
    )
    with empty:
        options = BatchOptions(
            site=tmp_path / "site", executor="dask", scheduler=empty.scheduler_address
        )
        with pytest.raises(ClusterError, match="has no worker that answers") as raised:
            run_batch([str(article)], options)
    assert f"start workers with `dask worker {empty.scheduler_address}`" in str(raised.value)
    assert raised.value.exit_code == 10


def test_the_client_keeps_no_log_of_the_tasks_it_sends():
    """By default distributed's client keeps its last 1000 batches of messages, every
    article's task among them: the coordinator's memory grew with the run. Not while open."""
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    import dask

    from tts_pipeline.batch.cluster import DaskExecutor
    from tts_pipeline.voices import load_profile

    setting = "distributed.admin.low-level-log-length"
    before = dask.config.get(setting)
    local = distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tcp://",
        host="127.0.0.1",
        dashboard_address=":0",
    )
    with local, DaskExecutor(local.scheduler_address, load_profile("espeak"), None) as executor:
        sent = [executor.client.submit(len, "text " * n, pure=False) for n in range(20)]
        assert executor.client.gather(sent) == [5 * n for n in range(20)]
        assert len(executor.client.scheduler_comm.recent_message_log) == 0
    assert dask.config.get(setting) == before
