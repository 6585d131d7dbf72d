"""Run every benchmark and print one figure per line: ``name: value unit``.

Usage: ``python -m bench [--docs 2000] [--dense-docs 20000] [--dask-workers 1,2]
[--points 1000000] [--skip-build] [--skip-hostile]``.
Figures are wall-clock times on this machine, whatever else runs on it.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench import synth

MB = 1e6


def say(name: str, value: float | int | str, unit: str = "") -> None:
    """Print one figure on its own line."""
    if isinstance(value, float):
        text = f"{value:.0f}" if abs(value) >= 1000 else f"{value:.3g}"
    else:
        text = str(value)
    print(f"{name}: {text} {unit}".rstrip(), flush=True)


def memory_gb() -> float:
    """Total memory of the machine in GB."""
    with open("/proc/meminfo", encoding="ascii") as handle:
        kb = int(next(line for line in handle if line.startswith("MemTotal")).split()[1])
    return kb / 1e6


@contextmanager
def timer() -> Iterator[list[float]]:
    """Yield a list that holds the elapsed seconds once the block ends."""
    elapsed: list[float] = []
    start = time.perf_counter()
    yield elapsed
    elapsed.append(time.perf_counter() - start)


def best_of(repeat: int, func: Callable[[], Any]) -> tuple[float, Any]:
    """Run ``func`` ``repeat`` times; return the shortest time and the last result."""
    times, result = [], None
    for _ in range(repeat):
        with timer() as t:
            result = func()
        times.append(t[0])
    return min(times), result


def run_child(args: list[str]) -> tuple[float, float, str]:
    """Run a command; return wall seconds, its own peak RSS in MB and its stdout."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(args, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode not in (0, 3):
            sys.exit(f"{' '.join(args)} failed ({child.returncode}):\n{err.read()}")
        cpu = usage.ru_utime + usage.ru_stime
        print(f"# {' '.join(args[2:4])}: {seconds:.2f} s wall, {cpu:.2f} s CPU", file=sys.stderr)
        return seconds, usage.ru_maxrss / 1e3, out.read().strip()


