"""How far two readers agree, as a user runs the comparison on two folders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "reader_agreement.py"
FRESH24 = ROOT / "tests" / "fixtures" / "fresh24"
SECOND = ROOT / "tests" / "fixtures" / "second-reader" / "fresh24"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_two_folders_of_one_set_are_compared_article_by_article(tmp_path):
    # the second reader's folder, with an article no one annotated (left out)
    second = tmp_path / "second"
    shutil.copytree(SECOND, second)
    (second / "unread.md").write_text("---\ntitle: t\n---\nx\n", encoding="utf-8")
    pair = run("--pair", str(FRESH24), str(second), "--status-only", "--dated-only")
    by_set = run("--set", "fresh24", "--status-only")
    assert pair.returncode == 0, pair.stderr
    n = len(list(SECOND.glob("*.annotations.yaml")))
    assert f"second vs first: {n} articles" in pair.stdout
    # the same articles and the same scorer as the set's own comparison; the
    # readers' undated events left out, so no more events than there
    rows = [
        re.search(r"^(measures|claims)\s+(\d+)\s+(\d+)\s+(\d+)", out, re.M).groups()
        for out in (pair.stdout, by_set.stdout)
    ]
    assert rows[0] == rows[1]
    events = [
        int(re.search(r"^events\s+(\d+)", out, re.M).group(1))
        for out in (pair.stdout, by_set.stdout)
    ]
    assert 0 < events[0] <= events[1]


def test_a_missing_folder_is_one_line_and_a_non_zero_exit():
    done = run("--pair", "no/such/folder", str(SECOND))
    assert done.returncode == 2
    assert done.stderr.strip() == "error: no/such/folder: no such folder"
