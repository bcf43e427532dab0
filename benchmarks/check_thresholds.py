"""Measure how `tts-pipeline check` scores intact and damaged sentences, per voice.

Renders each page given with each voice, then checks the intact MP3 and damaged copies:
every third sentence cut out, every third (others) replaced by silence, and a sentence of
another page spliced in after every fourth. Prints the similarity distributions of intact
and damaged sentences, and how often spliced speech was found (and found where there was
none), from which the thresholds in tts_pipeline/data/check/thresholds.toml are set.

    .venv/bin/python benchmarks/check_thresholds.py --voice default --voice joe PAGE...

Give pages the project does not ship (development pages); only the numbers are kept.
With --work DIR the episodes, damaged copies and transcripts are kept there, and a second
run only compares again (to try another alignment or folding without transcribing).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from damage import (  # noqa: E402
    cut_sentences,
    decode_mp3,
    encode_mp3,
    sentence_times,
    silence_sentences,
    speech_only,
    splice_after,
)

from tts_pipeline.check.compare import compare  # noqa: E402
from tts_pipeline.check.expected import load_expected  # noqa: E402
from tts_pipeline.check.transcribe import transcribe  # noqa: E402


def render(page: Path, voice: str, folder: Path) -> Path | None:
    mp3 = folder / f"{voice}-{page.name.split('.')[0][:12]}.mp3"
    if mp3.is_file():
        return mp3
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tts_pipeline",
            "speak",
            str(page),
            "-o",
            str(mp3),
            "--voice",
            voice,
        ],
        capture_output=True,
    )
    if done.returncode:
        print(f"skipped {page.name}: {done.stderr.decode().strip()}", file=sys.stderr)
        return None
    return mp3


def measure(mp3: Path, foreign, results: dict) -> None:
    expected = load_expected(mp3)
    times = sentence_times(mp3.with_name(mp3.stem + ".episode.json"))
    samples = decode_mp3(mp3.read_bytes())
    n = len(times)

    def similarities(data: bytes, variant: str):
        """Compare afresh; transcribe only once per variant (kept beside the MP3)."""
        import pickle

        kept = mp3.with_name(f"{mp3.stem}.{variant}.transcript")
        if kept.is_file():
            heard = pickle.loads(kept.read_bytes())
        else:
            heard = transcribe(data)
            kept.write_bytes(pickle.dumps(heard))
        return compare(heard, expected, threshold=0.0)

    intact = similarities(mp3.read_bytes(), "intact")
    results["intact"] += [s.similarity for s in intact.sentences]
    results["words"] += [len(s.speech.split()) for s in expected.sentences]
    results["false_unexpected"] += len(intact.unexpected)
    results["unexpected_texts"] += [p.text for p in intact.unexpected]

    cut = [i for i in range(2, n, 3)]
    damaged = similarities(encode_mp3(cut_sentences(samples, times, cut)), "cut")
    results["cut"] += [damaged.sentences[i].similarity for i in cut]
    results["near_damage"] += [
        s.similarity for i, s in enumerate(damaged.sentences) if i not in cut
    ]

    quiet = [i for i in range(1, n, 3)]
    damaged = similarities(encode_mp3(silence_sentences(samples, times, quiet)), "silenced")
    results["silenced"] += [damaged.sentences[i].similarity for i in quiet]
    results["near_damage"] += [
        s.similarity for i, s in enumerate(damaged.sentences) if i not in quiet
    ]
    results["silences_found"] += sum(
        any(p.start <= times[i][1] and p.end >= times[i][0] for p in damaged.silences)
        for i in quiet
    )
    results["silences_made"] += len(quiet)

    if foreign is not None:
        after = [i for i in range(3, n - 1, 4)]
        spliced = similarities(
            encode_mp3(splice_after(samples, times, dict.fromkeys(after, foreign))), "spliced"
        )
        inserted = (len(foreign) / 44100) + 0.8  # the speech and a pause on each side
        where = []
        for k, i in enumerate(after):
            middle = (times[i][1] + times[i + 1][0]) / 2 + k * inserted
            where.append((middle, middle + inserted))
        hits = [
            any(p.start < end and p.end > start for p in spliced.unexpected) for start, end in where
        ]
        results["splices_made"] += len(after)
        results["splices_found"] += sum(hits)
        results["splices_extra"] += sum(
            not any(p.start < end and p.end > start for start, end in where)
            for p in spliced.unexpected
        )
        results["near_damage"] += [s.similarity for s in spliced.sentences]


def describe(values: list[float], low: bool) -> str:
    if not values:
        return "none"
    ordered = sorted(values)
    pick = (
        (lambda q: ordered[int(q * (len(ordered) - 1))])
        if low
        else (lambda q: ordered[int((1 - q) * (len(ordered) - 1))])
    )
    label = "min, 1%, 5%" if low else "max, 99%, 95%"
    return (
        f"n={len(values)} {label}: {ordered[0] if low else ordered[-1]:.3f} {pick(0.01):.3f} "
        f"{pick(0.05):.3f}; median {statistics.median(values):.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+", type=Path)
    parser.add_argument("--voice", action="append", default=[])
    parser.add_argument("--json", type=Path, help="write every measurement here")
    parser.add_argument("--work", type=Path, help="keep episodes and transcripts here")
    args = parser.parse_args()
    everything = {}
    with tempfile.TemporaryDirectory() as temporary:
        for voice in args.voice or ["default"]:
            folder = (args.work or Path(temporary)) / voice
            folder.mkdir(parents=True, exist_ok=True)
            mp3s = [m for m in (render(p, voice, folder) for p in args.pages) if m]
            keys = ("intact", "words", "cut", "silenced", "near_damage", "unexpected_texts")
            results = {k: [] for k in keys}
            for k in (
                "false_unexpected",
                "silences_found",
                "silences_made",
                "splices_made",
                "splices_found",
                "splices_extra",
            ):
                results[k] = 0
            for index, mp3 in enumerate(mp3s):
                other = mp3s[(index + 1) % len(mp3s)]
                other_times = sentence_times(other.with_name(other.stem + ".episode.json"))
                middle = len(other_times) // 2
                foreign = speech_only(
                    decode_mp3(other.read_bytes()), other_times[middle : middle + 1]
                )
                measure(mp3, foreign if len(mp3s) > 1 else None, results)
            everything[voice] = results
            print(f"voice {voice}: {len(mp3s)} pages")
            print(f"  intact sentences      {describe(results['intact'], low=True)}")
            print(f"  intact, near damage   {describe(results['near_damage'], low=True)}")
            print(f"  cut out               {describe(results['cut'], low=False)}")
            print(f"  replaced by silence   {describe(results['silenced'], low=False)}")
            print(
                f"  long silences found   {results['silences_found']} of {results['silences_made']}"
            )
            print(
                f"  spliced speech found  {results['splices_found']} of {results['splices_made']}, "
                f"{results['splices_extra']} extra"
            )
            print(
                "  speech not in the script reported on intact episodes: "
                f"{results['false_unexpected']}"
            )
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1))


if __name__ == "__main__":
    main()
