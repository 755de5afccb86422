"""Run `python -m analysis build` the way a user does, into a folder of the test's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from analysis.paths import ROOT


def run_build(
    reports: Path, *args: str, timeout: int = 600
) -> subprocess.CompletedProcess:
    """The build command with its output in `reports`; text output captured."""
    return subprocess.run(
        [sys.executable, "-m", "analysis", "build", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        env={**os.environ, "ANALYSIS_REPORTS": str(reports)},
    )
