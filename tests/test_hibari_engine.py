"""The hibari engine: its voices, that it never downloads, and the speech it makes."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import numpy as np
import pytest
from conftest import SAMPLE_PAGE
from test_errors import assert_clean_failure

from tts_pipeline.engines import ENTRY_POINT_GROUP, Engine, get_engine
from tts_pipeline.engines.hibari_engine import HibariEngine, clause_pieces, to_pcm16
from tts_pipeline.errors import VoiceError
from tts_pipeline.pipeline import make_script, read_article
from tts_pipeline.voices import VoiceProfile, load_profile

HEART = VoiceProfile(name="heart-test", engine="hibari", voice="heart")

NETWORK_GUARD = '''\
"""Loaded by every Python process of the test (PYTHONPATH): refuses and logs network use."""
import os
import sys

_LOG = os.environ["NETWORK_GUARD_LOG"]
_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
           "urllib.Request", "http.client.connect"}


def _guard(event, args):
    if event in _EVENTS:
        with open(_LOG, "a") as log:
            log.write(f"{os.getpid()} {event} {args!r}\\n")
        raise OSError(f"network use refused by the test: {event}")


sys.addaudithook(_guard)
'''


def test_registered_through_the_entry_points_and_meets_the_protocol():
    found = {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}
    assert found["hibari"] == "tts_pipeline.engines.hibari_engine:HibariEngine"
    engine = get_engine("hibari")
    assert isinstance(engine, Engine) and engine.name == "hibari"
    assert engine.unavailable_reason() is None
    assert engine.unavailable_reason(load_profile("heart")) is None


def test_offers_only_the_voices_inside_its_package():
    voices = get_engine("hibari").voices()
    assert [v.id for v in voices] == ["heart"]
    assert voices[0].languages == ("en-US",)


def test_a_voice_hibari_would_download_is_unavailable_and_says_why():
    engine = get_engine("hibari")
    reason = engine.unavailable_reason(VoiceProfile(name="uk", engine="hibari", voice="emma"))
    assert "not inside an installed package" in reason and "never downloads" in reason
    unknown = engine.unavailable_reason(VoiceProfile(name="x", engine="hibari", voice="nobody"))
    assert "no voice 'nobody'" in unknown and "heart" in unknown


def test_identity_needs_no_model_and_follows_the_settings():
    engine = HibariEngine()
    identity = engine.identity(HEART)
    assert identity.startswith("hibari 0.") and "|heart|" in identity
    assert engine.identity(VoiceProfile(engine="hibari", voice="heart", rate=200)) != identity
    assert not engine._models, "identity must not load the model"


def test_choosing_and_naming_a_voice_loads_no_speech_runtime():
    """The process that only chooses the voice and keys its clips (``speak``'s own, while
    workers speak) imports neither hibari's engine nor onnxruntime: 0.25 s before any
    worker starts. The registry it reads is hibari's own."""
    code = (
        "import sys\n"
        "from tts_pipeline.engines import get_engine\n"
        "from tts_pipeline.voices import choose_voice, load_profile\n"
        "engine, heart = get_engine('hibari'), choose_voice(load_profile('heart'), 'en')\n"
        "print(engine.unavailable_reason(heart), engine.identity(heart).split('|')[1],\n"
        "      [v.id for v in engine.voices()], 'onnxruntime' in sys.modules,\n"
        "      'hibari.tts' in sys.modules, 'hibari' in sys.modules)\n"
        "import hibari.voices\n"
        "from tts_pipeline.engines.hibari_engine import _registry\n"
        "print(_registry().voices == hibari.voices.VOICES,\n"
        "      str(_registry().assets) == hibari.voices.ASSETS)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    chosen, loaded = result.stdout.split()[:3], result.stdout.split()[3:]
    assert chosen == ["None", "heart", "['heart']"]
    assert loaded == ["False", "False", "False", "True", "True"]


@pytest.mark.engine
def test_speaks_a_sentence_the_same_every_time():
    engine = get_engine("hibari")
    text = "The committee will publish its findings on the first of March next year."
    clip = engine.synthesize(text, HEART)
    assert clip.rate == 24000
    words_per_minute = len(text.split()) / clip.seconds * 60
    assert 90 < words_per_minute < 200  # the clip holds about half a second of silence
    samples = np.frombuffer(clip.pcm, dtype="<i2")
    assert np.sqrt(np.mean(samples.astype(float) ** 2)) > 500
    assert engine.synthesize(text, HEART).pcm == clip.pcm, "a fixed seed: the same audio"
    assert len(engine._models) == 1, "the model is loaded once per process"


@pytest.mark.engine
def test_rate_and_volume_follow_the_profile():
    engine = get_engine("hibari")
    text = "Officials said the bridge would open to traffic before the end of next year."
    slow = engine.synthesize(text, VoiceProfile(engine="hibari", voice="heart", rate=120))
    fast = engine.synthesize(text, VoiceProfile(engine="hibari", voice="heart", rate=240))
    assert 0.4 < fast.seconds / slow.seconds < 0.65
    loud = np.frombuffer(engine.synthesize(text, HEART).pcm, dtype="<i2").astype(float)
    half = VoiceProfile(engine="hibari", voice="heart", volume=0.5)
    quiet = np.frombuffer(engine.synthesize(text, half).pcm, dtype="<i2").astype(float)
    assert np.abs(quiet).max() == pytest.approx(np.abs(loud).max() / 2, rel=0.01)


def longest_inner_silence(pcm: bytes, rate: int) -> float:
    """Seconds of the longest run of 10 ms windows under -50 dBFS between the first and the
    last sound."""
    samples = np.abs(np.frombuffer(pcm, dtype="<i2").astype(float)) / 32768
    loud = np.flatnonzero(samples > 0.003)
    speech = samples[loud[0] : loud[-1]]
    window = rate // 100
    quiet = speech[: len(speech) // window * window].reshape(-1, window).max(axis=1) < 0.003
    longest = run = 0
    for q in quiet:
        run = run + 1 if q else 0
        longest = max(longest, run)
    return longest * 0.01


@pytest.mark.engine
def test_one_sentence_is_one_utterance_whatever_its_full_stops():
    """hibari's own sentence splitter would cut after "U.S." and put most of a second of
    silence inside the sentence; the engine gives the model the whole sentence at once."""
    clip = get_engine("hibari").synthesize("Officials in the U.S. Army said so on Monday.", HEART)
    assert longest_inner_silence(clip.pcm, clip.rate) < 0.3


def test_long_phoneme_strings_are_cut_after_clause_punctuation():
    clause = "ðə kəmˈɪTi, wˌɪʧ mˈɛt ɪn klˈOzd sˈɛʃᵊn ˌɔn θˈɜɹzdˌA; sˈɛd ðæt ɪt wʊd pˈʌblɪʃ"
    phonemes = " ".join([clause] * 8)
    pieces = clause_pieces(phonemes, 120)
    assert len(pieces) > 1 and all(len(p) <= 120 for p in pieces)
    assert all(p[-1] in ",;" for p in pieces[:-1])
    assert " ".join(pieces).split() == phonemes.split()
    assert clause_pieces("  ", 120) == [] and clause_pieces("hˈI.", 120) == ["hˈI."]


def test_samples_become_16_bit_pcm_clipped_at_full_scale():
    pcm = to_pcm16(np.array([0.0, 0.5, -1.5, 2.0], dtype=np.float32), volume=1.0)
    assert np.frombuffer(pcm, dtype="<i2").tolist() == [0, 16384, -32768, 32767]


def test_a_broken_model_is_reported_as_such(tmp_path, monkeypatch):
    from tts_pipeline.engines import hibari_engine

    registry = hibari_engine._registry()
    entry = registry.voices["heart"]
    model = registry.assets / entry["file"]
    (tmp_path / entry["file"]).write_bytes(model.read_bytes()[:100_000])
    monkeypatch.setattr(
        hibari_engine, "_registry", lambda: hibari_engine._Registry(registry.voices, tmp_path)
    )
    with pytest.raises(VoiceError, match="broken"):
        HibariEngine().synthesize("Hello.", HEART)


def test_hibari_uses_numpy_not_scipy_in_our_processes():
    """scipy.fft costs 0.4 to 2 s to import in each worker and is no faster here."""
    code = (
        "import sys\n"
        "from tts_pipeline.engines import get_engine\n"
        "from tts_pipeline.voices import load_profile\n"
        "get_engine('hibari').synthesize('Hello there.', load_profile('heart'))\n"
        "import hibari.dsp\n"
        "print(hibari.dsp.FFT_BACKEND, 'scipy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["numpy", "False"]


@pytest.mark.engine
def test_speaking_with_the_default_voice_loads_nothing_gpl(tmp_path):
    """Neither espeak-ng (through pyttsx3, espeakng-loader or its library) nor piper: the
    README's Licensing section says so."""
    article = tmp_path / "a.txt"
    article.write_text("The council approved the bridge on Monday. Work begins in spring.\n")
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from tts_pipeline.pipeline import SpeakOptions, speak\n"
        f"out = Path({str(tmp_path / 'a.mp3')!r})\n"
        f"speak({str(article)!r}, SpeakOptions(output=out, clean=False))\n"
        "loaded = [m for m in ('pyttsx3', 'espeakng_loader', 'piper') if m in sys.modules]\n"
        "maps = Path('/proc/self/maps')\n"
        "if maps.exists() and 'espeak' in maps.read_text():\n"
        "    loaded.append('libespeak-ng')\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def network_cut() -> list[str]:
    """A command prefix that runs a process without a network, where the system allows."""
    try:
        works = subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0
    except OSError:
        works = False
    return ["unshare", "-n"] if works else []


@pytest.fixture
def offline(tmp_path):
    """Run the CLI with every Python process's network use refused and logged (and, where
    ``unshare -n`` works, no network at all); returns (run, the log's path)."""
    import os

    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NETWORK_GUARD)
    log = tmp_path / "network.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(guard), os.environ.get("PYTHONPATH")])),
        "NETWORK_GUARD_LOG": str(log),
        "HIBARI_HOME": str(tmp_path / "hibari-home"),  # where hibari would put a download
    }

    def run(*args: str) -> subprocess.CompletedProcess:
        command = [*network_cut(), sys.executable, *args]
        return subprocess.run(command, capture_output=True, env=env, cwd=tmp_path, timeout=600)

    return run, log


def test_the_guard_catches_hibaris_download(offline):
    """The control: asked for a voice it does not ship, hibari itself goes to the network."""
    run, log = offline
    result = run("-c", "from hibari.voices import voice_path; voice_path('emma')")
    assert result.returncode != 0
    assert "urllib.Request" in log.read_text() or "socket" in log.read_text()


@pytest.mark.engine
def test_speaks_without_a_network_and_never_tries_one(offline, tmp_path):
    run, log = offline
    script = make_script(read_article(str(SAMPLE_PAGE)), profile=load_profile("default"))
    spoken = sum(len(sentence.speech) for sentence in script.sentences())
    assert spoken > HibariEngine.pool_min_chars, "long enough for worker processes"
    result = run("-m", "tts_pipeline", "speak", str(SAMPLE_PAGE), "-j", "2", "-o", "a.mp3")
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "a.mp3").stat().st_size > 10_000
    assert not log.exists(), log.read_text()
    profile = tmp_path / "emma.toml"
    profile.write_text('engine = "hibari"\nvoice = "emma"\n')
    refused = run("-m", "tts_pipeline", "speak", str(SAMPLE_PAGE), "--voice", str(profile))
    line = assert_clean_failure(refused, "emma", "not inside an installed package")
    assert refused.returncode == 5, line
    assert not log.exists(), log.read_text()
    assert not Path(tmp_path / "hibari-home").exists()


def test_pronunciation_data_read_with_orjson_is_the_data_hibari_reads():
    import gzip
    import json
    import types
    from pathlib import Path

    import hibari.g2p

    from tts_pipeline.engines.hibari_engine import read_json_with_orjson

    def own(name):  # what hibari 0.2's _load_json does
        data = (Path(hibari.g2p.ASSETS) / name).read_bytes()
        return json.loads(gzip.decompress(data) if name.endswith(".gz") else data)

    module = types.SimpleNamespace(_load_json=own, ASSETS=hibari.g2p.ASSETS)
    read_json_with_orjson(module)
    assert module._load_json is not own and module._load_json.reads_with_orjson
    for name in ("lexicon_us_gold.json.gz", "tagger.json.gz", "tokenizer_exceptions.json"):
        assert module._load_json(name) == own(name)
    faster = module._load_json
    read_json_with_orjson(module)  # once only
    assert module._load_json is faster


def test_a_hibari_without_its_json_reader_is_left_as_it_is():
    import types

    from tts_pipeline.engines.hibari_engine import read_json_with_orjson

    module = types.SimpleNamespace(ASSETS="/nowhere")
    read_json_with_orjson(module)
    assert not hasattr(module, "_load_json")
