"""Coverage-guided fuzzing of the cleaner, the normalizer and the feed writer, for a fixed time.

    .venv/bin/pip install 'atheris>=2.3'          # once (pip install -e '.[fuzz]' does it too)
    .venv/bin/python tests/fuzz/fuzz.py            # every target, 60 s each
    .venv/bin/python tests/fuzz/fuzz.py feed --seconds 300

Each target runs in a process of its own under atheris (libFuzzer, guided by the coverage of
``tts_pipeline``'s own code), seeded with the project's test pages and articles. Without
atheris (no wheel for this Python), hypothesis generates the inputs instead, for the same time,
without coverage guidance. A crash is an exception other than the PipelineError a user gets
for bad input, or a broken promise (a feed that does not parse); atheris writes the input
that caused it to ``fuzz-crashes/<target>/``. Every crash found becomes a regression test
(``tests/test_fuzz_targets.py``). Exit status: 0 when no target crashed.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [ROOT / "samples", ROOT / "tests" / "articles", ROOT / "tests" / "pages"]
MAX_INPUT = 20_000
"""Longest input tried, in bytes: long enough for a page, short enough for many runs."""


def clean_target(data: bytes) -> None:
    """The cleaner: any text gives an article, or a PipelineError (nothing found, binary)."""
    from tts_pipeline.errors import PipelineError
    from tts_pipeline.extract import extract_article
    from tts_pipeline.models import Document

    text = data.decode("utf-8", "surrogateescape")
    try:
        article = extract_article(Document(text=text, name="fuzz"))
    except PipelineError:
        return
    assert article.paragraphs and all(isinstance(p, str) and p for p in article.paragraphs)


def normalize_target(data: bytes) -> None:
    """The normalizer: any sentence gives text to speak."""
    from tts_pipeline.normalize import normalize

    sentence = data[:2000].decode("utf-8", "surrogateescape")
    assert isinstance(normalize(sentence), str)


def feed_target(data: bytes) -> None:
    """The feed writer: episodes with any text in any field give a feed that parses."""
    from tts_pipeline.batch.feed import feed_problem, render_feed

    config, episodes = _feed_inputs(data)
    feed = render_feed(config, episodes, "cover.jpg")
    problem = feed_problem(feed)
    assert problem is None, problem


def _feed_inputs(data: bytes):
    """A show and up to four episodes whose every text field comes from ``data``."""
    from tts_pipeline.batch.config import default_config
    from tts_pipeline.batch.manifest import EpisodeRecord

    fields = data.decode("utf-8", "surrogateescape").split("\x1e")  # fields apart by RS
    take = iter(fields * 2 if len(fields) < 40 else fields)
    shown = {key: next(take, "") for key in ("title", "description", "author", "copyright")}
    config = replace(default_config(Path("/tmp/site")), **shown)
    episodes = []
    for n in range(1 + len(data) % 4):
        slug = f"story-{n}"
        episodes.append(
            EpisodeRecord(
                source=f"/articles/{n}.txt",
                guid=f"urn:uuid:{n}",
                slug=slug,
                input_hash="h",
                title=next(take, ""),
                first_seen=next(take, ""),
                updated="",
                duration=float(len(next(take, ""))),
                mp3_bytes=len(data),
                files={"audio": f"{slug}.mp3", "webvtt": f"{slug}.vtt"},
                author=next(take, None),
                published=next(take, None),
                url=next(take, None),
                description=next(take, None),
                chapters=[[float(i), next(take, "")] for i in range(2)],
            )
        )
    return config, episodes


TARGETS = {"clean": clean_target, "normalize": normalize_target, "feed": feed_target}
INSTRUMENTED = (
    *("tts_pipeline.extract", "tts_pipeline.normalize", "tts_pipeline.publish.sanitize"),
    *("tts_pipeline.batch.feed", "tts_pipeline.batch.config", "tts_pipeline.batch.manifest"),
)
"""The modules whose coverage guides the fuzzing."""


def seed_inputs(target: str) -> list[bytes]:
    """What the fuzzing starts from: the project's own pages, or short sentences of them."""
    texts = [p.read_bytes()[:MAX_INPUT] for d in SEEDS for p in sorted(d.glob("*.*"))]
    if target == "normalize":
        return [line for text in texts for line in text.splitlines()[:20] if line.strip()]
    return texts


def run_atheris(target: str, seconds: int, crashes: Path) -> int:
    import atheris

    with atheris.instrument_imports(include=["tts_pipeline"]):
        for name in INSTRUMENTED:  # every module now: the targets import most lazily
            module = importlib.import_module(name)
            for info in pkgutil.walk_packages(getattr(module, "__path__", []), f"{name}."):
                importlib.import_module(info.name)
    corpus = crashes.parent / "corpus" / target
    corpus.mkdir(parents=True, exist_ok=True)
    for n, seed in enumerate(seed_inputs(target)):
        (corpus / f"seed-{n}").write_bytes(seed)
    crashes.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], str(corpus), f"-max_total_time={seconds}", f"-max_len={MAX_INPUT}"]
    argv += [f"-artifact_prefix={crashes}/", "-print_final_stats=1", "-timeout=30"]
    atheris.Setup(argv, TARGETS[target])
    atheris.Fuzz()  # exits the process: non-zero on a crash
    return 0


def run_hypothesis(target: str, seconds: int, crashes: Path) -> int:
    """The same target over generated inputs until the time is up (no coverage guidance)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    seeds = seed_inputs(target)
    inputs = st.binary(max_size=2000) | st.text(max_size=2000).map(
        lambda t: t.encode("utf-8", "surrogatepass")
    ) | st.sampled_from(seeds)  # fmt: skip
    checks = settings(max_examples=500, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))  # fmt: skip
    test = checks(given(inputs)(TARGETS[target]))
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            test()
        except Exception as e:
            crashes.mkdir(parents=True, exist_ok=True)
            print(f"{target}: crash: {type(e).__name__}: {e}", file=sys.stderr)
            return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", help=f"of {', '.join(TARGETS)} (default: all)")
    parser.add_argument("--seconds", type=int, default=60, help="time per target")
    parser.add_argument("--out", type=Path, default=Path("fuzz-crashes"), help="crash folder")
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one target here
    args = parser.parse_args(argv)
    unknown = [t for t in [*args.targets, args.one or "clean"] if t not in TARGETS]
    if unknown:
        parser.error(f"unknown target {unknown[0]!r}; the targets: {', '.join(TARGETS)}")
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    if args.one:
        runner = run_atheris if engine == "atheris" else run_hypothesis
        return runner(args.one, args.seconds, args.out.resolve() / args.one)
    failed = []
    for target in args.targets or list(TARGETS):
        print(f"fuzzing {target} with {engine} for {args.seconds} s", flush=True)
        command = [sys.executable, __file__, "--one", target, "--seconds", str(args.seconds)]
        command += ["--out", str(args.out), "--engine", engine]
        if subprocess.run(command, env={**os.environ, "PYTHONHASHSEED": "0"}).returncode:
            failed.append(target)
    print(f"crashes in: {', '.join(failed)} (inputs under {args.out}/)" if failed else "no crash")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
