"""A killed or concurrent build never leaves a broken or mixed report."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from building import run_build
from pypdf import PdfReader

from analysis.paths import ROOT

pytestmark = pytest.mark.slow
ARTICLE = "kast-jeri-lima-visit"


def build_cmd(*extra):
    return [sys.executable, "-m", "analysis", "build", "--lang", "en", *extra]


def env_for(reports):
    return {**os.environ, "ANALYSIS_REPORTS": str(reports)}


def assert_complete(stem):
    html = Path(f"{stem}.html").read_text(encoding="utf-8")
    assert html.rstrip().endswith("</html>")
    assert len(PdfReader(f"{stem}.pdf").pages) >= 2


@pytest.mark.long
def test_sigkill_mid_build_keeps_reports_and_next_build_recovers(tmp_path):
    reports = tmp_path / "reports"
    first = run_build(reports, "--lang", "en", "--topic", "security", timeout=300)
    assert first.returncode == 0, first.stderr
    stem = reports / ARTICLE / "security.en"
    good = {
        ext: (reports / ARTICLE / f"security.en.{ext}").read_bytes()
        for ext in ("html", "pdf")
    }

    proc = subprocess.Popen(
        build_cmd("--force"),
        env=env_for(reports),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.time() + 120
    while (
        time.time() < deadline
        and not (reports / ARTICLE / "overview.en.ipynb").exists()
        and not list((reports / ARTICLE).glob("*.failed.ipynb"))
    ):
        time.sleep(0.2)
    time.sleep(1.0)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)

    for ext, data in good.items():
        now = (reports / ARTICLE / f"security.en.{ext}").read_bytes()
        assert now == data or len(now) > 1000  # the old file, or a complete new one
    assert_complete(stem)

    again = run_build(reports, "--lang", "en", timeout=300)
    assert again.returncode == 0, again.stderr
    for topic in ("overview", "security", "migration", "border_cooperation"):
        assert_complete(reports / ARTICLE / f"{topic}.en")
    assert not list(reports.rglob(".*.tmp"))


def test_two_builds_at_once_both_succeed(tmp_path):
    reports = tmp_path / "reports"
    procs = [
        subprocess.Popen(
            build_cmd("--topic", "overview"),
            env=env_for(reports),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    summary = sorted(o[0].strip().splitlines()[-1].split(",")[0] for o in outs)
    assert summary == ["0 built", "1 built"]  # the second waited, then found it fresh
    assert_complete(reports / ARTICLE / "overview.en")


def can_unshare():
    if os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(
    not can_unshare() and not os.environ.get("CI"),
    reason="needs root and unshare -n (CI runs as root)",
)
def test_whole_build_succeeds_with_no_network(tmp_path):
    reports = tmp_path / "reports"
    script = (
        f"ip link set lo up && {sys.executable} -m analysis build --lang en es "
        "--topic overview --topic border_cooperation"
    )
    result = subprocess.run(
        ["unshare", "-n", "sh", "-c", script],
        env=env_for(reports),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "4 built, 0 fresh, 0 failed" in result.stdout
    for name in ("overview.en", "overview.es", "border_cooperation.es"):
        assert_complete(reports / ARTICLE / name)


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid`, read from /proc."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_end_when_the_build_process_is_killed(tmp_path):
    reports = tmp_path / "reports"
    proc = subprocess.Popen(
        build_cmd("--jobs", "2", "--force"),
        env=env_for(reports),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    workers: list[int] = []
    deadline = time.time() + 120
    while time.time() < deadline and len(workers) < 2:
        workers = [
            p
            for p in _children(proc.pid)
            if "python" in Path(f"/proc/{p}/cmdline").read_text(errors="replace")
        ]
        time.sleep(0.2)
    assert len(workers) == 2
    proc.kill()  # the build alone, as a timeout or an OOM kill would
    proc.wait(timeout=30)
    deadline = time.time() + 30
    while time.time() < deadline and any(_running(p) for p in workers):
        time.sleep(0.2)
    alive = [p for p in workers if _running(p)]
    if alive:
        os.killpg(proc.pid, signal.SIGKILL)
    assert alive == []
