"""Run `python -m analysis build` the way a user does, into a folder of the test's."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from analysis.paths import ROOT


def run_build(
    reports: Path, *args: str, timeout: int = 600
) -> subprocess.CompletedProcess:
    """The build command with its output in `reports`; text output captured.

    On a timeout the whole process group goes, workers and kernels included."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "analysis", "build", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "ANALYSIS_REPORTS": str(reports)},
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
