"""Listen to what a voice says: speak invented news passages with the real pipeline, transcribe
each MP3 with the project's speech recognition, and measure the word error rate against what
a newsreader says (``said`` in ``listen_passages.toml``).

    .venv/bin/python benchmarks/listen.py --work DIR [--voice default] [--json OUT]

Prints, for each passage, the script the voice was given and every difference between the
reference and what was heard; then the word error rate over all passages. Both sides are
folded as ``tts-pipeline check`` folds them (lower case, numbers written out, letters said
one by one joined). Episodes and transcripts are cached, so a second run is quick.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path

PASSAGES = Path(__file__).with_name("listen_passages.toml")


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    """Words substituted, deleted or inserted to turn ``ref`` into ``hyp``."""
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]


def differences(ref: list[str], hyp: list[str]) -> list[str]:
    """The stretches where ``hyp`` differs from ``ref``: ``said -> heard``."""
    matcher = SequenceMatcher(a=ref, b=hyp, autojunk=False)
    return [
        f"{' '.join(ref[i1:i2]) or '-'} -> {' '.join(hyp[j1:j2]) or '-'}"
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]


def joined(pieces: Iterable[str]) -> str:
    """Words as heard, one text: a piece Whisper starts with punctuation (",300", ".5", "%")
    goes on the word before, so "18 ,300" is read as "18,300"."""
    text = ""
    for piece in pieces:
        piece = piece.strip()
        glue = not text or (piece[:1] in ",.%-'" and piece[1:2] not in ("", " "))
        text += piece if glue else f" {piece}"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--voice", default="default")
    parser.add_argument("--passages", type=Path, default=PASSAGES)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    from tts_pipeline.check import heard_in
    from tts_pipeline.check.fold import Context, fold_words
    from tts_pipeline.pipeline import SpeakOptions, speak
    from tts_pipeline.resources import parse_toml

    args.work.mkdir(parents=True, exist_ok=True)
    passages = parse_toml(args.passages.read_text(encoding="utf-8"))["passage"]
    errors = words = 0
    rows = []
    for number, passage in enumerate(passages, 1):
        source = args.work / f"p{number:02d}.txt"
        source.write_text(passage["text"] + "\n", encoding="utf-8")
        options = SpeakOptions(
            output=args.work / f"p{number:02d}.mp3", voice=args.voice, clean=False, jobs=1
        )
        episode = speak(str(source), options)
        record = json.loads(Path(episode.mp3).with_suffix(".episode.json").read_text())
        script = " ".join(s["speech"] for s in record["sentences"])
        heard = joined(w.text for w in heard_in(Path(episode.mp3).read_bytes()).words)
        ref = fold_words(passage["said"])
        hyp = fold_words(heard, Context(ref))
        wrong = edit_distance(ref, hyp)
        errors, words = errors + wrong, words + len(ref)
        diffs = differences(ref, hyp)
        rows.append(
            {"n": number, "script": script, "heard": heard, "errors": wrong, "diffs": diffs}
        )
        print(f"#{number:02d} {wrong}/{len(ref)}  script: {script}")
        for diff in diffs:
            print(f"      {diff}")
    print(f"word error rate: {errors}/{words} = {errors / words:.3f}")
    if args.json:
        args.json.write_text(json.dumps({"errors": errors, "words": words, "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
