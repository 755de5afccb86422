"""What runs the stale briefs of a build, and how their progress is shown.

A runner takes `(job, key)` pairs and returns one `Result` per pair. It knows a job
only by its `name`, the files it reads (`inputs()`) and `run_job(job, key)`, so a job
that rests on several articles runs the same way as one that rests on one.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path

from .build import Result, run_job, warm_imports

FEW = 4
"""Builds of more briefs than this show a progress bar in a terminal."""


class Progress:
    """A progress bar in a terminal; one line per brief in a log or CI."""

    def __init__(self, total: int, out=sys.stdout, bar: bool | None = None):
        self.total = total
        self.out = out
        self.failed = 0
        if bar is None:
            bar = total > FEW and _is_terminal(out)
        self.bar = None
        if bar:
            from tqdm import tqdm

            self.bar = tqdm(
                total=total,
                file=out,
                unit="brief",
                dynamic_ncols=True,
                bar_format="  {bar} {n_fmt}/{total_fmt} briefs{postfix}, "
                "{elapsed} elapsed, {remaining} left",
                postfix="0 failed",
            )

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()

    def done(self, result: Result) -> None:
        """Count a finished brief; a failure's error is printed either way."""
        failed = result.status != "built"
        self.failed += failed
        if self.bar is None:
            mark = "FAILED" if failed else "built "
            line = f"  {mark} {result.job.name}  {result.seconds:.1f} s"
            print(line, file=self.out, flush=True)
            if result.message:
                print(f"error: {result.message}", file=sys.stderr, flush=True)
            return
        if failed:
            self.note(
                f"  FAILED {result.job.name}  {result.seconds:.1f} s", file=self.out
            )
            if result.message:
                self.note(f"error: {result.message}", file=sys.stderr)
        self.bar.set_postfix_str(f"{self.failed} failed", refresh=False)
        self.bar.update(1)

    def note(self, line: str, file=None) -> None:
        """A line of its own, above the bar when there is one."""
        file = file or self.out
        if self.bar is None:
            print(line, file=file, flush=True)
        else:
            self.bar.write(line, file=file)


def _is_terminal(out) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


# --- this machine ---------------------------------------------------------------


def _die_with_parent(parent: int) -> None:
    """Ask Linux to end this worker when the build process dies, however it dies
    (a SIGKILL leaves no chance to clean up); the worker's kernel follows it."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the pool's own checks remain
        return
    if os.getppid() != parent:  # the build died before the request was made
        os.kill(os.getpid(), signal.SIGTERM)


PR_SET_PDEATHSIG = 1


def _warm_worker(log_path: str, parent: int | None = None) -> None:
    """Import the heavy modules once per worker; kernel chatter goes to the build log."""
    if parent is not None:
        _die_with_parent(parent)
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(log, 2)
    os.close(log)
    warm_imports()


class LocalPool:
    """Worker processes on this machine, one per core unless told otherwise."""

    def __init__(self, workers: int | None = None):
        self.workers = workers

    def run(self, todo, log: Path, progress: Progress) -> list[Result]:
        workers = max(1, min(self.workers or os.cpu_count() or 1, len(todo)))
        results = []
        with ProcessPoolExecutor(
            max_workers=workers,
            initializer=_warm_worker,
            initargs=(str(log), os.getpid()),
        ) as pool:
            pending = {pool.submit(run_job, job, key) for job, key in todo}
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    result = future.result()
                    progress.done(result)
                    results.append(result)
        return results
