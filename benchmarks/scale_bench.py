"""Build corpora of growing size on the local pool and on a 2-worker Dask LocalCluster.

    .venv/bin/python benchmarks/scale_bench.py [N ...]     (default: 50 200)

Each corpus is N copies of the seed under different ids, in a temporary seeds folder,
built cold into a temporary reports folder with `python -m analysis build --topic
overview --lang en --jobs 2`, once with the local process pool and once with
`--scheduler dask`. Prints seconds, seconds per brief and the peak resident memory of
one worker (the worker process and its kernel together, sampled every 0.2 s).

The time a brief costs is the slope between the smallest and the largest corpus
((seconds at N2 - seconds at N1) / (N2 - N1) briefs), which leaves out the fixed
start-up; Dask's overhead per brief is the difference of the two slopes, shown as a
share of the local pool's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
RUNNERS = {"local pool": [], "Dask LocalCluster": ["--scheduler", "dask"]}
HELPERS = ("resource_tracker", "forkserver")


def worker_peak(build: psutil.Process, stop: threading.Event, peak: list) -> None:
    """Largest RSS of one worker with its descendants, over the build's life."""
    while not stop.is_set():
        try:
            for child in build.children():
                try:
                    if any(h in " ".join(child.cmdline()) for h in HELPERS):
                        continue
                    tree = [child, *child.children(recursive=True)]
                    rss = sum(p.memory_info().rss for p in tree)
                except psutil.Error:
                    continue
                peak[0] = max(peak[0], rss)
        except psutil.Error:
            pass
        stop.wait(0.2)


def run(n: int, extra: list[str]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        for i in range(n):
            for suffix in (".md", ".annotations.yaml"):
                shutil.copy(
                    ROOT / "seeds" / f"kast-jeri-lima-visit{suffix}",
                    seeds / f"article-{i:04d}{suffix}",
                )
        env = {
            **os.environ,
            "ANALYSIS_SEEDS": str(seeds),
            "ANALYSIS_REPORTS": str(Path(tmp) / "reports"),
        }
        cmd = [sys.executable, "-m", "analysis", "build", "--topic", "overview"]
        cmd += ["--lang", "en", "--jobs", "2", *extra]
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        stop, peak = threading.Event(), [0]
        sampler = threading.Thread(
            target=worker_peak, args=(psutil.Process(proc.pid), stop, peak)
        )
        sampler.start()
        _, stderr = proc.communicate()
        seconds = time.perf_counter() - start
        stop.set()
        sampler.join()
        if proc.returncode != 0:
            sys.exit(stderr[-2000:])
    return seconds, peak[0] / 2**20


def main() -> None:
    sizes = sorted(int(a) for a in sys.argv[1:]) or [50, 200]
    print(
        f"{'runner':<18} {'articles':>8} {'seconds':>8} {'s/brief':>8} "
        f"{'peak MB per worker':>19}",
        flush=True,
    )
    times: dict[str, dict[int, float]] = {name: {} for name in RUNNERS}
    for n in sizes:
        for name, extra in RUNNERS.items():
            seconds, peak = run(n, extra)
            times[name][n] = seconds
            print(
                f"{name:<18} {n:8d} {seconds:8.1f} {seconds / n:8.2f} {peak:19.0f}",
                flush=True,
            )
    if len(sizes) < 2:
        return
    small, large = sizes[0], sizes[-1]
    slope = {
        name: (t[large] - t[small]) / (large - small) for name, t in times.items()
    }
    local, dask = slope["local pool"], slope["Dask LocalCluster"]
    startup = {name: times[name][small] - slope[name] * small for name in RUNNERS}
    print(
        f"per brief (slope {small}→{large}): local pool {local:.3f} s, "
        f"Dask {dask:.3f} s; Dask's overhead {dask - local:+.3f} s per brief "
        f"({(dask - local) / local:+.1%} of a brief)"
    )
    print(
        f"fixed start-up: local pool {startup['local pool']:.1f} s, "
        f"Dask {startup['Dask LocalCluster']:.1f} s"
    )


if __name__ == "__main__":
    main()