def children_cpu() -> float:
    """CPU seconds of this process's finished children (and theirs), user and system."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def strikemap() -> list[str]:
    """The ``strikemap`` command, run by this interpreter."""
    return [sys.executable, "-m", "geo"]


def bench_stages(corpus: Path, corpus_bytes: int, work: Path) -> None:
    """Time extract, geocode, join and export in process on the corpus."""
    from geo.control.join import join_control
    from geo.control.layers import load_layers
    from geo.geocode.gazetteer import load_gazetteer
    from geo.ingest.corpus import read_corpus
    from geo.output import export
    from geo.pipeline import events_frame, extract_all

    with timer() as t:
        gazetteer = load_gazetteer()
    say("gazetteer_load", t[0], "s")
    documents = read_corpus(corpus).documents
    layers = load_layers()
    mb = corpus_bytes / MB

    seconds, events = best_of(1, lambda: extract_all(documents, gazetteer=gazetteer))
    say("events", len(events))
    say("extract", mb / seconds, "MB/s")
    say("extract", len(events) / seconds, "events/s")

    seconds, frame = best_of(1, lambda: events_frame(events, documents, gazetteer=gazetteer))
    say("geocode", mb / seconds, "MB/s")
    say("geocode", len(events) / seconds, "events/s")

    seconds, joined = best_of(3, lambda: join_control(frame, layers))
    say("join", mb / seconds, "MB/s")
    say("join", len(events) / seconds, "events/s")

    def write() -> int:
        export.write_geojson(joined, work / "strikes.geojson")
        export.write_csv(joined, work / "strikes.csv")
        export.write_parquet(joined, work / "strikes.parquet")
        return sum((work / f"strikes.{s}").stat().st_size for s in ("geojson", "csv", "parquet"))

    seconds, written = best_of(1, write)
    say("export", mb / seconds, "MB/s")
    say("export", len(events) / seconds, "events/s")
    say("export_written", written / MB / seconds, "MB/s")


def bench_build(corpus: Path, corpus_bytes: int, work: Path) -> None:
    """Time ``strikemap build`` as a subprocess, cold start included."""
    cpu = children_cpu()
    seconds, peak_mb, summary = run_child(
        [*strikemap(), "build", str(corpus), "--out", str(work / "build"), "--quiet"]
    )
    cpu = children_cpu() - cpu
    say("build_summary", summary.splitlines()[-1] if summary else "")
    say("build_whole_process", seconds, "s")
    say("build_whole_process", corpus_bytes / MB / seconds, "MB/s")
    say("build_whole_process_cpu", cpu, "s")
    say("build_peak_memory", peak_mb, "MB")


def bench_dense(docs: int, work: Path) -> None:
    """Time ``strikemap build`` on a dense corpus (every sentence a strike), with peak memory."""
    corpus = work / "dense"
    size = synth.write_corpus(corpus, docs, dense=True)
    say("dense_corpus", f"{docs} documents, {size / MB:.2f} MB")
    cpu = children_cpu()
    seconds, peak_mb, summary = run_child(
        [*strikemap(), "build", str(corpus), "--out", str(work / "dense-build"), "--quiet"]
    )
    cpu = children_cpu() - cpu
    say("dense_build_summary", summary.splitlines()[-1] if summary else "")
    say("dense_build_whole_process", seconds, "s")
    say("dense_build_whole_process", size / MB / seconds, "MB/s")
    say("dense_build_whole_process_cpu", cpu, "s")
    say("dense_build_peak_memory", peak_mb, "MB")
    shutil.rmtree(corpus)
    shutil.rmtree(work / "dense-build")


def bench_dask(corpus: Path, corpus_bytes: int, work: Path, workers: Sequence[int]) -> None:
    """Time ``strikemap build --engine dask`` on a cluster of 1, 2, ... worker processes."""
    from distributed import LocalCluster

    for n in workers:
        cpu = children_cpu()
        with LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster:
            args = [*strikemap(), "build", str(corpus), "--out", str(work / f"dask-{n}")]
            args += ["--quiet", "--engine", "dask", "--scheduler", cluster.scheduler_address]
            seconds, _, _ = run_child(args)
        # The workers' processes are this one's children: counted once the cluster closes.
        cpu = children_cpu() - cpu
        say(f"build_dask_{n}_workers", seconds, "s")
        say(f"build_dask_{n}_workers", corpus_bytes / MB / seconds, "MB/s")
        say(f"build_dask_{n}_workers_cpu", cpu, "s")


def bench_join(points: int, work: Path) -> None:
    """Time ``strikemap join`` on a CSV of points as a subprocess, both engines."""
    src = work / "points.csv"
    size = synth.write_points_csv(src, points)
    say("join_points", points)
    say("join_points_csv", size / MB, "MB")
    for out in ("joined.parquet", "joined.csv"):
        times = []
        for _ in range(3):
            seconds, peak_mb, _ = run_child(
                [*strikemap(), "join", str(src), "--out", str(work / out)]
            )
            times.append(seconds)
        say(f"join_whole_process_{Path(out).suffix[1:]}", min(times), "s")
        say(f"join_whole_process_{Path(out).suffix[1:]}", points / min(times), "points/s")
    seconds, peak_mb, _ = run_child(
        [*strikemap(), "join", str(src), "--out", str(work / "dask.parquet"), "--engine", "dask"]
    )
    say("join_whole_process_dask_threads", seconds, "s")
    say("join_peak_memory", peak_mb, "MB")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--docs", type=int, default=2_000, help="generated reports")
    parser.add_argument("--points", type=int, default=1_000_000, help="points to join")
    parser.add_argument(
        "--dense-docs", type=int, default=20_000, help="generated dense reports (0: none)"
    )
    parser.add_argument(
        "--dask-workers", default="1,2", help="dask worker counts to time the build on ('': none)"
    )
    parser.add_argument("--skip-build", action="store_true", help="leave out the build figures")
    parser.add_argument("--skip-join", action="store_true", help="leave out the join figures")
    parser.add_argument("--skip-map", action="store_true", help="leave out the map figures")
    parser.add_argument(
        "--skip-hostile", action="store_true", help="leave out the hostile-input extraction times"
    )
    args = parser.parse_args(argv)

    say("machine", f"{os.cpu_count()} cores, {memory_gb():.1f} GB memory")
    with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        if not args.skip_build:
            size = synth.write_corpus(corpus, args.docs)
            say("corpus", f"{args.docs} documents, {size / MB:.2f} MB")
            bench_build(corpus, size, work)
            counts = [int(n) for n in args.dask_workers.split(",") if n.strip()]
            if counts:
                bench_dask(corpus, size, work, counts)
            if args.dense_docs:
                bench_dense(args.dense_docs, work)
        if not args.skip_join:
            bench_join(args.points, work)
        if not args.skip_build:
            bench_stages(corpus, size, work)
    if not args.skip_hostile:
        from bench import hostile

        hostile.main([])
    if not args.skip_map:
        from bench import bench_map

        bench_map.main(["--runs", "3"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
