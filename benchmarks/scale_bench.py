"""Build the overview brief for corpora of growing size; print time and peak memory.

    .venv/bin/python benchmarks/scale_bench.py [N ...]     (default: 25 50 100 200)

Each corpus is N copies of the seed under different ids, in a temporary seeds folder,
built cold into a temporary reports folder with `python -m analysis build --topic
overview --lang en`. Prints seconds, seconds per article (flat means linear growth) and
the largest resident memory of any process of the build (workers and kernels).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(n: int) -> tuple[float, float]:
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
        start = time.perf_counter()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "analysis",
                "build",
                "--topic",
                "overview",
                "--lang",
                "en",
            ],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(result.stderr[-2000:])
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak_mb


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [25, 50, 100, 200]
    print(f"{'articles':>8} {'seconds':>9} {'s/article':>10} {'peak RSS MB':>12}")
    for n in sizes:
        seconds, peak = run(n)
        print(f"{n:8d} {seconds:9.1f} {seconds / n:10.2f} {peak:12.0f}", flush=True)


if __name__ == "__main__":
    main()
