"""benchmarks/bench.py: a run said to have a cold cache has it cold for compiled
expressions and parsed data too (``TTS_PIPELINE_CODE_CACHE``), not only for clips."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench.py"


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_under_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_cold_run_has_a_fresh_code_cache_too(tmp_path, monkeypatch):
    seen = []

    def fake_run(command, **kwargs):
        seen.append(kwargs["env"])
        return subprocess.CompletedProcess(command, 0, b"", b"")

    bench = _bench_module()
    monkeypatch.setattr(bench.subprocess, "run", fake_run)
    runner = bench.Bench(tmp_path, 1)
    runner.run(["true"])  # a fresh cache
    warm = runner.fresh("warm")
    runner.run(["true"], cache=warm)  # a given one, warm after its first run
    cold, again = seen
    assert cold["TTS_PIPELINE_CODE_CACHE"] == cold["TTS_PIPELINE_CACHE"]
    assert Path(cold["TTS_PIPELINE_CACHE"]).parent == tmp_path
    assert again["TTS_PIPELINE_CODE_CACHE"] == again["TTS_PIPELINE_CACHE"] == str(warm)
