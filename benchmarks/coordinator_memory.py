"""What grows in the batch coordinator: one in-process run over N short articles, with its
resident memory (and, with --trace, tracemalloc's live Python memory) at chosen points.

Faster than comparison 14's memory line (which runs the CLI twice on a fresh cluster): the
LocalCluster is started once, and the run can stop to look at itself. From the project's
root, with the dask extra:

    .venv/bin/python benchmarks/coordinator_memory.py 1000 --points 100,500,1000
    .venv/bin/python benchmarks/coordinator_memory.py 1000 --points 100,1000 --trace
    .venv/bin/python benchmarks/coordinator_memory.py 1000 --executor local   # without Dask

--trace prints the lines whose live memory grew most between the first and the last point
(tracemalloc slows the run several times and its own bookkeeping swells the resident size).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def resident() -> tuple[float, float]:
    """This process's resident memory now and at its peak, in MB (Linux)."""
    values = {}
    with open("/proc/self/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(value.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="short articles in the run")
    parser.add_argument("--executor", default="dask", choices=("dask", "local"))
    parser.add_argument("--points", default="", help="articles done at which to measure")
    parser.add_argument("--trace", action="store_true", help="tracemalloc, and its top growth")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    points = sorted({int(p) for p in args.points.split(",") if p} | {args.count})
    work = Path(tempfile.mkdtemp(prefix="tts-coordinator-"))
    os.environ["TTS_PIPELINE_CACHE"] = str(work / "cache")
    from bench import Bench, short_articles

    folder = short_articles(Bench(work, 1), args.count)
    cluster = None
    if args.executor == "dask":
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=":0", silence_logs=50,
                               env={"TTS_PIPELINE_CACHE": str(work / "worker-cache")})  # fmt: skip
    from tts_pipeline.batch.run import BatchOptions, run_batch

    options = BatchOptions(site=work / "site", voice="espeak", executor=args.executor, jobs=2,
                           scheduler=cluster.scheduler_address if cluster else None)  # fmt: skip
    snapshots: dict[int, tracemalloc.Snapshot] = {}
    start = time.perf_counter()

    def measure(label: str) -> None:
        gc.collect()
        now, peak = resident()
        traced = f", live Python {tracemalloc.get_traced_memory()[0] / 1e6:.1f} MB" * args.trace
        print(f"{label:>12}: resident {now:.1f} MB, peak {peak:.1f} MB{traced}, "
              f"{time.perf_counter() - start:.0f} s", flush=True)  # fmt: skip

    def progress(done: int, total: int) -> None:
        for point in points:
            if done >= point and point not in snapshots:
                measure(f"{point} done")
                snapshots[point] = tracemalloc.take_snapshot() if args.trace else None

    if args.trace:
        tracemalloc.start()
    try:
        report = run_batch([str(folder)], options, progress)
    finally:
        if cluster is not None:
            cluster.close()
    measure("site written")
    print(f"{report.summary()}; in {work}")
    if args.trace and len(snapshots) > 1:
        first, last = snapshots[points[0]], snapshots[points[-1]]
        print(f"\nlive memory grown from {points[0]} to {points[-1]} done, by line:")
        for stat in last.compare_to(first, "lineno")[: args.top]:
            print(f"  {stat}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
