"""Builds on Dask: same bytes as a local build, nothing lost to a killed worker."""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from building import run_build
from pypdf import PdfReader

from analysis.paths import ROOT

ARTICLE = "kast-jeri-lima-visit"
TOPICS = ("overview", "security", "migration", "border_cooperation")
DASK = Path(sys.executable).parent / "dask"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def assert_whole(stem: Path):
    html = Path(f"{stem}.html").read_text(encoding="utf-8")
    assert html.rstrip().endswith("</html>"), stem
    assert len(PdfReader(f"{stem}.pdf").pages) >= 2, stem
    assert json.loads(Path(f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]


# --- errors a user can fix ---------------------------------------------------------


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_jobs_below_one_is_a_usage_error(jobs, tmp_path):
    result = run_build(tmp_path, "--jobs", jobs, timeout=60)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"error: python -m analysis build: argument --jobs: {jobs} workers: give 1 "
        "or more (default: one per core); see 'python -m analysis build --help'"
    ]
    assert not list(tmp_path.iterdir())


def test_scheduler_that_is_not_an_address_is_a_usage_error(tmp_path):
    result = run_build(tmp_path, "--scheduler", "localhost", timeout=60)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "argument --scheduler: 'localhost' is neither 'dask'" in line
    assert "tcp://HOST:PORT" in line


def test_unreachable_scheduler_one_line_exit_2(tmp_path):
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "build", "--scheduler", address],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={
            **os.environ,
            "ANALYSIS_REPORTS": str(tmp_path),
            "ANALYSIS_DASK_CONNECT_TIMEOUT": "2",
        },
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(
        f"error: --scheduler {address}: no Dask scheduler answered within 2 s; "
        f"start one with 'dask scheduler --port {address.rsplit(':', 1)[1]}'"
    )
    assert "leave out --scheduler to build on this machine" in line
    assert seconds < 60, "gave up after the connect timeout, not a hang"
    assert not list(tmp_path.iterdir())


def test_worker_that_cannot_see_an_article_is_a_clear_error(tmp_path, seed_copy):
    from distributed import LocalCluster

    from analysis import build
    from analysis.cluster import DaskRunner
    from analysis.exceptions import ParameterError

    article, _ = seed_copy
    jobs = build.plan([str(article)], ["overview"], ["en"])
    todo = [(job, build.job_key(job)) for job in jobs]
    article.rename(tmp_path / "elsewhere.md")  # gone from where the job reads it
    with LocalCluster(
        n_workers=1, processes=False, protocol="tcp", dashboard_address=None
    ) as cluster:
        with DaskRunner(cluster.scheduler_address) as runner:
            with pytest.raises(ParameterError) as error:
                runner.check(todo)
    message = str(error.value)
    assert re.match(r"Dask worker tcp://127\.0\.0\.1:\d+ cannot see ", message)
    assert "copy.md" in message
    assert f"workers must see this project's folder ({ROOT}) on the same path" in (
        message
    )


# --- kernels on Unix sockets -------------------------------------------------------


def test_build_kernels_listen_on_private_unix_sockets():
    from jupyter_core.utils import run_sync

    from analysis import kernel

    km = kernel.worker_kernel("python3")
    folder = Path(km.connection_file).parent
    try:
        info = json.loads(Path(km.connection_file).read_text())
        assert info["transport"] == "ipc"
        assert Path(info["ip"]).parent == folder
        assert folder.stat().st_mode & 0o777 == 0o700
        kc = km.client()
        kc.start_channels()
        # an execute sent before the kernel's iopub is subscribed loses its
        # output, and the wait below would time out
        run_sync(kc.wait_for_ready)(timeout=60)
        seen = []
        reply = run_sync(kc.execute_interactive)(
            "6 * 7",
            timeout=60,
            output_hook=lambda m: seen.append(m["content"].get("data", {})),
        )
        kc.stop_channels()
        assert reply["content"]["status"] == "ok"
        assert {"text/plain": "42"} in seen
        sockets = sorted(p.name for p in folder.iterdir() if p.is_socket())
        assert len(sockets) == 5, sockets  # shell, iopub, stdin, control, heartbeat
    finally:
        kernel.discard_kernel()
    assert not folder.exists()


# --- progress ------------------------------------------------------------------


class Terminal:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass

    def isatty(self):
        return True


def test_progress_is_a_bar_in_a_terminal_and_lines_in_a_log(capsys):
    from analysis.build import Job, Result
    from analysis.runners import Progress

    jobs = [Job("a", "a.md", t, "en", None) for t in TOPICS] + [
        Job("b", "b.md", "overview", "en", None)
    ]
    results = [Result(j, "built", 1.5) for j in jobs[:4]]
    results.append(Result(jobs[4], "failed", 2.0, "cell 3 raised ValueError"))

    tty = Terminal()
    with Progress(len(results), tty) as progress:
        for result in results:
            progress.done(result)
    final = tty.text.split("\r")[-1]
    assert "5/5 briefs, 1 failed" in final
    assert "left" in final
    assert "  FAILED b/overview.en  2.0 s" in tty.text
    assert "built  a/overview.en" not in tty.text
    assert capsys.readouterr().err.strip() == "error: cell 3 raised ValueError"

    log = Terminal()
    log.isatty = lambda: False
    with Progress(len(results), log) as progress:
        for result in results:
            progress.done(result)
    assert log.text.splitlines() == [
        "  built  a/overview.en  1.5 s",
        "  built  a/security.en  1.5 s",
        "  built  a/migration.en  1.5 s",
        "  built  a/border_cooperation.en  1.5 s",
        "  FAILED b/overview.en  2.0 s",
    ]


