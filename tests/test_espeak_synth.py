"""espeak is handed the text's true size (a run crashed now and then with a segfault inside
libespeak-ng's ``espeak_Synth``, in the process that speaks).

pyttsx3 told ``espeak_Synth`` ten times the text's length, and libespeak-ng copies that
many bytes: it read past the end of the Python object holding the text, which crashes only
when that object lies near the end of mapped memory. The fault is injected: the text is
placed just before a page that cannot be read, and the real library speaks it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.engine

AT_THE_EDGE = textwrap.dedent(
    """
    import ctypes, mmap, sys
    from tts_pipeline.engines.pyttsx3_engine import Pyttsx3Engine
    from tts_pipeline.voices import load_profile

    engine, profile = Pyttsx3Engine(), load_profile("espeak")
    if engine.unavailable_reason(profile) or engine._load().driver_name != "espeak":
        print("no espeak", flush=True)
        raise SystemExit(0)
    espeak = sys.modules["pyttsx3.drivers._espeak"]
    page = mmap.PAGESIZE
    memory = mmap.mmap(-1, 2 * page)
    start = ctypes.addressof(ctypes.c_char.from_buffer(memory))
    libc = ctypes.CDLL(None)
    libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    assert libc.mprotect(start + page, page, 0) == 0  # the page after it cannot be read
    real = espeak.cSynth

    def text_at_the_edge(text, size, *rest):
        edge = start + page - len(text) - 1  # the text and its NUL end the readable page
        ctypes.memmove(edge, text, len(text) + 1)
        return real(ctypes.cast(edge, ctypes.c_char_p), size, *rest)

    espeak.cSynth = text_at_the_edge
    clip = engine.synthesize("The harbour board met on Tuesday.", profile)
    print(f"{clip.seconds:.1f}", flush=True)
    """
)


def test_espeak_reads_no_byte_past_the_text():
    done = subprocess.run(
        [sys.executable, "-c", AT_THE_EDGE], capture_output=True, text=True, timeout=120
    )
    if done.stdout == "no espeak\n":
        pytest.skip("pyttsx3 does not speak through espeak here")
    assert done.returncode == 0, f"ended with {done.returncode}: {done.stderr}"
    assert done.stderr == ""
    assert 1.0 < float(done.stdout) < 5.0
