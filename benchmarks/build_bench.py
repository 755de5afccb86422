"""Time the build five ways in one run, and print seconds and ratios against (a).

    .venv/bin/python benchmarks/build_bench.py

(a) the naive chain: for each brief, `papermill`, then `jupyter nbconvert --to
    brief_html`, then `--to brief_pdf`, each a separate process, one after another;
(b) a cold `make report`, empty cache;  (c) `make report` again, nothing changed;
(d) after one article's annotations change;  (e) after a template changes.

Runs on a temporary corpus of two articles (the seed and a copy under another id),
English briefs only, so (a) stays within a few minutes. Nothing in reports/ is touched;
(e) appends a comment to the brief stylesheet and restores it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
TOPICS = ("overview", "security", "migration", "border_cooperation")
CSS = ROOT / "analysis" / "templates" / "brief" / "brief.css"


def timed(cmd, env, cwd=ROOT) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(
            f"benchmark step failed: {' '.join(map(str, cmd))}\n{result.stderr[-2000:]}"
        )
    return time.perf_counter() - start


def corpus(tmp: Path) -> Path:
    seeds = tmp / "seeds"
    seeds.mkdir()
    for name in ("kast-jeri-lima-visit", "kast-jeri-copy"):
        shutil.copy(ROOT / "seeds" / "kast-jeri-lima-visit.md", seeds / f"{name}.md")
        shutil.copy(
            ROOT / "seeds" / "kast-jeri-lima-visit.annotations.yaml",
            seeds / f"{name}.annotations.yaml",
        )
    return seeds


def naive(seeds: Path, out: Path, env) -> float:
    bin_dir = Path(PY).parent
    total = 0.0
    for article in sorted(seeds.glob("*.md")):
        for topic in TOPICS:
            nb = out / f"{article.stem}.{topic}.ipynb"
            total += timed(
                [
                    bin_dir / "papermill",
                    ROOT / "notebooks" / "brief.ipynb",
                    nb,
                    "-p",
                    "article",
                    article,
                    "-p",
                    "topic",
                    topic,
                    "-p",
                    "lang",
                    "en",
                    "--cwd",
                    ROOT / "notebooks",
                    "--no-progress-bar",
                ],
                env,
            )
            total += timed(
                [bin_dir / "jupyter", "nbconvert", "--to", "brief_html", nb], env
            )
            total += timed(
                [bin_dir / "jupyter", "nbconvert", "--to", "brief_pdf", nb], env
            )
    return total


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seeds = corpus(tmp)
        reports = tmp / "reports"
        naive_out = tmp / "naive"
        naive_out.mkdir()
        env = {
            **os.environ,
            "ANALYSIS_SEEDS": str(seeds),
            "ANALYSIS_REPORTS": str(reports),
        }
        make = ["make", "--no-print-directory", "report", "LANGS=en"]
        rows = [("(a) naive chain, 8 briefs", naive(seeds, naive_out, env))]
        rows.append(("(b) make report, cold", timed(make, env)))
        rows.append(("(c) make report, nothing changed", timed(make, env)))
        notes = seeds / "kast-jeri-copy.annotations.yaml"
        notes.write_text(
            notes.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8"
        )
        rows.append(("(d) one article's annotations changed", timed(make, env)))
        original = CSS.read_bytes()
        try:
            CSS.write_bytes(original + b"\n/* edited */\n")
            rows.append(("(e) a template changed", timed(make, env)))
        finally:
            CSS.write_bytes(original)
        sizes = [
            (p.name, p.stat().st_size)
            for p in sorted(reports.rglob("*.html")) + sorted(reports.rglob("*.pdf"))
            if p.parent.name != "reports"
        ]
    base = rows[0][1]
    print(f"{'step':44} {'seconds':>8} {'vs (a)':>8}")
    for name, seconds in rows:
        print(f"{name:44} {seconds:8.2f} {base / seconds:7.1f}x")
    biggest_html = max(s for n, s in sizes if n.endswith(".html"))
    biggest_pdf = max(s for n, s in sizes if n.endswith(".pdf"))
    print(
        f"largest HTML brief {biggest_html / 1e6:.2f} MB, largest PDF {biggest_pdf / 1e6:.2f} MB"
        f" (limits 1.5 MB and 1 MB); {os.cpu_count()} cores"
    )


if __name__ == "__main__":
    main()
