"""The engine registry and the built-in engines' contracts."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import entry_points

import pytest

from tts_pipeline.engines import (
    ENTRY_POINT_GROUP,
    Engine,
    EngineVoice,
    engine_names,
    get_engine,
    register_engine,
    unregister_engine,
)
from tts_pipeline.engines.pyttsx3_engine import pick_voice
from tts_pipeline.errors import EngineUnavailableError, VoiceError
from tts_pipeline.voices import VoiceProfile


def test_built_in_engines_register_through_entry_points():
    found = {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}
    assert found["hibari"].startswith("tts_pipeline.engines.hibari_engine:")
    assert found["pyttsx3"].startswith("tts_pipeline.engines.pyttsx3_engine:")
    assert found["piper"].startswith("tts_pipeline.engines.piper_engine:")
    assert {"hibari", "pyttsx3", "piper"} <= set(engine_names())


@pytest.mark.parametrize("name", ["hibari", "pyttsx3", "piper"])
def test_built_in_engines_meet_the_protocol(name):
    engine = get_engine(name)
    assert isinstance(engine, Engine)
    assert engine.name == name
    assert get_engine(name) is engine, "one instance per process"


class Silent:
    name = "silent"
    max_chars = 100
    pool_min_chars = 10**9

    def unavailable_reason(self, profile=None):
        return None

    def voices(self):
        return [EngineVoice("hush", "Hush", ("en",))]

    def identity(self, profile):
        return "silent"

    def synthesize(self, text, profile):
        from tts_pipeline.models import Clip

        return Clip(b"\x00\x00" * 100, 16000)


class NoVoices:
    name = "novoices"
    max_chars = 100
    pool_min_chars = 100

    def synthesize(self, text, profile): ...


def test_register_and_unregister():
    register_engine("silent", Silent)
    try:
        assert "silent" in engine_names()
        assert get_engine("silent").voices()[0].id == "hush"
    finally:
        unregister_engine("silent")
    assert "silent" not in engine_names()
    with pytest.raises(EngineUnavailableError, match="silent"):
        get_engine("silent")


def test_unknown_engine_lists_the_installed_ones():
    with pytest.raises(EngineUnavailableError) as info:
        get_engine("ghost")
    assert "ghost" in str(info.value) and "pyttsx3" in str(info.value)


def test_engine_missing_protocol_members_is_refused():
    register_engine("novoices", NoVoices)
    try:
        with pytest.raises(EngineUnavailableError) as info:
            get_engine("novoices")
    finally:
        unregister_engine("novoices")
    message = str(info.value)
    assert "unavailable_reason" in message and "voices" in message and "identity" in message
    assert "synthesize" not in message


def test_engine_that_fails_to_start_is_one_clear_error():
    def broken():
        raise OSError("no sound device")

    register_engine("broken", broken)
    try:
        with pytest.raises(EngineUnavailableError, match=r"broken.*no sound device"):
            get_engine("broken")
    finally:
        unregister_engine("broken")


ESPEAK = [
    EngineVoice("gmw/en", "English (Great Britain)", ("en-gb",)),
    EngineVoice("gmw/en-us", "English (America)", ("en-us",)),
    EngineVoice("roa/fr", "French", ("fr-fr",)),
]
MAC = [
    EngineVoice("com.apple.voice.Thomas", "Thomas", ("fr_FR",)),
    EngineVoice("com.apple.voice.Alex", "Alex", ("en_US",)),
]


@pytest.mark.parametrize(
    "voices, voice, language, chosen",
    [
        (ESPEAK, "gmw/en-us", "en", "gmw/en-us"),
        (ESPEAK, "English (America)", "en", "gmw/en-us"),
        (MAC, "gmw/en-us", "en", "com.apple.voice.Alex"),  # the id is Linux's: go by language
        (MAC, "gmw/fr", "fr-fr", "com.apple.voice.Thomas"),
        (ESPEAK, None, "fr", "roa/fr"),
        (ESPEAK, None, "en-gb", "gmw/en"),
        (ESPEAK, None, None, None),
    ],
)
def test_pyttsx3_picks_the_voice_by_id_name_or_language(voices, voice, language, chosen):
    assert pick_voice(voices, VoiceProfile(voice=voice, language=language)) == chosen


def test_pyttsx3_without_such_voice_or_language_says_so():
    with pytest.raises(VoiceError, match=r"'xx/nope'.*'de'"):
        pick_voice(ESPEAK, VoiceProfile(voice="xx/nope", language="de"))


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


def test_core_does_not_import_piper():
    """piper-tts is GPL: listing voices or speaking with the default voice or espeak must not
    import it."""
    code = (
        "import sys\n"
        "from tts_pipeline.voices import profile_statuses, load_profile\n"
        "from tts_pipeline.engines import get_engine\n"
        "statuses = profile_statuses()\n"
        "get_engine('piper').identity(load_profile('joe'))\n"
        "get_engine('pyttsx3').synthesize('Hello.', load_profile('espeak'))\n"
        "get_engine('hibari').synthesize('Hello.', load_profile('default'))\n"
        "print([m for m in ('piper',) if m in sys.modules])\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.engine
def test_espeak_and_piper_in_one_process():
    """Both bring an espeak-ng; loading one must not break the other, in either order (and
    hibari, which runs on onnxruntime as Piper does, beside both)."""
    pytest.importorskip("piper")
    speak = (
        "from tts_pipeline.engines import get_engine\n"
        "from tts_pipeline.voices import load_profile\n"
        "def say(engine, voice):\n"
        "    clip = get_engine(engine).synthesize('Hello there.', load_profile(voice))\n"
        "    assert clip.seconds > 0.3, clip.seconds\n"
    )
    for order in (
        "say('pyttsx3', 'espeak'); say('piper', 'joe')",
        "say('piper', 'joe'); say('hibari', 'heart'); say('pyttsx3', 'espeak')",
    ):
        result = run_python(speak + order + "\n")
        assert result.returncode == 0, (order, result.returncode, result.stderr[-2000:])


def test_threads_asking_for_an_engine_at_once_share_one_instance():
    made = []
    started = threading.Barrier(8)

    def slow_silent():
        made.append(1)
        time.sleep(0.05)  # a slow start, as a neural voice's is: the others ask meanwhile
        return Silent()

    register_engine("slow", slow_silent)
    try:

        def ask(_):
            started.wait()
            return get_engine("slow")

        with ThreadPoolExecutor(8) as pool:
            engines = list(pool.map(ask, range(8)))
    finally:
        unregister_engine("slow")
    assert len(made) == 1
    assert all(engine is engines[0] for engine in engines)
