"""Speak a text file with hibari's own Python API and write a WAV: the benchmark's baseline.

    python hibari_wav.py TEXT WAV [--threads N] [--share K/N]

``Hibari(threads=N).save(text, wav)``, as hibari's documentation shows it. ``--share K/N``
speaks only every N-th line from the K-th (1-based), as one of N worker processes would.
"""

import argparse
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("text")
    parser.add_argument("wav")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--share", default="1/1")
    args = parser.parse_args()
    from hibari import Hibari

    part, parts = (int(n) for n in args.share.split("/"))
    lines = Path(args.text).read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for i, line in enumerate(lines) if i % parts == part - 1)
    Hibari(threads=args.threads).save(text, args.wav)
    return 0


if __name__ == "__main__":
    sys.exit(main())