# --- whole builds on a cluster ---------------------------------------------------


@pytest.mark.slow
@pytest.mark.long
def test_local_cluster_build_is_byte_identical_to_a_local_build(tmp_path, seed_reports):
    dask = run_build(
        tmp_path / "dask", "--lang", "en", "es", "--scheduler", "dask", "--jobs", "2"
    )
    assert dask.returncode == 0, dask.stderr
    assert "8 built, 0 fresh, 0 failed" in dask.stdout
    assert re.search(r"Dask dashboard: http://127\.0\.0\.1:\d+/status", dask.stdout)
    assert "without encryption" not in (tmp_path / "dask" / "build.log").read_text()
    compared = []
    for topic in TOPICS:
        for lang in ("en", "es"):
            for ext in ("html", "pdf"):
                name = f"{ARTICLE}/{topic}.{lang}.{ext}"
                local = (seed_reports / name).read_bytes()
                assert (tmp_path / "dask" / name).read_bytes() == local, name
                compared.append(name)
    assert len(compared) == 16
    for index in ("index.html", "index.es.html"):
        assert (tmp_path / "dask" / index).read_bytes() == (
            seed_reports / index
        ).read_bytes()


class Cluster:
    """`dask scheduler` and `dask worker` processes on loopback, as a user starts them."""

    def __init__(self, reports: Path, workers: int = 2):
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.env = {**os.environ, "ANALYSIS_REPORTS": str(reports)}
        self.logs = reports.parent / "cluster-logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.scheduler = self._start(
            "scheduler",
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--dashboard-address",
            f"127.0.0.1:{free_port()}",
        )
        self.workers = {
            f"w{i}": self._start(
                f"w{i}",
                "worker",
                self.address,
                "--name",
                f"w{i}",
                "--nthreads",
                "1",
                "--host",
                "127.0.0.1",
            )
            for i in range(workers)
        }

    def _start(self, name, *args):
        log = open(self.logs / f"{name}.log", "wb")  # noqa: SIM115 - closed by the OS
        return subprocess.Popen(
            [str(DASK), *args],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill(self, name):
        os.killpg(self.workers[name].pid, signal.SIGKILL)
        self.workers[name].wait(timeout=30)

    def stop(self):
        for proc in [*self.workers.values(), self.scheduler]:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in [*self.workers.values(), self.scheduler]:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.slow
@pytest.mark.long
def test_running_cluster_survives_a_worker_killed_mid_build(tmp_path):
    from distributed import Client

    reports = tmp_path / "reports"
    cluster = Cluster(reports)
    try:
        with Client(cluster.address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
            names = {
                w["name"]: a
                for a, w in client.scheduler_info(n_workers=-1)["workers"].items()
            }
            build = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "analysis",
                    "build",
                    "--lang",
                    "en",
                    "es",
                    "--scheduler",
                    cluster.address,
                ],
                cwd=ROOT,
                env=cluster.env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            lines = []
            killed = None
            for line in build.stdout:
                lines.append(line)
                if killed is None and line.startswith("  built "):
                    deadline = time.time() + 60
                    while killed is None and time.time() < deadline:
                        processing = client.processing()
                        busy = [n for n, a in names.items() if processing.get(a)]
                        if busy:
                            killed = busy[0]
                            cluster.kill(killed)
                        else:
                            time.sleep(0.05)
            build.wait(timeout=600)
            stderr = build.stderr.read()
    finally:
        cluster.stop()
    out = "".join(lines)
    assert killed is not None, out
    assert build.returncode == 0, (out, stderr)
    assert "8 built, 0 fresh, 0 failed" in out
    assert re.search(
        rf"  retry  {ARTICLE}/\w+\.(en|es): its Dask worker {names[killed]} was lost; "
        "running the brief again on another worker",
        out,
    ), out
    assert len(re.findall(r"^  built  ", out, re.M)) == 8
    for topic in TOPICS:
        for lang in ("en", "es"):
            assert_whole(reports / ARTICLE / f"{topic}.{lang}")
    entries = list((reports / ARTICLE / ".cache").glob("*.json"))
    assert len(entries) == 8
    assert not list(reports.rglob(".*.tmp"))
    assert not list(reports.rglob("*.failed.ipynb"))
    assert "without encryption" not in (reports / "build.log").read_text()


def test_local_cluster_workers_run_without_the_frequent_checks():
    # Each check wakes the worker's event loop, which takes the GIL from the brief
    # running beside it; a build's workers check every second or more, unprofiled.
    from analysis.cluster import DaskRunner

    with DaskRunner("dask", workers=1) as runner:
        seen = runner.client.run(
            lambda: {
                key: __import__("dask").config.get(key)
                for key in (
                    "distributed.admin.tick.interval",
                    "distributed.worker.memory.monitor-interval",
                    "distributed.worker.profile.enabled",
                )
            }
        )
    assert list(seen.values()) == [
        {
            "distributed.admin.tick.interval": "1s",
            "distributed.worker.memory.monitor-interval": "1s",
            "distributed.worker.profile.enabled": False,
        }
    ]
